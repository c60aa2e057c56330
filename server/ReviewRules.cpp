#include "ReviewRules.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace casedesk::platform::ReviewRules {

namespace {

const QString kBoardMember = QStringLiteral("board_member");
const QString kRound = QStringLiteral("review_round");
const QString kVote = QStringLiteral("review_vote");
const QString kRecusal = QStringLiteral("review_recusal");
const QString kComment = QStringLiteral("review_comment");

const QStringList kRoles
    = { QStringLiteral("president"), QStringLiteral("treasurer"), QStringLiteral("secretary"),
        QStringLiteral("administrator"), QStringLiteral("other") };
const QStringList kRoundStatuses = { QStringLiteral("open"), QStringLiteral("approved"),
                                     QStringLiteral("rejected"), QStringLiteral("superseded") };
const QStringList kChoices
    = { QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("abstain") };
const QStringList kForms = { QStringLiteral("signed"), QStringLiteral("recorded") };
// Empty for a vote cast on the member's own desk.
const QStringList kRecordedFrom = { QString(), QStringLiteral("meeting"), QStringLiteral("email"),
                                    QStringLiteral("letter"), QStringLiteral("phone") };

void problem(const QString& field, const QString& detail, QJsonArray* errors)
{
    errors->append(QJsonObject { { QStringLiteral("pointer"), QStringLiteral("/data/") + field },
                                 { QStringLiteral("detail"), detail } });
}

void requireText(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    const QJsonValue value = data.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        problem(field, QStringLiteral("must be a non-empty string"), errors);
}

void optionalStrings(const QJsonObject& data, const QStringList& fields, QJsonArray* errors)
{
    for (const QString& field : fields) {
        if (data.contains(field) && !data.value(field).isString())
            problem(field, QStringLiteral("must be a string"), errors);
    }
}

void requireCode(const QJsonObject& data, const QString& field, const QStringList& codes, QJsonArray* errors)
{
    const QJsonValue value = data.value(field);
    if (!value.isString() || !codes.contains(value.toString()))
        problem(field, QStringLiteral("must be one of: ") + codes.join(QStringLiteral(", ")), errors);
}

QDateTime instantOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

void requireInstant(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    if (!instantOf(data.value(field)).isValid())
        problem(field, QStringLiteral("must be a UTC instant such as 2026-03-01T09:30:00.000Z"), errors);
}

bool isDate(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd")).isValid();
}

QString idText(const QJsonValue& value)
{
    const QUuid id = QUuid::fromString(value.toString());
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

// A reference that must name a record of `kind` on the platform; `required` false: absent or
// null is fine. Returns the record when found.
std::optional<StoredRecord> requireReference(const QJsonObject& data, const QString& field,
                                             const QString& kind, bool required, const Lookup& lookup,
                                             QJsonArray* errors)
{
    const QJsonValue value = data.value(field);
    if (!required && (value.isUndefined() || value.isNull() || value.toString().isEmpty()))
        return std::nullopt;
    const QString id = idText(value);
    if (id.isEmpty()) {
        problem(field, QStringLiteral("must be a UUID"), errors);
        return std::nullopt;
    }
    std::optional<StoredRecord> record = lookup(kind, id);
    if (!record || record->deleted) {
        problem(field, QStringLiteral("no live %1 has this id on the platform").arg(kind), errors);
        return std::nullopt;
    }
    return record;
}

void validateMember(const QJsonObject& data, QJsonArray* errors)
{
    requireText(data, QStringLiteral("name"), errors);
    requireCode(data, QStringLiteral("role"), kRoles, errors);
    if (!isDate(data.value(QStringLiteral("from"))))
        problem(QStringLiteral("from"), QStringLiteral("must be a date YYYY-MM-DD"), errors);
    const QJsonValue until = data.value(QStringLiteral("until"));
    if (!until.isUndefined() && !until.isNull() && !isDate(until))
        problem(QStringLiteral("until"), QStringLiteral("must be a date YYYY-MM-DD or null"), errors);
    optionalStrings(
        data, { QStringLiteral("roleLabel"), QStringLiteral("email"), QStringLiteral("publicKey") }, errors);
}

// "round 2 of “Zone humide”" as the platform holds it.
QString roundName(const StoredRecord& round, const Lookup& lookup)
{
    const auto number = qint64(round.data.value(QStringLiteral("number")).toDouble());
    const std::optional<StoredRecord> campaign = lookup(
        QStringLiteral("campaign"), round.data.value(QStringLiteral("campaignId")).toString().toLower());
    const QString title = campaign ? campaign->data.value(QStringLiteral("title")).toString() : QString();
    return title.isEmpty() ? QStringLiteral("round %1").arg(number)
                           : QStringLiteral("round %1 of \"%2\"").arg(number).arg(title);
}

void validateRound(const QString& id, const QJsonObject& data, const Lookup& lookup, QJsonArray* errors)
{
    requireReference(data, QStringLiteral("campaignId"), QStringLiteral("campaign"), true, lookup, errors);
    const double number = data.value(QStringLiteral("number")).toDouble(0);
    if (number < 1 || number > 1e6 || number != std::floor(number))
        problem(QStringLiteral("number"), QStringLiteral("must be a whole number above 0"), errors);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(data.value(QStringLiteral("fingerprint")).toString()).hasMatch())
        problem(QStringLiteral("fingerprint"), QStringLiteral("must be 64 lower-case hex digits"), errors);
    requireText(data, QStringLiteral("snapshot"), errors);
    if (!data.value(QStringLiteral("rules")).isObject())
        problem(QStringLiteral("rules"), QStringLiteral("must be an object"), errors);
    const QJsonValue members = data.value(QStringLiteral("members"));
    bool membersValid = members.isArray();
    for (const QJsonValue& member : members.toArray())
        membersValid = membersValid && !idText(member.toObject().value(QStringLiteral("id"))).isEmpty();
    if (!membersValid)
        problem(QStringLiteral("members"), QStringLiteral("must be an array of members, each with its id"),
                errors);
    requireInstant(data, QStringLiteral("openedAt"), errors);
    requireCode(data, QStringLiteral("status"), kRoundStatuses, errors);
    const QString status = data.value(QStringLiteral("status")).toString();
    if (status != QStringLiteral("open"))
        requireInstant(data, QStringLiteral("closedAt"), errors);
    optionalStrings(data,
                    { QStringLiteral("openedBy"), QStringLiteral("closedBy"), QStringLiteral("decision"),
                      QStringLiteral("supersededBecause"), QStringLiteral("openedOnDesk") },
                    errors);
    // The first closing stays: a round the platform holds as closed neither reopens nor closes
    // another way (two desks closing it at once: the second learns the first's from a 412).
    const std::optional<StoredRecord> current = lookup(kRound, id);
    if (current && !current->deleted) {
        const QString held = current->data.value(QStringLiteral("status")).toString();
        if (held != QStringLiteral("open") && held != status)
            problem(QStringLiteral("status"),
                    QStringLiteral("%1 was closed as %2 on %3: a closed round never reopens, and its first "
                                   "closing stays")
                        .arg(roundName(*current, lookup), held,
                             current->data.value(QStringLiteral("closedAt")).toString()),
                    errors);
    }
}

// Why a new vote for `round` cannot be taken, or empty.
QString closedRoundRefusal(const QJsonObject& vote, const StoredRecord& round, const StoredRecord* member,
                           const Lookup& lookup)
{
    const QString status = round.data.value(QStringLiteral("status")).toString();
    if (status == QStringLiteral("open") || status.isEmpty())
        return {};
    // The votes the closing desk counted were cast before it closed the round (a vote the
    // secretary recorded at the meeting that decided is sent with the decided round): kept.
    const QDateTime closedAt = instantOf(round.data.value(QStringLiteral("closedAt")));
    const QDateTime castAt = instantOf(vote.value(QStringLiteral("castAt")));
    if (closedAt.isValid() && castAt.isValid() && castAt <= closedAt)
        return {};
    const QString who
        = member ? member->data.value(QStringLiteral("name")).toString() : QStringLiteral("a member");
    const QString when = closedAt.isValid()
        ? closedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
        : QStringLiteral("an earlier date");
    if (status == QStringLiteral("superseded")) {
        const QString because = round.data.value(QStringLiteral("supersededBecause")).toString();
        return QStringLiteral(
                   "The vote of %1 for %2 is refused: that round was superseded on %3%4, before the "
                   "vote reached the platform; it is never counted. Vote in the new round.")
            .arg(who, roundName(round, lookup), when,
                 because.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(because));
    }
    return QStringLiteral(
               "The vote of %1 for %2 is refused: that round was decided (%3) on %4, before the vote "
               "reached the platform; it is never counted.")
        .arg(who, roundName(round, lookup), status, when);
}

void validateVote(const QString& id, const QJsonObject& data, const Lookup& lookup, const Search& search,
                  QJsonArray* errors)
{
    // A vote never changes (a changed vote is a new vote record): the same one written again is
    // a replay, taken as it is whatever became of its round.
    const std::optional<StoredRecord> current = lookup(kVote, id);
    if (current && !current->deleted) {
        if (current->data != data)
            problem(QStringLiteral("choice"),
                    QStringLiteral("a vote never changes: a member who changes a vote casts a new one"),
                    errors);
        return;
    }
    const std::optional<StoredRecord> round
        = requireReference(data, QStringLiteral("roundId"), kRound, true, lookup, errors);
    const std::optional<StoredRecord> member
        = requireReference(data, QStringLiteral("memberId"), kBoardMember, true, lookup, errors);
    requireCode(data, QStringLiteral("choice"), kChoices, errors);
    requireCode(data, QStringLiteral("form"), kForms, errors);
    requireCode(data, QStringLiteral("recordedFrom"), kRecordedFrom, errors);
    requireInstant(data, QStringLiteral("castAt"), errors);
    optionalStrings(data, { QStringLiteral("reason"), QStringLiteral("recordedNote") }, errors);
    if (data.value(QStringLiteral("choice")).toString() == QStringLiteral("reject"))
        requireText(data, QStringLiteral("reason"), errors);
    const QString signature = data.value(QStringLiteral("signature")).toString();
    if (data.value(QStringLiteral("form")).toString() == QStringLiteral("signed")) {
        const auto decoded
            = QByteArray::fromBase64Encoding(signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 64)
            problem(QStringLiteral("signature"),
                    QStringLiteral("must be the base64 of a 64-byte Ed25519 signature"), errors);
    } else {
        requireReference(data, QStringLiteral("recordedBy"), kBoardMember, true, lookup, errors);
    }
    if (!errors->isEmpty() || !round)
        return;
    const QString refusal = closedRoundRefusal(data, *round, member ? &*member : nullptr, lookup);
    if (!refusal.isEmpty()) {
        problem(QStringLiteral("roundId"), refusal, errors);
        return;
    }
    if (signature.isEmpty() || !search)
        return;
    for (const StoredRecord& other : search(kVote, QStringLiteral("signature"), signature)) {
        if (other.id == id)
            continue;
        problem(
            QStringLiteral("signature"),
            QStringLiteral("The vote of %1 for %2 is refused: vote %3 already carries this signature, and a "
                           "signature counts once.")
                .arg(member->data.value(QStringLiteral("name")).toString(), roundName(*round, lookup),
                     other.id),
            errors);
        return;
    }
}

void validateRecusal(const QJsonObject& data, const Lookup& lookup, QJsonArray* errors)
{
    requireReference(data, QStringLiteral("roundId"), kRound, true, lookup, errors);
    requireReference(data, QStringLiteral("memberId"), kBoardMember, true, lookup, errors);
    requireReference(data, QStringLiteral("recordedBy"), kBoardMember, false, lookup, errors);
    requireText(data, QStringLiteral("nature"), errors);
    requireInstant(data, QStringLiteral("declaredAt"), errors);
}

void validateComment(const QJsonObject& data, const Lookup& lookup, QJsonArray* errors)
{
    requireReference(data, QStringLiteral("roundId"), kRound, true, lookup, errors);
    requireReference(data, QStringLiteral("parentId"), kComment, false, lookup, errors);
    const QJsonValue author = data.value(QStringLiteral("authorId"));
    if (!author.isUndefined() && !author.isNull() && idText(author).isEmpty())
        problem(QStringLiteral("authorId"), QStringLiteral("must be a UUID or null (the desk's staff)"),
                errors);
    for (const QString& field :
         { QStringLiteral("section"), QStringLiteral("authorName"), QStringLiteral("body") })
        requireText(data, field, errors);
    requireInstant(data, QStringLiteral("writtenAt"), errors);
    if (data.contains(QStringLiteral("resolved")) && !data.value(QStringLiteral("resolved")).isBool())
        problem(QStringLiteral("resolved"), QStringLiteral("must be true or false"), errors);
    optionalStrings(data, { QStringLiteral("resolvedBy") }, errors);
}

} // namespace

bool isReviewKind(const QString& kind)
{
    return kind == kBoardMember || kind == kRound || kind == kVote || kind == kRecusal || kind == kComment;
}

QHash<QString, QStringList> codeLists()
{
    return { { QStringLiteral("BoardMemberData.role"), kRoles },
             { QStringLiteral("ReviewRoundData.status"), kRoundStatuses },
             { QStringLiteral("ReviewVoteData.choice"), kChoices },
             { QStringLiteral("ReviewVoteData.form"), kForms },
             { QStringLiteral("ReviewVoteData.recordedFrom"), kRecordedFrom } };
}

QHash<QString, QString> kindsOfCollections()
{
    return { { QStringLiteral("board-members"), kBoardMember },
             { QStringLiteral("review-rounds"), kRound },
             { QStringLiteral("review-votes"), kVote },
             { QStringLiteral("review-recusals"), kRecusal },
             { QStringLiteral("review-comments"), kComment } };
}

void validate(const QString& kind, const QString& id, const QJsonObject& data, const Lookup& lookup,
              const Search& search, QJsonArray* errors)
{
    if (kind == kBoardMember)
        validateMember(data, errors);
    else if (kind == kRound)
        validateRound(id, data, lookup, errors);
    else if (kind == kVote)
        validateVote(id, data, lookup, search, errors);
    else if (kind == kRecusal)
        validateRecusal(data, lookup, errors);
    else if (kind == kComment)
        validateComment(data, lookup, errors);
}

} // namespace casedesk::platform::ReviewRules

// The board's review between the association's desks, through the platform
// (docs/platform-api.md §3.4): rounds, votes, declarations of interest and comments, each its own
// private kind, never in the public API.
// - A round is written by the desk that opens it and closed once: when two desks close it at
//   once, the first closing to reach the platform stays (a closed round never reopens) and the
//   other desk takes it, with a line in its log. Never a conflict for the user.
// - A vote never changes (a changed vote is a new record), so it never conflicts; the platform
//   refuses a vote cast after its round closed, or whose signature another vote carries, with a
//   sentence naming the member and the round: that refusal is final, the author reads it in the
//   sync log once and the vote is not sent again.
// - Declarations and comments are one record each: two members commenting at once never
//   conflict; a comment resolved on one desk stays resolved.
#include "sync/kinds/KindEntries.h"
#include "sync/kinds/KindSupport.h"

#include "review/ReviewRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace casedesk {

namespace {

using SqlValues::uuidText;

class ReviewSync
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSync)
};

const QString kData = QStringLiteral("data");

QJsonValue uuidOrNull(const QVariant& stored)
{
    const QUuid uuid = QUuid::fromString(stored.toString());
    return uuid.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuidText(uuid));
}

// Instants travel to the millisecond (a vote's signature covers its time).
QJsonValue instantOrNull(const QVariant& stored)
{
    const QDateTime instant = SqlValues::instant(stored);
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODateWithMs))
                             : QJsonValue(QJsonValue::Null);
}

QDateTime instantField(const QJsonObject& data, const QString& field)
{
    return QDateTime::fromString(data.value(field).toString(), Qt::ISODateWithMs).toUTC();
}

QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

// The row `uuid` of `table` with `columns`, live; nothing when gone. The one writer of these
// tables is ReviewRepository: the sync reads rows as they are.
std::optional<QSqlQuery> liveRow(Database& database, const QString& table, const QString& columns,
                                 const QUuid& uuid)
{
    QSqlQuery row = database.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ? AND deleted = 0").arg(columns, table),
        { uuidText(uuid) });
    if (!row.next())
        return std::nullopt;
    return row;
}

// A pulled record the desk refused: the line for the log, and the outcome.
PullOutcome leftOut(PullContext& context, const QString& label, const PulledRecord& record,
                    const QString& problem)
{
    // The repository's refusals are sentences of their own (they name the member and the round).
    context.notices.append(problem.endsWith(u'.')
                               ? problem
                               : capitalised(ReviewSync::tr("%1 received from the platform was "
                                                            "left out: %2.")
                                                 .arg(label, problem)));
    qCWarning(lcSync) << "left out review record" << uuidText(record.id) << ":" << problem;
    return PullOutcome::AlreadyKnown;
}

// The review's records are never deleted on a desk; a deletion from the platform is left out.
PullOutcome deletionLeftOut(PullContext& context, const QString& label, const PulledRecord& record)
{
    return leftOut(context, label, record,
                   ReviewSync::tr("the board's review is kept whole: its records are never deleted"));
}

// For the kinds whose conflicts settle themselves: when the desk has a pending change of a pulled
// record, the kind's rule decides (the platform's copy written, the desk's change sent again or
// dropped). Empty when the record may be applied as usual.
std::optional<PullOutcome> settleByRule(PullContext& context, const SyncKind& kind,
                                        const PulledRecord& record)
{
    SyncedTable table(context.database, kind.table);
    const SyncedTable::Copy local = table.copy(record.id);
    if (local.knows(record.version))
        return PullOutcome::AlreadyKnown;
    if (!local.exists || !Outbox::hasPending(context.database, kind.entity, record.id) || record.deleted)
        return std::nullopt;
    QString notice;
    const bool resend = kind.mergeConflict(
        context.database, record.id, kind.document(context.database, record.id), record.envelope, &notice);
    Outbox::forget(context.database, kind.entity, record.id);
    if (resend)
        Outbox::enqueue(context.database, kind.entity, record.id, Outbox::Operation::Upsert,
                        table.revision(record.id));
    if (!notice.isEmpty())
        context.notices.append(notice);
    return PullOutcome::Applied;
}

// --- rounds ---

QJsonArray membersJson(const QByteArray& stored)
{
    // As the round keeps them; the wire names each member's UUID "id".
    QJsonArray members;
    for (const QJsonValue& value : QJsonDocument::fromJson(stored).array()) {
        const QJsonObject member = value.toObject();
        const QJsonValue id = member.contains(QStringLiteral("id")) ? member.value(QStringLiteral("id"))
                                                                    : member.value(QStringLiteral("uuid"));
        members.append(QJsonObject {
            { QStringLiteral("id"), uuidText(QUuid::fromString(id.toString())) },
            { QStringLiteral("name"), member.value(QStringLiteral("name")).toString() },
            { QStringLiteral("role"), member.value(QStringLiteral("role")).toString() },
            { QStringLiteral("publicKey"), member.value(QStringLiteral("publicKey")).toString() } });
    }
    return members;
}

QJsonObject roundDocument(Database& database, const QUuid& uuid)
{
    const std::optional<QSqlQuery> row = liveRow(
        database, ReviewRepository::kRoundTable,
        QStringLiteral("campaign_uuid, number, fingerprint, snapshot, rules, members, opened_at, opened_by, "
                       "status, closed_at, closed_by, decision, superseded_because, opened_on_desk"),
        uuid);
    if (!row)
        return {};
    return { { QStringLiteral("campaignId"), uuidOrNull(row->value(0)) },
             { QStringLiteral("number"), row->value(1).toInt() },
             { QStringLiteral("fingerprint"), row->value(2).toString() },
             { QStringLiteral("snapshot"), row->value(3).toString() },
             { QStringLiteral("rules"), QJsonDocument::fromJson(row->value(4).toByteArray()).object() },
             { QStringLiteral("members"), membersJson(row->value(5).toByteArray()) },
             { QStringLiteral("openedAt"), instantOrNull(row->value(6)) },
             { QStringLiteral("openedBy"), row->value(7).toString() },
             { QStringLiteral("status"), row->value(8).toString() },
             { QStringLiteral("closedAt"), instantOrNull(row->value(9)) },
             { QStringLiteral("closedBy"), row->value(10).toString() },
             { QStringLiteral("decision"), row->value(11).toString() },
             { QStringLiteral("supersededBecause"), row->value(12).toString() },
             { QStringLiteral("openedOnDesk"), row->value(13).toString() } };
}

// A round as received; empty `problem` when it can be taken. A snapshot that does not give its
// fingerprint (tampered, truncated) is never taken: every vote signs that fingerprint.
ReviewRound roundFrom(const QUuid& uuid, const QJsonObject& data, QString* problem)
{
    ReviewRound r;
    r.sync.uuid = uuid;
    r.campaignUuid = uuidField(data, QStringLiteral("campaignId"));
    r.number = data.value(QStringLiteral("number")).toInt();
    r.fingerprint = data.value(QStringLiteral("fingerprint")).toString();
    r.snapshot = data.value(QStringLiteral("snapshot")).toString().toUtf8();
    const std::optional<BoardRules> rules
        = BoardRules::fromJson(data.value(QStringLiteral("rules")).toObject());
    const std::optional<RoundStatus> status
        = ReviewCodes::roundStatusFromCode(data.value(QStringLiteral("status")).toString());
    for (const QJsonValue& value : data.value(QStringLiteral("members")).toArray()) {
        const QJsonObject item = value.toObject();
        RoundMember member;
        member.uuid = uuidField(item, QStringLiteral("id"));
        member.name = item.value(QStringLiteral("name")).toString();
        member.role = BoardCodes::roleFromCode(item.value(QStringLiteral("role")).toString())
                          .value_or(BoardRole::Administrator);
        member.publicKey = item.value(QStringLiteral("publicKey")).toString();
        r.members.append(member);
    }
    r.openedAt = instantField(data, QStringLiteral("openedAt"));
    r.openedBy = data.value(QStringLiteral("openedBy")).toString();
    r.openedOnDesk = data.value(QStringLiteral("openedOnDesk")).toString();
    r.closedAt = instantField(data, QStringLiteral("closedAt"));
    r.closedBy = data.value(QStringLiteral("closedBy")).toString();
    r.decision = data.value(QStringLiteral("decision")).toString();
    r.supersededBecause = data.value(QStringLiteral("supersededBecause")).toString();
    if (!rules || !status) {
        *problem = ReviewSync::tr("its rules or its status are not ones this version knows");
        return r;
    }
    r.rules = *rules;
    r.status = *status;
    if (r.campaignUuid.isNull() || r.number < 1 || !r.openedAt.isValid())
        *problem = ReviewSync::tr("its campaign, number or opening time is missing");
    else if (QCryptographicHash::hash(r.snapshot, QCryptographicHash::Sha256).toHex()
             != r.fingerprint.toLatin1())
        *problem = ReviewSync::tr("its snapshot does not give its fingerprint (tampered with or truncated)");
    return r;
}

QString roundLabel(const QJsonObject& document)
{
    return ReviewSync::tr("review round %1 (%2)")
        .arg(document.value(QStringLiteral("number")).toInt())
        .arg(shortFingerprint(document.value(QStringLiteral("fingerprint")).toString()));
}

QString storeRound(Database& database, const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    QString problem;
    const ReviewRound round = roundFrom(uuid, data, &problem);
    return problem.isEmpty() ? ReviewRepository(database).storeReceived(round, version) : problem;
}

// The first closing to reach the platform stays: theirs when the platform holds the round
// closed, else the desk's closing, sent again over the platform's version.
bool mergeRound(Database& database, const QUuid& uuid, const QJsonObject& mine, const QJsonObject& theirs,
                QString* notice)
{
    const PulledRecord record(theirs);
    const QString theirStatus = record.data.value(QStringLiteral("status")).toString();
    const QString myStatus = mine.value(QStringLiteral("status")).toString();
    const QString open = ReviewCodes::roundStatus(RoundStatus::Open);
    if (record.deleted)
        return false; // never deleted by a desk: nothing of the desk's to send over it
    if (theirStatus == open && myStatus != open && !mine.isEmpty()) {
        SyncedTable(database, KindEntries::reviewRound().table).storeServerVersion(uuid, record.version);
        return true;
    }
    const QString problem = storeRound(database, uuid, record.data, record.version);
    const auto statusName = [](const QString& code) {
        const std::optional<RoundStatus> status = ReviewCodes::roundStatusFromCode(code);
        return status ? ReviewCodes::roundStatusName(*status) : code;
    };
    if (!problem.isEmpty())
        *notice = capitalised(ReviewSync::tr("%1 received from the platform was left out: %2.")
                                  .arg(roundLabel(record.data), problem));
    else if (myStatus != open && myStatus != theirStatus)
        *notice = capitalised(
            ReviewSync::tr("%1 was closed on another desk first (%2): a round is closed once, so "
                           "this desk's closing (%3) was dropped.")
                .arg(roundLabel(record.data), statusName(theirStatus), statusName(myStatus)));
    return false;
}

PullOutcome applyRound(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    if (const auto outcome = settleByRule(context, KindEntries::reviewRound(), record))
        return *outcome;
    if (record.deleted)
        return deletionLeftOut(context, roundLabel(record.data), record);
    const QString problem = storeRound(context.database, record.id, record.data, record.version);
    return problem.isEmpty() ? PullOutcome::Applied
                             : leftOut(context, roundLabel(record.data), record, problem);
}

// --- votes ---

QJsonObject voteDocument(Database& database, const QUuid& uuid)
{
    const std::optional<QSqlQuery> row = liveRow(
        database, ReviewRepository::kVoteTable,
        QStringLiteral("round_uuid, member_uuid, choice, reason, cast_at, form, recorded_by, recorded_from, "
                       "recorded_note, signature"),
        uuid);
    if (!row)
        return {};
    return { { QStringLiteral("roundId"), uuidOrNull(row->value(0)) },
             { QStringLiteral("memberId"), uuidOrNull(row->value(1)) },
             { QStringLiteral("choice"), row->value(2).toString() },
             { QStringLiteral("reason"), row->value(3).toString() },
             { QStringLiteral("castAt"), instantOrNull(row->value(4)) },
             { QStringLiteral("form"), row->value(5).toString() },
             { QStringLiteral("recordedBy"), uuidOrNull(row->value(6)) },
             { QStringLiteral("recordedFrom"), row->value(7).toString() },
             { QStringLiteral("recordedNote"), row->value(8).toString() },
             { QStringLiteral("signature"), row->value(9).toString() } };
}

ReviewVote voteFrom(const QUuid& uuid, const QJsonObject& data, QString* problem)
{
    ReviewVote v;
    v.sync.uuid = uuid;
    v.roundUuid = uuidField(data, QStringLiteral("roundId"));
    v.memberUuid = uuidField(data, QStringLiteral("memberId"));
    v.reason = data.value(QStringLiteral("reason")).toString();
    v.castAt = instantField(data, QStringLiteral("castAt"));
    v.recordedBy = uuidField(data, QStringLiteral("recordedBy"));
    v.recordedNote = data.value(QStringLiteral("recordedNote")).toString();
    const auto choice = ReviewCodes::choiceFromCode(data.value(QStringLiteral("choice")).toString());
    const auto form = ReviewCodes::formFromCode(data.value(QStringLiteral("form")).toString());
    const auto from
        = ReviewCodes::recordedFromFromCode(data.value(QStringLiteral("recordedFrom")).toString());
    // A signature that is not base64 is kept as it came: it never verifies, and shows as invalid.
    const QString signature = data.value(QStringLiteral("signature")).toString();
    const auto decoded
        = QByteArray::fromBase64Encoding(signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    v.signature = decoded ? decoded.decoded : signature.toLatin1();
    if (!choice || !form || !from) {
        *problem = ReviewSync::tr("its choice or form is not one this version knows");
        return v;
    }
    v.choice = *choice;
    v.form = *form;
    v.recordedFrom = *from;
    if (v.roundUuid.isNull() || v.memberUuid.isNull() || !v.castAt.isValid())
        *problem = ReviewSync::tr("its round, member or time is missing");
    return v;
}

QString voteLabel(const QJsonObject& document)
{
    const std::optional<VoteChoice> choice
        = ReviewCodes::choiceFromCode(document.value(QStringLiteral("choice")).toString());
    return ReviewSync::tr("the vote \"%1\" cast %2")
        .arg(choice ? ReviewCodes::choiceName(*choice) : document.value(QStringLiteral("choice")).toString(),
             QLocale().toString(instantField(document, QStringLiteral("castAt")).toLocalTime(),
                                QLocale::ShortFormat));
}

PullOutcome applyVote(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::reviewVote(), record, &local))
        return *outcome;
    if (record.deleted)
        return deletionLeftOut(context, voteLabel(record.data), record);
    QString problem;
    const ReviewVote vote = voteFrom(record.id, record.data, &problem);
    if (problem.isEmpty())
        problem = ReviewRepository(context.database).storeReceived(vote, record.version);
    return problem.isEmpty() ? PullOutcome::Applied
                             : leftOut(context, voteLabel(record.data), record, problem);
}

// The platform's sentence (it names the member and the round) when it refused the vote for its
// round or its signature; its answer otherwise.
QString voteRefusal(const QJsonObject& document, const QJsonObject& problem, const QString& failure)
{
    for (const QJsonValue& value : problem.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = value.toObject();
        const QString pointer = error.value(QStringLiteral("pointer")).toString();
        if (pointer == QLatin1String("/data/roundId") || pointer == QLatin1String("/data/signature"))
            return ReviewSync::tr(
                       "The platform refused %1: %2 The vote stays on this desk and is not sent again.")
                .arg(voteLabel(document), error.value(QStringLiteral("detail")).toString());
    }
    return ReviewSync::tr("The platform refused %1, which is not sent again: %2")
        .arg(voteLabel(document), failure);
}

// --- declarations of interest ---

QJsonObject recusalDocument(Database& database, const QUuid& uuid)
{
    const std::optional<QSqlQuery> row
        = liveRow(database, ReviewRepository::kRecusalTable,
                  QStringLiteral("round_uuid, member_uuid, nature, declared_at, recorded_by"), uuid);
    if (!row)
        return {};
    return { { QStringLiteral("roundId"), uuidOrNull(row->value(0)) },
             { QStringLiteral("memberId"), uuidOrNull(row->value(1)) },
             { QStringLiteral("nature"), row->value(2).toString() },
             { QStringLiteral("declaredAt"), instantOrNull(row->value(3)) },
             { QStringLiteral("recordedBy"), uuidOrNull(row->value(4)) } };
}

QString recusalLabel(const QJsonObject& document)
{
    return ReviewSync::tr("the declaration of interest \"%1\"")
        .arg(document.value(QStringLiteral("nature")).toString());
}

PullOutcome applyRecusal(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome
        = PullRules::settle(context.database, KindEntries::reviewRecusal(), record, &local))
        return *outcome;
    if (record.deleted)
        return deletionLeftOut(context, recusalLabel(record.data), record);
    Recusal recusal;
    recusal.sync.uuid = record.id;
    recusal.roundUuid = uuidField(record.data, QStringLiteral("roundId"));
    recusal.memberUuid = uuidField(record.data, QStringLiteral("memberId"));
    recusal.nature = record.data.value(QStringLiteral("nature")).toString();
    recusal.declaredAt = instantField(record.data, QStringLiteral("declaredAt"));
    recusal.recordedBy = uuidField(record.data, QStringLiteral("recordedBy"));
    QString problem;
    if (recusal.roundUuid.isNull() || recusal.memberUuid.isNull() || !recusal.declaredAt.isValid())
        problem = ReviewSync::tr("its round, member or time is missing");
    else
        problem = ReviewRepository(context.database).storeReceived(recusal, record.version);
    return problem.isEmpty() ? PullOutcome::Applied
                             : leftOut(context, recusalLabel(record.data), record, problem);
}

// --- comments ---

QJsonObject commentDocument(Database& database, const QUuid& uuid)
{
    const std::optional<QSqlQuery> row = liveRow(
        database, ReviewRepository::kCommentTable,
        QStringLiteral("round_uuid, section, parent_uuid, author_uuid, author_name, body, written_at, "
                       "resolved, resolved_at, resolved_by"),
        uuid);
    if (!row)
        return {};
    return { { QStringLiteral("roundId"), uuidOrNull(row->value(0)) },
             { QStringLiteral("section"), row->value(1).toString() },
             { QStringLiteral("parentId"), uuidOrNull(row->value(2)) },
             { QStringLiteral("authorId"), uuidOrNull(row->value(3)) },
             { QStringLiteral("authorName"), row->value(4).toString() },
             { QStringLiteral("body"), row->value(5).toString() },
             { QStringLiteral("writtenAt"), instantOrNull(row->value(6)) },
             { QStringLiteral("resolved"), row->value(7).toInt() != 0 },
             { QStringLiteral("resolvedAt"), instantOrNull(row->value(8)) },
             { QStringLiteral("resolvedBy"), row->value(9).toString() } };
}

QString commentLabel(const QJsonObject& document)
{
    return ReviewSync::tr("the comment of %1 on %2")
        .arg(document.value(QStringLiteral("authorName")).toString(),
             document.value(QStringLiteral("section")).toString());
}

QString storeComment(Database& database, const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    ReviewComment c;
    c.sync.uuid = uuid;
    c.roundUuid = uuidField(data, QStringLiteral("roundId"));
    c.section = data.value(QStringLiteral("section")).toString();
    c.parentUuid = uuidField(data, QStringLiteral("parentId"));
    c.authorUuid = uuidField(data, QStringLiteral("authorId"));
    c.authorName = data.value(QStringLiteral("authorName")).toString();
    c.body = data.value(QStringLiteral("body")).toString();
    c.writtenAt = instantField(data, QStringLiteral("writtenAt"));
    c.resolved = data.value(QStringLiteral("resolved")).toBool();
    c.resolvedAt = instantField(data, QStringLiteral("resolvedAt"));
    c.resolvedBy = data.value(QStringLiteral("resolvedBy")).toString();
    if (c.roundUuid.isNull() || c.section.isEmpty() || c.body.isEmpty() || !c.writtenAt.isValid())
        return ReviewSync::tr("its round, section, text or time is missing");
    return ReviewRepository(database).storeReceived(c, version);
}

// What a comment is never changes; only whether it is resolved: resolved on either desk, it stays
// resolved (theirs, or the desk's resolution sent again over the platform's version).
bool mergeComment(Database& database, const QUuid& uuid, const QJsonObject& mine, const QJsonObject& theirs,
                  QString* notice)
{
    const PulledRecord record(theirs);
    if (record.deleted)
        return false;
    if (mine.value(QStringLiteral("resolved")).toBool()
        && !record.data.value(QStringLiteral("resolved")).toBool()) {
        SyncedTable(database, KindEntries::reviewComment().table).storeServerVersion(uuid, record.version);
        return true;
    }
    const QString problem = storeComment(database, uuid, record.data, record.version);
    if (!problem.isEmpty())
        *notice = capitalised(ReviewSync::tr("%1 received from the platform was left out: %2.")
                                  .arg(commentLabel(record.data), problem));
    return false;
}

PullOutcome applyComment(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    if (const auto outcome = settleByRule(context, KindEntries::reviewComment(), record))
        return *outcome;
    if (record.deleted)
        return deletionLeftOut(context, commentLabel(record.data), record);
    const QString problem = storeComment(context.database, record.id, record.data, record.version);
    return problem.isEmpty() ? PullOutcome::Applied
                             : leftOut(context, commentLabel(record.data), record, problem);
}

} // namespace

const SyncKind& KindEntries::reviewRound()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = ReviewRepository::kRoundEntity;
        k.wireKind = QStringLiteral("review_round");
        k.collection = QStringLiteral("review-rounds");
        k.table = ReviewRepository::kRoundTable;
        k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") } };
        k.document = roundDocument;
        k.applyPulled = applyRound;
        k.mergeConflict = mergeRound;
        k.label = roundLabel;
        return k;
    }();
    return kind;
}

const SyncKind& KindEntries::reviewVote()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = ReviewRepository::kVoteEntity;
        k.wireKind = QStringLiteral("review_vote");
        k.collection = QStringLiteral("review-votes");
        k.table = ReviewRepository::kVoteTable;
        k.references = { { QStringLiteral("review_round"), QStringLiteral("roundId") },
                         { QStringLiteral("board_member"), QStringLiteral("memberId") },
                         { QStringLiteral("board_member"), QStringLiteral("recordedBy") } };
        k.document = voteDocument;
        k.applyPulled = applyVote;
        k.label = voteLabel;
        k.refusal = voteRefusal;
        k.refusalIsFinal = true;
        return k;
    }();
    return kind;
}

const SyncKind& KindEntries::reviewRecusal()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = ReviewRepository::kRecusalEntity;
        k.wireKind = QStringLiteral("review_recusal");
        k.collection = QStringLiteral("review-recusals");
        k.table = ReviewRepository::kRecusalTable;
        k.references = { { QStringLiteral("review_round"), QStringLiteral("roundId") },
                         { QStringLiteral("board_member"), QStringLiteral("memberId") },
                         { QStringLiteral("board_member"), QStringLiteral("recordedBy") } };
        k.document = recusalDocument;
        k.applyPulled = applyRecusal;
        k.label = recusalLabel;
        return k;
    }();
    return kind;
}

const SyncKind& KindEntries::reviewComment()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = ReviewRepository::kCommentEntity;
        k.wireKind = QStringLiteral("review_comment");
        k.collection = QStringLiteral("review-comments");
        k.table = ReviewRepository::kCommentTable;
        k.references = { { QStringLiteral("review_round"), QStringLiteral("roundId") },
                         { QStringLiteral("review_comment"), QStringLiteral("parentId") },
                         { QStringLiteral("board_member"), QStringLiteral("authorId") } };
        k.chainColumn = QStringLiteral("parent_uuid"); // a reply after the comment it answers
        k.document = commentDocument;
        k.applyPulled = applyComment;
        k.mergeConflict = mergeComment;
        k.label = commentLabel;
        return k;
    }();
    return kind;
}

} // namespace casedesk

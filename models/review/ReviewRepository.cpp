#include "review/ReviewRepository.h"

#include "board/BoardRepository.h"
#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "review/VoteSignature.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

// The table's own columns after the sync columns, as roundFrom() reads them.
const QString kOwnColumns = QStringLiteral("campaign_uuid, number, fingerprint, snapshot, rules, members, "
                                           "opened_at, opened_by, status, closed_at, closed_by, decision, "
                                           "superseded_because");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

QByteArray membersJson(const QList<RoundMember>& members)
{
    QJsonArray array;
    for (const RoundMember& member : members)
        array.append(QJsonObject { { QStringLiteral("uuid"), uuidText(member.uuid) },
                                   { QStringLiteral("name"), member.name },
                                   { QStringLiteral("role"), BoardCodes::role(member.role) },
                                   { QStringLiteral("publicKey"), member.publicKey } });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<RoundMember> membersFrom(const QByteArray& json)
{
    QList<RoundMember> members;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        members.append({ QUuid::fromString(object.value(QStringLiteral("uuid")).toString()),
                         object.value(QStringLiteral("name")).toString(),
                         BoardCodes::roleFromCode(object.value(QStringLiteral("role")).toString())
                             .value_or(BoardRole::Administrator),
                         object.value(QStringLiteral("publicKey")).toString() });
    }
    return members;
}

QVariant optionalInstant(const QDateTime& at)
{
    return at.isValid() ? QVariant(Clock::toIso(at)) : QVariant(QMetaType(QMetaType::QString));
}

ReviewRound roundFrom(const QSqlQuery& q)
{
    ReviewRound r;
    r.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    r.campaignUuid = QUuid::fromString(q.value(c).toString());
    r.number = q.value(c + 1).toInt();
    r.fingerprint = q.value(c + 2).toString();
    r.snapshot = q.value(c + 3).toString().toUtf8();
    r.rules = BoardRules::fromJson(QJsonDocument::fromJson(q.value(c + 4).toString().toUtf8()).object())
                  .value_or(BoardRules {});
    r.members = membersFrom(q.value(c + 5).toString().toUtf8());
    r.openedAt = instant(q.value(c + 6));
    r.openedBy = q.value(c + 7).toString();
    r.status = ReviewCodes::roundStatusFromCode(q.value(c + 8).toString()).value_or(RoundStatus::Open);
    r.closedAt = q.value(c + 9).isNull() ? QDateTime() : instant(q.value(c + 9));
    r.closedBy = q.value(c + 10).toString();
    r.decision = q.value(c + 11).toString();
    r.supersededBecause = q.value(c + 12).toString();
    return r;
}

QVariantList ownValues(const ReviewRound& r)
{
    return { uuidText(r.campaignUuid),
             r.number,
             r.fingerprint,
             QString::fromUtf8(r.snapshot),
             QString::fromUtf8(QJsonDocument(r.rules.toJson()).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(membersJson(r.members)),
             Clock::toIso(r.openedAt),
             SqlValues::notNullText(r.openedBy),
             ReviewCodes::roundStatus(r.status),
             optionalInstant(r.closedAt),
             SqlValues::notNullText(r.closedBy),
             SqlValues::notNullText(r.decision),
             SqlValues::notNullText(r.supersededBecause) };
}

// What changed, as one sentence for the round's record.
QString because(const QList<SnapshotChange>& changes)
{
    QStringList what;
    for (const SnapshotChange& change : changes)
        what.append(change.what);
    return what.isEmpty() ? ReviewRepository::tr("The dossier changed.") : what.join(QStringLiteral("; "));
}

} // namespace

ReviewRepository::ReviewRepository(Database& database)
    : m_database(database)
{
}

ReviewActor ReviewRepository::deskActor()
{
    BoardRepository board(m_database);
    if (const std::optional<QUuid> owner = board.deskOwner()) {
        if (const std::optional<BoardMember> member = board.load(*owner))
            return { owner, member->name };
    }
    return { std::nullopt, tr("the desk's staff") };
}

QString ReviewRepository::roundLabel(const ReviewRound& round, bool startsSentence)
{
    const QString title = CampaignRepository(m_database).titleOf(round.campaignUuid).value_or(QString());
    QString label = tr("round %1 of \"%2\"").arg(round.number).arg(title);
    if (startsSentence && !label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

std::optional<ReviewRound> ReviewRepository::start(const QUuid& campaignUuid, const ReviewActor& by,
                                                   QString* refusal, const QString& note)
{
    WriteTransaction transaction(m_database);
    CampaignRepository campaigns(m_database);
    const std::optional<Campaign> campaign = campaigns.load(campaignUuid);
    if (!campaign) {
        *refusal = tr("No campaign has the identifier %1.").arg(uuidText(campaignUuid));
        return std::nullopt;
    }
    if (campaign->status != CampaignStatus::Draft && campaign->status != CampaignStatus::InReview) {
        *refusal = tr("\"%1\" is past review: only a draft or a campaign in review goes to the board.")
                       .arg(campaign->title);
        return std::nullopt;
    }
    const QStringList missing = Workflow::missingForReview(*campaign, Clock::today());
    if (!missing.isEmpty()) {
        *refusal = tr("\"%1\" cannot go to the board yet: %2")
                       .arg(campaign->title, missing.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    settle(campaignUuid);
    if (const std::optional<ReviewRound> open = openRound(campaignUuid)) {
        *refusal = tr("Round %1 of \"%2\" is already open on this version of the dossier (fingerprint %3).")
                       .arg(open->number)
                       .arg(campaign->title, shortFingerprint(open->fingerprint));
        return std::nullopt;
    }
    BoardRepository board(m_database);
    const QList<BoardMember> inOffice = board.inOfficeOn(Clock::today());
    if (inOffice.isEmpty()) {
        *refusal = tr("The board has no member in office: add the members (Association, Board) before "
                      "submitting \"%1\".")
                       .arg(campaign->title);
        return std::nullopt;
    }
    // The status first: the snapshot is taken of the dossier exactly as it stands in review.
    if (campaign->status == CampaignStatus::Draft)
        campaigns.writeReviewStatus(campaignUuid, CampaignStatus::InReview, note);
    const std::optional<DossierSnapshot> snapshot = DossierSnapshot::capture(m_database, campaignUuid);
    if (!snapshot)
        throw DatabaseError(tr("The dossier of \"%1\" could not be read.").arg(campaign->title));

    const std::optional<ReviewRound> previous = latestRound(campaignUuid);
    ReviewRound round;
    round.sync.uuid = QUuid::createUuid();
    round.campaignUuid = campaignUuid;
    round.number = previous ? previous->number + 1 : 1;
    round.snapshot = snapshot->canonical();
    round.fingerprint = snapshot->fingerprint();
    round.rules = board.rules();
    for (const BoardMember& member : inOffice)
        round.members.append({ member.sync.uuid, member.name, member.role, member.publicKey });
    round.openedAt = Clock::nowUtc();
    round.openedBy = by.name;
    const QString now = Clock::toIso(round.openedAt);
    QSqlQuery insert = m_database.exec(
        QStringLiteral("INSERT INTO review_rounds (uuid, revision, created_at, updated_at, %1) "
                       "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kOwnColumns),
        QVariantList { uuidText(round.sync.uuid), now, now } + ownValues(round));
    Outbox::enqueue(m_database, kRoundEntity, round.sync.uuid, Outbox::Operation::Upsert, 1);
    SyncColumns::markCreated(round.sync, insert.lastInsertId().toLongLong(), now);
    if (previous)
        carryRecusals(*previous, round);
    transaction.commit();
    return round;
}

void ReviewRepository::closeRound(const ReviewRound& round, RoundStatus status, const QString& by,
                                  const QString& decision, const QString& because)
{
    const qint64 revision = SyncedTable(m_database, kRoundTable).revision(round.sync.uuid) + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE review_rounds SET status = ?, closed_at = ?, closed_by = ?, decision = ?, "
                       "superseded_because = ?, revision = ?, updated_at = ? WHERE uuid = ?"),
        { ReviewCodes::roundStatus(status), now, SqlValues::notNullText(by), SqlValues::notNullText(decision),
          SqlValues::notNullText(because), revision, now, uuidText(round.sync.uuid) });
    Outbox::enqueue(m_database, kRoundEntity, round.sync.uuid, Outbox::Operation::Upsert, revision);
}

bool ReviewRepository::settle(const QUuid& campaignUuid)
{
    const QVariant openUuid = m_database.scalar(
        QStringLiteral("SELECT uuid FROM review_rounds WHERE campaign_uuid = ? AND status = "
                       "'open' AND deleted = 0 ORDER BY number DESC LIMIT 1"),
        { uuidText(campaignUuid) });
    if (!openUuid.isValid())
        return false;
    const std::optional<ReviewRound> open = round(QUuid::fromString(openUuid.toString()));
    const std::optional<DossierSnapshot> now = DossierSnapshot::capture(m_database, campaignUuid);
    if (!open || !now || now->fingerprint() == open->fingerprint)
        return false;
    const std::optional<DossierSnapshot> then = DossierSnapshot::fromCanonical(open->snapshot);
    WriteTransaction transaction(m_database);
    closeRound(*open, RoundStatus::Superseded, QString(), QString(),
               then ? because(now->changesSince(*then)) : tr("The dossier changed."));
    transaction.commit();
    return true;
}

void ReviewRepository::supersedeOpenRound(const QUuid& campaignUuid, const QString& because)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT %1 FROM review_rounds WHERE campaign_uuid = ? AND status = 'open' AND deleted = 0")
            .arg(kColumns),
        { uuidText(campaignUuid) });
    QList<ReviewRound> open;
    while (q.next())
        open.append(roundFrom(q));
    WriteTransaction transaction(m_database);
    for (const ReviewRound& round : std::as_const(open))
        closeRound(round, RoundStatus::Superseded, QString(), QString(), because);
    transaction.commit();
}

std::optional<Decision> ReviewRepository::decide(const QUuid& roundUuid, const ReviewActor& by,
                                                 QString* refusal)
{
    WriteTransaction transaction(m_database);
    std::optional<ReviewRound> open = round(roundUuid);
    if (!open) {
        *refusal = tr("No review round has the identifier %1.").arg(uuidText(roundUuid));
        return std::nullopt;
    }
    settle(open->campaignUuid);
    open = round(roundUuid);
    if (!open->isOpen()) {
        *refusal = tr("%1 is closed (%2): it cannot be decided again.")
                       .arg(roundLabel(*open, true), ReviewCodes::roundStatusName(open->status).toLower());
        return std::nullopt;
    }
    const Decision decision = decisionOf(*open);
    if (!decision.quorumMet()) {
        *refusal = tr("No decision can be recorded yet: %1").arg(decision.explanation.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    const bool approved = decision.outcome == DecisionOutcome::Approved;
    closeRound(*open, approved ? RoundStatus::Approved : RoundStatus::Rejected, by.name,
               decision.explanation.join(QLatin1Char(' ')), QString());
    if (!approved) {
        CampaignRepository campaigns(m_database);
        const std::optional<Campaign> campaign = campaigns.load(open->campaignUuid);
        if (campaign && campaign->status == CampaignStatus::InReview)
            campaigns.writeReviewStatus(open->campaignUuid, CampaignStatus::Draft,
                                        tr("Rejected by the board (round %1): %2")
                                            .arg(open->number)
                                            .arg(decision.rejectionReasons.join(QStringLiteral("; "))));
    }
    transaction.commit();
    return decision;
}

std::optional<ReviewRound> ReviewRepository::round(const QUuid& roundUuid)
{
    return SyncedTable(m_database, kRoundTable).loadLive(roundUuid, kColumns, roundFrom);
}

QList<ReviewRound> ReviewRepository::rounds(const QUuid& campaignUuid)
{
    settle(campaignUuid);
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM review_rounds WHERE campaign_uuid = ? AND "
                                                 "deleted = 0 ORDER BY number DESC, id DESC")
                                      .arg(kColumns),
                                  { uuidText(campaignUuid) });
    QList<ReviewRound> list;
    while (q.next())
        list.append(roundFrom(q));
    return list;
}

std::optional<ReviewRound> ReviewRepository::latestRound(const QUuid& campaignUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM review_rounds WHERE campaign_uuid = ? AND deleted = 0 "
                       "ORDER BY number DESC, id DESC LIMIT 1")
            .arg(kColumns),
        { uuidText(campaignUuid) });
    return q.next() ? std::optional<ReviewRound>(roundFrom(q)) : std::nullopt;
}

std::optional<ReviewRound> ReviewRepository::openRound(const QUuid& campaignUuid)
{
    settle(campaignUuid);
    const std::optional<ReviewRound> latest = latestRound(campaignUuid);
    return latest && latest->isOpen() ? latest : std::nullopt;
}

ReviewStanding ReviewRepository::standing(const QUuid& campaignUuid)
{
    settle(campaignUuid);
    ReviewStanding standing;
    standing.latest = latestRound(campaignUuid);
    const std::optional<Campaign> campaign = CampaignRepository(m_database).load(campaignUuid);
    const std::optional<DossierSnapshot> now = DossierSnapshot::capture(m_database, campaignUuid);
    if (now)
        standing.currentFingerprint = now->fingerprint();
    if (!standing.latest || !campaign)
        return standing;
    const ReviewRound& latest = *standing.latest;
    const bool onCurrent = now && now->fingerprint() == latest.fingerprint;
    switch (latest.status) {
    case RoundStatus::Open: {
        standing.state = ReviewStanding::State::Open;
        const QList<Recusal> recused = recusals(latest.sync.uuid);
        standing.votesExpected = int(latest.members.size() - recused.size());
        standing.votesCast = int(currentVotes(latest.sync.uuid).size());
        break;
    }
    case RoundStatus::Approved:
        standing.approvedOnCurrentSnapshot = onCurrent;
        standing.state
            = onCurrent ? ReviewStanding::State::Approved : ReviewStanding::State::ChangedSinceRound;
        break;
    case RoundStatus::Rejected:
        standing.state = ReviewStanding::State::Rejected;
        break;
    case RoundStatus::Superseded:
        standing.state = campaign->status == CampaignStatus::InReview
            ? ReviewStanding::State::ChangedSinceRound
            : ReviewStanding::State::NotSubmitted;
        break;
    }
    return standing;
}

Decision ReviewRepository::decisionOf(const ReviewRound& round)
{
    QList<QUuid> recused;
    for (const Recusal& recusal : recusals(round.sync.uuid))
        recused.append(recusal.memberUuid);
    return DecisionRules::decide(round.rules, round.members, recused, currentVotes(round.sync.uuid));
}

QList<WaitingRound> ReviewRepository::waitingFor(const QUuid& member)
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT DISTINCT campaign_uuid FROM review_rounds WHERE status = "
                                         "'open' AND deleted = 0"));
    QList<QUuid> campaigns;
    while (q.next())
        campaigns.append(QUuid::fromString(q.value(0).toString()));
    QList<WaitingRound> waiting;
    for (const QUuid& campaign : std::as_const(campaigns)) {
        const std::optional<ReviewRound> open = openRound(campaign);
        if (!open || !whyNotTakingPart(*open, member).isEmpty())
            continue;
        bool voted = false;
        for (const ReviewVote& vote : currentVotes(open->sync.uuid))
            voted = voted || vote.memberUuid == member;
        if (!voted)
            waiting.append({ *open, CampaignRepository(m_database).titleOf(campaign).value_or(QString()) });
    }
    return waiting;
}

QList<SnapshotChange> ReviewRepository::changesFor(const ReviewRound& round,
                                                   const std::optional<QUuid>& member)
{
    const QList<ReviewRound> all = rounds(round.campaignUuid);
    std::optional<ReviewRound> seen;
    for (const ReviewRound& earlier : all) {
        if (earlier.number >= round.number)
            continue;
        if (!seen)
            seen = earlier; // the previous round, unless the member took part in an earlier one
        if (!member)
            break;
        bool tookPart = false;
        for (const ReviewVote& vote : votes(earlier.sync.uuid))
            tookPart = tookPart || vote.memberUuid == *member;
        for (const ReviewComment& comment : comments(earlier.sync.uuid))
            tookPart = tookPart || comment.authorUuid == *member;
        if (tookPart) {
            seen = earlier;
            break;
        }
    }
    if (!seen)
        return {};
    const std::optional<DossierSnapshot> older = DossierSnapshot::fromCanonical(seen->snapshot);
    const std::optional<DossierSnapshot> newer = DossierSnapshot::fromCanonical(round.snapshot);
    return older && newer ? newer->changesSince(*older) : QList<SnapshotChange> {};
}

VoteCheck ReviewRepository::checkOf(const ReviewRound& round, const ReviewVote& vote)
{
    QString publicKey;
    for (const RoundMember& member : round.members) {
        if (member.uuid == vote.memberUuid)
            publicKey = member.publicKey;
    }
    const VoteCheck check = VoteSignature::check(round.fingerprint, vote, publicKey);
    if (check != VoteCheck::SignatureInvalid || vote.form != VoteForm::Signed)
        return check;
    const std::optional<BoardMember> now = BoardRepository(m_database).load(vote.memberUuid);
    return now && now->publicKey != publicKey ? VoteSignature::check(round.fingerprint, vote, now->publicKey)
                                              : check;
}

QString ReviewRepository::storeReceived(const ReviewRound& round, qint64 serverVersion)
{
    SyncedTable table(m_database, kRoundTable);
    if (table.copy(round.sync.uuid).knows(serverVersion))
        return {};
    if (round.fingerprint.size() != 64 || round.number < 1)
        return tr("A review round of \"%1\" arrived without its fingerprint: it was not stored.")
            .arg(CampaignRepository(m_database).titleOf(round.campaignUuid).value_or(QString()));
    WriteTransaction transaction(m_database);
    table.storeReceived(round.sync.uuid, serverVersion, kOwnColumns, ownValues(round));
    transaction.commit();
    return {};
}

std::optional<QUuid> ReviewRepository::resolveRound(const QUuid& campaignUuid, const QString& reference,
                                                    QString* errorMessage)
{
    if (reference.trimmed().isEmpty() || reference.trimmed() == QLatin1String("latest")) {
        if (const std::optional<ReviewRound> latest = latestRound(campaignUuid))
            return latest->sync.uuid;
        *errorMessage = tr("\"%1\" has never been submitted to the board.")
                            .arg(CampaignRepository(m_database).titleOf(campaignUuid).value_or(QString()));
        return std::nullopt;
    }
    const std::optional<QUuid> uuid = SqlValues::resolveUuidPrefix(
        m_database, kRoundTable, reference,
        { tr("Round identifier \"%1\" is too short; give at least 4 characters of its UUID."),
          tr("No review round has the identifier \"%1\"."),
          tr("Round identifier \"%1\" matches several rounds; give more characters.") },
        errorMessage);
    if (uuid && !campaignUuid.isNull() && round(*uuid)->campaignUuid != campaignUuid) {
        *errorMessage = tr("The review round \"%1\" is not one of this campaign's.").arg(reference);
        return std::nullopt;
    }
    return uuid;
}

} // namespace casedesk

// ReviewRepository: conflicts of interest declared in a round (review_recusals), carried into the
// campaign's next rounds.

#include "review/ReviewRepository.h"

#include "board/BoardRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSqlQuery>

#include <algorithm>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

const QString kOwnColumns = QStringLiteral("round_uuid, member_uuid, nature, declared_at, recorded_by");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

Recusal recusalFrom(const QSqlQuery& q)
{
    Recusal r;
    r.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    r.roundUuid = QUuid::fromString(q.value(c).toString());
    r.memberUuid = QUuid::fromString(q.value(c + 1).toString());
    r.nature = q.value(c + 2).toString();
    r.declaredAt = instant(q.value(c + 3));
    r.recordedBy = QUuid::fromString(q.value(c + 4).toString());
    return r;
}

QVariantList ownValues(const Recusal& r)
{
    return { uuidText(r.roundUuid), uuidText(r.memberUuid), SqlValues::notNullText(r.nature),
             Clock::toIso(r.declaredAt), r.recordedBy.isNull() ? QString() : uuidText(r.recordedBy) };
}

} // namespace

std::optional<Recusal> ReviewRepository::recuse(const QUuid& roundUuid, const QUuid& member,
                                                const QString& nature, const std::optional<QUuid>& recordedBy,
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
    const QString name = memberName(*open, member);
    for (const Recusal& recusal : recusals(roundUuid)) {
        if (recusal.memberUuid == member) {
            *refusal = tr("%1 has already declared a conflict of interest in %2 (%3).")
                           .arg(name, roundLabel(*open), recusal.nature);
            return std::nullopt;
        }
    }
    *refusal = whyNotTakingPart(*open, member);
    if (!refusal->isEmpty())
        return std::nullopt;
    if (nature.trimmed().isEmpty()) {
        *refusal = tr("%1: say what the interest is; the minutes record it.").arg(name);
        return std::nullopt;
    }
    for (const ReviewVote& vote : votes(roundUuid)) {
        if (vote.memberUuid == member) {
            *refusal = tr("%1 has already voted in %2: a conflict of interest is declared before voting.")
                           .arg(name, roundLabel(*open));
            return std::nullopt;
        }
    }
    if (recordedBy) {
        const std::optional<BoardMember> secretary = BoardRepository(m_database).load(*recordedBy);
        if (!secretary || secretary->role != BoardRole::Secretary || !secretary->inOfficeOn(Clock::today())) {
            *refusal
                = tr("%1 is not the board's secretary in office: only the secretary records a declaration "
                     "for another member.")
                      .arg(secretary ? secretary->name : uuidText(*recordedBy));
            return std::nullopt;
        }
    }
    Recusal recusal;
    recusal.sync.uuid = QUuid::createUuid();
    recusal.roundUuid = roundUuid;
    recusal.memberUuid = member;
    recusal.nature = nature.trimmed();
    recusal.declaredAt = Clock::nowUtc();
    recusal.recordedBy = recordedBy.value_or(QUuid());
    const QString now = Clock::nowUtcIso();
    QSqlQuery insert
        = m_database.exec(QStringLiteral("INSERT INTO review_recusals (uuid, revision, created_at, "
                                         "updated_at, %1) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(kOwnColumns),
                          QVariantList { uuidText(recusal.sync.uuid), now, now } + ownValues(recusal));
    Outbox::enqueue(m_database, kRecusalEntity, recusal.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(recusal.sync, insert.lastInsertId().toLongLong(), now);
    return recusal;
}

void ReviewRepository::carryRecusals(const ReviewRound& previous, const ReviewRound& round)
{
    const QString now = Clock::nowUtcIso();
    for (Recusal recusal : recusals(previous.sync.uuid)) {
        bool stillMember = false;
        for (const RoundMember& member : round.members)
            stillMember = stillMember || member.uuid == recusal.memberUuid;
        if (!stillMember)
            continue;
        recusal.sync = {};
        recusal.sync.uuid = QUuid::createUuid();
        recusal.roundUuid = round.sync.uuid;
        m_database.exec(
            QStringLiteral("INSERT INTO review_recusals (uuid, revision, created_at, updated_at, %1) "
                           "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kOwnColumns),
            QVariantList { uuidText(recusal.sync.uuid), now, now } + ownValues(recusal));
        Outbox::enqueue(m_database, kRecusalEntity, recusal.sync.uuid, Outbox::Operation::Upsert, 1);
    }
}

QList<Recusal> ReviewRepository::recusals(const QUuid& roundUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT %1 FROM review_recusals WHERE round_uuid = ? AND deleted = 0 ORDER BY declared_at, id")
            .arg(kColumns),
        { uuidText(roundUuid) });
    QList<Recusal> list;
    while (q.next()) {
        const Recusal recusal = recusalFrom(q);
        // Two desks may declare the same member's interest at once: one recusal per member.
        if (std::none_of(list.cbegin(), list.cend(),
                         [&recusal](const Recusal& r) { return r.memberUuid == recusal.memberUuid; }))
            list.append(recusal);
    }
    return list;
}

QString ReviewRepository::storeReceived(const Recusal& recusal, qint64 serverVersion)
{
    SyncedTable table(m_database, kRecusalTable);
    if (table.copy(recusal.sync.uuid).knows(serverVersion))
        return {};
    if (!round(recusal.roundUuid))
        return tr("A declaration of interest arrived for a review round this desk does not hold (%1): it was "
                  "not stored.")
            .arg(uuidText(recusal.roundUuid));
    WriteTransaction transaction(m_database);
    table.storeReceived(recusal.sync.uuid, serverVersion, kOwnColumns, ownValues(recusal));
    transaction.commit();
    return {};
}

} // namespace casedesk

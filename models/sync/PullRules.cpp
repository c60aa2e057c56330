#include "sync/PullRules.h"

#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/ConflictStore.h"
#include "sync/SyncLog.h"

namespace casedesk {

PulledRecord::PulledRecord(const QJsonObject& record)
    : envelope(record)
    , id(QUuid::fromString(record.value(QStringLiteral("id")).toString()))
    , version(record.value(QStringLiteral("version")).toInteger())
    , deleted(record.value(QStringLiteral("deleted")).toBool())
    , data(record.value(QStringLiteral("data")).toObject())
{
}

namespace PullRules {

std::optional<PullOutcome> settle(Database& database, const SyncKind& kind, const PulledRecord& record,
                                  SyncedTable::Copy* local)
{
    SyncedTable table(database, kind.table);
    *local = table.copy(record.id);
    if (local->knows(record.version))
        return PullOutcome::AlreadyKnown;
    if (!local->exists)
        return std::nullopt;
    ConflictStore conflicts(database);
    const bool conflicted = conflicts.hasOpenConflict(kind.entity, record.id);
    if (!conflicted && !Outbox::hasPending(database, kind.entity, record.id))
        return std::nullopt;
    if (local->deleted && record.deleted && !conflicted) {
        // Deleted on both sides: nothing to decide, and nothing left to send.
        Outbox::forget(database, kind.entity, record.id);
        table.storeServerVersion(record.id, record.version);
        return PullOutcome::AlreadyKnown;
    }
    // Both sides changed it: never overwrite the local edit; the user decides.
    const PullOutcome outcome = recordConflict(database, kind, record, *local);
    Outbox::forget(database, kind.entity, record.id);
    qCInfo(lcSync) << "conflict on pulled" << kind.entity << SqlValues::uuidText(record.id);
    return outcome;
}

PullOutcome recordConflict(Database& database, const SyncKind& kind, const PulledRecord& record,
                           const SyncedTable::Copy& local)
{
    QJsonObject mine = kind.document ? kind.document(database, record.id) : QJsonObject();
    if (mine.isEmpty())
        mine = { { QStringLiteral("deleted"), true } };
    const bool isNew = ConflictStore(database).record(
        { 0, kind.entity, record.id, local.revision, record.version, mine, record.envelope, {} });
    return isNew ? PullOutcome::Conflict : PullOutcome::ConflictUpdated;
}

} // namespace PullRules

QUuid uuidField(const QJsonObject& data, const QString& field)
{
    return QUuid::fromString(data.value(field).toString());
}

QDate dateField(const QJsonObject& data, const QString& field)
{
    return QDate::fromString(data.value(field).toString(), Qt::ISODate);
}

} // namespace casedesk

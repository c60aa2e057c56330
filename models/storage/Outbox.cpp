#include "storage/Outbox.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace casedesk::Outbox {

using SqlValues::uuidText;

void enqueue(Database& database, const QString& entity, const QUuid& uuid, Operation operation,
             qint64 revision)
{
    const QString op = operation == Operation::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
    const QString key = uuidText(uuid);
    database.execCached(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ?"),
                        { entity, key });
    database.execCached(QStringLiteral("INSERT INTO outbox (entity, entity_uuid, operation, revision, "
                                       "queued_at) VALUES (?, ?, ?, ?, ?)"),
                        { entity, key, op, revision, Clock::nowUtcIso() });
}

void enqueueCreated(Database& database, const QString& entity, const QString& uuid, const QString& now)
{
    database.execCached(QStringLiteral("INSERT INTO outbox (entity, entity_uuid, operation, revision, "
                                       "queued_at) VALUES (?, ?, 'upsert', 1, ?)"),
                        { entity, uuid, now });
}

void forget(Database& database, const QString& entity, const QUuid& uuid)
{
    database.execCached(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ?"),
                        { entity, uuidText(uuid) });
}

int pendingCount(Database& database)
{
    return database.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

QList<Entry> pending(Database& database)
{
    QSqlQuery q = database.exec(
        QStringLiteral("SELECT entity, entity_uuid, operation, revision, refusals FROM outbox ORDER BY id"));
    QList<Entry> entries;
    while (q.next()) {
        entries.append({ q.value(0).toString(), QUuid::fromString(q.value(1).toString()),
                         q.value(2).toString() == QLatin1String("delete"), q.value(3).toLongLong(),
                         q.value(4).toInt() });
    }
    return entries;
}

bool hasPending(Database& database, const QString& entity, const QUuid& uuid)
{
    return database
               .scalarCached(
                   QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND entity_uuid = ?"),
                   { entity, uuidText(uuid) })
               .toInt()
        > 0;
}

void drop(Database& database, const Entry& entry)
{
    database.execCached(
        QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ? AND revision = ?"),
        { entry.entity, uuidText(entry.uuid), entry.revision });
}

void noteRefusal(Database& database, const Entry& entry)
{
    database.execCached(QStringLiteral("UPDATE outbox SET refusals = refusals + 1 WHERE entity = ? AND "
                                       "entity_uuid = ? AND revision = ?"),
                        { entry.entity, uuidText(entry.uuid), entry.revision });
}

} // namespace casedesk::Outbox

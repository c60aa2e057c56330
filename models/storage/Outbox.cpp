#include "storage/Outbox.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace casedesk::Outbox {

void enqueue(Database& database, const QString& entity, const QUuid& uuid, Operation operation,
             qint64 revision)
{
    const QString op = operation == Operation::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
    const QString key = SqlValues::uuidText(uuid);
    database.exec(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ?"), { entity, key });
    database.exec(QStringLiteral("INSERT INTO outbox (entity, entity_uuid, operation, revision, queued_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  { entity, key, op, revision, Clock::nowUtcIso() });
}

int pendingCount(Database& database)
{
    return database.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

} // namespace casedesk::Outbox

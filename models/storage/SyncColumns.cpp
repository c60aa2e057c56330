#include "storage/SyncColumns.h"

#include "storage/SqlValues.h"

#include <QVariant>

namespace casedesk::SyncColumns {

QString list()
{
    return QStringLiteral("id, uuid, revision, server_version, created_at, updated_at, deleted");
}

SyncState read(const QSqlQuery& q)
{
    SyncState sync;
    sync.localId = q.value(0).toLongLong();
    sync.uuid = QUuid::fromString(q.value(1).toString());
    sync.revision = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        sync.serverVersion = q.value(3).toLongLong();
    sync.createdAt = SqlValues::instant(q.value(4));
    sync.updatedAt = SqlValues::instant(q.value(5));
    sync.deleted = q.value(6).toBool();
    return sync;
}

void markCreated(SyncState& sync, qint64 localId, const QString& now)
{
    sync.localId = localId;
    sync.revision = 1;
    sync.deleted = false;
    sync.createdAt = sync.updatedAt = SqlValues::instant(now);
}

void markSaved(SyncState& sync, qint64 revision, const QString& now)
{
    sync.revision = revision;
    sync.updatedAt = SqlValues::instant(now);
}

} // namespace casedesk::SyncColumns

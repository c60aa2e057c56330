#include "donations/LedgerSql.h"

#include "storage/SqlValues.h"

#include <QVariant>

namespace casedesk::LedgerSql {

QString syncColumns()
{
    return QStringLiteral("id, uuid, revision, server_version, created_at, updated_at, deleted");
}

SyncState syncFrom(const QSqlQuery& q)
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

QString prefixEnd(const QString& prefix)
{
    // U+FFFF sorts after every character of the Basic Multilingual Plane in UTF-8 byte order
    // (what BINARY and NOCASE compare), so [prefix, prefix + U+FFFF) holds every name and
    // address that starts with prefix.
    return prefix + QChar(0xFFFF);
}

} // namespace casedesk::LedgerSql

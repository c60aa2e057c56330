#include "storage/SyncedTable.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

namespace casedesk {

namespace {

using SqlValues::uuidText;

QVariant versionOrNull(const std::optional<qint64>& version)
{
    return version ? QVariant(*version) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

SyncedTable::SyncedTable(Database& database, const QString& table)
    : m_database(database)
    , m_table(table)
{
}

void SyncedTable::checkRevision(const QUuid& uuid, qint64 expected, const QString& gone,
                                const QString& changed)
{
    const QVariant stored = m_database.scalar(
        QStringLiteral("SELECT revision FROM %1 WHERE uuid = ? AND deleted = 0").arg(m_table),
        { uuidText(uuid) });
    if (!stored.isValid() || stored.isNull())
        throw StaleRecordError(gone);
    if (stored.toLongLong() != expected)
        throw StaleRecordError(changed);
}

void SyncedTable::tombstone(const QUuid& uuid, qint64 revision, const QString& now)
{
    m_database.exec(
        QStringLiteral("UPDATE %1 SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?").arg(m_table),
        { revision, now, uuidText(uuid) });
}

qint64 SyncedTable::removeLocal(const QString& entity, const QUuid& uuid, qint64 readRevision)
{
    const qint64 revision = readRevision + 1;
    tombstone(uuid, revision, Clock::nowUtcIso());
    Outbox::enqueue(m_database, entity, uuid, Outbox::Operation::Delete, revision);
    return revision;
}

void SyncedTable::storeReceived(const QUuid& uuid, qint64 version, const QString& columns,
                                const QVariantList& values)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString& column : columns.split(QLatin1Char(','))) {
        placeholders.append(QStringLiteral("?"));
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column.trimmed()));
    }
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("INSERT INTO %1 (uuid, revision, server_version, created_at, updated_at, %2) "
                       "VALUES (?, 1, ?, ?, ?, %3) "
                       "ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1, deleted = 0, "
                       "server_version = excluded.server_version, updated_at = excluded.updated_at, %4")
            .arg(m_table, columns, placeholders.join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", "))),
        QVariantList { uuidText(uuid), version, now, now } + values);
}

SyncedTable::Copy SyncedTable::copy(const QUuid& uuid)
{
    Database::CachedQuery q = m_database.execCached(
        QStringLiteral("SELECT server_version, revision, deleted FROM %1 WHERE uuid = ?").arg(m_table),
        { uuidText(uuid) });
    Copy local;
    if (!q.next())
        return local;
    local.exists = true;
    if (!q.value(0).isNull())
        local.serverVersion = q.value(0).toLongLong();
    local.revision = q.value(1).toLongLong();
    local.deleted = q.value(2).toBool();
    return local;
}

bool SyncedTable::holds(const QUuid& uuid)
{
    return m_database
               .scalarCached(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?").arg(m_table),
                             { uuidText(uuid) })
               .toInt()
        > 0;
}

std::optional<qint64> SyncedTable::serverVersion(const QUuid& uuid)
{
    const QVariant value = m_database.scalarCached(
        QStringLiteral("SELECT server_version FROM %1 WHERE uuid = ?").arg(m_table), { uuidText(uuid) });
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

qint64 SyncedTable::revision(const QUuid& uuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT revision FROM %1 WHERE uuid = ?").arg(m_table), { uuidText(uuid) })
        .toLongLong();
}

void SyncedTable::storeServerVersion(const QUuid& uuid, qint64 version)
{
    m_database.execCached(QStringLiteral("UPDATE %1 SET server_version = ? WHERE uuid = ?").arg(m_table),
                          { version, uuidText(uuid) });
}

void SyncedTable::adoptServerVersion(const QUuid& uuid, std::optional<qint64> version)
{
    m_database.exec(
        QStringLiteral("UPDATE %1 SET server_version = ?, revision = revision + 1, updated_at = ? "
                       "WHERE uuid = ?")
            .arg(m_table),
        { versionOrNull(version), Clock::nowUtcIso(), uuidText(uuid) });
}

void SyncedTable::tombstoneReceived(const QUuid& uuid, std::optional<qint64> version)
{
    // Revision bumped so an editor open on the record refuses to save over the deletion.
    m_database.exec(QStringLiteral("UPDATE %1 SET deleted = 1, server_version = ?, revision = revision + 1, "
                                   "updated_at = ? WHERE uuid = ?")
                        .arg(m_table),
                    { versionOrNull(version), Clock::nowUtcIso(), uuidText(uuid) });
}

int SyncedTable::chainDepth(const QUuid& uuid, const QString& column)
{
    int depth = 0;
    QString current = uuidText(uuid);
    for (; depth < 64; ++depth) {
        current = m_database
                      .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(column, m_table),
                              { current })
                      .toString();
        if (current.isEmpty())
            break;
    }
    return depth;
}

QSqlQuery SyncedTable::selectLive(const QUuid& uuid, const QString& columns)
{
    return m_database.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ? AND deleted = 0").arg(columns, m_table),
        { SqlValues::uuidText(uuid) });
}

} // namespace casedesk

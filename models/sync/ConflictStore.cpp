#include "sync/ConflictStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>

namespace casedesk {

namespace {

using SqlValues::uuidText;

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant optionalVersion(const std::optional<qint64>& version)
{
    return version ? QVariant(*version) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kConflictSelect
    = QStringLiteral("SELECT id, entity, entity_uuid, local_revision, server_version, mine, theirs, "
                     "detected_at FROM sync_conflicts WHERE resolved_at IS NULL");

SyncConflict conflictFrom(const QSqlQuery& q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.entity = q.value(1).toString();
    c.uuid = QUuid::fromString(q.value(2).toString());
    c.localRevision = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        c.serverVersion = q.value(4).toLongLong();
    c.mine = jsonObject(q.value(5));
    c.theirs = jsonObject(q.value(6));
    c.detectedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return c;
}

} // namespace

ConflictStore::ConflictStore(Database& database)
    : m_database(database)
{
}

bool ConflictStore::record(const SyncConflict& c)
{
    const QVariant theirs = c.theirs.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : jsonText(c.theirs);
    if (hasOpenConflict(c.entity, c.uuid)) {
        // Still one open conflict per record: the newest of both sides is what the user decides on.
        m_database.exec(QStringLiteral("UPDATE sync_conflicts SET local_revision = ?, server_version = ?, "
                                       "mine = ?, theirs = ?, detected_at = ? "
                                       "WHERE entity = ? AND entity_uuid = ? AND resolved_at IS NULL"),
                        { c.localRevision, optionalVersion(c.serverVersion), jsonText(c.mine), theirs,
                          Clock::nowUtcIso(), c.entity, uuidText(c.uuid) });
        return false;
    }
    m_database.exec(QStringLiteral("INSERT INTO sync_conflicts (entity, entity_uuid, local_revision, "
                                   "server_version, mine, theirs, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { c.entity, uuidText(c.uuid), c.localRevision, optionalVersion(c.serverVersion),
                      jsonText(c.mine), theirs, Clock::nowUtcIso() });
    return true;
}

QList<SyncConflict> ConflictStore::openConflicts()
{
    QSqlQuery q = m_database.exec(kConflictSelect + QStringLiteral(" ORDER BY id"));
    QList<SyncConflict> conflicts;
    while (q.next())
        conflicts.append(conflictFrom(q));
    return conflicts;
}

std::optional<SyncConflict> ConflictStore::openConflict(qint64 id)
{
    QSqlQuery q = m_database.exec(kConflictSelect + QStringLiteral(" AND id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return conflictFrom(q);
}

bool ConflictStore::hasOpenConflict(const QString& entity, const QUuid& uuid)
{
    return m_database
               .scalarCached(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE entity = ? AND "
                                            "entity_uuid = ? AND resolved_at IS NULL"),
                             { entity, uuidText(uuid) })
               .toInt()
        > 0;
}

void ConflictStore::close(qint64 id)
{
    m_database.exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?"),
                    { Clock::nowUtcIso(), id });
}

} // namespace casedesk

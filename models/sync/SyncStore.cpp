#include "sync/SyncStore.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::uuidText;

const QString kCampaign = QStringLiteral("campaign");

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

// Pulled children keep the platform's UUIDs: they are the identities later merges rely on.
QUuid childUuid(const QJsonValue& value)
{
    const QUuid uuid = QUuid::fromString(value.toObject().value(QStringLiteral("uuid")).toString());
    return uuid.isNull() ? QUuid::createUuid() : uuid;
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

SyncStore::SyncStore(Database& database)
    : m_database(database)
{
}

QList<OutboxEntry> SyncStore::pendingEntries()
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT entity, entity_uuid, operation, revision FROM outbox ORDER BY id"));
    QList<OutboxEntry> entries;
    while (q.next()) {
        entries.append({ q.value(0).toString(), QUuid::fromString(q.value(1).toString()),
                         q.value(2).toString() == QLatin1String("delete"), q.value(3).toLongLong() });
    }
    return entries;
}

std::optional<qint64> SyncStore::serverVersion(const QString& table, const QUuid& uuid)
{
    const QVariant value = m_database.scalar(
        QStringLiteral("SELECT server_version FROM %1 WHERE uuid = ?").arg(table), { uuidText(uuid) });
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

void SyncStore::acknowledge(const OutboxEntry& entry, qint64 version)
{
    m_database.exec(QStringLiteral("UPDATE campaigns SET server_version = ? WHERE uuid = ?"),
                    { version, uuidText(entry.uuid) });
    dropEntry(entry);
}

void SyncStore::dropEntry(const OutboxEntry& entry)
{
    m_database.exec(
        QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ? AND revision = ?"),
        { entry.entity, uuidText(entry.uuid), entry.revision });
}

bool SyncStore::hasPendingChange(const QString& entity, const QUuid& uuid)
{
    return m_database
               .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND entity_uuid = ?"),
                       { entity, uuidText(uuid) })
               .toInt()
        > 0;
}

void SyncStore::dropEntries(const QString& entity, const QUuid& uuid)
{
    m_database.exec(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ?"),
                    { entity, uuidText(uuid) });
}

bool SyncStore::recordConflict(const SyncConflict& c)
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

QList<SyncConflict> SyncStore::openConflicts()
{
    QSqlQuery q = m_database.exec(kConflictSelect + QStringLiteral(" ORDER BY id"));
    QList<SyncConflict> conflicts;
    while (q.next())
        conflicts.append(conflictFrom(q));
    return conflicts;
}

std::optional<SyncConflict> SyncStore::openConflict(qint64 id)
{
    QSqlQuery q = m_database.exec(kConflictSelect + QStringLiteral(" AND id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return conflictFrom(q);
}

void SyncStore::closeConflict(qint64 id)
{
    m_database.exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?"),
                    { Clock::nowUtcIso(), id });
}

bool SyncStore::hasOpenConflict(const QString& entity, const QUuid& uuid)
{
    return m_database
               .scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE entity = ? AND "
                                      "entity_uuid = ? AND resolved_at IS NULL"),
                       { entity, uuidText(uuid) })
               .toInt()
        > 0;
}

QString SyncStore::cursor(const QString& server)
{
    return m_database.scalar(QStringLiteral("SELECT cursor FROM sync_cursors WHERE server = ?"), { server })
        .toString();
}

void SyncStore::setCursor(const QString& server, const QString& cursor)
{
    m_database.exec(QStringLiteral("INSERT INTO sync_cursors (server, cursor) VALUES (?, ?) "
                                   "ON CONFLICT (server) DO UPDATE SET cursor = excluded.cursor"),
                    { server, cursor });
}

SyncStore::PullOutcome SyncStore::applyCampaign(const QJsonObject& envelope)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    QSqlQuery local = m_database.exec(
        QStringLiteral("SELECT server_version, revision FROM campaigns WHERE uuid = ?"), { uuidText(uuid) });
    const bool exists = local.next();
    if (exists && !local.value(0).isNull() && local.value(0).toLongLong() >= version)
        return PullOutcome::AlreadyKnown;
    if (exists && (hasPendingChange(kCampaign, uuid) || hasOpenConflict(kCampaign, uuid))) {
        // Both sides changed it: never overwrite the local edit; the user decides.
        const bool isNew = recordConflict({ 0,
                                            kCampaign,
                                            uuid,
                                            local.value(1).toLongLong(),
                                            version,
                                            localCampaignJson(uuid),
                                            envelope,
                                            {} });
        dropEntries(kCampaign, uuid);
        return isNew ? PullOutcome::Conflict : PullOutcome::ConflictUpdated;
    }
    const bool deleted = envelope.value(QStringLiteral("deleted")).toBool();
    if (deleted && !exists)
        return PullOutcome::AlreadyKnown; // created and deleted elsewhere: nothing to forget here
    if (deleted) {
        tombstoneCampaign(uuid, version);
        return PullOutcome::Applied;
    }
    writeCampaign(uuid, envelope.value(QStringLiteral("data")).toObject(), version,
                  tr("Changed on the platform"));
    return PullOutcome::Applied;
}

void SyncStore::tombstoneCampaign(const QUuid& uuid, std::optional<qint64> version)
{
    // Revision bumped so an editor open on the record refuses to save over the deletion.
    m_database.exec(QStringLiteral("UPDATE campaigns SET deleted = 1, server_version = ?, "
                                   "revision = revision + 1, updated_at = ? WHERE uuid = ?"),
                    { optionalVersion(version), Clock::nowUtcIso(), uuidText(uuid) });
}

qint64 SyncStore::campaignRevision(const QUuid& uuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT revision FROM campaigns WHERE uuid = ?"), { uuidText(uuid) })
        .toLongLong();
}

void SyncStore::writeCampaign(const QUuid& uuid, const QJsonObject& data, std::optional<qint64> version,
                              const QString& note)
{
    Campaign c;
    QString error;
    if (!CampaignJson::fromJson(data, Clock::today(), &c, &error))
        throw DatabaseError(
            tr("The platform sent a campaign this desk cannot read (%1): %2").arg(uuidText(uuid), error));
    const QString now = Clock::nowUtcIso();
    const QVariantList fields { c.title,
                                c.summary,
                                c.description,
                                CampaignCodes::cause(c.cause),
                                c.harm,
                                c.legalBasis,
                                c.court,
                                c.opposingParty,
                                c.goalCents,
                                dateValue(c.endDate),
                                CampaignCodes::status(c.status),
                                c.howMoneyUsed,
                                optionalVersion(version),
                                now,
                                uuidText(uuid) };
    const QVariant storedStatus = m_database.scalar(
        QStringLiteral("SELECT status FROM campaigns WHERE uuid = ?"), { uuidText(uuid) });
    const bool existed = !storedStatus.isNull();
    const QString oldStatus
        = existed ? storedStatus.toString() : CampaignCodes::status(CampaignStatus::Draft);
    // Revision bumped on update so an editor open on the old state refuses to save over it.
    m_database.exec(
        QStringLiteral("UPDATE campaigns SET title = ?, summary = ?, description = ?, cause = ?, "
                       "harm = ?, legal_basis = ?, court = ?, opposing_party = ?, goal_cents = ?, "
                       "end_date = ?, status = ?, how_money_used = ?, server_version = ?, "
                       "updated_at = ?, deleted = 0, revision = revision + 1 WHERE uuid = ?"),
        fields);
    QVariant id
        = m_database.scalar(QStringLiteral("SELECT id FROM campaigns WHERE uuid = ?"), { uuidText(uuid) });
    if (id.isNull()) {
        QSqlQuery inserted = m_database.exec(
            QStringLiteral("INSERT INTO campaigns (title, summary, description, cause, harm, legal_basis, "
                           "court, opposing_party, goal_cents, end_date, status, how_money_used, "
                           "server_version, updated_at, uuid, revision, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
            fields + QVariantList { now });
        id = inserted.lastInsertId();
    }
    writeCampaignChildren(id.toLongLong(), data);
    // The status history tells how a dossier got where it is, including moves made elsewhere.
    const QString newStatus = CampaignCodes::status(c.status);
    if (!existed)
        recordStatusChange(id.toLongLong(), oldStatus, newStatus, tr("Received from the platform"));
    else if (oldStatus != newStatus)
        recordStatusChange(id.toLongLong(), oldStatus, newStatus, note);
}

void SyncStore::recordStatusChange(qint64 campaignId, const QString& from, const QString& to,
                                   const QString& note)
{
    m_database.exec(
        QStringLiteral("INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, "
                       "changed_at, note) VALUES (?, ?, ?, ?, ?)"),
        { campaignId, from, to, Clock::nowUtcIso(), note });
}

void SyncStore::writeCampaignChildren(qint64 campaignId, const QJsonObject& data)
{
    m_database.exec(QStringLiteral("DELETE FROM budget_lines WHERE campaign_id = ?"), { campaignId });
    const QJsonArray lines = data.value(QStringLiteral("budgetLines")).toArray();
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        m_database.exec(QStringLiteral("INSERT INTO budget_lines (uuid, campaign_id, position, kind, label, "
                                       "amount_cents) VALUES (?, ?, ?, ?, ?, ?)"),
                        { uuidText(childUuid(line)), campaignId, i,
                          line.value(QStringLiteral("kind")).toString(),
                          line.value(QStringLiteral("label")).toString(),
                          line.value(QStringLiteral("amountCents")).toInteger() });
    }
    m_database.exec(QStringLiteral("DELETE FROM press_articles WHERE campaign_id = ?"), { campaignId });
    const QJsonArray articles = data.value(QStringLiteral("pressArticles")).toArray();
    for (int i = 0; i < articles.size(); ++i) {
        const QJsonObject article = articles.at(i).toObject();
        const QDate date = QDate::fromString(article.value(QStringLiteral("date")).toString(), Qt::ISODate);
        m_database.exec(
            QStringLiteral("INSERT INTO press_articles (uuid, campaign_id, position, title, outlet, "
                           "url, published_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { uuidText(childUuid(article)), campaignId, i, article.value(QStringLiteral("title")).toString(),
              article.value(QStringLiteral("outlet")).toString(),
              article.value(QStringLiteral("url")).toString(), dateValue(date) });
    }
}

QJsonObject SyncStore::localCampaignJson(const QUuid& uuid)
{
    CampaignRepository campaigns(m_database);
    const std::optional<Campaign> campaign = campaigns.load(uuid);
    if (!campaign)
        return { { QStringLiteral("deleted"), true } };
    SettingsRepository settings(m_database);
    QJsonObject document = CampaignJson::toJson(*campaign, settings.feeSettings());
    document.remove(QStringLiteral("sync")); // desk-local; the platform's envelope carries identity
    return document;
}

} // namespace casedesk

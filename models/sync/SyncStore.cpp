#include "sync/SyncStore.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/NewsRepository.h"
#include "common/Clock.h"
#include "donations/DonationRepository.h"
#include "donations/LedgerImport.h"
#include "evidence/EvidenceRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::uuidText;

const QString kCampaign = QStringLiteral("campaign");
const QString kEvidence = QStringLiteral("evidence");
const QString kNews = QStringLiteral("news");

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

NewsItem newsFromJson(const QUuid& uuid, const QJsonObject& data)
{
    NewsItem item;
    item.sync.uuid = uuid;
    item.campaignUuid = QUuid::fromString(data.value(QStringLiteral("campaignId")).toString());
    item.title = data.value(QStringLiteral("title")).toString();
    item.body = data.value(QStringLiteral("body")).toString();
    item.publishedAt = SqlValues::instant(data.value(QStringLiteral("publishedAt")).toString());
    return item;
}

// A public piece as the platform describes it (file fields included).
EvidencePiece pieceFromJson(const QUuid& uuid, const QJsonObject& data)
{
    EvidencePiece piece;
    piece.sync.uuid = uuid;
    piece.campaignUuid = QUuid::fromString(data.value(QStringLiteral("campaignId")).toString());
    piece.number = data.value(QStringLiteral("number")).toInt();
    piece.metadata.title = data.value(QStringLiteral("title")).toString();
    piece.metadata.documentDate
        = QDate::fromString(data.value(QStringLiteral("date")).toString(), Qt::ISODate);
    piece.metadata.source = data.value(QStringLiteral("source")).toString();
    piece.metadata.description = data.value(QStringLiteral("description")).toString();
    for (const QJsonValue& tag : data.value(QStringLiteral("tags")).toArray())
        piece.metadata.tags.append(tag.toString());
    piece.metadata.isPublic = true;
    piece.originalName = data.value(QStringLiteral("originalName")).toString();
    piece.mediaType = data.value(QStringLiteral("mediaType")).toString();
    piece.size = data.value(QStringLiteral("size")).toInteger();
    piece.sha256 = data.value(QStringLiteral("sha256")).toString().toLatin1();
    return piece;
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
        QStringLiteral("SELECT entity, entity_uuid, operation, revision, refusals FROM outbox ORDER BY id"));
    QList<OutboxEntry> entries;
    while (q.next()) {
        entries.append({ q.value(0).toString(), QUuid::fromString(q.value(1).toString()),
                         q.value(2).toString() == QLatin1String("delete"), q.value(3).toLongLong(),
                         q.value(4).toInt() });
    }
    return entries;
}

void SyncStore::noteRefusal(const OutboxEntry& entry)
{
    m_database.execCached(QStringLiteral("UPDATE outbox SET refusals = refusals + 1 WHERE entity = ? AND "
                                         "entity_uuid = ? AND revision = ?"),
                          { entry.entity, uuidText(entry.uuid), entry.revision });
}

std::optional<qint64> SyncStore::serverVersion(const QString& table, const QUuid& uuid)
{
    const QVariant value = m_database.scalarCached(
        QStringLiteral("SELECT server_version FROM %1 WHERE uuid = ?").arg(table), { uuidText(uuid) });
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

void SyncStore::acknowledge(const OutboxEntry& entry, qint64 version)
{
    m_database.execCached(
        QStringLiteral("UPDATE %1 SET server_version = ? WHERE uuid = ?").arg(tableOf(entry.entity)),
        { version, uuidText(entry.uuid) });
    dropEntry(entry);
}

void SyncStore::dropEntry(const OutboxEntry& entry)
{
    m_database.execCached(
        QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ? AND revision = ?"),
        { entry.entity, uuidText(entry.uuid), entry.revision });
}

bool SyncStore::hasPendingChange(const QString& entity, const QUuid& uuid)
{
    return m_database
               .scalarCached(
                   QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND entity_uuid = ?"),
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
               .scalarCached(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE entity = ? AND "
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
    m_database.execCached(QStringLiteral("INSERT INTO sync_cursors (server, cursor) VALUES (?, ?) "
                                         "ON CONFLICT (server) DO UPDATE SET cursor = excluded.cursor"),
                          { server, cursor });
}

SyncStore::PullOutcome SyncStore::applyCampaign(const QJsonObject& envelope)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    const LocalCopy local = localCopy(kCampaign, uuid);
    if (local.knows(version))
        return PullOutcome::AlreadyKnown;
    if (const auto outcome = keepBothSides(
            kCampaign, uuid, local, version, [&] { return localCampaignJson(uuid); }, envelope))
        return *outcome;
    const bool deleted = envelope.value(QStringLiteral("deleted")).toBool();
    if (deleted && !local.exists)
        return PullOutcome::AlreadyKnown; // created and deleted elsewhere: nothing to forget here
    if (deleted) {
        tombstoneCampaign(uuid, version);
        return PullOutcome::Applied;
    }
    writeCampaign(uuid, envelope.value(QStringLiteral("data")).toObject(), version,
                  tr("Changed on the platform"));
    return PullOutcome::Applied;
}

SyncStore::PullOutcome SyncStore::applyEvidence(const QJsonObject& envelope, const QString& vaultRoot,
                                                std::optional<int>* renumbered, QString* skipped)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    const LocalCopy local = localCopy(kEvidence, uuid);
    if (local.knows(version))
        return PullOutcome::AlreadyKnown;
    if (const auto outcome = keepBothSides(
            kEvidence, uuid, local, version, [&] { return localEvidenceJson(uuid); }, envelope))
        return *outcome;
    EvidenceRepository pieces(m_database, Vault(vaultRoot));
    // Only public pieces live on the platform; one it holds as private is, for this desk, gone.
    if (envelope.value(QStringLiteral("deleted")).toBool()
        || !data.value(QStringLiteral("public")).toBool(true)) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        pieces.removeReceived(uuid, version);
        return PullOutcome::Applied;
    }
    const EvidencePiece piece = pieceFromJson(uuid, data);
    // A piece of a campaign this desk does not hold (never received, deleted here) is not kept.
    if (!m_database
             .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ? AND deleted = 0"),
                     { uuidText(piece.campaignUuid) })
             .toInt()) {
        *skipped = tr("The piece \"%1\" received from the platform was left out: its campaign %2 is not on "
                      "this desk.")
                       .arg(piece.metadata.title, uuidText(piece.campaignUuid));
        return PullOutcome::AlreadyKnown;
    }
    if (!pieces.vault().contains(piece.sha256))
        return PullOutcome::AlreadyKnown; // its file could not be had (SyncClient logged it)
    const int number = pieces.storeReceived(piece, version);
    if (number != piece.number)
        *renumbered = number;
    return PullOutcome::Applied;
}

QJsonObject SyncStore::localEvidenceJson(const QUuid& uuid)
{
    EvidenceRepository pieces(m_database, Vault(QString()));
    const std::optional<EvidencePiece> piece = pieces.load(uuid);
    if (!piece || !piece->metadata.isPublic)
        return {};
    QJsonObject document { { QStringLiteral("campaignId"), uuidText(piece->campaignUuid) },
                           { QStringLiteral("number"), piece->number },
                           { QStringLiteral("title"), piece->metadata.title },
                           { QStringLiteral("source"), piece->metadata.source },
                           { QStringLiteral("description"), piece->metadata.description },
                           { QStringLiteral("tags"), QJsonArray::fromStringList(piece->metadata.tags) },
                           { QStringLiteral("originalName"), piece->originalName },
                           { QStringLiteral("mediaType"), piece->mediaType },
                           { QStringLiteral("size"), piece->size },
                           { QStringLiteral("sha256"), QString::fromLatin1(piece->sha256) },
                           { QStringLiteral("public"), true } };
    if (piece->metadata.documentDate.isValid())
        document.insert(QStringLiteral("date"), piece->metadata.documentDate.toString(Qt::ISODate));
    return document;
}

QString SyncStore::tableOf(const QString& entity)
{
    if (entity == kEvidence)
        return QStringLiteral("evidence");
    if (entity == kNews)
        return QStringLiteral("campaign_news");
    // The desk's shared ledger (LedgerSync): donors and the gifts recorded on a desk.
    if (entity == QLatin1String("donor"))
        return QStringLiteral("donors");
    if (entity == QLatin1String("donation"))
        return QStringLiteral("donations");
    if (entity == QLatin1String("procedure"))
        return QStringLiteral("procedures");
    if (entity == QLatin1String("milestone"))
        return QStringLiteral("milestones");
    return QStringLiteral("campaigns");
}

SyncStore::PullOutcome SyncStore::applyNews(const QJsonObject& envelope, QString* skipped)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    const LocalCopy local = localCopy(kNews, uuid);
    if (local.knows(version))
        return PullOutcome::AlreadyKnown;
    if (const auto outcome = keepBothSides(
            kNews, uuid, local, version, [&] { return localNewsJson(uuid); }, envelope))
        return *outcome;
    NewsRepository news(m_database);
    if (envelope.value(QStringLiteral("deleted")).toBool()) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        news.removeReceived(uuid, version);
        return PullOutcome::Applied;
    }
    const NewsItem item = newsFromJson(uuid, data);
    if (!m_database
             .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ? AND deleted = 0"),
                     { uuidText(item.campaignUuid) })
             .toInt()) {
        *skipped = tr("The news \"%1\" received from the platform was left out: its campaign %2 is not on "
                      "this desk.")
                       .arg(item.title, uuidText(item.campaignUuid));
        return PullOutcome::AlreadyKnown;
    }
    news.storeReceived(item, version);
    return PullOutcome::Applied;
}

QJsonObject SyncStore::localNewsJson(const QUuid& uuid)
{
    NewsRepository news(m_database);
    const std::optional<NewsItem> item = news.load(uuid);
    if (!item || !item->isPublished())
        return {};
    return { { QStringLiteral("campaignId"), uuidText(item->campaignUuid) },
             { QStringLiteral("title"), item->title },
             { QStringLiteral("body"), item->body },
             { QStringLiteral("publishedAt"), Clock::toIso(item->publishedAt) } };
}

void SyncStore::writeNews(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    NewsRepository(m_database).storeReceived(newsFromJson(uuid, data), version);
}

void SyncStore::writeEvidence(const QUuid& uuid, const QJsonObject& data, qint64 version,
                              const QString& vaultRoot)
{
    EvidenceRepository(m_database, Vault(vaultRoot)).storeReceived(pieceFromJson(uuid, data), version);
}

void SyncStore::tombstone(const QString& entity, const QUuid& uuid, std::optional<qint64> version)
{
    // Revision bumped so an editor open on the record refuses to save over the deletion.
    m_database.exec(QStringLiteral("UPDATE %1 SET deleted = 1, server_version = ?, revision = revision + 1, "
                                   "updated_at = ? WHERE uuid = ?")
                        .arg(tableOf(entity)),
                    { optionalVersion(version), Clock::nowUtcIso(), uuidText(uuid) });
}

void SyncStore::adoptServerVersion(const QString& entity, const QUuid& uuid, std::optional<qint64> version)
{
    m_database.exec(
        QStringLiteral("UPDATE %1 SET server_version = ?, revision = revision + 1, updated_at = ? "
                       "WHERE uuid = ?")
            .arg(tableOf(entity)),
        { optionalVersion(version), Clock::nowUtcIso(), uuidText(uuid) });
}

qint64 SyncStore::revision(const QString& entity, const QUuid& uuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT revision FROM %1 WHERE uuid = ?").arg(tableOf(entity)),
                { uuidText(uuid) })
        .toLongLong();
}

namespace {

const QString kDonation = QStringLiteral("donation");
const QString kPayout = QStringLiteral("payout");
// The ledger's platform name for the feed's records, whatever the server's address: import keys
// are "platform:<orderId>" and "platform:<reference>", so a desk that reaches the same platform
// through another URL does not import them twice.
const QString kFeedPlatform = QStringLiteral("platform");
const QStringList kDonationStatuses = { QStringLiteral("pending"), QStringLiteral("paid"),
                                        QStringLiteral("refunded"), QStringLiteral("cancelled") };

QDate feedDate(const QJsonObject& data)
{
    return QDate::fromString(data.value(QStringLiteral("date")).toString(), QStringLiteral("yyyy-MM-dd"));
}

// The payout's bank reference (what reconciliation looks for in bank labels); its record id when
// it has none, so its import key stays stable.
QString payoutReference(const QString& id, const QJsonObject& data)
{
    const QString reference = data.value(QStringLiteral("reference")).toString().trimmed();
    return reference.isEmpty() ? id : reference;
}

// Empty when the donation is usable, else what is wrong with it.
QString readFeedDonation(const QString& id, const QJsonObject& data, PlatformDonation* donation)
{
    donation->platform = kFeedPlatform;
    donation->orderId = data.value(QStringLiteral("orderId")).toString().trimmed();
    if (donation->orderId.isEmpty())
        donation->orderId = id;
    donation->campaignRef = data.value(QStringLiteral("campaignId")).toString().toLower();
    donation->amountCents = data.value(QStringLiteral("amountCents")).toInteger();
    donation->currency = data.value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
    donation->date = feedDate(data);
    donation->status = data.value(QStringLiteral("status")).toString();
    const QJsonObject donor = data.value(QStringLiteral("donor")).toObject();
    donation->donor.platformRef = donor.value(QStringLiteral("id")).toString();
    donation->donor.name = donor.value(QStringLiteral("name")).toString();
    donation->donor.email = donor.value(QStringLiteral("email")).toString();
    donation->donor.address = donor.value(QStringLiteral("address")).toString();
    donation->donor.consentToContact = donor.value(QStringLiteral("consentToContact")).toBool();
    if (donation->amountCents <= 0)
        return SyncStore::tr("its amount is not a positive number of cents");
    if (!donation->date.isValid())
        return SyncStore::tr("it has no date (YYYY-MM-DD)");
    if (!kDonationStatuses.contains(donation->status))
        return SyncStore::tr("its status \"%1\" is not pending, paid, refunded or cancelled")
            .arg(donation->status);
    return {};
}

QString readFeedPayout(const QString& id, const QJsonObject& data, PlatformPayout* payout)
{
    payout->platform = kFeedPlatform;
    payout->reference = payoutReference(id, data);
    payout->campaignRef = data.value(QStringLiteral("campaignId")).toString().toLower();
    payout->date = feedDate(data);
    payout->grossCents = data.value(QStringLiteral("grossCents")).toInteger();
    payout->commissionCents = data.value(QStringLiteral("commissionCents")).toInteger();
    payout->paymentFeesCents = data.value(QStringLiteral("paymentFeesCents")).toInteger();
    payout->netCents = data.value(QStringLiteral("netCents")).toInteger();
    for (const QJsonValue& orderId : data.value(QStringLiteral("donationIds")).toArray())
        payout->orderIds.append(orderId.toString());
    if (!payout->date.isValid())
        return SyncStore::tr("it has no date (YYYY-MM-DD)");
    return {};
}

} // namespace

SyncStore::LedgerPull SyncStore::applyLedgerRecords(const QList<QJsonObject>& envelopes)
{
    LedgerPull result;
    // A donation names its payout by the payout's record id; the ledger links by reference. A
    // payout in another page links its donations itself, through its donationIds.
    QHash<QString, QString> payoutReferences;
    for (const QJsonObject& envelope : envelopes) {
        if (envelope.value(QStringLiteral("kind")).toString() == kPayout) {
            const QString id = envelope.value(QStringLiteral("id")).toString();
            payoutReferences.insert(id,
                                    payoutReference(id, envelope.value(QStringLiteral("data")).toObject()));
        }
    }
    std::map<QUuid, ParsedPlatformExport> byCampaign;
    QSet<QString> lockedOrders; // donations a closed period holds: not touched, not relinked
    for (const QJsonObject& envelope : envelopes) {
        const QString kind = envelope.value(QStringLiteral("kind")).toString();
        const QString id = envelope.value(QStringLiteral("id")).toString();
        const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
        const QUuid campaign = QUuid::fromString(data.value(QStringLiteral("campaignId")).toString());
        QString problem;
        if (envelope.value(QStringLiteral("deleted")).toBool())
            problem = tr("the platform withdrew it; the ledger keeps what it already holds");
        else if (campaign.isNull())
            problem = tr("it names no campaign");
        else if (!m_database
                      .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ?"),
                              { uuidText(campaign) })
                      .toInt())
            problem = tr("this desk does not have its campaign %1").arg(uuidText(campaign));
        else if (kind == kDonation) {
            PlatformDonation donation;
            problem = readFeedDonation(id, data, &donation);
            donation.payoutRef = payoutReferences.value(data.value(QStringLiteral("payoutId")).toString());
            if (problem.isEmpty())
                problem = lockedChange(donation, &lockedOrders);
            if (problem.isEmpty() && !lockedOrders.contains(donation.orderId))
                byCampaign[campaign].donations.append(donation);
        } else {
            PlatformPayout payout;
            problem = readFeedPayout(id, data, &payout);
            if (problem.isEmpty())
                byCampaign[campaign].payouts.append(payout);
        }
        if (!problem.isEmpty()) {
            result.skipped.append(kind == kDonation
                                      ? tr("The platform's donation %1 was left out: %2.").arg(id, problem)
                                      : tr("The platform's payout %1 was left out: %2.").arg(id, problem));
            qCWarning(lcSync) << "left out" << kind << id << "campaign" << uuidText(campaign) << ":"
                              << problem;
        }
    }
    for (auto& [campaign, data] : byCampaign) {
        for (PlatformPayout& payout : data.payouts)
            payout.orderIds.removeIf([&](const QString& order) { return lockedOrders.contains(order); });
    }
    if (byCampaign.empty())
        return result;
    const qint64 lastQueued
        = m_database.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM outbox")).toLongLong();
    LedgerImport ledger(m_database);
    for (auto& [campaign, data] : byCampaign) {
        data.platform = kFeedPlatform;
        data.format = QStringLiteral("casedesk-feed");
        // A savepoint inside the page's transaction: the ledger and the cursor move together.
        const ImportResult imported
            = ledger.commitPlatform(ledger.previewPlatform(data, tr("the platform's feed"), campaign));
        result.imported += imported.imported;
        result.updated += imported.updated;
    }
    // Read-only on the platform: what the import queued (donors, donations, payouts) is not to be
    // pushed, like every pulled change.
    m_database.exec(
        QStringLiteral("DELETE FROM outbox WHERE id > ? AND entity IN ('donor', 'donation', 'payout')"),
        { lastQueued });
    return result;
}

// A known donation reconciled in a closed period cannot change (the lock triggers would abort
// the whole page, and every later sync with it). Unchanged, it is simply left as it is; a new
// status (a refund) is left out with a message, so the treasurer can reopen the period.
QString SyncStore::lockedChange(const PlatformDonation& donation, QSet<QString>* lockedOrders)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT uuid, status FROM donations WHERE import_key = ?"),
                                  { kFeedPlatform + QLatin1Char(':') + donation.orderId });
    if (!q.next())
        return {};
    const QUuid uuid = QUuid::fromString(q.value(0).toString());
    const QString lock = DonationRepository(m_database).lockReason(uuid);
    if (lock.isEmpty())
        return {};
    lockedOrders->insert(donation.orderId);
    if (q.value(1).toString() == donation.status)
        return {};
    QString why = lock;
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    return tr("it is now \"%1\" on the platform, but this desk cannot change it: %2")
        .arg(donation.status, why);
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
    // One look-up tells a campaign new to this desk: it is inserted with its lines, without the
    // update and the deletions that would find nothing (a first pull writes thousands of them).
    QVariant id;
    QString oldStatus = CampaignCodes::status(CampaignStatus::Draft);
    {
        Database::CachedQuery stored = m_database.execCached(
            QStringLiteral("SELECT id, status FROM campaigns WHERE uuid = ?"), { uuidText(uuid) });
        if (stored.next()) {
            id = stored.value(0);
            oldStatus = stored.value(1).toString();
        }
    }
    const bool existed = !id.isNull();
    if (existed) {
        // Revision bumped so an editor open on the old state refuses to save over it.
        m_database.execCached(
            QStringLiteral("UPDATE campaigns SET title = ?, summary = ?, description = ?, cause = ?, "
                           "harm = ?, legal_basis = ?, court = ?, opposing_party = ?, goal_cents = ?, "
                           "end_date = ?, status = ?, how_money_used = ?, server_version = ?, "
                           "updated_at = ?, deleted = 0, revision = revision + 1 WHERE uuid = ?"),
            fields);
    } else {
        Database::CachedQuery inserted = m_database.execCached(
            QStringLiteral("INSERT INTO campaigns (title, summary, description, cause, harm, legal_basis, "
                           "court, opposing_party, goal_cents, end_date, status, how_money_used, "
                           "server_version, updated_at, uuid, revision, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
            fields + QVariantList { now });
        id = inserted.query().lastInsertId();
    }
    writeCampaignChildren(id.toLongLong(), data, existed);
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
    m_database.execCached(
        QStringLiteral("INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, "
                       "changed_at, note) VALUES (?, ?, ?, ?, ?)"),
        { campaignId, from, to, Clock::nowUtcIso(), note });
}

void SyncStore::writeCampaignChildren(qint64 campaignId, const QJsonObject& data, bool replace)
{
    if (replace)
        m_database.execCached(QStringLiteral("DELETE FROM budget_lines WHERE campaign_id = ?"),
                              { campaignId });
    const QJsonArray lines = data.value(QStringLiteral("budgetLines")).toArray();
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        m_database.execCached(
            QStringLiteral("INSERT INTO budget_lines (uuid, campaign_id, position, kind, label, "
                           "amount_cents) VALUES (?, ?, ?, ?, ?, ?)"),
            { uuidText(childUuid(line)), campaignId, i, line.value(QStringLiteral("kind")).toString(),
              line.value(QStringLiteral("label")).toString(),
              line.value(QStringLiteral("amountCents")).toInteger() });
    }
    if (replace)
        m_database.execCached(QStringLiteral("DELETE FROM press_articles WHERE campaign_id = ?"),
                              { campaignId });
    const QJsonArray articles = data.value(QStringLiteral("pressArticles")).toArray();
    for (int i = 0; i < articles.size(); ++i) {
        const QJsonObject article = articles.at(i).toObject();
        const QDate date = QDate::fromString(article.value(QStringLiteral("date")).toString(), Qt::ISODate);
        m_database.execCached(
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

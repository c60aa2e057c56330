#include "sync/LedgerSync.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "donations/Donation.h"
#include "donations/DonationRepository.h"
#include "donations/Donor.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::uuidText;

const QString kDonor = QStringLiteral("donor");
const QString kDonation = QStringLiteral("donation");
const QString kDeleted = QStringLiteral("deleted");

// A donation of the platform's read-only feed (SyncStore::applyLedgerRecords imports them with
// the platform name "platform", so their import keys are "platform:<orderId>").
const QString kFeedDonation = QStringLiteral("substr(coalesce(%1.import_key, ''), 1, 9) = 'platform:'");

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant versionOrNull(const std::optional<qint64>& version)
{
    return version ? QVariant(*version) : QVariant(QMetaType(QMetaType::LongLong));
}

QString withoutFinalStop(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

// A pulled gift as the ledger's columns hold it.
struct GiftColumns
{
    QString campaign;
    QString donor; // empty: anonymous
    qint64 amountCents = 0;
    QString currency;
    QString date;
    QString method;
    QString platform;
    QString platformOrderId;
    QString status;
    QString note;
    QString importKey;
};

GiftColumns giftColumns(const QJsonObject& data)
{
    GiftColumns g;
    g.campaign = data.value(QStringLiteral("campaignId")).toString().toLower();
    g.donor = data.value(QStringLiteral("donorId")).toString().toLower();
    g.amountCents = data.value(QStringLiteral("amountCents")).toInteger();
    g.currency = data.value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
    g.date = data.value(QStringLiteral("date")).toString();
    g.method = data.value(QStringLiteral("method")).toString();
    g.platform = data.value(QStringLiteral("platform")).toString();
    g.platformOrderId = data.value(QStringLiteral("platformOrderId")).toString();
    g.status = data.value(QStringLiteral("status")).toString();
    g.note = data.value(QStringLiteral("note")).toString();
    g.importKey = data.value(QStringLiteral("importKey")).toString();
    return g;
}

} // namespace

LedgerSync::LedgerSync(Database& database)
    : m_database(database)
    , m_store(database)
{
}

bool LedgerSync::isLedgerEntity(const QString& entity)
{
    return entity == kDonor || entity == kDonation;
}

QString LedgerSync::feedEntryCondition(const QString& alias)
{
    return QStringLiteral("(%1.entity = 'donation' AND EXISTS (SELECT 1 FROM donations fd WHERE fd.uuid = "
                          "%1.entity_uuid AND %2))")
        .arg(alias, kFeedDonation.arg(QStringLiteral("fd")));
}

bool LedgerSync::isFeedEntry(const QString& entity, const QUuid& uuid)
{
    if (entity != kDonation)
        return false;
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM donations d WHERE d.uuid = ? AND %1")
                    .arg(kFeedDonation.arg(QStringLiteral("d"))),
                { uuidText(uuid) })
        .toInt();
}

int LedgerSync::queueDonorsOfPendingGifts()
{
    WriteTransaction transaction(m_database);
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT DISTINCT r.uuid, r.revision FROM outbox o "
                       "JOIN donations d ON d.uuid = o.entity_uuid "
                       "JOIN donors r ON r.uuid = d.donor_uuid "
                       "WHERE o.entity = 'donation' AND o.operation <> 'delete' AND d.deleted = 0 "
                       "AND NOT (%1) AND r.deleted = 0 AND r.server_version IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entity = 'donor' "
                       "AND x.entity_uuid = r.uuid) "
                       "AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.entity = 'donor' "
                       "AND c.entity_uuid = r.uuid AND c.resolved_at IS NULL)")
            .arg(kFeedDonation.arg(QStringLiteral("d"))));
    QList<std::pair<QUuid, qint64>> donors;
    while (q.next())
        donors.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong() });
    for (const auto& [uuid, revision] : std::as_const(donors))
        Outbox::enqueue(m_database, kDonor, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    return int(donors.size());
}

QJsonObject LedgerSync::localDonorJson(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT name, email, address, consent_to_contact, coalesce(platform_ref, ''), notes "
                       "FROM donors WHERE uuid = ? AND deleted = 0"),
        { uuidText(uuid) });
    if (!q.next())
        return {};
    return { { QStringLiteral("name"), q.value(0).toString() },
             { QStringLiteral("email"), q.value(1).toString() },
             { QStringLiteral("address"), q.value(2).toString() },
             { QStringLiteral("consentToContact"), q.value(3).toBool() },
             { QStringLiteral("platformRef"), q.value(4).toString() },
             { QStringLiteral("notes"), q.value(5).toString() } };
}

QJsonObject LedgerSync::localGiftJson(const QUuid& uuid)
{
    // Not payout_uuid nor reconciled: bank-side, they stay on the treasurer's desk.
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT campaign_uuid, coalesce(donor_uuid, ''), amount_cents, currency, date, method, "
            "platform, coalesce(platform_order_id, ''), status, note, coalesce(import_key, '') "
            "FROM donations d WHERE uuid = ? AND deleted = 0 AND NOT (%1)")
            .arg(kFeedDonation.arg(QStringLiteral("d"))),
        { uuidText(uuid) });
    if (!q.next())
        return {};
    QJsonObject document { { QStringLiteral("campaignId"), q.value(0).toString() },
                           { QStringLiteral("amountCents"), q.value(2).toLongLong() },
                           { QStringLiteral("currency"), q.value(3).toString() },
                           { QStringLiteral("date"), q.value(4).toString() },
                           { QStringLiteral("method"), q.value(5).toString() },
                           { QStringLiteral("platform"), q.value(6).toString() },
                           { QStringLiteral("platformOrderId"), q.value(7).toString() },
                           { QStringLiteral("status"), q.value(8).toString() },
                           { QStringLiteral("note"), q.value(9).toString() },
                           { QStringLiteral("importKey"), q.value(10).toString() } };
    if (!q.value(1).toString().isEmpty())
        document.insert(QStringLiteral("donorId"), q.value(1).toString());
    return document;
}

SyncStore::PullOutcome LedgerSync::applyDonor(const QJsonObject& envelope, QString* skipped)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    const SyncStore::LocalCopy local = m_store.localCopy(kDonor, uuid);
    if (local.knows(version))
        return SyncStore::PullOutcome::AlreadyKnown;
    if (const auto outcome = m_store.keepBothSides(
            kDonor, uuid, local, version, [&] { return localDonorJson(uuid); }, envelope))
        return *outcome;
    QString problem;
    if (envelope.value(kDeleted).toBool()) {
        if (!local.exists || local.deleted)
            return SyncStore::PullOutcome::AlreadyKnown;
        problem = removeDonor(uuid, version);
        if (!problem.isEmpty())
            *skipped = tr("The donor \"%1\" deleted on the platform stays on this desk: %2.")
                           .arg(localDonorJson(uuid).value(QStringLiteral("name")).toString(), problem);
    } else {
        problem = storeDonor(uuid, data, version);
        if (!problem.isEmpty())
            *skipped = tr("The donor \"%1\" received from the platform was left out: %2.")
                           .arg(data.value(QStringLiteral("name")).toString(), problem);
    }
    if (!problem.isEmpty()) {
        qCWarning(lcSync) << "left out donor" << uuidText(uuid) << ":" << problem;
        return SyncStore::PullOutcome::AlreadyKnown;
    }
    return SyncStore::PullOutcome::Applied;
}

SyncStore::PullOutcome LedgerSync::applyGift(const QJsonObject& envelope, QString* skipped)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    const SyncStore::LocalCopy local = m_store.localCopy(kDonation, uuid);
    if (local.knows(version))
        return SyncStore::PullOutcome::AlreadyKnown;
    if (const auto outcome = m_store.keepBothSides(
            kDonation, uuid, local, version, [&] { return localGiftJson(uuid); }, envelope))
        return *outcome;
    QString problem;
    if (envelope.value(kDeleted).toBool()) {
        if (!local.exists || local.deleted)
            return SyncStore::PullOutcome::AlreadyKnown;
        problem = removeGift(uuid, version);
        if (!problem.isEmpty())
            *skipped = tr("The deletion of %1 received from the platform was left out: %2.")
                           .arg(label(kDonation, localGiftJson(uuid)), problem);
    } else {
        problem = storeGift(uuid, data, version);
        if (!problem.isEmpty())
            *skipped
                = tr("%1 received from the platform was left out: %2.").arg(label(kDonation, data), problem);
        if (!skipped->isEmpty())
            (*skipped)[0] = skipped->at(0).toUpper();
    }
    if (!problem.isEmpty()) {
        qCWarning(lcSync) << "left out gift" << uuidText(uuid) << ":" << problem;
        return SyncStore::PullOutcome::AlreadyKnown;
    }
    return SyncStore::PullOutcome::Applied;
}

QString LedgerSync::storeDonor(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    const QString name = data.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return tr("it has no name");
    // The platform reference is unique on a desk: another desk's copy of a person this desk
    // already knows under another identity (both imported the same export) keeps it here.
    QString platformRef = data.value(QStringLiteral("platformRef")).toString().trimmed();
    if (!platformRef.isEmpty()
        && m_database
               .scalar(QStringLiteral("SELECT count(*) FROM donors WHERE platform_ref = ? AND uuid <> ?"),
                       { platformRef, uuidText(uuid) })
               .toInt())
        platformRef.clear();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    // Revision bumped on update so an editor open on the donor refuses to save over the received
    // change; the trigger donations_follow_donor_name renames the donor's gifts.
    m_database.exec(
        QStringLiteral(
            "INSERT INTO donors (uuid, revision, server_version, created_at, updated_at, name, email, "
            "address, consent_to_contact, platform_ref, notes, sort_key) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1, "
            "server_version = excluded.server_version, updated_at = excluded.updated_at, "
            "name = excluded.name, email = excluded.email, address = excluded.address, "
            "consent_to_contact = excluded.consent_to_contact, platform_ref = excluded.platform_ref, "
            "notes = excluded.notes, sort_key = excluded.sort_key, deleted = 0"),
        { uuidText(uuid), version, now, now, name, data.value(QStringLiteral("email")).toString().trimmed(),
          data.value(QStringLiteral("address")).toString(),
          int(data.value(QStringLiteral("consentToContact")).toBool()), textOrNull(platformRef),
          data.value(QStringLiteral("notes")).toString(), DonorNames::sortKey(name) });
    transaction.commit();
    return {};
}

QString LedgerSync::storeGift(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    const GiftColumns g = giftColumns(data);
    if (!m_database
             .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ? AND deleted = 0"),
                     { g.campaign })
             .toInt())
        return tr("its campaign %1 is not on this desk").arg(g.campaign);
    if (!g.donor.isEmpty()
        && !m_database
                .scalar(QStringLiteral("SELECT count(*) FROM donors WHERE uuid = ? AND deleted = 0"),
                        { g.donor })
                .toInt())
        return tr("its donor %1 is not on this desk").arg(g.donor);
    if (g.amountCents <= 0)
        return tr("its amount is not a positive number of cents");
    if (!QDate::fromString(g.date, QStringLiteral("yyyy-MM-dd")).isValid())
        return tr("it has no date (YYYY-MM-DD)");
    if (!DonationCodes::methodFromCode(g.method))
        return tr("its method \"%1\" is not known to this desk").arg(g.method);
    if (!DonationCodes::statusFromCode(g.status))
        return tr("its status \"%1\" is not pending, paid, refunded or cancelled").arg(g.status);
    if (!g.importKey.isEmpty()
        && m_database
               .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE import_key = ? AND uuid <> ?"),
                       { g.importKey, uuidText(uuid) })
               .toInt())
        return tr("this desk already holds another donation imported as %1 (the same export imported on "
                  "two desks)")
            .arg(g.importKey);

    const QString now = Clock::nowUtcIso();
    QSqlQuery local = m_database.exec(
        QStringLiteral("SELECT campaign_uuid, coalesce(donor_uuid, ''), amount_cents, date, method, status, "
                       "deleted FROM donations WHERE uuid = ?"),
        { uuidText(uuid) });
    const bool exists = local.next();
    WriteTransaction transaction(m_database);
    try {
        if (!exists) {
            // Through the same columns as DonationRepository::create: the donor's name and sort key
            // and the campaign's title are copied into the row, the triggers keep them in step.
            m_database.exec(
                QStringLiteral(
                    "INSERT INTO donations (uuid, revision, server_version, created_at, updated_at, "
                    "campaign_uuid, campaign_title, donor_uuid, donor_name, donor_sort_key, amount_cents, "
                    "currency, date, method, platform, platform_order_id, status, import_key, note) "
                    "VALUES (?, 1, ?, ?, ?, ?, coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
                    "?, coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
                    "coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { uuidText(uuid), version, now, now, g.campaign, g.campaign, textOrNull(g.donor),
                  textOrNull(g.donor), textOrNull(g.donor), g.amountCents, g.currency, g.date, g.method,
                  g.platform, textOrNull(g.platformOrderId), g.status, textOrNull(g.importKey), g.note });
            transaction.commit();
            return {};
        }
        const QString lock = DonationRepository(m_database).lockReason(uuid);
        if (!lock.isEmpty()) {
            // The lock triggers refuse any write of the locked columns: when the change is only
            // in the free ones (the note, the order), those are taken; otherwise it is left out.
            const bool lockedSame = local.value(0).toString() == g.campaign
                && local.value(1).toString() == g.donor && local.value(2).toLongLong() == g.amountCents
                && local.value(3).toString() == g.date && local.value(4).toString() == g.method
                && local.value(5).toString() == g.status && !local.value(6).toBool();
            if (!lockedSame)
                return tr("this desk cannot change it: %1").arg(withoutFinalStop(lock));
            m_database.exec(
                QStringLiteral("UPDATE donations SET revision = revision + 1, server_version = ?, "
                               "updated_at = ?, currency = ?, platform = ?, platform_order_id = ?, "
                               "import_key = ?, note = ? WHERE uuid = ?"),
                { version, now, g.currency, g.platform, textOrNull(g.platformOrderId),
                  textOrNull(g.importKey), g.note, uuidText(uuid) });
            transaction.commit();
            return {};
        }
        // Revision bumped so an editor open on the gift refuses to save over the received change.
        m_database.exec(
            QStringLiteral(
                "UPDATE donations SET revision = revision + 1, server_version = ?, updated_at = ?, "
                "campaign_uuid = ?, campaign_title = coalesce((SELECT title FROM campaigns WHERE uuid = ?), "
                "''), "
                "donor_uuid = ?, donor_name = coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
                "donor_sort_key = coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), "
                "amount_cents = ?, currency = ?, date = ?, method = ?, platform = ?, platform_order_id = ?, "
                "status = ?, import_key = ?, note = ?, deleted = 0 WHERE uuid = ?"),
            { version, now, g.campaign, g.campaign, textOrNull(g.donor), textOrNull(g.donor),
              textOrNull(g.donor), g.amountCents, g.currency, g.date, g.method, g.platform,
              textOrNull(g.platformOrderId), g.status, textOrNull(g.importKey), g.note, uuidText(uuid) });
        transaction.commit();
    } catch (const DatabaseError& error) {
        // The savepoint rolls back; the page goes on without this gift.
        return error.message();
    }
    return {};
}

QString LedgerSync::removeDonor(const QUuid& uuid, std::optional<qint64> version)
{
    const int gifts
        = m_database
              .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE donor_uuid = ? AND deleted = 0"),
                      { uuidText(uuid) })
              .toInt();
    if (gifts > 0)
        return tr("%n donation(s) on this desk still name this donor", nullptr, gifts);
    m_database.exec(
        QStringLiteral("UPDATE donors SET deleted = 1, server_version = ?, revision = revision + 1, "
                       "updated_at = ? WHERE uuid = ?"),
        { versionOrNull(version), Clock::nowUtcIso(), uuidText(uuid) });
    return {};
}

QString LedgerSync::removeGift(const QUuid& uuid, std::optional<qint64> version)
{
    const QString lock = DonationRepository(m_database).lockReason(uuid);
    if (!lock.isEmpty())
        return tr("this desk cannot change it: %1").arg(withoutFinalStop(lock));
    m_database.exec(
        QStringLiteral("UPDATE donations SET deleted = 1, server_version = ?, revision = revision + 1, "
                       "updated_at = ? WHERE uuid = ?"),
        { versionOrNull(version), Clock::nowUtcIso(), uuidText(uuid) });
    return {};
}

void LedgerSync::writeDonor(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    const QString problem = storeDonor(uuid, data, version);
    if (!problem.isEmpty())
        throw DatabaseError(tr("The donor %1 cannot be written: %2.").arg(uuidText(uuid), problem));
}

void LedgerSync::writeGift(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    const QString problem = storeGift(uuid, data, version);
    if (!problem.isEmpty())
        throw DatabaseError(tr("The gift %1 cannot be written: %2.").arg(uuidText(uuid), problem));
}

void LedgerSync::tombstone(const QString& entity, const QUuid& uuid, std::optional<qint64> version)
{
    const QString problem = entity == kDonor ? removeDonor(uuid, version) : removeGift(uuid, version);
    if (!problem.isEmpty())
        throw DatabaseError(tr("The record %1 cannot be deleted: %2.").arg(uuidText(uuid), problem));
}

QString LedgerSync::label(const QString& entity, const QJsonObject& document)
{
    if (entity == kDonor)
        return document.value(QStringLiteral("name")).toString();
    if (entity == kDonation) {
        const QString dateText = document.value(QStringLiteral("date")).toString();
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        return tr("the gift of %1 of %2")
            .arg(Money::format(document.value(QStringLiteral("amountCents")).toInteger()),
                 date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dateText);
    }
    return document.value(QStringLiteral("title")).toString();
}

QString LedgerSync::refusal(const QString& entity, const QJsonObject& document, const QJsonObject& problem,
                            const QString& failure)
{
    QStringList fields;
    for (const QJsonValue& error : problem.value(QStringLiteral("errors")).toArray())
        fields.append(
            error.toObject().value(QStringLiteral("pointer")).toString().section(QLatin1Char('/'), -1));
    const QString what = entity == kDonor
        ? tr("The donor \"%1\"").arg(label(entity, document))
        : tr("The gift of %1 of %2")
              .arg(Money::format(document.value(QStringLiteral("amountCents")).toInteger()),
                   document.value(QStringLiteral("date")).toString());
    if (fields.isEmpty())
        return tr("%1 was not sent: %2").arg(what, failure);
    return tr("%1 was not sent: %2 Check: %3.").arg(what, failure, fields.join(QStringLiteral(", ")));
}

std::optional<QString> LedgerSync::displayText(const QString& entity, const QString& key,
                                               const QJsonValue& value)
{
    if (!isLedgerEntity(entity) || value.isUndefined() || value.isNull())
        return std::nullopt;
    if (key == QLatin1String("amountCents"))
        return Money::format(value.toInteger());
    if (key == QLatin1String("consentToContact"))
        return value.toBool() ? tr("Yes") : tr("No");
    if (key == QLatin1String("date")) {
        const QDate date = QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd"));
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value.toString();
    }
    if (key == QLatin1String("method")) {
        const auto method = DonationCodes::methodFromCode(value.toString());
        return method ? DonationCodes::methodLabel(*method) : value.toString();
    }
    if (key == QLatin1String("status")) {
        const auto status = DonationCodes::statusFromCode(value.toString());
        return status ? DonationCodes::statusLabel(*status) : value.toString();
    }
    if (key == QLatin1String("donorId")) {
        const QVariant name = m_database.scalar(QStringLiteral("SELECT name FROM donors WHERE uuid = ?"),
                                                { value.toString().toLower() });
        return name.isValid() ? name.toString() : value.toString();
    }
    if (key == QLatin1String("campaignId")) {
        const QVariant title = m_database.scalar(QStringLiteral("SELECT title FROM campaigns WHERE uuid = ?"),
                                                 { value.toString().toLower() });
        return title.isValid() ? title.toString() : value.toString();
    }
    return std::nullopt;
}

} // namespace casedesk

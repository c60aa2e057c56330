#include "donations/ledger/DonationRepository.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignRules.h"
#include "common/AmountRules.h"
#include "common/Clock.h"
#include "common/DateRules.h"
#include "donations/ledger/DonationWords.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSqlError>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::optionalUuid;
using SqlValues::uuidText;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

DonationRepository::DonationRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> DonationRepository::check(const Donation& donation)
{
    QList<FieldProblem> problems;
    if (donation.campaignUuid.isNull()) {
        problems.append({ QStringLiteral("campaign"), tr("Campaign: choose the campaign the gift is for.") });
    } else if (const std::optional<CampaignRow> campaign
               = CampaignRepository(m_database).row(donation.campaignUuid);
               !campaign) {
        problems.append(
            { QStringLiteral("campaign"),
              tr("Campaign: no campaign has the identifier %1.").arg(uuidText(donation.campaignUuid)) });
    } else if (!CampaignRules::receivesGifts(campaign->status)) {
        // A gift already recorded keeps its campaign when that one closes: only a new gift, or
        // one moved to another campaign, must go to a campaign that collects.
        const QVariant stored = donation.sync.uuid.isNull()
            ? QVariant()
            : m_database.scalar(
                QStringLiteral("SELECT campaign_uuid FROM donations WHERE uuid = ? AND deleted = 0"),
                { uuidText(donation.sync.uuid) });
        if (!stored.isValid() || stored.toString() != uuidText(donation.campaignUuid))
            problems.append(
                { QStringLiteral("campaign"), CampaignRules::whyNoGifts(campaign->title, campaign->status) });
    }
    if (!donation.donorUuid.isNull()
        && !m_database
                .scalar(QStringLiteral("SELECT 1 FROM donors WHERE uuid = ? AND deleted = 0"),
                        { uuidText(donation.donorUuid) })
                .isValid()) {
        problems.append({ QStringLiteral("donor"),
                          tr("Donor: no donor has the identifier %1.").arg(uuidText(donation.donorUuid)) });
    }
    const QString amount = AmountRules::problem(AmountRules::Kind::Donation, donation.amountCents);
    if (!amount.isEmpty())
        problems.append({ QStringLiteral("amount"), amount });
    if (const QString counterpart
        = AmountRules::problem(AmountRules::Kind::Counterpart, donation.counterpartCents);
        !counterpart.isEmpty())
        problems.append({ QStringLiteral("counterpart"), counterpart });
    else if (donation.counterpartCents > donation.amountCents && amount.isEmpty())
        problems.append(
            { QStringLiteral("counterpart"),
              tr("Counterpart: its value, %1, cannot be more than the gift's amount, %2.")
                  .arg(Money::format(donation.counterpartCents), Money::format(donation.amountCents)) });
    if (!donation.date.isValid())
        problems.append({ QStringLiteral("date"), tr("Date: give the date of the gift.") });
    else if (donation.date > Clock::today())
        problems.append({ QStringLiteral("date"), tr("Date: the gift cannot be dated in the future.") });
    if (donation.currency.size() != 3)
        problems.append({ QStringLiteral("currency"), tr("Currency: use a three-letter code such as EUR.") });
    if (donation.method == DonationMethod::Platform) {
        if (donation.platform.trimmed().isEmpty())
            problems.append({ QStringLiteral("platform"),
                              tr("Platform: a platform gift names its platform (ulule, helloasso...).") });
        if (donation.platformOrderId.trimmed().isEmpty())
            problems.append({ QStringLiteral("platformOrderId"),
                              tr("Order: a platform gift needs the platform's order number.") });
    }
    if (!donation.platformOrderId.trimmed().isEmpty()) {
        const QVariant other = m_database.scalar(
            QStringLiteral("SELECT date FROM donations WHERE deleted = 0 AND platform = ? "
                           "AND platform_order_id = ? AND uuid <> ?"),
            { donation.platform.trimmed(), donation.platformOrderId.trimmed(),
              uuidText(donation.sync.uuid) });
        if (other.isValid())
            problems.append(
                { QStringLiteral("platformOrderId"),
                  tr("Order: the order %1 is already in the ledger (gift of %2).")
                      .arg(donation.platformOrderId.trimmed(),
                           DateRules::format(QDate::fromString(other.toString(), Qt::ISODate))) });
    }
    return problems;
}

namespace {

void tidy(Donation& donation)
{
    donation.platform = donation.platform.trimmed().toLower();
    donation.platformOrderId = donation.platformOrderId.trimmed();
    donation.currency = donation.currency.trimmed().toUpper();
}

} // namespace

QList<FieldProblem> DonationRepository::create(Donation& donation)
{
    tidy(donation);
    const QList<FieldProblem> problems = check(donation);
    if (!problems.isEmpty())
        return problems;
    if (donation.sync.uuid.isNull())
        donation.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    const QVariant campaign = optionalUuid(donation.campaignUuid);
    const QVariant donor = optionalUuid(donation.donorUuid);
    WriteTransaction transaction(m_database);
    // The donor's name and the campaign's title are copied into the row (the view sorts and
    // searches on them from the donations table alone); triggers keep them in step afterwards.
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO donations (uuid, revision, created_at, updated_at, campaign_uuid, campaign_title, "
            "donor_uuid, donor_name, donor_sort_key, amount_cents, currency, date, method, platform, "
            "platform_order_id, status, payout_uuid, import_key, note, counterpart_cents) VALUES (?, 1, ?, "
            "?, "
            "?, coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
            "?, coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
            "coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuidText(donation.sync.uuid), now, now, campaign, campaign, donor, donor, donor,
          donation.amountCents, donation.currency, dateValue(donation.date),
          DonationCodes::method(donation.method), donation.platform, textOrNull(donation.platformOrderId),
          DonationCodes::status(donation.status), optionalUuid(donation.payoutUuid),
          textOrNull(donation.importKey), donation.note, donation.counterpartCents });
    Outbox::enqueue(m_database, kEntity, donation.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(donation.sync, query.lastInsertId().toLongLong(), now);
    emit donationCreated(donation.sync.uuid);
    return {};
}

QList<FieldProblem> DonationRepository::save(Donation& donation)
{
    tidy(donation);
    const QList<FieldProblem> problems = check(donation);
    if (!problems.isEmpty())
        return problems;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    const QString what = describeDonation(donation.amountCents, donation.date, {});
    SyncedTable(m_database, kTable)
        .checkRevision(
            donation.sync.uuid, donation.sync.revision,
            tr("%1 no longer exists; it was deleted elsewhere.").arg(capitalised(what)),
            tr("%1 was changed elsewhere since it was opened; it has been reloaded.").arg(capitalised(what)));
    ensureUnlocked(donation.sync.uuid);
    const qint64 revision = donation.sync.revision + 1;
    const QVariant campaign = optionalUuid(donation.campaignUuid);
    const QVariant donor = optionalUuid(donation.donorUuid);
    try {
        m_database.exec(
            QStringLiteral(
                "UPDATE donations SET revision = ?, updated_at = ?, campaign_uuid = ?, "
                "campaign_title = coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), donor_uuid = "
                "?, "
                "donor_name = coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
                "donor_sort_key = coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), "
                "amount_cents = ?, currency = ?, date = ?, method = ?, platform = ?, platform_order_id = ?, "
                "status = ?, payout_uuid = ?, note = ?, counterpart_cents = ? WHERE uuid = ?"),
            { revision, now, campaign, campaign, donor, donor, donor, donation.amountCents, donation.currency,
              dateValue(donation.date), DonationCodes::method(donation.method), donation.platform,
              textOrNull(donation.platformOrderId), DonationCodes::status(donation.status),
              optionalUuid(donation.payoutUuid), donation.note, donation.counterpartCents,
              uuidText(donation.sync.uuid) });
    } catch (const DatabaseError& error) {
        LedgerErrors::rethrowTranslated(error, what);
    }
    Outbox::enqueue(m_database, kEntity, donation.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    SyncColumns::markSaved(donation.sync, revision, now);
    emit donationSaved(donation.sync.uuid);
    return {};
}

void DonationRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Donation> donation = load(uuid);
    if (!donation)
        throw DatabaseError(tr("No donation has the identifier %1.").arg(uuidText(uuid)));
    ensureUnlocked(uuid);
    const qint64 revision = donation->sync.revision + 1;
    try {
        SyncedTable(m_database, kTable).tombstone(uuid, revision, Clock::nowUtcIso());
    } catch (const DatabaseError& error) {
        LedgerErrors::rethrowTranslated(error, describeDonation(donation->amountCents, donation->date, {}));
    }
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Delete, revision);
    transaction.commit();
    emit donationRemoved(uuid);
}

namespace {

// Why a received gift cannot be taken, before the desk's own state is looked at; empty when it can.
QString receivedProblem(const SharedGift& g)
{
    if (g.amountCents <= 0)
        return DonationRepository::tr("its amount is not a positive number of cents");
    if (!QDate::fromString(g.date, QStringLiteral("yyyy-MM-dd")).isValid())
        return DonationRepository::tr("it has no date (YYYY-MM-DD)");
    if (!DonationCodes::methodFromCode(g.method))
        return DonationRepository::tr("its method \"%1\" is not known to this desk").arg(g.method);
    if (!DonationCodes::statusFromCode(g.status))
        return DonationRepository::tr("its status \"%1\" is not pending, paid, refunded or cancelled")
            .arg(g.status);
    if (g.counterpartCents < 0 || g.counterpartCents > g.amountCents)
        return DonationRepository::tr("its counterpart's value is negative or more than its amount");
    return {};
}

} // namespace

QString DonationRepository::storeReceived(const SharedGift& g, qint64 serverVersion)
{
    if (!CampaignRepository(m_database).holdsLive(QUuid::fromString(g.campaign)))
        return tr("its campaign %1 is not on this desk").arg(g.campaign);
    if (!g.donor.isEmpty()
        && !m_database
                .scalar(QStringLiteral("SELECT count(*) FROM donors WHERE uuid = ? AND deleted = 0"),
                        { g.donor })
                .toInt())
        return tr("its donor %1 is not on this desk").arg(g.donor);
    if (const QString problem = receivedProblem(g); !problem.isEmpty())
        return problem;
    if (!g.importKey.isEmpty()
        && m_database
               .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE import_key = ? AND uuid <> ?"),
                       { g.importKey, uuidText(g.uuid) })
               .toInt())
        return tr("this desk already holds another donation imported as %1 (the same export imported on "
                  "two desks)")
            .arg(g.importKey);
    WriteTransaction transaction(m_database);
    try {
        const QString problem = writeReceived(g, serverVersion);
        if (!problem.isEmpty())
            return problem;
        transaction.commit();
    } catch (const DatabaseError& error) {
        // The savepoint rolls back; the page goes on without this gift.
        return error.message();
    }
    return {};
}

QString DonationRepository::writeReceived(const SharedGift& g, qint64 serverVersion)
{
    const QString now = Clock::nowUtcIso();
    QSqlQuery local = m_database.exec(
        QStringLiteral("SELECT campaign_uuid, coalesce(donor_uuid, ''), amount_cents, date, method, status, "
                       "deleted FROM donations WHERE uuid = ?"),
        { uuidText(g.uuid) });
    if (!local.next()) {
        // Through the same columns as create(): the donor's name and sort key and the campaign's
        // title are copied into the row, the triggers keep them in step.
        m_database.exec(
            QStringLiteral(
                "INSERT INTO donations (uuid, revision, server_version, created_at, updated_at, "
                "campaign_uuid, campaign_title, donor_uuid, donor_name, donor_sort_key, amount_cents, "
                "currency, date, method, platform, platform_order_id, status, import_key, note, "
                "counterpart_cents) "
                "VALUES (?, 1, ?, ?, ?, ?, coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
                "?, coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
                "coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { uuidText(g.uuid), serverVersion, now, now, g.campaign, g.campaign, textOrNull(g.donor),
              textOrNull(g.donor), textOrNull(g.donor), g.amountCents, g.currency, g.date, g.method,
              g.platform, textOrNull(g.platformOrderId), g.status, textOrNull(g.importKey), g.note,
              g.counterpartCents });
        return {};
    }
    const QString lock = lockReason(g.uuid);
    if (!lock.isEmpty()) {
        // The lock triggers refuse any write of the locked columns: when the change is only in the
        // free ones (the note, the order, the counterpart), those are taken; otherwise it is left out.
        const bool lockedSame = local.value(0).toString() == g.campaign
            && local.value(1).toString() == g.donor && local.value(2).toLongLong() == g.amountCents
            && local.value(3).toString() == g.date && local.value(4).toString() == g.method
            && local.value(5).toString() == g.status && !local.value(6).toBool();
        if (!lockedSame)
            return tr("this desk cannot change it: %1").arg(withoutFinalStop(lock));
        m_database.exec(QStringLiteral("UPDATE donations SET revision = revision + 1, server_version = ?, "
                                       "updated_at = ?, currency = ?, platform = ?, platform_order_id = ?, "
                                       "import_key = ?, note = ?, counterpart_cents = ? WHERE uuid = ?"),
                        { serverVersion, now, g.currency, g.platform, textOrNull(g.platformOrderId),
                          textOrNull(g.importKey), g.note, g.counterpartCents, uuidText(g.uuid) });
        return {};
    }
    // Revision bumped so an editor open on the gift refuses to save over the received change.
    m_database.exec(
        QStringLiteral(
            "UPDATE donations SET revision = revision + 1, server_version = ?, updated_at = ?, "
            "campaign_uuid = ?, campaign_title = coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
            "donor_uuid = ?, donor_name = coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
            "donor_sort_key = coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), "
            "amount_cents = ?, currency = ?, date = ?, method = ?, platform = ?, platform_order_id = ?, "
            "status = ?, import_key = ?, note = ?, counterpart_cents = ?, deleted = 0 WHERE uuid = ?"),
        { serverVersion, now, g.campaign, g.campaign, textOrNull(g.donor), textOrNull(g.donor),
          textOrNull(g.donor), g.amountCents, g.currency, g.date, g.method, g.platform,
          textOrNull(g.platformOrderId), g.status, textOrNull(g.importKey), g.note, g.counterpartCents,
          uuidText(g.uuid) });
    return {};
}

QString DonationRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    const QString lock = lockReason(uuid);
    if (!lock.isEmpty())
        return tr("this desk cannot change it: %1").arg(withoutFinalStop(lock));
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, serverVersion);
    return {};
}

// --- for LedgerImport --------------------------------------------------------------------------

void DonationRepository::insertImported(const ImportedDonation& d, const QString& now)
{
    m_database.execCached(
        QStringLiteral(
            "INSERT INTO donations (uuid, revision, created_at, updated_at, campaign_uuid, campaign_title, "
            "donor_uuid, donor_name, donor_sort_key, amount_cents, currency, date, method, platform, "
            "platform_order_id, status, payout_uuid, import_key) VALUES (?, 1, ?, ?, "
            "?, coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
            "?, coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
            "coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), ?, ?, ?, 'platform', ?, ?, ?, "
            "(SELECT uuid FROM payouts WHERE import_key = ?), ?)"),
        { d.uuid, now, now, d.campaign, d.campaign, d.donor, d.donor, d.donor, d.amountCents,
          d.currency.isEmpty() ? QStringLiteral("EUR") : d.currency, dateValue(d.date), d.platform, d.orderId,
          d.status, d.payoutKey, d.importKey });
}

std::optional<std::pair<QString, qint64>>
DonationRepository::updateImportedStatus(const QString& importKey, const QString& status, const QString& now)
{
    Database::CachedQuery q = m_database.execCached(
        QStringLiteral("UPDATE donations SET status = ?, revision = revision + 1, "
                       "updated_at = ? WHERE import_key = ? RETURNING uuid, revision"),
        { status, now, importKey });
    if (!q.next())
        return std::nullopt;
    return std::pair { q.value(0).toString(), q.value(1).toLongLong() };
}

void DonationRepository::linkImportedToPayout(const QString& orderKey, const QString& payoutKey,
                                              const QString& now)
{
    m_database.execCached(
        QStringLiteral("UPDATE donations SET payout_uuid = (SELECT uuid FROM payouts WHERE import_key = ?), "
                       "revision = revision + 1, updated_at = ? WHERE import_key = ? "
                       "AND payout_uuid IS NOT (SELECT uuid FROM payouts WHERE import_key = ?)"),
        { payoutKey, now, orderKey, payoutKey });
}

// --- for ReconciliationRepository ----------------------------------------------------------------

void DonationRepository::linkToPayout(const QString& uuid, const QString& payoutUuid)
{
    m_database.exec(
        QStringLiteral("UPDATE donations SET payout_uuid = ?, reconciled = 1, revision = revision + 1, "
                       "updated_at = ? WHERE uuid = ?"),
        { payoutUuid, Clock::nowUtcIso(), uuid });
}

void DonationRepository::setReconciled(const QString& uuid, bool reconciled)
{
    m_database.exec(
        QStringLiteral("UPDATE donations SET reconciled = ?, revision = revision + 1, updated_at = ? "
                       "WHERE uuid = ?"),
        { reconciled ? 1 : 0, Clock::nowUtcIso(), uuid });
}

namespace LedgerErrors {

void rethrowTranslated(const DatabaseError& error, const QString& what)
{
    const QString message = error.message();
    const qsizetype at = message.indexOf(QLatin1String("locked:"));
    if (at < 0)
        throw error;
    // The trigger's own words ("the bank line is in a closed reconciliation period") follow
    // "locked:"; the translated sentence names the record the user was changing.
    throw DatabaseError(
        DonationRepository::tr("%1 cannot be changed: it is in a closed reconciliation period. Reopen the "
                               "period on the reconciliation page to change it.")
            .arg(what.isEmpty() ? DonationRepository::tr("This record") : capitalised(what)));
}

} // namespace LedgerErrors
} // namespace casedesk

#include "sync/LedgerFeed.h"

#include "campaigns/CampaignRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/LedgerImport.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QSet>

#include <map>

namespace casedesk {

using SqlValues::uuidText;

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
        return LedgerFeed::tr("its amount is not a positive number of cents");
    if (!donation->date.isValid())
        return LedgerFeed::tr("it has no date (YYYY-MM-DD)");
    if (!kDonationStatuses.contains(donation->status))
        return LedgerFeed::tr("its status \"%1\" is not pending, paid, refunded or cancelled")
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
        return LedgerFeed::tr("it has no date (YYYY-MM-DD)");
    return {};
}

} // namespace

namespace {

// A known donation reconciled in a closed period cannot change (the lock triggers would abort
// the whole page, and every later sync with it). Unchanged, it is simply left as it is; a new
// status (a refund) is left out with a message, so the treasurer can reopen the period.
QString lockedChange(Database& database, const PlatformDonation& donation, QSet<QString>* lockedOrders)
{
    DonationRepository donations(database);
    const auto known = donations.findByImportKey(kFeedPlatform + QLatin1Char(':') + donation.orderId);
    if (!known)
        return {};
    const QString lock = donations.lockReason(known->first);
    if (lock.isEmpty())
        return {};
    lockedOrders->insert(donation.orderId);
    if (known->second == donation.status)
        return {};
    QString why = lock;
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    return LedgerFeed::tr("it is now \"%1\" on the platform, but this desk cannot change it: %2")
        .arg(donation.status, why);
}

} // namespace

LedgerFeed::Outcome LedgerFeed::import(Database& database, const QList<QJsonObject>& envelopes)
{
    Outcome result;
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
        else if (!SyncedTable(database, CampaignRepository::kTable).holds(campaign))
            problem = tr("this desk does not have its campaign %1").arg(uuidText(campaign));
        else if (kind == kDonation) {
            PlatformDonation donation;
            problem = readFeedDonation(id, data, &donation);
            donation.payoutRef = payoutReferences.value(data.value(QStringLiteral("payoutId")).toString());
            if (problem.isEmpty())
                problem = lockedChange(database, donation, &lockedOrders);
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
    LedgerImport ledger(database);
    for (auto& [campaign, data] : byCampaign) {
        data.platform = kFeedPlatform;
        data.format = QStringLiteral("casedesk-feed");
        // A savepoint inside the page's transaction: the ledger and the cursor move together.
        // Read-only on the platform: nothing the import writes is queued, like every pulled change.
        const ImportResult imported = ledger.commitPlatform(
            ledger.previewPlatform(data, tr("the platform's feed"), campaign), ImportOrigin::PlatformFeed);
        result.imported += imported.imported;
        result.updated += imported.updated;
    }
    return result;
}

} // namespace casedesk

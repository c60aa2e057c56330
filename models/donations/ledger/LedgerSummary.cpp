#include "donations/ledger/LedgerSummary.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace casedesk {

namespace {

void addDonationTotals(Database& database, const QString& campaign, CampaignLedgerSummary& summary)
{
    // One pass over the campaign's index range: every total the summary needs from donations.
    QSqlQuery q = database.exec(
        QStringLiteral(
            "SELECT "
            "coalesce(sum(CASE WHEN status = 'paid' THEN amount_cents END), 0), "
            "count(CASE WHEN status = 'paid' THEN 1 END), "
            "coalesce(sum(CASE WHEN status = 'refunded' THEN amount_cents END), 0), "
            "count(CASE WHEN status = 'refunded' THEN 1 END), "
            "coalesce(sum(CASE WHEN status = 'pending' THEN amount_cents END), 0), "
            "coalesce(sum(CASE WHEN status = 'paid' AND method <> 'platform' THEN amount_cents END), 0), "
            "coalesce(sum(CASE WHEN status = 'paid' AND method = 'platform' AND payout_uuid IS NULL "
            "  THEN amount_cents END), 0) "
            "FROM donations INDEXED BY donations_by_campaign WHERE campaign_uuid = ? AND deleted = 0"),
        { campaign });
    q.next();
    summary.raisedCents = q.value(0).toLongLong();
    summary.paidCount = q.value(1).toInt();
    summary.refundedCents = q.value(2).toLongLong();
    summary.refundedCount = q.value(3).toInt();
    summary.pendingCents = q.value(4).toLongLong();
    summary.netReceivedCents = q.value(5).toLongLong(); // payouts are added below
    summary.stillExpectedCents = q.value(6).toLongLong();
}

void addPayoutTotals(Database& database, const QString& campaign, CampaignLedgerSummary& summary)
{
    QSqlQuery q
        = database.exec(QStringLiteral("SELECT coalesce(sum(commission_cents), 0), "
                                       "coalesce(sum(payment_fees_cents), 0), coalesce(sum(net_cents), 0) "
                                       "FROM payouts WHERE campaign_uuid = ? AND deleted = 0"),
                        { campaign });
    q.next();
    summary.commissionCents = q.value(0).toLongLong();
    summary.paymentFeesCents = q.value(1).toLongLong();
    summary.payoutNetCents = q.value(2).toLongLong();
    summary.netReceivedCents += summary.payoutNetCents;
}

QList<MonthTotal> monthTotals(Database& database, const QString& campaign)
{
    QSqlQuery q = database.exec(QStringLiteral("SELECT substr(date, 1, 7), sum(amount_cents), count(*) "
                                               "FROM donations INDEXED BY donations_by_campaign "
                                               "WHERE campaign_uuid = ? AND deleted = 0 "
                                               "AND status = 'paid' GROUP BY 1 ORDER BY 1"),
                                { campaign });
    QList<MonthTotal> months;
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        months.append({ month, q.value(1).toLongLong(), q.value(2).toInt() });
    }
    return months;
}

} // namespace

CampaignLedgerSummary LedgerSummary::forCampaign(Database& database, const QUuid& campaignUuid,
                                                 qint64 flatFeeCents)
{
    CampaignLedgerSummary summary;
    summary.campaignUuid = campaignUuid;
    const QString campaign = SqlValues::uuidText(campaignUuid);
    addDonationTotals(database, campaign, summary);
    addPayoutTotals(database, campaign, summary);
    // The flat fee is owed once something was raised (as Fees::computeFees has it).
    summary.flatFeeCents = summary.raisedCents > 0 ? std::max<qint64>(0, flatFeeCents) : 0;
    summary.availableCents = summary.netReceivedCents + summary.stillExpectedCents - summary.flatFeeCents;
    summary.months = monthTotals(database, campaign);
    return summary;
}

} // namespace casedesk

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace casedesk {

class Database;

struct MonthTotal
{
    QDate month; // the first day of the month
    qint64 paidCents = 0;
    int paidCount = 0;
};

// A campaign's money, to the cent: what was given, what the platforms and payment processors
// kept, what reached the bank and what is still on its way.
struct CampaignLedgerSummary
{
    QUuid campaignUuid;
    qint64 raisedCents = 0; // paid donations, every method
    int paidCount = 0;
    qint64 refundedCents = 0; // refunded donations
    int refundedCount = 0;
    qint64 pendingCents = 0; // pending donations (not in raised)
    qint64 commissionCents = 0; // platform commission, from payouts
    qint64 paymentFeesCents = 0; // card / processor fees, from payouts
    qint64 flatFeeCents = 0; // the desk's flat campaign fee, when set and something was raised
    qint64 payoutNetCents = 0; // what platform payouts brought to the bank
    qint64 netReceivedCents = 0; // payouts net + paid donations that did not go through a platform
    qint64 stillExpectedCents = 0; // paid platform donations no payout covers yet
    // What is left for the legal action: net received + still expected - flat fee.
    qint64 availableCents = 0;
    QList<MonthTotal> months; // paid donations per month, oldest first, months without gifts skipped
};

class LedgerSummary
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSummary)

public:
    // `flatFeeCents` is the desk's FeeSettings::flatCampaignFeeCents (0 = none).
    static CampaignLedgerSummary forCampaign(Database& database, const QUuid& campaignUuid,
                                             qint64 flatFeeCents);
};

} // namespace casedesk

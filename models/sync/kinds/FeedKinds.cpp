// The platform's read-only feed (docs/platform-api.md §3.1): donations and payouts the payment
// side writes. Desks only read them; a page's feed records go into the ledger after the page's
// campaigns, all at once (LedgerFeed), so they are collected here.
#include "sync/kinds/KindEntries.h"

#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/PayoutRepository.h"

namespace casedesk {

namespace {

PullOutcome collect(PullContext& context, const QJsonObject& envelope)
{
    context.feedRecords.append(envelope);
    return PullOutcome::AlreadyKnown; // counted once imported
}

SyncKind feedKind(const QString& kind, const QString& collection, const QString& table)
{
    SyncKind k;
    k.wireKind = kind;
    k.collection = collection;
    k.table = table;
    k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") } };
    k.applyPulled = collect;
    return k;
}

} // namespace

// Its wire kind "donation" is not the outbox's: that entity is the desk's own gift.
const SyncKind& KindEntries::feedDonation()
{
    static const SyncKind kind
        = feedKind(QStringLiteral("donation"), QStringLiteral("donations"), DonationRepository::kTable);
    return kind;
}

// A payout imported from a file is queued as "payout" like every record, and stays on the desk.
const SyncKind& KindEntries::feedPayout()
{
    static const SyncKind kind = [] {
        SyncKind k = feedKind(QStringLiteral("payout"), QStringLiteral("payouts"), PayoutRepository::kTable);
        k.entity = PayoutRepository::kEntity;
        return k;
    }();
    return kind;
}

} // namespace casedesk

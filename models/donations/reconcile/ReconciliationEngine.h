#pragma once

#include "donations/reconcile/ReconcileTypes.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace casedesk {

// Proposes matches between bank credits and donations or payouts, and links between payouts and
// their platform donations. Pure: no database, no Qt event loop, so it runs on a worker thread.
//
// Rules, in order (an earlier rule's match is never displaced by a later one):
//  1. exact amount and a reference (payout reference, order id) or the donor's name in the bank
//     text (whole words in BankText's search form), within ±referenceWindowDays: score 90-100 by
//     date distance;
//  2. exact amount within the date window (±transferWindowDays for donations; 0 to about a week
//     after the date for payouts, best at 1-5 business days): score 59-85 by distance;
//  3. a deposit: several cheque (or cash) donations of the same or nearby days, all dated on or
//     before the credit, that add up exactly to it: score 40-75;
//  4. payout ↔ donations: the donations a payout lists (order ids) or that point to it add up,
//     less commission and fees, to its net: score 95-100. These proposals have no bank line.
// Inside a rule every target is used at most once, greedily by score; ties go to the nearer date,
// then the earlier credit, then the smaller ids, so the same inputs always give the same answer.
//
// Cost: targets sorted by (amount, date, id) once, O(m log m); a hash from amount to its run of
// targets; per credit a binary search and at most maxCandidatesPerCredit neighbours, O(log m);
// candidates sorted once, O(n log n). The deposit search (DepositSearch) looks at most at
// maxDepositCandidates donations and depositSearchBudget subset steps per credit left over, a
// constant. Overall O((n + m) log(n + m)); memory O(n + m).
class ReconciliationEngine
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationEngine)

public:
    using Progress = std::function<void(int done, int total)>;

    explicit ReconciliationEngine(ReconcileOptions options = {});

    // Proposals sorted by rule, then by score (best first). `cancel`, when given and set, stops
    // the work early; the proposals found so far are returned. `progress` is called from the
    // calling thread, now and then, with done <= total.
    QList<Proposal> run(const ReconcileInputs& inputs, const Progress& progress = {},
                        const std::atomic_bool* cancel = nullptr) const;

    // Business days (Monday to Friday) from `from` to `to`, negative when `to` is earlier.
    static int businessDaysBetween(const QDate& from, const QDate& to);

private:
    ReconcileOptions m_options;
};

} // namespace casedesk

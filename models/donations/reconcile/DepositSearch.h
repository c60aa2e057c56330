#pragma once

#include "donations/reconcile/ReconcileTypes.h"

#include <functional>
#include <vector>

namespace casedesk {

// The search behind the engine's rule 3 (a deposit): which of the cheques (or cash donations)
// received in the days before a bank credit add up exactly to it. A subset sum is exponential, so
// the candidates are the nearest few and every search for one credit shares a budget of steps,
// giving up when it is spent, whatever the donations. Pure arithmetic on ids, amounts and days,
// apart from the engine so that its order of preference and its bounds can be read and tested on
// their own; the engine gathers the donations and writes the proposal.
class DepositSearch
{
public:
    struct Item
    {
        int id = 0;
        qint64 amountCents = 0;
        qint64 day = 0; // Julian day
        int rank = 0; // between items of the same day; unique
    };
    // The order of a pool: by day, then rank.
    static bool earlier(const Item& a, const Item& b);

    // Uses depositWindowDays, maxDepositCandidates, maxDepositSize and depositSearchBudget: the
    // budget is for every search of this object, so one object serves one credit.
    explicit DepositSearch(const ReconcileOptions& options);

    // The candidates for a credit of `goal` on `day`: the nearest items of `pool` (sorted by
    // earlier()) dated on `day` or within the window before it, smaller than `goal` and `usable`,
    // latest first, at most maxDepositCandidates. The scan itself is capped, so a crowd of items
    // that are not usable cannot make it long.
    std::vector<Item> window(const std::vector<Item>& pool, qint64 day, qint64 goal,
                             const std::function<bool(int id)>& usable) const;
    // The ids of a deposit adding up to `goal`, or nothing. `window` is latest first. Cheques of
    // the same day are deposited together: each day alone first, the whole day's items (in the
    // window's order) before a part of them, then any subset of the window.
    std::vector<int> find(const std::vector<Item>& window, qint64 goal);
    // An exact subset sum of 2..maxDepositSize of `items`, largest amounts first, pruned by what
    // the rest can still add; its ids in earlier() order. False when there is none, or when the
    // budget is spent first.
    bool findSubset(const std::vector<Item>& items, qint64 goal, std::vector<int>* chosen);
    // The steps left; negative once a search ran out.
    int budget() const { return m_budget; }

private:
    struct Subset
    {
        std::vector<Item> items; // by amount, largest first
        std::vector<qint64> rest; // rest[i]: the sum of items[i..]
        std::vector<int> stack; // the positions in items chosen so far
    };
    bool search(Subset& subset, int from, qint64 left);

    int m_windowDays;
    int m_maxCandidates;
    int m_maxItems;
    int m_budget;
};

} // namespace casedesk

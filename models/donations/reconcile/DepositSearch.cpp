#include "donations/reconcile/DepositSearch.h"

#include <algorithm>
#include <tuple>

namespace casedesk {

bool DepositSearch::earlier(const Item& a, const Item& b)
{
    return std::tie(a.day, a.rank) < std::tie(b.day, b.rank);
}

DepositSearch::DepositSearch(const ReconcileOptions& options)
    : m_windowDays(options.depositWindowDays)
    , m_maxCandidates(options.maxDepositCandidates)
    , m_maxItems(options.maxDepositSize)
    , m_budget(options.depositSearchBudget)
{
}

std::vector<DepositSearch::Item> DepositSearch::window(const std::vector<Item>& pool, qint64 day, qint64 goal,
                                                       const std::function<bool(int id)>& usable) const
{
    const auto end = std::upper_bound(pool.begin(), pool.end(), day,
                                      [](qint64 d, const Item& item) { return d < item.day; });
    std::vector<Item> window;
    int scanned = 0;
    for (auto it = end;
         it != pool.begin() && int(window.size()) < m_maxCandidates && scanned < 8 * m_maxCandidates;
         ++scanned) {
        const Item& item = *--it;
        if (day - item.day > m_windowDays)
            break;
        if (item.amountCents < goal && usable(item.id))
            window.push_back(item);
    }
    return window;
}

std::vector<int> DepositSearch::find(const std::vector<Item>& window, qint64 goal)
{
    std::vector<int> chosen;
    for (size_t from = 0; from < window.size();) {
        size_t to = from;
        qint64 daySum = 0;
        for (; to < window.size() && window[to].day == window[from].day; ++to)
            daySum += window[to].amountCents;
        const std::vector<Item> sameDay(window.begin() + qsizetype(from), window.begin() + qsizetype(to));
        const bool wholeDay = daySum == goal && int(sameDay.size()) <= m_maxItems;
        if (sameDay.size() >= 2 && (wholeDay || findSubset(sameDay, goal, &chosen))) {
            if (wholeDay) {
                chosen.clear();
                for (const Item& item : sameDay)
                    chosen.push_back(item.id);
            }
            return chosen;
        }
        from = to;
    }
    if (findSubset(window, goal, &chosen))
        return chosen;
    return {};
}

bool DepositSearch::findSubset(const std::vector<Item>& items, qint64 goal, std::vector<int>* chosen)
{
    qint64 total = 0;
    for (const Item& item : items)
        total += item.amountCents;
    if (m_budget <= 0 || total < goal)
        return false;
    Subset subset { items, std::vector<qint64>(items.size() + 1, 0), {} };
    std::sort(subset.items.begin(), subset.items.end(), [](const Item& a, const Item& b) {
        if (a.amountCents != b.amountCents)
            return a.amountCents > b.amountCents;
        return std::tie(a.day, a.rank) < std::tie(b.day, b.rank);
    });
    for (int i = int(subset.items.size()) - 1; i >= 0; --i)
        subset.rest[i] = subset.rest[i + 1] + subset.items[i].amountCents;
    if (!search(subset, 0, goal))
        return false;
    std::vector<Item> found;
    for (const int at : subset.stack)
        found.push_back(subset.items[at]);
    std::sort(found.begin(), found.end(), earlier);
    chosen->clear();
    for (const Item& item : found)
        chosen->push_back(item.id);
    return true;
}

bool DepositSearch::search(Subset& subset, int from, qint64 left)
{
    if (left == 0)
        return subset.stack.size() >= 2;
    if (int(subset.stack.size()) >= m_maxItems || subset.rest[from] < left || --m_budget < 0)
        return false;
    for (int i = from; i < int(subset.items.size()); ++i) {
        const qint64 amount = subset.items[i].amountCents;
        if (amount > left)
            continue;
        if (subset.rest[i] < left)
            return false;
        subset.stack.push_back(i);
        if (search(subset, i + 1, left - amount))
            return true;
        subset.stack.pop_back();
        if (m_budget < 0)
            return false;
    }
    return false;
}

} // namespace casedesk

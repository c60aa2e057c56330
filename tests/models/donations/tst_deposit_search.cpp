// The subset search behind a deposit (the engine's rule 3): which candidates it looks at, which
// deposit it prefers, the size of a deposit, and the budget of steps that bounds it.

#include "donations/reconcile/DepositSearch.h"

#include <QTest>

#include <algorithm>

using namespace casedesk;

namespace {

using Item = DepositSearch::Item;

ReconcileOptions options(int budget = 400, int maxItems = 8, int maxCandidates = 16)
{
    ReconcileOptions o;
    o.depositSearchBudget = budget;
    o.maxDepositSize = maxItems;
    o.maxDepositCandidates = maxCandidates;
    o.depositWindowDays = 10;
    return o;
}

std::vector<int> ids(const std::vector<Item>& items)
{
    std::vector<int> list;
    for (const Item& item : items)
        list.push_back(item.id);
    return list;
}

bool always(int)
{
    return true;
}

} // namespace

class TestDepositSearch : public QObject
{
    Q_OBJECT

private slots:
    void theWindowHoldsTheNearestUsableItemsBeforeTheCreditLatestFirst()
    {
        // Sorted by (day, rank), as DepositSearch::earlier orders a pool.
        const std::vector<Item> pool { { 1, 1000, 85, 1 }, { 2, 1000, 92, 2 },  { 3, 9000, 95, 3 },
                                       { 4, 1000, 95, 4 }, { 5, 1000, 100, 5 }, { 6, 1000, 101, 6 } };
        QVERIFY(std::is_sorted(pool.begin(), pool.end(), DepositSearch::earlier));
        const DepositSearch search(options());
        // 1 is older than the 10 days of the window, 6 after the credit, 3 as large as the credit.
        QCOMPARE(ids(search.window(pool, 100, 9000, always)), (std::vector<int> { 5, 4, 2 }));
        QCOMPARE(ids(search.window(pool, 100, 9000, [](int id) { return id != 4; })),
                 (std::vector<int> { 5, 2 }));
        QCOMPARE(ids(DepositSearch(options(400, 8, 2)).window(pool, 100, 9000, always)),
                 (std::vector<int> { 5, 4 }));
    }

    void aCrowdOfUnusableItemsEndsTheScan()
    {
        std::vector<Item> pool { { 0, 1000, 90, 0 } };
        for (int id = 1; id <= 8; ++id)
            pool.push_back({ id, 1000, 100, id });
        // At most 8 items scanned per candidate wanted: the usable one behind them is not reached.
        const auto usable = [](int id) {
            return id == 0;
        };
        QVERIFY(DepositSearch(options(400, 8, 1)).window(pool, 100, 5000, usable).empty());
        QCOMPARE(ids(DepositSearch(options(400, 8, 2)).window(pool, 100, 5000, usable)),
                 (std::vector<int> { 0 }));
    }

    void aWholeDayIsPreferredThenOneDayThenSeveralDays()
    {
        // Latest first: day 10 (ids 1, 2), then day 9 (ids 3, 4, 5).
        const std::vector<Item> window {
            { 2, 3000, 10, 2 }, { 1, 1000, 10, 1 }, { 5, 2000, 9, 5 }, { 4, 2000, 9, 4 }, { 3, 500, 9, 3 }
        };
        // The whole of day 10, in the window's order.
        QCOMPARE(DepositSearch(options()).find(window, 4000), (std::vector<int> { 2, 1 }));
        // Day 9 alone before any mix of days; among equal amounts the earlier rank.
        QCOMPARE(DepositSearch(options()).find(window, 2500), (std::vector<int> { 3, 4 }));
        // No single day adds up: several days, in (day, rank) order.
        QCOMPARE(DepositSearch(options()).find(window, 5000), (std::vector<int> { 4, 2 }));
        QVERIFY(DepositSearch(options()).find(window, 9000).empty());
    }

    void aDepositHasTwoToMaxItems()
    {
        std::vector<int> chosen;
        const std::vector<Item> one { { 1, 5000, 1, 1 }, { 2, 700, 1, 2 } };
        QVERIFY(!DepositSearch(options()).findSubset(one, 5000, &chosen));
        const std::vector<Item> three { { 1, 1000, 1, 1 }, { 2, 1000, 1, 2 }, { 3, 1000, 1, 3 } };
        QVERIFY(!DepositSearch(options(400, 2)).findSubset(three, 3000, &chosen));
        QVERIFY(DepositSearch(options(400, 3)).findSubset(three, 3000, &chosen));
        QCOMPARE(chosen, (std::vector<int> { 1, 2, 3 }));
    }

    void theBudgetStopsTheSearchAndIsSharedByTheSearchesOfOneCredit()
    {
        // Even amounts never make an odd goal, but every subset has to be tried to know it.
        std::vector<Item> even;
        for (int id = 0; id < 12; ++id)
            even.push_back({ id, 200 + 2 * id, 1, id });
        std::vector<int> chosen;
        DepositSearch search(options(50));
        QVERIFY(!search.findSubset(even, 1001, &chosen));
        QVERIFY(search.budget() < 0);
        // Spent: the next search of this credit gives up at once, though it has an answer.
        const std::vector<Item> easy { { 20, 500, 1, 20 }, { 21, 501, 1, 21 } };
        QVERIFY(!search.findSubset(easy, 1001, &chosen));
        QVERIFY(chosen.empty());
        DepositSearch fresh(options(50));
        QVERIFY(fresh.findSubset(easy, 1001, &chosen));
        QCOMPARE(chosen, (std::vector<int> { 20, 21 }));
        QVERIFY(fresh.budget() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDepositSearch)
#include "tst_deposit_search.moc"

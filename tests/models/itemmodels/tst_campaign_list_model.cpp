// CampaignListModel over 1,000 campaigns: paging 256 rows at a time, counting, sorting and
// filtering in SQL, and in-place updates on save and remove, with QAbstractItemModelTester
// checking the model's contract all along.

#include "FixedClock.h"
#include "Samples.h"
#include "SqliteFile.h"
#include "TempDesk.h"

#include "itemmodels/CampaignListModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int kCampaigns = 1000;

// Every fourth campaign is published, the rest are drafts; causes alternate; goals are a
// permutation of 1..1000 euros so that sorting by goal has one right answer.
Campaign campaignNumber(int i, const QDate& today)
{
    Campaign c = completeCampaign(today, QStringLiteral("Campagne %1").arg(i, 4, 10, QLatin1Char('0')));
    c.status = i % 4 == 0 ? CampaignStatus::Published : CampaignStatus::Draft;
    c.cause = i % 2 == 0 ? Cause::Environment : Cause::Health;
    c.goalCents = qint64((i * 7919) % kCampaigns + 1) * 100;
    c.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), c.goalCents } };
    return c;
}

// QAbstractItemModelTester checks the model's contract after every change. It is told not to
// call fetchMore() itself: in Qt 6.4 it does so from its modelReset slot before it has closed
// the reset it is tracking, and reports its own nested insert as a model error. Paging is
// tested on its own, explicitly.
std::unique_ptr<QAbstractItemModelTester> attachTester(CampaignListModel& model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

QList<qint64> goalsOf(CampaignListModel& model, CampaignRepository& repository)
{
    QList<qint64> goals;
    for (int row = 0; row < model.rowCount(); ++row)
        goals.append(repository.row(model.uuidAt(row))->goalCents);
    return goals;
}

} // namespace

class TestCampaignListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pagesThroughEveryCampaign();
    void pagingUnderTheModelTester();
    void sortsByGoal_data();
    void sortsByGoal();
    void filtersChangeTheCount();
    void savingALoadedRowUpdatesItInPlace();
    void removingALoadedRowDropsIt();
    void removingAnUnfetchedCampaignUpdatesTheTotal();
    void creatingACampaignShowsIt();

private:
    int sqlCount(const QString& where = QStringLiteral("deleted = 0"));
    std::unique_ptr<TempDesk> m_template;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
};

// The 1,000 campaigns are written once, in one transaction, into a template desk; each test
// works on its own copy of that file.
void TestCampaignListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    FixedClock clock;
    m_template = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_template);
    WriteTransaction transaction(m_template->database());
    for (int i = 0; i < kCampaigns; ++i)
        m_template->campaigns().import(campaignNumber(i, clock.today()));
    transaction.commit();
    m_template->close();
}

void TestCampaignListModel::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>(false);
    QVERIFY(copyFile(m_template->path(), m_desk->path()));
    QVERIFY2(m_desk->reopen(), qPrintable(m_desk->errorMessage()));
}

void TestCampaignListModel::cleanup()
{
    m_desk.reset();
    m_clock.reset();
}

int TestCampaignListModel::sqlCount(const QString& where)
{
    return m_desk->database()
        .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE %1").arg(where))
        .toInt();
}

void TestCampaignListModel::pagesThroughEveryCampaign()
{
    CampaignListModel model(m_desk->campaigns());
    QCOMPARE(model.rowCount(), CampaignListModel::kPageSize);
    QCOMPARE(model.totalCount(), kCampaigns);
    QCOMPARE(model.totalCount(), sqlCount());
    QCOMPARE(model.columnCount(), int(CampaignListModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int expected = CampaignListModel::kPageSize;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        expected = std::min(expected + CampaignListModel::kPageSize, kCampaigns);
        QCOMPARE(model.rowCount(), expected);
    }
    QCOMPARE(model.rowCount(), kCampaigns);
    QCOMPARE(inserted.count(), 3); // 256 -> 512 -> 768 -> 1000
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kCampaigns);

    QSet<QUuid> uuids;
    for (int row = 0; row < model.rowCount(); ++row)
        uuids.insert(model.data(model.index(row, 0), CampaignListModel::kUuidRole).toUuid());
    QCOMPARE(uuids.size(), kCampaigns);

    const auto tester = attachTester(model);
}

void TestCampaignListModel::pagingUnderTheModelTester()
{
    CampaignListModel model(m_desk->campaigns());
    const auto tester = attachTester(model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kCampaigns);
    QCOMPARE(model.index(kCampaigns - 1, CampaignListModel::Title).data().toString().isEmpty(), false);
}

void TestCampaignListModel::sortsByGoal_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

void TestCampaignListModel::sortsByGoal()
{
    QFETCH(Qt::SortOrder, order);
    CampaignListModel model(m_desk->campaigns());
    const auto tester = attachTester(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(CampaignListModel::Goal, order);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalCount(), kCampaigns);

    // Goals are 1..1000 euros, one each: the rows fetched so far are exactly the first ones.
    const QList<qint64> goals = goalsOf(model, m_desk->campaigns());
    QVERIFY(goals.size() >= CampaignListModel::kPageSize);
    for (int i = 0; i < goals.size(); ++i) {
        const qint64 expected = order == Qt::AscendingOrder ? (i + 1) * 100 : (kCampaigns - i) * 100;
        QCOMPARE(goals.at(i), expected);
    }
    QCOMPARE(model.index(0, CampaignListModel::Goal).data().toString(),
             order == Qt::AscendingOrder ? QStringLiteral("€1.00") : QStringLiteral("€1,000.00"));
}

void TestCampaignListModel::filtersChangeTheCount()
{
    CampaignListModel model(m_desk->campaigns());
    const auto tester = attachTester(model);

    model.setFilters(QString(), CampaignStatus::Published, std::nullopt);
    QCOMPARE(model.totalCount(), sqlCount(QStringLiteral("deleted = 0 AND status = 'published'")));
    QCOMPARE(model.totalCount(), kCampaigns / 4);
    QVERIFY(model.rowCount() <= model.totalCount());

    // The published ones are all even-numbered, so all about the environment.
    model.setFilters(QString(), CampaignStatus::Published, Cause::Health);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    model.setFilters(QString(), std::nullopt, Cause::Health);
    QCOMPARE(model.totalCount(), kCampaigns / 2);
    model.setFilters(QStringLiteral("Campagne 000"), std::nullopt, Cause::Health);
    QCOMPARE(model.totalCount(), 5); // 0001, 0003, 0005, 0007, 0009
    QCOMPARE(model.rowCount(), 5);

    model.setFilters(QString(), std::nullopt, std::nullopt);
    QCOMPARE(model.totalCount(), kCampaigns);
    QCOMPARE(model.rowCount(), CampaignListModel::kPageSize);
}

void TestCampaignListModel::savingALoadedRowUpdatesItInPlace()
{
    CampaignListModel model(m_desk->campaigns());
    model.sort(CampaignListModel::Title, Qt::AscendingOrder);
    const auto tester = attachTester(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const int row = 3; // "Campagne 0003", a draft
    const QUuid uuid = model.uuidAt(row);
    Campaign campaign = *m_desk->campaigns().load(uuid);
    QCOMPARE(campaign.title, QStringLiteral("Campagne 0003"));
    campaign.title = QStringLiteral("ZZZ renamed");
    campaign.goalCents = 4'200'000;
    const int rowsBefore = model.rowCount();
    m_desk->campaigns().save(campaign);

    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), CampaignListModel::ColumnCount - 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowOf(uuid), row); // stays where the user is looking
    QCOMPARE(model.rowCount(), rowsBefore);
    QCOMPARE(model.index(row, CampaignListModel::Title).data().toString(), QStringLiteral("ZZZ renamed"));
    QCOMPARE(model.index(row, CampaignListModel::Goal).data().toString(), QStringLiteral("€42,000.00"));
}

void TestCampaignListModel::removingALoadedRowDropsIt()
{
    CampaignListModel model(m_desk->campaigns());
    model.sort(CampaignListModel::Title, Qt::AscendingOrder);
    const auto tester = attachTester(model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);

    const int row = 5; // "Campagne 0005", a draft
    const QUuid uuid = model.uuidAt(row);
    const QUuid next = model.uuidAt(row + 1);
    const int rowsBefore = model.rowCount();
    m_desk->campaigns().remove(uuid);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(removed.at(0).at(2).toInt(), row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), rowsBefore - 1);
    QCOMPARE(model.rowOf(uuid), -1);
    QCOMPARE(model.uuidAt(row), next);
    QCOMPARE(model.totalCount(), kCampaigns - 1);
    QCOMPARE(model.totalCount(), sqlCount());
}

// The list's count ("1,000 campaigns") must follow a deletion even when the deleted campaign
// is further down than the rows fetched so far.
void TestCampaignListModel::removingAnUnfetchedCampaignUpdatesTheTotal()
{
    CampaignListModel model(m_desk->campaigns());
    model.sort(CampaignListModel::Title, Qt::AscendingOrder);
    const auto tester = attachTester(model);
    const QUuid farDown = QUuid::fromString(
        m_desk->database()
            .scalar(QStringLiteral("SELECT uuid FROM campaigns WHERE title = 'Campagne 0901'"))
            .toString());
    QCOMPARE(model.rowOf(farDown), -1);
    m_desk->campaigns().remove(farDown);
    QCOMPARE(model.totalCount(), kCampaigns - 1);
}

void TestCampaignListModel::creatingACampaignShowsIt()
{
    CampaignListModel model(m_desk->campaigns());
    model.sort(CampaignListModel::Title, Qt::AscendingOrder);
    const auto tester = attachTester(model);
    const Campaign created
        = m_desk->campaigns().create(completeCampaign(m_clock->today(), QStringLiteral("AAA")));
    QCOMPARE(model.totalCount(), kCampaigns + 1);
    QCOMPARE(model.uuidAt(0), created.sync.uuid);
}

QTEST_GUILESS_MAIN(TestCampaignListModel)
#include "tst_campaign_list_model.moc"

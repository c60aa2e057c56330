// The donations view on a real desk file: the count once per filter change, 256-row pages,
// every filter (search by name prefix, e-mail, order id; campaign, method, status, period,
// reconciled) and the sort of every column done in SQL.

#include "FixedClock.h"
#include "TempDesk.h"

#include "BenchDesk.h"

#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "itemmodels/DonationListModel.h"
#include "reports/DonationExport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestDonationListModel : public QObject
{
    Q_OBJECT

private:
    TempDesk m_desk;
    std::unique_ptr<DonationRepository> m_donations;
    QUuid m_campaignA;
    QUuid m_campaignB;
    static constexpr int kCount = 1000;

private slots:
    void initTestCase()
    {
        CASEDESK_VERIFY_DESK(m_desk);
        FixedClock clock;
        Campaign a;
        a.title = QStringLiteral("Alpha");
        // Gifts typed by hand go to campaigns that collect.
        a.status = CampaignStatus::Published;
        m_campaignA = m_desk.campaigns().import(a).sync.uuid;
        Campaign b;
        b.title = QStringLiteral("Beta");
        b.status = CampaignStatus::Funded;
        m_campaignB = m_desk.campaigns().import(b).sync.uuid;
        DonorRepository donors(m_desk.database());
        m_donations = std::make_unique<DonationRepository>(m_desk.database());
        const QStringList names = { QStringLiteral("Élodie Durand"), QStringLiteral("Jean Martin"),
                                    QStringLiteral("Zoé Petit"), QStringLiteral("Ana Bernard") };
        QList<QUuid> donorIds;
        for (const QString& name : names) {
            Donor d;
            d.name = name;
            d.email = DonorNames::sortKey(name).replace(QLatin1Char(' '), QLatin1Char('.'))
                + QStringLiteral("@example.org");
            QVERIFY(donors.create(d).isEmpty());
            donorIds.append(d.sync.uuid);
        }
        WriteTransaction transaction(m_desk.database());
        for (int i = 0; i < kCount; ++i) {
            Donation gift;
            gift.campaignUuid = i % 2 ? m_campaignB : m_campaignA;
            gift.donorUuid = donorIds.at(i % 4);
            gift.amountCents = 100 + i;
            gift.date = QDate(2025, 1, 1).addDays(i % 365);
            gift.method = i % 3 == 0 ? DonationMethod::Platform : DonationMethod::Cheque;
            if (gift.method == DonationMethod::Platform) {
                gift.platform = QStringLiteral("ulule");
                gift.platformOrderId = QStringLiteral("ORD-%1").arg(i);
            }
            gift.status = i % 10 == 0 ? DonationStatus::Refunded : DonationStatus::Paid;
            QVERIFY(m_donations->create(gift).isEmpty());
        }
        m_desk.database().exec(
            QStringLiteral("UPDATE donations SET reconciled = 1 WHERE amount_cents < 150"));
        transaction.commit();
    }

    void firstPageThenFetchMore()
    {
        DonationListModel model(*m_donations);
        QCOMPARE(model.totalCount(), kCount);
        QCOMPARE(model.rowCount(), DonationListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kCount);
        QSet<QUuid> seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.uuidAt(row));
        QCOMPARE(seen.size(), kCount); // stable paging: no row twice, none lost
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << QString() << 0 << kCount;
        QTest::newRow("name prefix, accents ignored") << QStringLiteral("elo") << 0 << kCount / 4;
        QTest::newRow("name prefix, typed with accent") << QStringLiteral("Zoé") << 0 << kCount / 4;
        QTest::newRow("e-mail prefix") << QStringLiteral("JEAN.martin@") << 0 << kCount / 4;
        QTest::newRow("order id, exact") << QStringLiteral("ORD-300") << 0 << 1;
        QTest::newRow("order id, not a prefix") << QStringLiteral("ORD-10") << 0 << 0;
        QTest::newRow("campaign") << QString() << 1 << kCount / 2;
        QTest::newRow("method") << QString() << 2 << 334;
        QTest::newRow("status") << QString() << 3 << kCount / 10;
        QTest::newRow("period") << QString() << 4 << 31 * 3; // January 2025 of 1000 days over 365
        QTest::newRow("reconciled") << QString() << 5 << 50;
        QTest::newRow("not reconciled + campaign + name") << QStringLiteral("jean") << 6 << 250 - 13;
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(int, filter);
        QFETCH(int, expected);
        DonationQuery query;
        query.search = search;
        switch (filter) {
        case 1:
            query.campaign = m_campaignA;
            break;
        case 2:
            query.method = DonationMethod::Platform;
            break;
        case 3:
            query.status = DonationStatus::Refunded;
            break;
        case 4:
            query.from = QDate(2025, 1, 1);
            query.to = QDate(2025, 1, 31);
            break;
        case 5:
            query.reconciled = true;
            break;
        case 6:
            query.reconciled = false;
            query.campaign = m_campaignB; // odd i: Jean Martin is i % 4 == 1
            break;
        default:
            break;
        }
        DonationListModel model(*m_donations);
        model.setFilters(query);
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(model.rowCount(), std::min(expected, int(DonationListModel::kPageSize)));
    }

    void sortsEveryColumnInSql()
    {
        DonationListModel model(*m_donations);
        model.sort(DonationListModel::Amount, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0), DonationListModel::kAmountCentsRole).toLongLong(), 100);
        model.sort(DonationListModel::Amount, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0), DonationListModel::kAmountCentsRole).toLongLong(),
                 100 + kCount - 1);
        model.sort(DonationListModel::Donor, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, DonationListModel::Donor)).toString(),
                 QStringLiteral("Ana Bernard"));
        model.sort(DonationListModel::Donor, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, DonationListModel::Donor)).toString(),
                 QStringLiteral("Zoé Petit"));
        model.sort(DonationListModel::Campaign, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, DonationListModel::Campaign)).toString(), QStringLiteral("Beta"));
        model.sort(DonationListModel::PlatformOrder, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, DonationListModel::PlatformOrder)).toString(),
                 QStringLiteral("ORD-999"));
        model.sort(DonationListModel::Reconciled, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, DonationListModel::Reconciled)).toString(), QStringLiteral("Yes"));
        model.sort(DonationListModel::Date, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, DonationListModel::Date)).isValid(), true);
        QCOMPARE(model.totalCount(), kCount);
        for (int column = 0; column < DonationListModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), DonationListModel::kPageSize);
        }
    }

    void exportWritesTheFilteredView()
    {
        DonationQuery query;
        query.status = DonationStatus::Refunded;
        const QString path = m_desk.filePath(QStringLiteral("export.csv"));
        const DonationExport::Result result = DonationExport::write(*m_donations, query, path);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(result.rows, kCount / 10);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), kCount / 10 + 2); // header, rows, the empty piece after the last CRLF
        QVERIFY(lines.at(1).contains(";refunded;"));
    }

    // A ledger bigger than what is counted at once: the list shows its first page at once with
    // "more than" the bound, and the exact count arrives from the background; a filter changed
    // meanwhile is not overwritten by the old answer.
    void aLongListIsCountedInTheBackground()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        const int many = DonationListModel::kCountAtOnce + 700;
        QVERIFY(bench::fillDesk(desk.database(), many, false));
        DonationRepository repository(desk.database());
        DonationListModel model(repository);
        QCOMPARE(model.rowCount(), DonationListModel::kPageSize);
        QVERIFY(!model.isTotalKnown());
        QCOMPARE(model.totalCount(), DonationListModel::kCountAtOnce + 1);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy counted(&model, &DonationListModel::totalCountChanged);
        QVERIFY(counted.wait(10000));
        QVERIFY(model.isTotalKnown());
        QCOMPARE(model.totalCount(), many);

        DonationQuery refunded;
        refunded.status = DonationStatus::Refunded;
        model.setFilters(refunded); // a ninth of the gifts: counted at once
        QVERIFY(model.isTotalKnown());
        const int refundedCount = model.totalCount();
        QCOMPARE(refundedCount, repository.count(refunded));
        model.setFilters(DonationQuery());
        model.setFilters(refunded); // the count of every gift, asked a moment ago, must not land
        QTest::qWait(300);
        QCOMPARE(model.totalCount(), refundedCount);
    }
};

QTEST_GUILESS_MAIN(TestDonationListModel)
#include "tst_donation_list_model.moc"

// Which receipts a year's gifts call for: counterparts, thresholds, per gift or annual, and the
// donors the batch skips with their reason. Pure rules: no desk.
#include "receipts/ReceiptPlanner.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

CandidateGift gift(const QDate& date, qint64 cents, qint64 counterpart = 0,
                   ReceiptMethod method = ReceiptMethod::Transfer)
{
    CandidateGift g;
    g.donationUuid = QUuid::createUuid();
    g.date = date;
    g.amountCents = cents;
    g.counterpartCents = counterpart;
    g.method = method;
    return g;
}

CandidateDonor donor(const QString& name, const QList<CandidateGift>& gifts,
                     const QString& choice = u"per_gift"_s)
{
    CandidateDonor d;
    d.uuid = QUuid::createUuid();
    d.name = name;
    d.address = u"3 rue des Lilas\n31000 Toulouse"_s;
    d.receiptChoice = choice;
    d.gifts = gifts;
    return d;
}

ReceiptPolicy policy(qint64 threshold = 0, qint64 ceiling = 7300)
{
    ReceiptPolicy p;
    p.thresholdCents = threshold;
    p.counterpartCeilingCents = ceiling;
    return p;
}

} // namespace

class TestReceiptPlanner : public QObject
{
    Q_OBJECT

private slots:
    void counterpartOfMarkedDisproportionIsNotDeducted_data();
    void counterpartOfMarkedDisproportionIsNotDeducted();
    void yearlyCeilingCountsTheDonorsWholeYear();
    void counterpartWorthTheWholeGiftGetsNoReceipt();
    void perGiftGivesOneReceiptPerGiftDatedByIt();
    void annualGivesOneReceiptForTheYearWithEveryGift();
    void donorsChoiceDecidesUnlessTheBatchSays();
    void skippedDonorsSayWhy();
    void thresholdAppliesToTheBatchNotToOneDonor();
    void companiesGetTheCompanyForm();
    void methodsAreListedOnceInTheCerfasOrder();
};

// BOI-IR-RICI-250-10-20-10: at most 25 % of the gift (and the year's ceiling) is not deducted.
void TestReceiptPlanner::counterpartOfMarkedDisproportionIsNotDeducted_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("counterpart");
    QTest::addColumn<qint64>("receipted");
    QTest::newRow("no counterpart") << qint64(5000) << qint64(0) << qint64(5000);
    QTest::newRow("a quarter exactly") << qint64(10000) << qint64(2500) << qint64(10000);
    QTest::newRow("just over a quarter") << qint64(10000) << qint64(2501) << qint64(7499);
    QTest::newRow("a quarter but over the ceiling") << qint64(40000) << qint64(10000) << qint64(30000);
    QTest::newRow("at the ceiling") << qint64(40000) << qint64(7300) << qint64(40000);
    QTest::newRow("half") << qint64(3000) << qint64(1500) << qint64(1500);
}

void TestReceiptPlanner::counterpartOfMarkedDisproportionIsNotDeducted()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, counterpart);
    QFETCH(qint64, receipted);
    const CandidateGift g = gift(QDate(2026, 3, 1), amount, counterpart);
    QCOMPARE(ReceiptPlanner::receiptedCents(g, counterpart, policy()), receipted);
    const ReceiptPlan plan
        = ReceiptPlanner::plan(2026, { donor(u"Ana"_s, { g }) }, ReceiptMode::PerGift, policy(), true);
    QCOMPARE(plan.receipts.size(), 1);
    QCOMPARE(plan.receipts.first().amountCents(), receipted);
    QCOMPARE(plan.receipts.first().gifts.first().counterpartCents, amount - receipted);
}

void TestReceiptPlanner::yearlyCeilingCountsTheDonorsWholeYear()
{
    // Each reward is a fifth of its gift, but together 80 EUR: over a 73 EUR ceiling, so deducted.
    const QList<CandidateGift> gifts { gift(QDate(2026, 2, 1), 20000, 4000),
                                       gift(QDate(2026, 6, 1), 20000, 4000) };
    const ReceiptPlan plan
        = ReceiptPlanner::plan(2026, { donor(u"Ana"_s, gifts) }, ReceiptMode::Annual, policy(), true);
    QCOMPARE(plan.receipts.size(), 1);
    QCOMPARE(plan.receipts.first().amountCents(), 32000);
    const ReceiptPlan under
        = ReceiptPlanner::plan(2026, { donor(u"Ana"_s, gifts) }, ReceiptMode::Annual, policy(0, 8000), true);
    QCOMPARE(under.receipts.first().amountCents(), 40000);
}

void TestReceiptPlanner::counterpartWorthTheWholeGiftGetsNoReceipt()
{
    const CandidateDonor d
        = donor(u"Ana"_s, { gift(QDate(2026, 2, 1), 2000, 2000), gift(QDate(2026, 3, 1), 5000) });
    const ReceiptPlan plan = ReceiptPlanner::plan(2026, { d }, ReceiptMode::PerGift, policy(), true);
    QCOMPARE(plan.receipts.size(), 1);
    QCOMPARE(plan.receipts.first().amountCents(), 5000);
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().reason, SkipReason::CounterpartTooLarge);
    QCOMPARE(plan.skipped.first().amountCents, 2000);
}

void TestReceiptPlanner::perGiftGivesOneReceiptPerGiftDatedByIt()
{
    const CandidateDonor d
        = donor(u"Ana"_s, { gift(QDate(2026, 2, 1), 2000), gift(QDate(2026, 3, 9), 5000) });
    const ReceiptPlan plan = ReceiptPlanner::plan(2026, { d }, ReceiptMode::PerGift, policy(), true);
    QCOMPARE(plan.receipts.size(), 2);
    QCOMPARE(plan.receipts.at(1).kind, ReceiptKind::Gift);
    QCOMPARE(plan.receipts.at(1).periodFrom, QDate(2026, 3, 9));
    QCOMPARE(plan.receipts.at(1).periodTo, QDate(2026, 3, 9));
    QCOMPARE(plan.totalCents(), 7000);
}

void TestReceiptPlanner::annualGivesOneReceiptForTheYearWithEveryGift()
{
    const CandidateDonor d = donor(
        u"Ana"_s,
        { gift(QDate(2026, 2, 1), 2000), gift(QDate(2026, 3, 9), 5000), gift(QDate(2026, 12, 31), 100) });
    const ReceiptPlan plan = ReceiptPlanner::plan(2026, { d }, ReceiptMode::Annual, policy(), true);
    QCOMPARE(plan.receipts.size(), 1);
    const PlannedReceipt& annual = plan.receipts.first();
    QCOMPARE(annual.kind, ReceiptKind::Annual);
    QCOMPARE(annual.periodFrom, QDate(2026, 1, 1));
    QCOMPARE(annual.periodTo, QDate(2026, 12, 31));
    QCOMPARE(annual.gifts.size(), 3);
    QCOMPARE(annual.amountCents(), 7100);
}

void TestReceiptPlanner::donorsChoiceDecidesUnlessTheBatchSays()
{
    const QList<CandidateDonor> donors {
        donor(u"Ana"_s, { gift(QDate(2026, 2, 1), 2000), gift(QDate(2026, 3, 1), 10) }, u"annual"_s),
        donor(u"Bob"_s, { gift(QDate(2026, 2, 1), 2000), gift(QDate(2026, 3, 1), 10) })
    };
    QCOMPARE(ReceiptPlanner::plan(2026, donors, ReceiptMode::DonorChoice, policy(), true).receipts.size(), 3);
    QCOMPARE(ReceiptPlanner::plan(2026, donors, ReceiptMode::Annual, policy(), true).receipts.size(), 2);
    QCOMPARE(ReceiptPlanner::plan(2026, donors, ReceiptMode::PerGift, policy(), true).receipts.size(), 4);
}

void TestReceiptPlanner::skippedDonorsSayWhy()
{
    CandidateDonor noAddress = donor(u"Ana"_s, { gift(QDate(2026, 2, 1), 2000) });
    noAddress.address = u"  "_s;
    const CandidateDonor optedOut = donor(u"Bob"_s, { gift(QDate(2026, 2, 1), 3000) }, u"none"_s);
    CandidateDonor erased = donor(u"Donateur effacé"_s, { gift(QDate(2026, 2, 1), 4000) });
    erased.erased = true;
    const ReceiptPlan plan = ReceiptPlanner::plan(2026, { noAddress, optedOut, erased },
                                                  ReceiptMode::DonorChoice, policy(), true);
    QVERIFY(plan.receipts.isEmpty());
    QCOMPARE(plan.skipped.size(), 3);
    QCOMPARE(plan.skipped.at(0).reason, SkipReason::NoAddress);
    QCOMPARE(plan.skipped.at(0).amountCents, 2000);
    QCOMPARE(plan.skipped.at(1).reason, SkipReason::OptedOut);
    QCOMPARE(plan.skipped.at(2).reason, SkipReason::Erased);
    for (const SkippedDonor& skipped : plan.skipped)
        QVERIFY(!ReceiptPlanner::reasonLabel(skipped.reason).isEmpty());
}

void TestReceiptPlanner::thresholdAppliesToTheBatchNotToOneDonor()
{
    const QList<CandidateDonor> donors {
        donor(u"Ana"_s, { gift(QDate(2026, 2, 1), 1000), gift(QDate(2026, 3, 1), 2000) }),
        donor(u"Bob"_s, { gift(QDate(2026, 2, 1), 900), gift(QDate(2026, 3, 1), 900) }, u"annual"_s)
    };
    const ReceiptPlan batch
        = ReceiptPlanner::plan(2026, donors, ReceiptMode::DonorChoice, policy(1500), true);
    QCOMPARE(batch.receipts.size(), 2); // Ana's 20 EUR gift, Bob's 18 EUR year
    QCOMPARE(batch.skipped.size(), 1);
    QCOMPARE(batch.skipped.first().reason, SkipReason::UnderThreshold);
    QCOMPARE(batch.skipped.first().amountCents, 1000);
    const ReceiptPlan asked
        = ReceiptPlanner::plan(2026, donors, ReceiptMode::DonorChoice, policy(1500), false);
    QCOMPARE(asked.receipts.size(), 3);
    QVERIFY(asked.skipped.isEmpty());
}

void TestReceiptPlanner::companiesGetTheCompanyForm()
{
    CandidateDonor company = donor(u"Biocoop Garonne SARL"_s, { gift(QDate(2026, 2, 1), 100000) });
    company.company = true;
    company.siren = u"732829320"_s;
    const ReceiptPlan plan = ReceiptPlanner::plan(2026, { company }, ReceiptMode::PerGift, policy(), true);
    QCOMPARE(plan.receipts.first().form, ReceiptForm::Company);
    QCOMPARE(plan.receipts.first().donorSiren, u"732829320"_s);
}

void TestReceiptPlanner::methodsAreListedOnceInTheCerfasOrder()
{
    Receipt receipt;
    for (const ReceiptMethod method :
         { ReceiptMethod::Transfer, ReceiptMethod::Cheque, ReceiptMethod::Transfer }) {
        ReceiptGift g;
        g.method = method;
        receipt.gifts.append(g);
    }
    QCOMPARE(receipt.methods(), (QList<ReceiptMethod> { ReceiptMethod::Cheque, ReceiptMethod::Transfer }));
    QCOMPARE(ReceiptCodes::number(2027, 1), u"2027-00001"_s);
    QCOMPARE(ReceiptCodes::number(2027, 123456), u"2027-123456"_s);
}

QTEST_GUILESS_MAIN(TestReceiptPlanner)
#include "tst_receipt_planner.moc"

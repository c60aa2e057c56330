// The receipts register on a real desk: numbers allocated in order without gap even with two
// processes issuing at once, cancel and replace, a refund after the receipt, and the yearly
// declaration's totals.
#include "receipts/ReceiptRepository.h"

#include "ChildProcess.h"
#include "Samples.h"
#include "TempDesk.h"
#include "common/Clock.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Ledger
{
    QUuid campaign;
    QList<QUuid> donors;
};

QUuid addDonor(TempDesk& desk, const QString& name,
               const QString& address = u"3 rue des Lilas\n31000 Toulouse"_s)
{
    DonorRepository donors(desk.database());
    Donor donor;
    donor.name = name;
    donor.address = address;
    if (!donors.create(donor).isEmpty())
        return {};
    return donor.sync.uuid;
}

QUuid addGift(TempDesk& desk, const QUuid& campaign, const QUuid& donor, qint64 cents, const QDate& date,
              DonationMethod method = DonationMethod::Transfer)
{
    DonationRepository donations(desk.database());
    Donation gift;
    gift.campaignUuid = campaign;
    gift.donorUuid = donor;
    gift.amountCents = cents;
    gift.date = date;
    gift.method = method;
    if (!donations.create(gift).isEmpty())
        return {};
    return gift.sync.uuid;
}

QUuid makeCampaign(TempDesk& desk)
{
    return desk.campaigns().import(collectingCampaign(QDate(2026, 1, 10))).sync.uuid;
}

Receipt issueOne(ReceiptRepository& receipts, const PlannedReceipt& planned,
                 const QDate& on = QDate(2027, 1, 15))
{
    QString refusal;
    const std::optional<Receipt> receipt = receipts.issue(planned, on, u"desk-a"_s, &refusal);
    if (!receipt)
        qWarning("%s", qPrintable(refusal));
    return receipt.value_or(Receipt {});
}

ReceiptPlan planOf(ReceiptRepository& receipts, int year, ReceiptMode mode = ReceiptMode::PerGift,
                   const QUuid& donor = {})
{
    return ReceiptPlanner::plan(year, receipts.candidates(year, donor), mode, ReceiptPolicy(), false);
}

} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setFixedNow(QDateTime(QDate(2027, 1, 15), QTime(10, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixedNow({}); }
    void numbersFollowEachOtherWithinTheYearOfIssue();
    void candidatesAreThePaidGiftsOfTheYearNotYetReceipted();
    void aGiftIsOnOneActiveReceiptOnly();
    void twoProcessesIssuingAtOnceShareNoNumberAndSkipNone();
    void cancelNeedsAReasonAndKeepsTheNumber();
    void replacementHasANewNumberAndNamesTheOneItReplaces();
    void refundAfterTheReceiptPutsItOnTheToDoList();
    void declarationCountsIssuedReceiptsForTheYearsGifts();
    void receiptsAreFoundByNumberOrUuid();
    void theLedgersCounterpartsAndDonorsChoicesShapeTheReceipts();
};

void TestReceipts::numbersFollowEachOtherWithinTheYearOfIssue()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    for (int day = 1; day <= 3; ++day)
        QVERIFY(!addGift(desk, campaign, ana, 1000 * day, QDate(2026, 3, day)).isNull());
    ReceiptRepository receipts(desk.database());
    const ReceiptPlan plan = planOf(receipts, 2026);
    QCOMPARE(plan.receipts.size(), 3);
    QCOMPARE(issueOne(receipts, plan.receipts.at(0), QDate(2026, 12, 30)).number, u"2026-00001"_s);
    QCOMPARE(issueOne(receipts, plan.receipts.at(1), QDate(2027, 1, 2)).number, u"2027-00001"_s);
    const Receipt third = issueOne(receipts, plan.receipts.at(2), QDate(2027, 1, 3));
    QCOMPARE(third.number, u"2027-00002"_s);
    const std::optional<Receipt> stored = receipts.load(third.sync.uuid);
    QVERIFY(stored);
    QCOMPARE(stored->amountCents, 3000);
    QCOMPARE(stored->donorName, u"Ana Lopez"_s);
    QCOMPARE(stored->donorAddress, u"3 rue des Lilas\n31000 Toulouse"_s);
    QCOMPARE(stored->periodFrom, QDate(2026, 3, 3));
    QCOMPARE(stored->gifts.size(), 1);
    QCOMPARE(stored->gifts.first().receiptedCents, 3000);
    QCOMPARE(stored->issuingDesk, u"desk-a"_s);
    QCOMPARE(receipts.years(), (QList<int> { 2027, 2026 }));
    // A receipt dated before the year's last one would break the order of numbers and dates.
    QVERIFY(!addGift(desk, campaign, ana, 500, QDate(2026, 4, 1)).isNull());
    QString refusal;
    QVERIFY(
        !receipts.issue(planOf(receipts, 2026).receipts.first(), QDate(2027, 1, 2), u"desk-a"_s, &refusal));
    QVERIFY2(refusal.contains(u"2027-00002"_s), qPrintable(refusal));
    QVERIFY(receipts.gapsIn(2027).isEmpty());
    // Queued for sync like every record.
    QCOMPARE(desk.database().scalar(u"SELECT COUNT(*) FROM outbox WHERE entity = 'receipt'"_s).toInt(), 3);
}

void TestReceipts::candidatesAreThePaidGiftsOfTheYearNotYetReceipted()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    QVERIFY(!addGift(desk, campaign, ana, 1000, QDate(2025, 12, 31)).isNull());
    const QUuid paid = addGift(desk, campaign, ana, 2000, QDate(2026, 1, 1));
    const QUuid refunded = addGift(desk, campaign, ana, 3000, QDate(2026, 6, 1));
    QVERIFY(!addGift(desk, campaign, {}, 4000, QDate(2026, 6, 2)).isNull()); // anonymous
    DonationRepository donations(desk.database());
    Donation gift = *donations.load(refunded);
    gift.status = DonationStatus::Refunded;
    QVERIFY(donations.save(gift).isEmpty());
    ReceiptRepository receipts(desk.database());
    const QList<CandidateDonor> candidates = receipts.candidates(2026);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().gifts.size(), 1);
    QCOMPARE(candidates.first().gifts.first().donationUuid, paid);
    issueOne(receipts, planOf(receipts, 2026).receipts.first());
    QVERIFY(receipts.candidates(2026).isEmpty());
}

void TestReceipts::aGiftIsOnOneActiveReceiptOnly()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    QVERIFY(!addGift(desk, makeCampaign(desk), ana, 2000, QDate(2026, 1, 5)).isNull());
    ReceiptRepository receipts(desk.database());
    const PlannedReceipt planned = planOf(receipts, 2026).receipts.first();
    issueOne(receipts, planned);
    QString refusal;
    QVERIFY(!receipts.issue(planned, QDate(2027, 1, 15), u"desk-a"_s, &refusal));
    QVERIFY2(refusal.contains(u"2027-00001"_s), qPrintable(refusal));
    QCOMPARE(desk.database().scalar(u"SELECT COUNT(*) FROM receipts"_s).toInt(), 1);
}

void TestReceipts::twoProcessesIssuingAtOnceShareNoNumberAndSkipNone()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    constexpr int kGifts = 300;
    {
        WriteTransaction transaction(desk.database());
        for (int i = 0; i < kGifts / 3; ++i) {
            const QUuid donor = addDonor(desk, u"Donateur %1"_s.arg(i, 3, 10, QLatin1Char('0')));
            for (int g = 0; g < 3; ++g)
                QVERIFY(!addGift(desk, campaign, donor, 1000 + i, QDate(2026, 1 + g, 1 + i % 28)).isNull());
        }
        transaction.commit();
    }
    const QProcessEnvironment environment = isolatedEnvironment(desk.dirPath());
    QList<QProcess*> issuers;
    for (int i = 0; i < 2; ++i) {
        auto* process = new QProcess(this);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(RECEIPT_ISSUER_PATH),
                       { u"--database"_s, desk.path(), u"--year"_s, u"2026"_s });
        QVERIFY(process->waitForStarted());
        QVERIFY(process->waitForReadyRead(20000));
        QCOMPARE(process->readLine().trimmed(), QByteArray("ready"));
        issuers.append(process);
    }
    for (QProcess* process : std::as_const(issuers))
        process->write("go\n");
    int issued = 0;
    for (QProcess* process : std::as_const(issuers)) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
        const QList<QByteArray> words = process->readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(words.size(), 4);
        issued += words.at(1).toInt();
    }
    qDeleteAll(issuers);
    QCOMPARE(issued, kGifts);
    ReceiptRepository receipts(desk.database());
    QCOMPARE(desk.database().scalar(u"SELECT COUNT(*) FROM receipts WHERE year = 2027"_s).toInt(), kGifts);
    QCOMPARE(desk.database().scalar(u"SELECT MAX(sequence) FROM receipts WHERE year = 2027"_s).toInt(),
             kGifts);
    QCOMPARE(desk.database().scalar(u"SELECT COUNT(DISTINCT number) FROM receipts"_s).toInt(), kGifts);
    QCOMPARE(desk.database().scalar(u"SELECT COUNT(DISTINCT donation_uuid) FROM receipt_gifts"_s).toInt(),
             kGifts);
    QVERIFY(receipts.gapsIn(2027).isEmpty());
}

void TestReceipts::cancelNeedsAReasonAndKeepsTheNumber()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    QVERIFY(!addGift(desk, makeCampaign(desk), ana, 2000, QDate(2026, 1, 5)).isNull());
    ReceiptRepository receipts(desk.database());
    const Receipt receipt = issueOne(receipts, planOf(receipts, 2026).receipts.first());
    QVERIFY(receipts.cancel(receipt.sync.uuid, u"  "_s, QDate(2027, 2, 1)).contains(u"Reason"_s));
    QCOMPARE(receipts.load(receipt.sync.uuid)->status, ReceiptStatus::Issued);
    QVERIFY(receipts.cancel(receipt.sync.uuid, u"Adresse erronée"_s, QDate(2027, 2, 1)).isEmpty());
    const Receipt cancelled = *receipts.load(receipt.sync.uuid);
    QCOMPARE(cancelled.status, ReceiptStatus::Cancelled);
    QCOMPARE(cancelled.cancelReason, u"Adresse erronée"_s);
    QCOMPARE(cancelled.cancelledOn, QDate(2027, 2, 1));
    QCOMPARE(cancelled.sync.revision, 2);
    QVERIFY(
        receipts.cancel(receipt.sync.uuid, u"encore"_s, QDate(2027, 2, 1)).contains(u"already cancelled"_s));
    QCOMPARE(receipts.ofYear(2027).size(), 1); // still in the register
    QCOMPARE(receipts.candidates(2026).size(), 1); // its gift may be receipted again
}

void TestReceipts::replacementHasANewNumberAndNamesTheOneItReplaces()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s, u"1 rue Fausse\n31000 Toulouse"_s);
    QVERIFY(!addGift(desk, campaign, ana, 2000, QDate(2026, 1, 5), DonationMethod::Cheque).isNull());
    QVERIFY(!addGift(desk, campaign, ana, 3000, QDate(2026, 4, 5)).isNull());
    ReceiptRepository receipts(desk.database());
    const Receipt old = issueOne(receipts, planOf(receipts, 2026, ReceiptMode::Annual).receipts.first());
    DonorRepository donors(desk.database());
    Donor donor = *donors.load(ana);
    donor.address = u"9 allée Juste\n31000 Toulouse"_s;
    QVERIFY(donors.save(donor).isEmpty());
    QString problem;
    const std::optional<Receipt> replacement = receipts.replace(
        old.sync.uuid, u"Adresse erronée"_s, QDate(2027, 2, 1), u"desk-a"_s, ReceiptPolicy(), &problem);
    QVERIFY2(replacement, qPrintable(problem));
    QCOMPARE(replacement->number, u"2027-00002"_s);
    QCOMPARE(replacement->kind, ReceiptKind::Annual);
    QCOMPARE(replacement->amountCents, 5000);
    QCOMPARE(replacement->donorAddress, u"9 allée Juste\n31000 Toulouse"_s);
    const Receipt stored = *receipts.load(replacement->sync.uuid);
    QCOMPARE(stored.replacesNumber, old.number);
    QCOMPARE(stored.methods(), (QList<ReceiptMethod> { ReceiptMethod::Cheque, ReceiptMethod::Transfer }));
    QCOMPARE(receipts.load(old.sync.uuid)->status, ReceiptStatus::Cancelled);
    QCOMPARE(receipts.load(old.sync.uuid)->donorAddress,
             u"1 rue Fausse\n31000 Toulouse"_s); // never rewritten
    // A refused replacement changes nothing: no reason given.
    QVERIFY(!receipts.replace(replacement->sync.uuid, {}, QDate(2027, 2, 2), u"desk-a"_s, ReceiptPolicy(),
                              &problem));
    QCOMPARE(receipts.load(replacement->sync.uuid)->status, ReceiptStatus::Issued);
    QCOMPARE(desk.database().scalar(u"SELECT COUNT(*) FROM receipts"_s).toInt(), 2);
}

void TestReceipts::refundAfterTheReceiptPutsItOnTheToDoList()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    const QUuid first = addGift(desk, campaign, ana, 2000, QDate(2026, 1, 5));
    QVERIFY(!addGift(desk, campaign, ana, 3000, QDate(2026, 4, 5)).isNull());
    ReceiptRepository receipts(desk.database());
    const Receipt annual = issueOne(receipts, planOf(receipts, 2026, ReceiptMode::Annual).receipts.first());
    QVERIFY(receipts.toRedo().isEmpty());
    DonationRepository donations(desk.database());
    Donation gift = *donations.load(first);
    gift.status = DonationStatus::Refunded;
    QVERIFY(donations.save(gift).isEmpty());
    const QList<ReceiptToRedo> toRedo = receipts.toRedo();
    QCOMPARE(toRedo.size(), 1);
    QCOMPARE(toRedo.first().number, annual.number);
    QCOMPARE(toRedo.first().giftStatus, u"refunded"_s);
    QCOMPARE(toRedo.first().giftCents, 2000);
    // Replacing it keeps the gift still paid only, and clears the to-do.
    QString problem;
    const std::optional<Receipt> replacement = receipts.replace(
        annual.sync.uuid, u"Don remboursé"_s, QDate(2027, 2, 1), u"desk-a"_s, ReceiptPolicy(), &problem);
    QVERIFY2(replacement, qPrintable(problem));
    QCOMPARE(replacement->amountCents, 3000);
    QVERIFY(receipts.toRedo().isEmpty());
}

void TestReceipts::declarationCountsIssuedReceiptsForTheYearsGifts()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    const QUuid bob = addDonor(desk, u"Bob Martin"_s);
    QVERIFY(!addGift(desk, campaign, ana, 2000, QDate(2026, 1, 5)).isNull());
    QVERIFY(!addGift(desk, campaign, bob, 5000, QDate(2026, 2, 5)).isNull());
    QVERIFY(!addGift(desk, campaign, bob, 7000, QDate(2025, 2, 5)).isNull());
    ReceiptRepository receipts(desk.database());
    const QList<PlannedReceipt> plan = planOf(receipts, 2026).receipts;
    const Receipt first = issueOne(receipts, plan.at(0));
    issueOne(receipts, plan.at(1));
    issueOne(receipts, planOf(receipts, 2025).receipts.first());
    QVERIFY(receipts.cancel(first.sync.uuid, u"Erreur"_s, QDate(2027, 2, 1)).isEmpty());
    const ReceiptDeclaration declaration = receipts.declaration(2026);
    QCOMPARE(declaration.receiptCount, 1);
    QCOMPARE(declaration.totalCents, 5000);
    QCOMPARE(declaration.cancelledLeftOut, 1);
    // Art. 223 CGI: the second working day after 1 May 2027 (a Saturday): Monday 3, Tuesday 4.
    QCOMPARE(declaration.deadline, QDate(2027, 5, 4));
    QCOMPARE(receipts.declaration(2025).totalCents, 7000);
}

void TestReceipts::receiptsAreFoundByNumberOrUuid()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid ana = addDonor(desk, u"Ana Lopez"_s);
    QVERIFY(!addGift(desk, makeCampaign(desk), ana, 2000, QDate(2026, 1, 5)).isNull());
    ReceiptRepository receipts(desk.database());
    const Receipt receipt = issueOne(receipts, planOf(receipts, 2026).receipts.first());
    QString error;
    QCOMPARE(receipts.resolve(u"2027-00001"_s, &error), std::optional<QUuid>(receipt.sync.uuid));
    QCOMPARE(receipts.resolve(u"2027-1"_s, &error), std::optional<QUuid>(receipt.sync.uuid));
    QCOMPARE(receipts.resolve(receipt.sync.uuid.toString(QUuid::WithoutBraces).left(8), &error),
             std::optional<QUuid>(receipt.sync.uuid));
    QVERIFY(!receipts.resolve(u"2027-00002"_s, &error));
    QVERIFY(error.contains(u"2027-00002"_s));
}

// What the treasurer records on donors and gifts reaches the receipts: a company gets the company
// form with its SIREN, an annual donor one receipt, an opted-out donor none, a counterpart of more
// than a quarter of its gift is deducted.
void TestReceipts::theLedgersCounterpartsAndDonorsChoicesShapeTheReceipts()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid campaign = makeCampaign(desk);
    DonorRepository donors(desk.database());
    Donor company;
    company.name = u"Biocoop Garonne SARL"_s;
    company.address = u"1 quai de la Daurade\n31000 Toulouse"_s;
    company.legalKind = DonorLegalKind::Company;
    company.siren = kValidSiren;
    QVERIFY(donors.create(company).isEmpty());
    Donor annual;
    annual.name = u"Ana Lopez"_s;
    annual.address = u"3 rue des Lilas\n31000 Toulouse"_s;
    annual.receiptChoice = ReceiptChoice::Annual;
    QVERIFY(donors.create(annual).isEmpty());
    Donor none;
    none.name = u"Bob Martin"_s;
    none.address = u"9 allée Juste\n31000 Toulouse"_s;
    none.receiptChoice = ReceiptChoice::None;
    QVERIFY(donors.create(none).isEmpty());
    QVERIFY(!addGift(desk, campaign, company.sync.uuid, 100000, QDate(2026, 5, 1)).isNull());
    QVERIFY(!addGift(desk, campaign, annual.sync.uuid, 2000, QDate(2026, 2, 1)).isNull());
    QVERIFY(!addGift(desk, campaign, none.sync.uuid, 2000, QDate(2026, 2, 1)).isNull());
    DonationRepository donations(desk.database());
    Donation rewarded;
    rewarded.campaignUuid = campaign;
    rewarded.donorUuid = annual.sync.uuid;
    rewarded.amountCents = 3000;
    rewarded.counterpartCents = 1000; // a third of the gift: deducted
    rewarded.date = QDate(2026, 6, 1);
    rewarded.method = DonationMethod::Card;
    QVERIFY(donations.create(rewarded).isEmpty());
    ReceiptRepository receipts(desk.database());
    const ReceiptPlan plan = ReceiptPlanner::plan(2026, receipts.candidates(2026), ReceiptMode::DonorChoice,
                                                  ReceiptPolicy(), true);
    QCOMPARE(plan.receipts.size(), 2);
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().reason, SkipReason::OptedOut);
    const Receipt anas = issueOne(receipts, plan.receipts.at(0));
    QCOMPARE(anas.kind, ReceiptKind::Annual);
    QCOMPARE(anas.amountCents, 2000 + 2000);
    QCOMPARE(receipts.load(anas.sync.uuid)->gifts.at(1).counterpartCents, 1000);
    const Receipt companys = issueOne(receipts, plan.receipts.at(1));
    QCOMPARE(companys.form, ReceiptForm::Company);
    QCOMPARE(companys.donorSiren, kValidSiren);
}

QTEST_GUILESS_MAIN(TestReceipts)
#include "tst_receipts.moc"

// The rules of what people type, decided once in models/ for the window and casedesk-cli: the
// bounds of every amount (a goal, a budget line, a gift, a fee), the dates in the locale's one
// format with impossible dates called impossible, and the campaigns that receive gifts.

#include "campaigns/CampaignRules.h"
#include "common/AmountRules.h"
#include "common/DateRules.h"

#include <QTest>
#include <QTranslator>

using namespace casedesk;

namespace {

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestInputRules : public QObject
{
    Q_OBJECT

private slots:
    void amountBounds_data();
    void amountBounds();
    void amountReadingSaysWhatIsWrong_data();
    void amountReadingSaysWhatIsWrong();
    void giftConfirmationAboveTheThreshold();

    void datesReadTheLocalesWay_data();
    void datesReadTheLocalesWay();
    void impossibleDatesAreCalledImpossible_data();
    void impossibleDatesAreCalledImpossible();
    void notADateIsNotCalledImpossible();
    void datesAreWrittenInOneFormat();
    void csvFormatsReadableAndChecked();
    void frenchSaysItInFrench();

    void campaignAmountsAreBounded();
    void budgetWarningWhenTheCaseNeedsMoreThanReachesIt();
    void onlyCollectingCampaignsReceiveGifts();
};

void TestInputRules::amountBounds_data()
{
    using Kind = AmountRules::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("goal 0 while drafting") << int(Kind::Goal) << qint64(0) << true;
    QTest::newRow("goal 24,000 EUR") << int(Kind::Goal) << qint64(2'400'000) << true;
    QTest::newRow("goal at the bound") << int(Kind::Goal) << AmountRules::kMaxGoalCents << true;
    QTest::newRow("goal one cent over") << int(Kind::Goal) << AmountRules::kMaxGoalCents + 1 << false;
    QTest::newRow("goal 99,999,999,999,999 EUR") << int(Kind::Goal) << qint64(9'999'999'999'999'900) << false;
    QTest::newRow("negative goal") << int(Kind::Goal) << qint64(-500'000) << false;
    QTest::newRow("budget line 14,000 EUR") << int(Kind::BudgetLine) << qint64(1'400'000) << true;
    QTest::newRow("budget line 0 while drafting") << int(Kind::BudgetLine) << qint64(0) << true;
    QTest::newRow("budget line of a billion") << int(Kind::BudgetLine) << qint64(100'000'000'000) << false;
    QTest::newRow("gift of 50 EUR") << int(Kind::Donation) << qint64(5'000) << true;
    QTest::newRow("gift of 0") << int(Kind::Donation) << qint64(0) << false;
    QTest::newRow("gift of 999,999,999 EUR") << int(Kind::Donation) << qint64(99'999'999'900) << false;
    QTest::newRow("gift at the bound") << int(Kind::Donation) << AmountRules::kMaxDonationCents << true;
    QTest::newRow("flat fee 100 EUR") << int(Kind::FlatFee) << qint64(10'000) << true;
    QTest::newRow("flat fee 0") << int(Kind::FlatFee) << qint64(0) << true;
    QTest::newRow("flat fee 1,000,000 EUR") << int(Kind::FlatFee) << qint64(100'000'000) << false;
    QTest::newRow("threshold 0") << int(Kind::Threshold) << qint64(0) << false;
}

void TestInputRules::amountBounds()
{
    QFETCH(int, kind);
    QFETCH(qint64, cents);
    QFETCH(bool, accepted);
    const QString problem = AmountRules::problem(AmountRules::Kind(kind), cents, kBritish);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) // says which field, in words
        QVERIFY2(problem.startsWith(AmountRules::fieldName(AmountRules::Kind(kind)) + QLatin1Char(':')),
                 qPrintable(problem));
}

void TestInputRules::amountReadingSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::addColumn<QString>("says");
    QTest::newRow("plain") << QStringLiteral("9500") << qint64(950'000) << QString();
    QTest::newRow("french decimals") << QStringLiteral("1 234,5") << qint64(123'450) << QString();
    QTest::newRow("empty is zero") << QString() << qint64(0) << QString();
    QTest::newRow("negative") << QStringLiteral("-5000") << qint64(-1) << QStringLiteral("negative");
    QTest::newRow("three decimals") << QStringLiteral("12,345") << qint64(-1)
                                    << QStringLiteral("two decimals");
    QTest::newRow("too big") << QStringLiteral("99999999999999") << qint64(-1)
                             << QStringLiteral("number of zeros");
    QTest::newRow("sixteen digits") << QStringLiteral("9999999999999999") << qint64(-1)
                                    << QStringLiteral("number of zeros");
    QTest::newRow("words") << QStringLiteral("douze") << qint64(-1) << QStringLiteral("not an amount");
}

void TestInputRules::amountReadingSaysWhatIsWrong()
{
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(QString, says);
    const AmountRules::Reading reading = AmountRules::read(AmountRules::Kind::Goal, typed, kFrench);
    if (cents >= 0) {
        QCOMPARE(reading.cents, std::optional<qint64>(cents));
        QVERIFY(reading.problem.isEmpty());
        return;
    }
    QVERIFY(!reading.cents);
    QVERIFY2(reading.problem.contains(says), qPrintable(reading.problem));
    QVERIFY2(reading.problem.startsWith(QStringLiteral("Funding goal:")), qPrintable(reading.problem));
}

void TestInputRules::giftConfirmationAboveTheThreshold()
{
    QVERIFY(!AmountRules::needsConfirmation(500'000, AmountRules::kDefaultConfirmationCents));
    QVERIFY(AmountRules::needsConfirmation(500'001, AmountRules::kDefaultConfirmationCents));
    const QString question = AmountRules::confirmationQuestion(1'200'000, 500'000, kBritish);
    QVERIFY2(question.contains(QStringLiteral("€12,000.00"))
                 && question.contains(QStringLiteral("€5,000.00")),
             qPrintable(question));
}

void TestInputRules::datesReadTheLocalesWay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    QTest::newRow("french") << kFrench << QStringLiteral("04/06/2027") << QDate(2027, 6, 4);
    QTest::newRow("french short") << kFrench << QStringLiteral("4/6/27") << QDate(2027, 6, 4);
    QTest::newRow("french dots") << kFrench << QStringLiteral("4.6.2027") << QDate(2027, 6, 4);
    QTest::newRow("ISO anywhere") << kFrench << QStringLiteral("2027-06-04") << QDate(2027, 6, 4);
    QTest::newRow("british") << kBritish << QStringLiteral("04/06/2027") << QDate(2027, 6, 4);
    QTest::newRow("american month first") << kAmerican << QStringLiteral("6/4/2027") << QDate(2027, 6, 4);
    QTest::newRow("29 February of a leap year")
        << kFrench << QStringLiteral("29/02/2028") << QDate(2028, 2, 29);
}

void TestInputRules::datesReadTheLocalesWay()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    const DateRules::Reading reading = DateRules::read(typed, locale);
    QVERIFY2(reading.problem.isEmpty(), qPrintable(reading.problem));
    QCOMPARE(reading.date, date);
    QVERIFY(DateRules::read(QStringLiteral("  "), locale).empty);
}

void TestInputRules::impossibleDatesAreCalledImpossible_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("why");
    QTest::newRow("31 November") << QStringLiteral("31/11/2026")
                                 << QStringLiteral("November 2026 has 30 days");
    QTest::newRow("month 13 in ISO") << QStringLiteral("2027-13-45")
                                     << QStringLiteral("there is no month 13");
    QTest::newRow("29 February 2027")
        << QStringLiteral("29/02/2027") << QStringLiteral("February 2027 has 28 days");
    QTest::newRow("day 0") << QStringLiteral("00/05/2027") << QStringLiteral("May 2027 has 31 days");
}

void TestInputRules::impossibleDatesAreCalledImpossible()
{
    QFETCH(QString, typed);
    QFETCH(QString, why);
    const DateRules::Reading reading = DateRules::read(typed, kBritish);
    QVERIFY(!reading.date.isValid());
    QVERIFY2(reading.problem.contains(QStringLiteral("impossible date")) && reading.problem.contains(why)
                 && reading.problem.contains(typed),
             qPrintable(reading.problem));
}

void TestInputRules::notADateIsNotCalledImpossible()
{
    for (const QString& typed :
         { QStringLiteral("ni04062027"), QStringLiteral("demain"), QStringLiteral("1/2") }) {
        const DateRules::Reading reading = DateRules::read(typed, kFrench);
        QVERIFY(!reading.date.isValid());
        QVERIFY2(!reading.problem.contains(QStringLiteral("impossible")), qPrintable(reading.problem));
        QVERIFY2(reading.problem.contains(QStringLiteral("not a date")) && reading.problem.contains(typed),
                 qPrintable(reading.problem));
    }
}

void TestInputRules::datesAreWrittenInOneFormat()
{
    QCOMPARE(DateRules::format(QDate(2027, 6, 4), kFrench), QStringLiteral("04/06/2027"));
    QCOMPARE(DateRules::format(QDate(2027, 6, 4), kAmerican), QStringLiteral("06/04/2027"));
    QCOMPARE(DateRules::format(QDate(), kFrench), QString());
    // What is written reads back the same.
    QCOMPARE(DateRules::read(DateRules::format(QDate(2026, 12, 31), kAmerican), kAmerican).date,
             QDate(2026, 12, 31));
    QCOMPARE(DateRules::pattern(kBritish), QStringLiteral("DD/MM/YYYY"));
}

void TestInputRules::csvFormatsReadableAndChecked()
{
    QCOMPARE(DateRules::readablePattern(QStringLiteral("dd/MM/yyyy")), QStringLiteral("DD/MM/YYYY"));
    QCOMPARE(DateRules::readWithFormat(QStringLiteral("03/02/2024"), QStringLiteral("dd/MM/yyyy")).date,
             QDate(2024, 2, 3));
    const DateRules::Reading impossible
        = DateRules::readWithFormat(QStringLiteral("31/11/2026"), QStringLiteral("dd/MM/yyyy"), kBritish);
    QVERIFY2(impossible.problem.contains(QStringLiteral("impossible date")), qPrintable(impossible.problem));
    const DateRules::Reading compact
        = DateRules::readWithFormat(QStringLiteral("20260231"), QStringLiteral("yyyyMMdd"), kBritish);
    QVERIFY2(compact.problem.contains(QStringLiteral("February 2026 has 28 days")),
             qPrintable(compact.problem));
    const DateRules::Reading shape
        = DateRules::readWithFormat(QStringLiteral("3 févr."), QStringLiteral("dd/MM/yyyy"), kBritish);
    QVERIFY2(!shape.problem.contains(QStringLiteral("impossible"))
                 && shape.problem.contains(QStringLiteral("DD/MM/YYYY"))
                 && !shape.problem.contains(QStringLiteral("dd/MM/yyyy")),
             qPrintable(shape.problem));
}

void TestInputRules::frenchSaysItInFrench()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const QString pattern = DateRules::pattern(kFrench);
    const QString impossible = DateRules::read(QStringLiteral("31/11/2026"), kFrench).problem;
    const QString negative
        = AmountRules::read(AmountRules::Kind::Goal, QStringLiteral("-5000"), kFrench).problem;
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(pattern, QStringLiteral("JJ/MM/AAAA"));
    QVERIFY2(impossible.contains(QStringLiteral("impossible"))
                 && impossible.contains(QStringLiteral("novembre")),
             qPrintable(impossible));
    QVERIFY2(negative.startsWith(QStringLiteral("Objectif de collecte"))
                 && negative.contains(QStringLiteral("négatif")),
             qPrintable(negative));
}

void TestInputRules::campaignAmountsAreBounded()
{
    Campaign campaign;
    campaign.goalCents = 2'400'000;
    campaign.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 1'400'000 } };
    QVERIFY(CampaignRules::validate(campaign, kBritish).isEmpty());
    campaign.goalCents = 9'999'999'999'999'900;
    campaign.budgetLines.append({ {}, BudgetKind::Other, QStringLiteral("Coquille"), 100'000'000'000 });
    const QList<FieldProblem> problems = CampaignRules::validate(campaign, kBritish);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("goal"));
    QCOMPARE(problems.at(1).field, QStringLiteral("budget.2"));
    QVERIFY2(problems.at(1).message.startsWith(QStringLiteral("Budget line 2:")),
             qPrintable(problems.at(1).message));
}

void TestInputRules::budgetWarningWhenTheCaseNeedsMoreThanReachesIt()
{
    // The demo's Notre-Dame-des-Landes budget as it was: 24,000 EUR, 1,200 EUR of platform fees,
    // 22,800 EUR for the case, while 22,700 EUR reaches it (5 % and a 100 EUR flat fee).
    Campaign campaign;
    campaign.goalCents = 2'400'000;
    campaign.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 2'280'000 },
                             { {}, BudgetKind::PlatformFees, QStringLiteral("Plateforme"), 120'000 } };
    const QString warning = CampaignRules::budgetWarning(campaign, FeeSettings(), kBritish);
    QVERIFY2(warning.contains(QStringLiteral("€22,800.00")) && warning.contains(QStringLiteral("€22,700.00"))
                 && warning.contains(QStringLiteral("€100.00")),
             qPrintable(warning));
    campaign.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 2'270'000 },
                             { {}, BudgetKind::PlatformFees, QStringLiteral("Plateforme"), 130'000 } };
    QVERIFY(CampaignRules::budgetWarning(campaign, FeeSettings(), kBritish).isEmpty());
}

void TestInputRules::onlyCollectingCampaignsReceiveGifts()
{
    QList<CampaignStatus> receiving;
    for (CampaignStatus status : CampaignCodes::allStatuses()) {
        if (CampaignRules::receivesGifts(status))
            receiving.append(status);
    }
    QCOMPARE(receiving, (QList<CampaignStatus> { CampaignStatus::Published, CampaignStatus::Funded }));
    QVERIFY(CampaignRules::whyNoGifts(QStringLiteral("Sivens"), CampaignStatus::Draft)
                .contains(QStringLiteral("not collect yet")));
    QVERIFY(CampaignRules::whyNoGifts(QStringLiteral("Sivens"), CampaignStatus::Closed)
                .contains(QStringLiteral("no longer")));
}

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_input_rules.moc"

// Money as integer cents: formatting per locale without ever going through a double, parsing
// what people type, and the platform fees taken from a campaign's goal.

#include "campaigns/Fees.h"
#include "common/Money.h"

#include <QTest>

#include <limits>

using namespace casedesk;

namespace {

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);

// French puts a no-break space between the amount and the symbol (CLDR "#,##0.00 ¤").
const QString kNbsp = QString(QChar(0x00A0));

// "1 234,56 €" with the French locale's own group separator, whatever CLDR says it is today.
QString french(const char* integerPart, const char* cents)
{
    QString digits = QString::fromLatin1(integerPart);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, kFrench.groupSeparator());
    return digits + kFrench.decimalPoint() + QString::fromLatin1(cents) + kNbsp + QStringLiteral("€");
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void frenchLocaleWritesTheAmountThenTheEuroSign_data();
    void frenchLocaleWritesTheAmountThenTheEuroSign();
    void englishLocalesPutTheEuroSignFirst_data();
    void englishLocalesPutTheEuroSignFirst();
    void formatNumberHasNoCurrency();
    void typedAmountsAreReadInTheirLocaleOrRefused_data();
    void typedAmountsAreReadInTheirLocaleOrRefused();
    void parseThenFormatRoundTrips();

    void feesSplitTheGrossIntoCommissionFlatFeeAndNet_data();
    void feesSplitTheGrossIntoCommissionFlatFeeAndNet();
    void defaultFeesLeave9400OutOf10000();
};

void TestMoney::frenchLocaleWritesTheAmountThenTheEuroSign_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << french("0", "00");
    QTest::newRow("five cents") << qint64(5) << french("0", "05");
    QTest::newRow("ten thousand") << qint64(1'000'000) << french("10000", "00");
    QTest::newRow("negative") << qint64(-123'456) << QStringLiteral("-") + french("1234", "56");
    QTest::newRow("2^53 + 1") << qint64(9'007'199'254'740'993) << french("90071992547409", "93");
}

void TestMoney::frenchLocaleWritesTheAmountThenTheEuroSign()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::format(cents, kFrench), text);
}

void TestMoney::englishLocalesPutTheEuroSignFirst_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("€0.00");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("€0.01");
    QTest::newRow("ten thousand") << qint64(1'000'000) << QStringLiteral("€10,000.00");
    QTest::newRow("negative") << qint64(-123'456) << QStringLiteral("-€1,234.56");
    QTest::newRow("minus one cent") << qint64(-1) << QStringLiteral("-€0.01");
    // A double holds every integer only up to 2^53: these would come out rounded through one.
    QTest::newRow("2^53") << qint64(9'007'199'254'740'992) << QStringLiteral("€90,071,992,547,409.92");
    QTest::newRow("2^53 + 1") << qint64(9'007'199'254'740'993) << QStringLiteral("€90,071,992,547,409.93");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max()
                             << QStringLiteral("€92,233,720,368,547,758.07");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min()
                              << QStringLiteral("-€92,233,720,368,547,758.08");
}

void TestMoney::englishLocalesPutTheEuroSignFirst()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::format(cents, kBritish), text);
    QCOMPARE(Money::format(cents, kAmerican), text);
}

void TestMoney::formatNumberHasNoCurrency()
{
    QCOMPARE(Money::formatNumber(1'000'000, kBritish), QStringLiteral("10,000.00"));
    QCOMPARE(Money::formatNumber(-5, kBritish), QStringLiteral("-0.05"));
    QCOMPARE(Money::formatNumber(123'456, kFrench),
             QStringLiteral("1") + kFrench.groupSeparator() + QStringLiteral("234,56"));
}

void TestMoney::typedAmountsAreReadInTheirLocaleOrRefused_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: must be rejected

    QTest::newRow("fr: spaces and one decimal") << kFrench << QStringLiteral("1 234,5") << qint64(123'450);
    QTest::newRow("fr: narrow no-break space")
        << kFrench << QStringLiteral("1\u202F234,50") << qint64(123'450);
    QTest::newRow("fr: as formatted") << kFrench << Money::format(123'450, kFrench) << qint64(123'450);
    QTest::newRow("fr: decimal point") << kFrench << QStringLiteral("1234.50") << qint64(123'450);
    QTest::newRow("fr: whole euros") << kFrench << QStringLiteral("12") << qint64(1'200);
    QTest::newRow("fr: cents only") << kFrench << QStringLiteral("0,05") << qint64(5);
    QTest::newRow("fr: EUR suffix") << kFrench << QStringLiteral("12 EUR") << qint64(1'200);
    QTest::newRow("fr: largest accepted")
        << kFrench << QStringLiteral("999999999999999,99") << qint64(99'999'999'999'999'999);
    // In French the comma is the decimal mark: three decimals is a typing error, not 12 345 €.
    QTest::newRow("fr: three decimals") << kFrench << QStringLiteral("12,345") << qint64(-1);
    QTest::newRow("fr: English grouping") << kFrench << QStringLiteral("1,234.50") << qint64(-1);
    QTest::newRow("fr: negative") << kFrench << QStringLiteral("-5") << qint64(-1);
    QTest::newRow("fr: letters") << kFrench << QStringLiteral("abc") << qint64(-1);
    QTest::newRow("fr: empty") << kFrench << QString() << qint64(-1);
    QTest::newRow("fr: blank") << kFrench << QStringLiteral("  ") << qint64(-1);
    QTest::newRow("fr: two points") << kFrench << QStringLiteral("1.2.3") << qint64(-1);
    QTest::newRow("fr: too many digits") << kFrench << QStringLiteral("1000000000000000") << qint64(-1);

    QTest::newRow("en: grouping and symbol") << kBritish << QStringLiteral("1,234.50 €") << qint64(123'450);
    QTest::newRow("en: symbol first") << kBritish << QStringLiteral("€1,234.50") << qint64(123'450);
    QTest::newRow("en: as formatted") << kBritish << Money::format(123'450, kBritish) << qint64(123'450);
    QTest::newRow("en: plain") << kBritish << QStringLiteral("1234.5") << qint64(123'450);
    QTest::newRow("en: thousands") << kBritish << QStringLiteral("12,345") << qint64(1'234'500);
    QTest::newRow("en: millions") << kBritish << QStringLiteral("1,234,567.89") << qint64(123'456'789);
    // Only one mark and it cannot be grouping: it is the decimal mark, never a silent x100.
    QTest::newRow("en: decimal comma") << kBritish << QStringLiteral("12,50") << qint64(1'250);
    QTest::newRow("en: misplaced commas") << kBritish << QStringLiteral("1,2,3") << qint64(-1);
    QTest::newRow("en: three decimals") << kBritish << QStringLiteral("12.345") << qint64(-1);
    QTest::newRow("en: two points") << kBritish << QStringLiteral("1.2.3") << qint64(-1);
    QTest::newRow("en: negative") << kBritish << QStringLiteral("-5") << qint64(-1);
    QTest::newRow("en: negative with symbol") << kBritish << QStringLiteral("-€5.00") << qint64(-1);
}

void TestMoney::typedAmountsAreReadInTheirLocaleOrRefused()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<qint64> parsed = Money::parse(text, locale);
    if (cents < 0) {
        QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted as %1 cents").arg(parsed.value_or(0))));
    } else {
        QVERIFY2(parsed, "rejected");
        QCOMPARE(*parsed, cents);
    }
}

void TestMoney::parseThenFormatRoundTrips()
{
    for (const QLocale& locale : { kFrench, kBritish }) {
        for (qint64 cents : { qint64(0), qint64(1), qint64(99), qint64(100), qint64(123'456'789) })
            QCOMPARE(Money::parse(Money::format(cents, locale), locale), std::optional<qint64>(cents));
    }
}

void TestMoney::feesSplitTheGrossIntoCommissionFlatFeeAndNet_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("flatFee");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("commission");
    QTest::addColumn<qint64>("net");
    QTest::newRow("zero goal: no flat fee") << qint64(0) << qint64(10'000) << 500 << qint64(0) << qint64(0);
    QTest::newRow("negative gross is zero")
        << qint64(-500) << qint64(10'000) << 500 << qint64(0) << qint64(0);
    QTest::newRow("half a cent rounds up") << qint64(10) << qint64(0) << 500 << qint64(1) << qint64(9);
    QTest::newRow("0.45 cent rounds down") << qint64(9) << qint64(0) << 500 << qint64(0) << qint64(9);
    QTest::newRow("1.5 cents rounds up") << qint64(30) << qint64(0) << 500 << qint64(2) << qint64(28);
    QTest::newRow("fees above the goal: net is zero")
        << qint64(5'000) << qint64(10'000) << 500 << qint64(250) << qint64(0);
    QTest::newRow("no fees") << qint64(123'456) << qint64(0) << 0 << qint64(0) << qint64(123'456);
    QTest::newRow("100 % commission")
        << qint64(123'456) << qint64(0) << 10'000 << qint64(123'456) << qint64(0);
}

void TestMoney::feesSplitTheGrossIntoCommissionFlatFeeAndNet()
{
    QFETCH(qint64, gross);
    QFETCH(qint64, flatFee);
    QFETCH(int, basisPoints);
    QFETCH(qint64, commission);
    QFETCH(qint64, net);
    const FeeBreakdown fees = computeFees(gross, FeeSettings { flatFee, basisPoints });
    QCOMPARE(fees.commissionCents, commission);
    QCOMPARE(fees.netCents, net);
    QVERIFY(fees.netCents >= 0);
    QCOMPARE(fees.flatFeeCents, gross > 0 ? flatFee : 0);
}

void TestMoney::defaultFeesLeave9400OutOf10000()
{
    const FeeBreakdown fees = computeFees(1'000'000, FeeSettings {});
    QCOMPARE(fees.grossCents, 1'000'000);
    QCOMPARE(fees.commissionCents, 50'000);
    QCOMPARE(fees.flatFeeCents, 10'000);
    QCOMPARE(fees.netCents, 940'000);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

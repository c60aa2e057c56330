// What the parsers share: the balance check, format detection, amount and date readers.

#include "donations/statements/BalanceCheck.h"
#include "donations/statements/StatementFields.h"
#include "donations/statements/StatementFormat.h"

#include <QTest>

using namespace casedesk;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + QLatin1String(name);
}

ParsedStatement statement(std::optional<qint64> opening, std::optional<qint64> closing,
                          std::initializer_list<qint64> lines)
{
    ParsedStatement s;
    s.openingBalanceCents = opening;
    s.closingBalanceCents = closing;
    for (const qint64 cents : lines) {
        StatementLine line;
        line.amountCents = cents;
        s.lines << line;
    }
    return s;
}

} // namespace

class TestStatementChecks : public QObject
{
    Q_OBJECT

private slots:
    void balanceAgrees();
    void balanceDiffers();
    void balanceCannotBeChecked();
    void everySampleStatementIsRecognisedByItsContent_data();
    void everySampleStatementIsRecognisedByItsContent();
    void aStatementIsRecognisedByItsFirstBytes();
    void parseFileDispatches();
    void amountsAreReadToTheCentWithTheStatementsSeparators_data();
    void amountsAreReadToTheCentWithTheStatementsSeparators();
    void ibansAreNormalisedAndCheckedByMod97();
    void datePatternsReadOnlyDaysThatExist_data();
    void datePatternsReadOnlyDaysThatExist();
};

void TestStatementChecks::balanceAgrees()
{
    const BalanceCheck check = BalanceCheck::check(statement(-10000, 5050, { 20000, -4950 }));
    QCOMPARE(check.status, BalanceCheck::Status::Agrees);
    QCOMPARE(check.linesTotalCents, 15050);
    QCOMPARE(check.differenceCents, 0);
}

void TestStatementChecks::balanceDiffers()
{
    // A line of 12,50 € is missing from the file.
    const BalanceCheck check = BalanceCheck::check(statement(100000, 98750, {}));
    QCOMPARE(check.status, BalanceCheck::Status::Differs);
    QCOMPARE(check.expectedClosingCents, 100000);
    QCOMPARE(check.differenceCents, -1250);
    const QString message = check.message(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(message.contains(QStringLiteral("-€12.50")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("€1,000.00")));
}

void TestStatementChecks::balanceCannotBeChecked()
{
    QCOMPARE(BalanceCheck::check(statement(std::nullopt, 100, { 100 })).status,
             BalanceCheck::Status::CannotCheck);
    QCOMPARE(BalanceCheck::check(statement(0, std::nullopt, { 100 })).status,
             BalanceCheck::Status::CannotCheck);
    QVERIFY(!BalanceCheck::check(statement(0, std::nullopt, {})).agrees());
}

void TestStatementChecks::everySampleStatementIsRecognisedByItsContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<StatementFormat>("format");
    QTest::newRow("camt .02") << QStringLiteral("camt053_v02_bnp.xml") << StatementFormat::Camt053;
    QTest::newRow("camt .08") << QStringLiteral("camt053_v08_lbp.xml") << StatementFormat::Camt053;
    QTest::newRow("camt.054 (CamtParser explains)")
        << QStringLiteral("camt054_notification.xml") << StatementFormat::Camt053;
    QTest::newRow("ofx 1") << QStringLiteral("ofx102_ca_1252.ofx") << StatementFormat::Ofx;
    QTest::newRow("ofx 2") << QStringLiteral("ofx220_boursorama.ofx") << StatementFormat::Ofx;
    QTest::newRow("csv 1252") << QStringLiteral("csv_ca_1252.csv") << StatementFormat::Csv;
    QTest::newRow("csv bom") << QStringLiteral("csv_boursorama_utf8bom.csv") << StatementFormat::Csv;
    QTest::newRow("missing") << QStringLiteral("nothing-here.csv") << StatementFormat::Unknown;
}

void TestStatementChecks::everySampleStatementIsRecognisedByItsContent()
{
    QFETCH(QString, file);
    QFETCH(StatementFormat, format);
    QCOMPARE(StatementFormats::detectFile(QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + file),
             format);
}

void TestStatementChecks::aStatementIsRecognisedByItsFirstBytes()
{
    QCOMPARE(StatementFormats::detect("\n\n<OFX>\n<SIGNONMSGSRSV1>"), StatementFormat::Ofx);
    QCOMPARE(StatementFormats::detect("<?xml version=\"1.0\"?><html></html>"), StatementFormat::Unknown);
    QCOMPARE(StatementFormats::detect(QByteArray("%PDF-1.7\n\x00\x01\x02", 12)), StatementFormat::Unknown);
    QCOMPARE(StatementFormats::detect("just a line of text\n"), StatementFormat::Unknown);
    QCOMPARE(StatementFormats::detect(""), StatementFormat::Unknown);
}

void TestStatementChecks::parseFileDispatches()
{
    const auto camt = StatementFormats::parseFile(sample("camt053_v04_ca.xml"));
    QVERIFY(camt.ok());
    QCOMPARE(camt.statement.format, QStringLiteral("camt.053.001.04"));
    const auto ofx = StatementFormats::parseFile(sample("ofx102_ca_1252.ofx"));
    QVERIFY(ofx.ok());
    QCOMPARE(ofx.statement.format, QStringLiteral("ofx-1.02"));
    const auto csv = StatementFormats::parseFile(sample("csv_ca_1252.csv")); // with a guessed mapping
    QVERIFY(csv.ok());
    QCOMPARE(csv.statement.lines.size(), 4);
    const auto refused = StatementFormats::parseFile(sample("camt054_notification.xml"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.problem->message.contains(QStringLiteral("camt.054")));
}

void TestStatementChecks::amountsAreReadToTheCentWithTheStatementsSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("thousands");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("error");
    using E = StatementFields::AmountError;
    const QString none;
    QTest::newRow("point") << QStringLiteral("1234.5") << QStringLiteral(".") << none << qint64(123450)
                           << int(E::None);
    QTest::newRow("comma, minus") << QStringLiteral("-0,07") << QStringLiteral(",") << none << qint64(-7)
                                  << int(E::None);
    QTest::newRow("unicode minus") << QStringLiteral("\u22123,10") << QStringLiteral(",") << none
                                   << qint64(-310) << int(E::None);
    QTest::newRow("space groups") << QStringLiteral("1 234 567,89") << QStringLiteral(",")
                                  << QStringLiteral(" ") << qint64(123456789) << int(E::None);
    QTest::newRow("dot groups") << QStringLiteral("1.234,56 €") << QStringLiteral(",") << QStringLiteral(".")
                                << qint64(123456) << int(E::None);
    QTest::newRow("dot is not a group of two") << QStringLiteral("12.50") << QStringLiteral(",")
                                               << QStringLiteral(".") << qint64(0) << int(E::NotANumber);
    QTest::newRow("three decimals") << QStringLiteral("1,005") << QStringLiteral(",") << none << qint64(0)
                                    << int(E::TooManyDecimals);
    QTest::newRow("zeros beyond") << QStringLiteral("1,5000") << QStringLiteral(",") << none << qint64(150)
                                  << int(E::None);
    QTest::newRow("too large") << QStringLiteral("1234567890123456") << QStringLiteral(".") << none
                               << qint64(0) << int(E::TooLarge);
    QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral(".") << none << qint64(0)
                               << int(E::NotANumber);
    QTest::newRow("blank") << QStringLiteral(" ") << QStringLiteral(".") << none << qint64(0)
                           << int(E::Empty);
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral(".") << none << qint64(0)
                             << int(E::NotANumber);
    QTest::newRow("two decimal marks")
        << QStringLiteral("1.2.3") << QStringLiteral(".") << none << qint64(0) << int(E::NotANumber);
}

void TestStatementChecks::amountsAreReadToTheCentWithTheStatementsSeparators()
{
    QFETCH(QString, text);
    QFETCH(QString, decimal);
    QFETCH(QString, thousands);
    QFETCH(qint64, cents);
    QFETCH(int, error);
    StatementFields::AmountSyntax syntax;
    syntax.decimalSeparator = decimal.at(0);
    syntax.thousandsSeparators = thousands;
    syntax.allowSign = true;
    syntax.allowCurrencySuffix = true;
    const auto reading = StatementFields::parseCents(text, syntax);
    QCOMPARE(int(reading.error), error);
    if (reading.ok())
        QCOMPARE(reading.cents, cents);
}

void TestStatementChecks::ibansAreNormalisedAndCheckedByMod97()
{
    QCOMPARE(StatementFields::normaliseIban(u"fr76 3000 4000 0312 3456 7890 143"),
             QStringLiteral("FR7630004000031234567890143"));
    QVERIFY(StatementFields::isValidIban(u"FR7630004000031234567890143"));
    QVERIFY(StatementFields::isValidIban(u"FR1420041010050500013M02606"));
    QVERIFY(!StatementFields::isValidIban(u"FR7630004000031234567890144"));
    QVERIFY(!StatementFields::isValidIban(u"65432109876"));
}

void TestStatementChecks::datePatternsReadOnlyDaysThatExist_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("fr") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
    QTest::newRow("fr, no such day") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("31/13/2024")
                                     << QDate();
    QTest::newRow("fr, one digit") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("5/1/2024") << QDate();
    QTest::newRow("d/M") << QStringLiteral("d/M/yyyy") << QStringLiteral("5/1/2024") << QDate(2024, 1, 5);
    QTest::newRow("yy, 2000s") << QStringLiteral("dd/MM/yy") << QStringLiteral("15/01/24")
                               << QDate(2024, 1, 15);
    QTest::newRow("yy, 1900s") << QStringLiteral("dd/MM/yy") << QStringLiteral("15/01/85")
                               << QDate(1985, 1, 15);
    QTest::newRow("iso") << QStringLiteral("yyyy-MM-dd") << QStringLiteral("2024-12-31")
                         << QDate(2024, 12, 31);
    QTest::newRow("trailing text") << QStringLiteral("yyyy-MM-dd") << QStringLiteral("2024-12-31x")
                                   << QDate();
    QTest::newRow("de") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("01.03.2024") << QDate(2024, 3, 1);
}

void TestStatementChecks::datePatternsReadOnlyDaysThatExist()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const StatementFields::DatePattern pattern(format);
    QVERIFY(pattern.isValid());
    const auto parsed = pattern.parse(text);
    QCOMPARE(parsed.value_or(QDate()), date);
    QVERIFY(!StatementFields::DatePattern(QStringLiteral("dd MMM yyyy")).isValid());
}

QTEST_GUILESS_MAIN(TestStatementChecks)
#include "tst_statement_checks.moc"

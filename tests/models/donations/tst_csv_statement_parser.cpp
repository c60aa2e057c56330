// French bank CSV exports: Crédit Agricole (Windows-1252, preamble, debit and credit columns,
// quoted multi-line labels), Boursorama (UTF-8 with BOM, one signed column), La Banque Postale;
// the mapping's JSON and its guess from a sample; and the rows that must stop an import.

#include "donations/statements/CsvStatementParser.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace casedesk;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + QLatin1String(name);
}

QByteArray bytesOf(const char* name)
{
    QFile file(sample(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

StatementParseResult parseBytes(QByteArray bytes, const CsvMapping& mapping)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvStatementParser::parse(buffer, mapping, QStringLiteral("memory.csv"));
}

CsvMapping creditAgricole()
{
    CsvMapping m;
    m.encoding = QStringLiteral("Windows-1252");
    m.skipLines = 7;
    m.bookingDateColumn = 0;
    m.labelColumns = { 1 };
    m.debitColumn = 2;
    m.creditColumn = 3;
    return m;
}

CsvMapping boursorama()
{
    CsvMapping m;
    m.dateFormat = QStringLiteral("yyyy-MM-dd");
    m.bookingDateColumn = 0;
    m.valueDateColumn = 1;
    m.labelColumns = { 2 };
    m.counterpartyColumn = 5;
    m.amountColumn = 6;
    return m;
}

CsvMapping simpleDebitCredit()
{
    CsvMapping m;
    m.bookingDateColumn = 0;
    m.labelColumns = { 1 };
    m.debitColumn = 2;
    m.creditColumn = 3;
    return m;
}

} // namespace

class TestCsvStatementParser : public QObject
{
    Q_OBJECT

private slots:
    void creditAgricoleExportInWindows1252ReadsEveryLine();
    void boursoramaSignedColumnWithBom();
    void tabsPointsAndTwoDigitYears();
    void unreadableFilesAreRefusedWithLineAndColumn_data();
    void unreadableFilesAreRefusedWithLineAndColumn();
    void wrongEncodingNamesTheLine();
    void bomWithWindows1252Mapping();
    void badRowsAreRefusedWithWhatIsWrong();
    void jsonRoundTrip();
    void jsonRefusesUnusableMappings();
    void creditAgricoleLayoutIsGuessedEvenFromACutSample();
    void boursoramaLayoutIsGuessedFromItsBytes();
    void banquePostaleLayoutIsGuessedFromItsBytes();
    void previewCutsRows();
};

void TestCsvStatementParser::creditAgricoleExportInWindows1252ReadsEveryLine()
{
    const auto result = CsvStatementParser::parseFile(sample("csv_ca_1252.csv"), creditAgricole());
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    const ParsedStatement& s = result.statement;
    QCOMPARE(s.format, QStringLiteral("csv"));
    QVERIFY(!s.openingBalanceCents && !s.closingBalanceCents);
    QCOMPARE(s.fromDate, QDate(2024, 1, 3));
    QCOMPARE(s.toDate, QDate(2024, 1, 22));
    QCOMPARE(s.lines.size(), 4);
    QCOMPARE(s.lines.at(0).label, QStringLiteral("VIREMENT EN VOTRE FAVEUR M. ANDRÉ LÉGER DON RECOURS"));
    QCOMPARE(s.lines.at(0).amountCents, 5000);
    QCOMPARE(s.lines.at(0).bookingDate, QDate(2024, 1, 3));
    QCOMPARE(s.lines.at(0).currency, QStringLiteral("EUR"));
    QCOMPARE(s.lines.at(0).sourceLine, 9);
    QCOMPARE(s.lines.at(1).amountCents, -2999); // debit written positive
    QCOMPARE(s.lines.at(1).sourceLine, 12); // after a three-line label
    QCOMPARE(s.lines.at(2).amountCents, 125000); // "1 250,00"
    QCOMPARE(s.lines.at(2).sourceLine, 14);
    QCOMPARE(s.lines.at(3).amountCents, -250); // debit written negative
    QCOMPARE(s.lines.at(3).label, QStringLiteral("FRAIS TENUE DE COMPTE"));
}

void TestCsvStatementParser::boursoramaSignedColumnWithBom()
{
    const auto result = CsvStatementParser::parseFile(sample("csv_boursorama_utf8bom.csv"), boursorama());
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    const QList<StatementLine>& lines = result.statement.lines;
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).label, QStringLiteral("VIR ULULE PAYOUT 55012 ; campagne \"Sauvons la haie\""));
    QCOMPARE(lines.at(0).amountCents, 123456); // narrow no-break space between thousands
    QCOMPARE(lines.at(0).counterparty, QStringLiteral("ulule"));
    QCOMPARE(lines.at(0).sourceLine, 2);
    QCOMPARE(lines.at(1).amountCents, -4590);
    QCOMPARE(lines.at(1).bookingDate, QDate(2024, 2, 20));
    QCOMPARE(lines.at(1).valueDate, QDate(2024, 2, 19));
}

void TestCsvStatementParser::tabsPointsAndTwoDigitYears()
{
    CsvMapping m;
    m.separator = QLatin1Char('\t');
    m.decimalSeparator = QLatin1Char('.');
    m.thousandsSeparators = QStringLiteral(",");
    m.dateFormat = QStringLiteral("dd.MM.yy");
    m.bookingDateColumn = 0;
    m.labelColumns = { 1, 2 };
    m.amountColumn = 3;
    m.referenceColumn = 4;
    const auto result
        = parseBytes("Day\tText\tMore\tAmount\tRef\n05.01.24\tSPENDE\tJANUAR\t1,234.50 EUR\tR-1\n"
                     "\n"
                     "31.12.99\tOLD\t\t-0.5\t\n",
                     m);
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    QCOMPARE(result.statement.lines.size(), 2); // the blank row is skipped
    QCOMPARE(result.statement.lines.at(0).bookingDate, QDate(2024, 1, 5));
    QCOMPARE(result.statement.lines.at(0).label, QStringLiteral("SPENDE JANUAR"));
    QCOMPARE(result.statement.lines.at(0).amountCents, 123450);
    QCOMPARE(result.statement.lines.at(0).reference, QStringLiteral("R-1"));
    QCOMPARE(result.statement.lines.at(1).bookingDate, QDate(1999, 12, 31));
    QCOMPARE(result.statement.lines.at(1).amountCents, -50);
    QCOMPARE(result.statement.lines.at(1).sourceLine, 4);
}

void TestCsvStatementParser::unreadableFilesAreRefusedWithLineAndColumn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringLiteral("csv_bad_date.csv") << 3 << QStringLiteral("Date")
                              << QStringLiteral("31/13/2024 is an impossible date: there is no month 13.");
    QTest::newRow("column count") << QStringLiteral("csv_wrong_columns.csv") << 3 << QString()
                                  << QStringLiteral(
                                         "this row has 5 columns but the header has 4: a separator "
                                         "inside an unquoted text?");
    QTest::newRow("unclosed quote") << QStringLiteral("csv_unclosed_quote.csv") << 4 << QString()
                                    << QStringLiteral("a quoted cell opened at line 2 is never closed");
}

void TestCsvStatementParser::unreadableFilesAreRefusedWithLineAndColumn()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const auto result = CsvStatementParser::parseFile(
        QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + file, simpleDebitCredit());
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->message, message);
    QCOMPARE(result.problem->location, location);
    QCOMPARE(result.problem->line, line);
    QVERIFY(result.statement.lines.isEmpty()); // nothing of a bad file
}

void TestCsvStatementParser::wrongEncodingNamesTheLine()
{
    CsvMapping m = creditAgricole();
    m.encoding = QStringLiteral("UTF-8");
    const auto result = CsvStatementParser::parseFile(sample("csv_ca_1252.csv"), m);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->line, 8); // the header's "Libellé" in Windows-1252
    QCOMPARE(result.problem->location, QStringLiteral("column 2"));
    QCOMPARE(result.problem->message,
             QStringLiteral("these bytes are not valid UTF-8 text; is the file in another "
                            "encoding (UTF-8 or Windows-1252)?"));
    QCOMPARE(result.problem->text(),
             QStringLiteral("csv_ca_1252.csv, line 8, column 2: ") + result.problem->message);
}

void TestCsvStatementParser::bomWithWindows1252Mapping()
{
    CsvMapping m = boursorama();
    m.encoding = QStringLiteral("Windows-1252");
    const auto result = CsvStatementParser::parseFile(sample("csv_boursorama_utf8bom.csv"), m);
    QVERIFY(!result.ok());
    QCOMPARE(
        result.problem->message,
        QStringLiteral("the file starts with a UTF-8 byte order mark but the mapping says Windows-1252"));
}

void TestCsvStatementParser::badRowsAreRefusedWithWhatIsWrong()
{
    const auto result = parseBytes("Date;Libellé;Débit;Crédit\n05/01/2024;X\n", simpleDebitCredit());
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->line, 2);
    QCOMPARE(result.problem->message,
             QStringLiteral("expected at least 4 columns separated by ';', found 2"));
    const auto both = parseBytes("Date;Libellé;Débit;Crédit\n05/01/2024;X;1,00;2,00\n", simpleDebitCredit());
    QVERIFY(!both.ok());
    QCOMPARE(both.problem->message, QStringLiteral("expected an amount in Débit or Crédit, not in both"));
    const auto garbage = parseBytes("Date;Libellé;Débit;Crédit\n05/01/2024;X;12.50;\n", simpleDebitCredit());
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.problem->location, QStringLiteral("Débit"));
    QCOMPARE(
        garbage.problem->message,
        QStringLiteral("the amount is not a number: expected an amount such as 1 234,56, found '12.50'"));
}

void TestCsvStatementParser::jsonRoundTrip()
{
    CsvMapping m = creditAgricole();
    m.separator = QLatin1Char('\t');
    m.labelColumns = { 1, 4 };
    m.thousandsSeparators = QStringLiteral(" .");
    QString error;
    const auto back = CsvMapping::fromJson(m.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, m);
    QCOMPARE(m.toJson().value(QStringLiteral("separator")).toString(), QStringLiteral("\\t"));
}

void TestCsvStatementParser::jsonRefusesUnusableMappings()
{
    QJsonObject object = creditAgricole().toJson();
    object.insert(QStringLiteral("amountColumn"), 5); // and debit/credit too
    QString error;
    QVERIFY(!CsvMapping::fromJson(object, &error));
    QCOMPARE(error, QStringLiteral("choose either one signed amount column or a debit and a credit column"));
    object = creditAgricole().toJson();
    object.insert(QStringLiteral("version"), 99);
    QVERIFY(!CsvMapping::fromJson(object, &error));
    object = creditAgricole().toJson();
    object.insert(QStringLiteral("encoding"), QStringLiteral("no-such-encoding"));
    QVERIFY(!CsvMapping::fromJson(object, &error));
    QCOMPARE(error, QStringLiteral("the encoding no-such-encoding is not known"));
}

void TestCsvStatementParser::creditAgricoleLayoutIsGuessedEvenFromACutSample()
{
    const CsvMapping guessed = CsvMapping::guess(bytesOf("csv_ca_1252.csv"));
    QCOMPARE(guessed, creditAgricole());
    // A sample cut in the middle of a line still gives the same answer.
    QCOMPARE(CsvMapping::guess(bytesOf("csv_ca_1252.csv").left(400)), creditAgricole());
}

void TestCsvStatementParser::boursoramaLayoutIsGuessedFromItsBytes()
{
    const CsvMapping guessed = CsvMapping::guess(bytesOf("csv_boursorama_utf8bom.csv"));
    QCOMPARE(guessed, boursorama());
}

void TestCsvStatementParser::banquePostaleLayoutIsGuessedFromItsBytes()
{
    const QByteArray bytes = bytesOf("csv_lbp_1252.csv");
    const CsvMapping guessed = CsvMapping::guess(bytes);
    QCOMPARE(guessed.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(guessed.skipLines, 6);
    QCOMPARE(guessed.amountColumn, 2);
    QCOMPARE(guessed.labelColumns, QList<int>({ 1 }));
    const auto result = parseBytes(bytes, guessed);
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    QCOMPARE(result.statement.lines.size(), 3);
    QCOMPARE(result.statement.lines.at(1).amountCents, -1840);
    QCOMPARE(result.statement.lines.at(1).label, QStringLiteral("ACHAT CB LIBRAIRIE GÉRARD 02.02.24"));
}

void TestCsvStatementParser::previewCutsRows()
{
    QFile file(sample("csv_ca_1252.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvMapping m = creditAgricole();
    m.bookingDateColumn = -1; // an unfinished mapping still previews
    const CsvPreview preview = CsvStatementParser::preview(file, m, 2);
    QVERIFY(!preview.problem);
    QCOMPARE(preview.header,
             QStringList({ QStringLiteral("Date"), QStringLiteral("Libellé"), QStringLiteral("Débit euros"),
                           QStringLiteral("Crédit euros"), QString() }));
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.rowLines, QList<int>({ 9, 12 }));
    QCOMPARE(preview.rows.at(1).at(2), QStringLiteral("29,99"));
}

QTEST_GUILESS_MAIN(TestCsvStatementParser)
#include "tst_csv_statement_parser.moc"

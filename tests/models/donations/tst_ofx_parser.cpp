// OFX statements: 1.02 SGML in Windows-1252 with unclosed tags, accented labels and a decimal
// comma; 2.2 XML; and the files that must be refused, with their line and tag path.

#include "donations/statements/BalanceCheck.h"
#include "donations/statements/OfxParser.h"

#include <QBuffer>
#include <QTest>

using namespace casedesk;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + QLatin1String(name);
}

StatementParseResult parseBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return OfxParser::parse(buffer, QStringLiteral("memory.ofx"));
}

const QByteArray kSgmlHeader = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n";

QByteArray sgmlStatement(const QByteArray& transactions)
{
    return kSgmlHeader
        + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n"
          "<BANKACCTFROM><BANKID>30004<BRANCHID>00001<ACCTID>00012345678<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
          "<BANKTRANLIST>\n"
        + transactions + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
}

} // namespace

class TestOfxParser : public QObject
{
    Q_OBJECT

private slots:
    void ofx1SgmlInWindows1252ReadsEveryLine();
    void ofx2XmlFromBoursoramaReadsEveryLine();
    void closedLeavesAndEmptyElements();
    void postedDatesAreReadOrRefusedWithWhere_data();
    void postedDatesAreReadOrRefusedWithWhere();
    void unreadableFilesAreRefusedWithLineAndElement_data();
    void unreadableFilesAreRefusedWithLineAndElement();
    void anUnknownCharsetOrAMissingAmountIsRefused();
};

void TestOfxParser::ofx1SgmlInWindows1252ReadsEveryLine()
{
    const auto result = OfxParser::parseFile(sample("ofx102_ca_1252.ofx"));
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    const ParsedStatement& s = result.statement;
    QCOMPARE(s.format, QStringLiteral("ofx-1.02"));
    QVERIFY(s.accountIban.isEmpty()); // a RIB account number, not an IBAN
    QCOMPARE(s.accountName, QStringLiteral("65432109876"));
    QCOMPARE(s.currency, QStringLiteral("EUR"));
    QCOMPARE(s.fromDate, QDate(2024, 1, 1));
    QCOMPARE(s.toDate, QDate(2024, 1, 31));
    QVERIFY(!s.openingBalanceCents);
    QCOMPARE(s.closingBalanceCents, std::optional<qint64>(186250));
    QCOMPARE(s.lines.size(), 3);

    const StatementLine& gift = s.lines.at(0);
    QCOMPARE(gift.amountCents, 7500); // "75,00"
    QCOMPARE(gift.bookingDate, QDate(2024, 1, 8));
    QCOMPARE(gift.valueDate, QDate(2024, 1, 7)); // DTUSER
    QCOMPARE(gift.bankReference, QStringLiteral("0000042A1B2C"));
    QCOMPARE(gift.label, QStringLiteral("VIR SEPA Hélène Françoise DON RECOURS ÉOLIENNES"));
    QCOMPARE(gift.currency, QStringLiteral("EUR"));
    QCOMPARE(gift.sourceLine, 40);

    const StatementLine& card = s.lines.at(1);
    QCOMPARE(card.amountCents, -1250);
    QCOMPARE(card.bookingDate, QDate(2024, 1, 15));
    QCOMPARE(card.label, QStringLiteral("CB CAFÉ DE LA GARE")); // MEMO == NAME: once

    const StatementLine& cheque = s.lines.at(2);
    QCOMPARE(cheque.amountCents, -20000);
    QCOMPARE(cheque.valueDate, QDate(2024, 1, 24)); // DTAVAIL
    QCOMPARE(cheque.reference, QStringLiteral("8123456"));
    QCOMPARE(cheque.label, QStringLiteral("CHEQUE 8123456 Huissier Me Dupré & associés"));

    QCOMPARE(BalanceCheck::check(s).status, BalanceCheck::Status::CannotCheck);
}

void TestOfxParser::ofx2XmlFromBoursoramaReadsEveryLine()
{
    const auto result = OfxParser::parseFile(sample("ofx220_boursorama.ofx"));
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    const ParsedStatement& s = result.statement;
    QCOMPARE(s.format, QStringLiteral("ofx-2.2"));
    QCOMPARE(s.accountIban, QStringLiteral("FR5240618800930004012345624"));
    QCOMPARE(s.closingBalanceCents, std::optional<qint64>(324510)); // LEDGERBAL, not AVAILBAL
    QCOMPARE(s.lines.size(), 2);
    const StatementLine& payout = s.lines.at(0);
    QCOMPARE(payout.amountCents, 125000);
    QCOMPARE(payout.counterparty, QStringLiteral("ULULE SAS")); // PAYEE/NAME
    QCOMPARE(payout.label, QStringLiteral("VIR ULULE PAYOUT 55012 campagne « Sauvons la haie »"));
    QCOMPARE(payout.sourceLine, 26);
    const StatementLine& fee = s.lines.at(1);
    QCOMPARE(fee.amountCents, -490);
    QCOMPARE(fee.label, QStringLiteral("COTISATION CARTE"));
    QCOMPARE(fee.valueDate, QDate(2024, 2, 19));
}

void TestOfxParser::closedLeavesAndEmptyElements()
{
    // Some banks close every leaf, leave some empty (<MEMO>) and omit their end tag.
    const auto result
        = parseBytes(sgmlStatement("<STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20240301</DTPOSTED>"
                                   "<TRNAMT>+10.5</TRNAMT><FITID>A1</FITID><NAME>DON &amp; CO"
                                   "<MEMO></STMTTRN>\n"
                                   "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240302<TRNAMT>-1,05"
                                   "<FITID>A2<MEMO>FRAIS</MEMO></STMTTRN>\n"));
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->text() : QString()));
    QCOMPARE(result.statement.lines.size(), 2);
    QCOMPARE(result.statement.lines.at(0).amountCents, 1050);
    QCOMPARE(result.statement.lines.at(0).label, QStringLiteral("DON & CO"));
    QCOMPARE(result.statement.lines.at(1).amountCents, -105);
    QCOMPARE(result.statement.lines.at(1).label, QStringLiteral("FRAIS"));
    QCOMPARE(result.statement.accountName, QStringLiteral("00012345678"));
}

void TestOfxParser::postedDatesAreReadOrRefusedWithWhere_data()
{
    QTest::addColumn<QByteArray>("posted");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("date") << QByteArray("20240229") << QDate(2024, 2, 29);
    QTest::newRow("date time") << QByteArray("20240229235959") << QDate(2024, 2, 29);
    QTest::newRow("milliseconds and zone") << QByteArray("20240229120000.000[-5:EST]") << QDate(2024, 2, 29);
    QTest::newRow("no such day") << QByteArray("20230229") << QDate();
    QTest::newRow("ISO") << QByteArray("2024-02-29") << QDate();
    QTest::newRow("short") << QByteArray("202402") << QDate();
}

void TestOfxParser::postedDatesAreReadOrRefusedWithWhere()
{
    QFETCH(QByteArray, posted);
    QFETCH(QDate, date);
    const auto result = parseBytes(
        sgmlStatement("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>" + posted + "\n<TRNAMT>-1.00<FITID>X</STMTTRN>\n"));
    if (date.isValid()) {
        QVERIFY(result.ok());
        QCOMPARE(result.statement.lines.first().bookingDate, date);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.problem->line, 10);
        QCOMPARE(result.problem->location,
                 QStringLiteral("OFX/BANKMSGSRSV1/STMTTRNRS/STMTRS/BANKTRANLIST/STMTTRN[1]/DTPOSTED"));
        // A day that cannot exist is called impossible; any other text is not in OFX's shape.
        const QString expected = posted == "20230229"
            ? QStringLiteral("20230229 is an impossible date: February 2023 has 28 days.")
            : QStringLiteral("expected a date as YYYYMMDD[HHMMSS], found '%1'")
                  .arg(QString::fromLatin1(posted));
        QCOMPARE(result.problem->message, expected);
    }
}

void TestOfxParser::unreadableFilesAreRefusedWithLineAndElement_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad amount")
        << QStringLiteral("ofx_bad_amount.ofx") << 52
        << QStringLiteral("OFX/BANKMSGSRSV1/STMTTRNRS/STMTRS/BANKTRANLIST/STMTTRN[2]/TRNAMT")
        << QStringLiteral(
               "the amount is not a number (expected a signed amount such as -12.50, found '-12.5O')");
    QTest::newRow("truncated") << QStringLiteral("ofx_truncated.ofx") << 61
                               << QStringLiteral("OFX/BANKMSGSRSV1/STMTTRNRS/STMTRS/BANKTRANLIST/STMTTRN[3]")
                               << QStringLiteral("the file ends before </STMTTRN> (opened at line 57): is it "
                                                 "truncated?");
    QTest::newRow("CSV") << QStringLiteral("csv_bad_date.csv") << 1 << QString()
                         << QStringLiteral("expected an OFX header line such as OFXHEADER:100, found "
                                           "'Date;Libellé;Débit euros;Crédit euros'");
}

void TestOfxParser::unreadableFilesAreRefusedWithLineAndElement()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const auto result = OfxParser::parseFile(QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + file);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->message, message);
    QCOMPARE(result.problem->location, location);
    QCOMPARE(result.problem->line, line);
}

void TestOfxParser::anUnknownCharsetOrAMissingAmountIsRefused()
{
    QByteArray bytes = sgmlStatement("<STMTTRN><DTPOSTED>20240301<TRNAMT>1.00</STMTTRN>\n");
    bytes.replace("CHARSET:1252", "CHARSET:437");
    const auto result = parseBytes(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->message,
             QStringLiteral("the character set 437 is not supported (expected USASCII, "
                            "1252, ISO-8859-1 or UTF-8)"));
    // And a transaction without an amount.
    const auto noAmount = parseBytes(sgmlStatement("<STMTTRN><DTPOSTED>20240301<FITID>Z</STMTTRN>\n"));
    QVERIFY(!noAmount.ok());
    QCOMPARE(noAmount.problem->message, QStringLiteral("the transaction has no TRNAMT"));
    QCOMPARE(noAmount.problem->line, 10);
}

QTEST_GUILESS_MAIN(TestOfxParser)
#include "tst_ofx_parser.moc"

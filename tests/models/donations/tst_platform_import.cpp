// Crowdfunding platforms' exports (Ulule orders, HelloAsso payments; API JSON and back-office
// CSV): the format is recognised, amounts are exact cents, statuses are mapped (a refund stays a
// refunded donation), HelloAsso cash-outs list their payments, and a bad file says where it is bad.

#include "SqliteFile.h"
#include "donations/platform/PlatformImport.h"
#include "donations/platform/PlatformParsing.h"

#include <QTest>

using namespace casedesk;

namespace {

QString sample(const QString& name)
{
    return test::fixturePath(QStringLiteral("platforms/") + name);
}

ParsedPlatformExport parsed(const QString& name)
{
    ParsedPlatformExport result;
    ImportProblem problem;
    if (!PlatformImport::parse(sample(name), &result, &problem))
        qWarning("%s", qPrintable(problem.text()));
    return result;
}

} // namespace

class TestPlatformImport : public QObject
{
    Q_OBJECT

private slots:
    void detectsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<PlatformFormat>("format");
        QTest::newRow("ulule page") << "ulule-orders.json" << PlatformFormat::UluleJson;
        QTest::newRow("ulule array") << "ulule-orders-array.json" << PlatformFormat::UluleJson;
        QTest::newRow("ulule csv") << "ulule-contributions.csv" << PlatformFormat::UluleCsv;
        QTest::newRow("helloasso page") << "helloasso-payments.json" << PlatformFormat::HelloAssoJson;
        QTest::newRow("helloasso csv") << "helloasso-payments.csv" << PlatformFormat::HelloAssoCsv;
        QTest::newRow("broken json") << "bad-syntax.json" << PlatformFormat::Unknown;
    }

    void detectsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(PlatformFormat, format);
        QCOMPARE(PlatformImport::detect(sample(file)), format);
    }

    void ululeOrders()
    {
        const ParsedPlatformExport result = parsed(QStringLiteral("ulule-orders.json"));
        QCOMPARE(result.format, QStringLiteral("ulule-json"));
        QCOMPARE(result.donations.size(), 6);
        const PlatformDonation& first = result.donations.at(0);
        QCOMPARE(first.platform, QStringLiteral("ulule"));
        QCOMPARE(first.orderId, QStringLiteral("8412301"));
        QCOMPARE(first.campaignRef, QStringLiteral("104233"));
        QCOMPARE(first.amountCents, 5000);
        QCOMPARE(first.currency, QStringLiteral("EUR"));
        QCOMPARE(first.date, QDate(2026, 2, 3));
        QCOMPARE(first.status, QStringLiteral("paid"));
        QCOMPARE(first.donor.platformRef, QStringLiteral("5531"));
        QCOMPARE(first.donor.name, QStringLiteral("Hélène Lefèvre"));
        QCOMPARE(first.donor.email, QStringLiteral("helene.lefevre@example.org"));
        QCOMPARE(first.donor.address, QStringLiteral("12 rue de l'Église\nBâtiment B\n35000 Rennes\nFR"));
        // Decimals in euros become exact cents, whether numbers or strings.
        QCOMPARE(result.donations.at(1).amountCents, 1250);
        QCOMPARE(result.donations.at(1).donor.name, QStringLiteral("François Dœuf"));
        QCOMPARE(result.donations.at(3).amountCents, 3590);
        QCOMPARE(result.donations.at(5).amountCents, 10); // 0.1 * 100 is 10.000000000000002
        // Statuses: cancellation and refunds stay, with their status.
        QCOMPARE(result.donations.at(1).status, QStringLiteral("paid"));
        QCOMPARE(result.donations.at(2).status, QStringLiteral("cancelled"));
        QCOMPARE(result.donations.at(3).status, QStringLiteral("refunded"));
        QCOMPARE(result.donations.at(4).status, QStringLiteral("refunded")); // "refunded": true
        QCOMPARE(result.donations.at(5).status, QStringLiteral("pending"));
        QVERIFY(result.payouts.isEmpty());
    }

    void ululeBareArray()
    {
        const ParsedPlatformExport result = parsed(QStringLiteral("ulule-orders-array.json"));
        QCOMPARE(result.donations.size(), 1);
        QCOMPARE(result.donations.at(0).amountCents, 123456);
        QCOMPARE(result.donations.at(0).donor.name, QStringLiteral("Élodie Chevalier"));
    }

    void ululeCsv()
    {
        const ParsedPlatformExport result = parsed(QStringLiteral("ulule-contributions.csv"));
        QCOMPARE(result.format, QStringLiteral("ulule-csv"));
        QCOMPARE(result.donations.size(), 4);
        QCOMPARE(result.donations.at(0).amountCents, 5000);
        QCOMPARE(result.donations.at(0).date, QDate(2026, 2, 3));
        QCOMPARE(result.donations.at(0).status, QStringLiteral("paid"));
        QCOMPARE(result.donations.at(0).donor.name, QStringLiteral("Hélène Lefèvre"));
        QCOMPARE(result.donations.at(0).sourceLine, 2);
        QCOMPARE(result.donations.at(1).status, QStringLiteral("cancelled"));
        QCOMPARE(result.donations.at(2).status, QStringLiteral("refunded"));
        QCOMPARE(result.donations.at(2).donor.address,
                 QStringLiteral("3 place du Marché; appt 4\n75011 Paris\nFrance"));
        QCOMPARE(result.donations.at(3).amountCents, 125000);
        QCOMPARE(result.donations.at(3).status, QStringLiteral("pending"));
    }

    void helloAssoPaymentsAndCashOut()
    {
        const ParsedPlatformExport result = parsed(QStringLiteral("helloasso-payments.json"));
        QCOMPARE(result.format, QStringLiteral("helloasso-json"));
        QCOMPARE(result.donations.size(), 5);
        const PlatformDonation& first = result.donations.at(0);
        QCOMPARE(first.orderId, QStringLiteral("30001"));
        QCOMPARE(first.amountCents, 5000);
        QCOMPARE(first.date, QDate(2026, 3, 2));
        QCOMPARE(first.campaignRef, QStringLiteral("soutien-recours-zone-humide"));
        QCOMPARE(first.donor.name, QStringLiteral("Gaëlle Le Bihan"));
        QCOMPARE(first.donor.address, QStringLiteral("4 impasse des Chênes\n29200 Brest\nFRA"));
        QCOMPARE(first.payoutRef, QStringLiteral("7001"));
        // The voluntary contribution to HelloAsso is not the association's money.
        QCOMPARE(result.donations.at(1).amountCents, 2000);
        QCOMPARE(result.donations.at(2).status, QStringLiteral("refunded"));
        QCOMPARE(result.donations.at(3).status, QStringLiteral("cancelled"));
        QCOMPARE(result.donations.at(4).status, QStringLiteral("paid"));
        QCOMPARE(result.donations.at(4).donor.name, QStringLiteral("Coopérative Éole"));

        QCOMPARE(result.payouts.size(), 1);
        const PlatformPayout& payout = result.payouts.at(0);
        QCOMPARE(payout.reference, QStringLiteral("7001"));
        QCOMPARE(payout.date, QDate(2026, 3, 10));
        QCOMPARE(payout.grossCents, 7000);
        QCOMPARE(payout.commissionCents, 0);
        QCOMPARE(payout.paymentFeesCents, 0);
        QCOMPARE(payout.netCents, 7000);
        QCOMPARE(payout.orderIds, (QStringList { QStringLiteral("30001"), QStringLiteral("30002") }));
    }

    void helloAssoCsv()
    {
        const ParsedPlatformExport result = parsed(QStringLiteral("helloasso-payments.csv"));
        QCOMPARE(result.format, QStringLiteral("helloasso-csv"));
        QCOMPARE(result.donations.size(), 4);
        QCOMPARE(result.donations.at(0).amountCents, 5000);
        QCOMPARE(result.donations.at(1).amountCents, 2000);
        QCOMPARE(result.donations.at(1).donor.name, QStringLiteral("Jérôme Noël"));
        QCOMPARE(result.donations.at(2).status, QStringLiteral("refunded"));
        QCOMPARE(result.donations.at(3).status, QStringLiteral("cancelled"));
        QCOMPARE(result.payouts.size(), 1);
        QCOMPARE(result.payouts.at(0).netCents, 7000);
        QCOMPARE(result.payouts.at(0).date, QDate(2026, 3, 10));
        QCOMPARE(result.payouts.at(0).orderIds.size(), 2);
    }

    void malformedFilesSayWhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::newRow("json syntax") << "bad-syntax.json"
                                     << "bad-syntax.json, line 4: not valid JSON: unterminated object";
        QTest::newRow("missing amount")
            << "helloasso-missing-amount.json"
            << "helloasso-missing-amount.json, data[1].amount: the field is missing";
        QTest::newRow("string amount")
            << "helloasso-string-amount.json"
            << "helloasso-string-amount.json, data[0].amount: expected a number of "
               "cents, found a string";
        QTest::newRow("unknown status")
            << "ulule-unknown-status.json"
            << "ulule-unknown-status.json, orders[1].status: unknown status \"payment-lost\" (expected one "
               "of: "
               "awaiting-confirmation, cancelled, error, payment-completed, payment-done, payment-invalid, "
               "payment-reimbursed, processing, refunded)";
        QTest::newRow("three decimals")
            << "ulule-three-decimals.json"
            << "ulule-three-decimals.json, orders[0].order_total: expected an amount "
               "with at most two decimals, found 12.345";
        QTest::newRow("csv amount")
            << "helloasso-bad-amount.csv"
            << "helloasso-bad-amount.csv, line 3, Montant: expected an amount such as "
               "25,00, found \"dix euros\"";
        QTest::newRow("csv column") << "helloasso-missing-column.csv"
                                    << "helloasso-missing-column.csv, line 1: missing column \"Montant\"";
    }

    void malformedFilesSayWhere()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        ParsedPlatformExport result;
        result.platform = QStringLiteral("untouched");
        ImportProblem problem;
        QVERIFY(!PlatformImport::parse(sample(file), &result, &problem));
        QCOMPARE(problem.text(), text);
        QCOMPARE(result.platform, QStringLiteral("untouched")); // nothing half-read comes back
    }

    void unknownFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"items": []})");
        file.close();
        QCOMPARE(PlatformImport::detect(path), PlatformFormat::Unknown);
        ParsedPlatformExport result;
        ImportProblem problem;
        QVERIFY(!PlatformImport::parse(path, &result, &problem));
        QVERIFY2(problem.text().startsWith(QStringLiteral("other.json: not an export this version knows")),
                 qPrintable(problem.text()));
    }

    void decimalAmountsAreExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("comma") << "12,5"
                               << "," << qint64(1250);
        QTest::newRow("point") << "0.29"
                               << "." << qint64(29);
        QTest::newRow("thousands") << "1 234,56"
                                   << "," << qint64(123456);
        QTest::newRow("euro sign") << "19,99 €"
                                   << "," << qint64(1999);
        QTest::newRow("whole") << "7"
                               << "." << qint64(700);
        QTest::newRow("negative") << "-3,10"
                                  << "," << qint64(-310);
        QTest::newRow("three decimals") << "1,234"
                                        << "," << qint64(-1);
        QTest::newRow("wrong mark") << "12.50"
                                    << "," << qint64(-1);
        QTest::newRow("words") << "douze"
                               << "," << qint64(-1);
    }

    void decimalAmountsAreExact()
    {
        QFETCH(QString, text);
        QFETCH(QString, mark);
        QFETCH(qint64, cents);
        const std::optional<qint64> parsedCents = PlatformParsing::decimalToCents(text, mark.at(0));
        QCOMPARE(parsedCents.value_or(-1), cents);
    }
};

QTEST_GUILESS_MAIN(TestPlatformImport)
#include "tst_platform_import.moc"

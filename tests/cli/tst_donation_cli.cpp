// casedesk-cli's ledger commands run as a user would, on a real desk file: a bank statement
// imported twice (the second time adds nothing), a bad file refused with its position and exit
// 1, a platform export imported into a campaign, the list, the CSV export and the summary.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;

namespace {

using Run = CliRun;

QString dataFile(const QString& name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR) + QLatin1Char('/') + name;
}

} // namespace

class TestDonationCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    }

    void accountsCheckTheIban()
    {
        const Run bad = desk({ QStringLiteral("accounts"), QStringLiteral("add"),
                               QStringLiteral("FR76 3000 6000 0112 3456 7890 188") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("mod-97")), qPrintable(bad.err));
        const Run good = desk({ QStringLiteral("accounts"), QStringLiteral("add"),
                                QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("--name"),
                                QStringLiteral("Compte courant") });
        QCOMPARE(good.exitCode, 0);
        const Run list
            = desk({ QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list") });
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }

    void statementImportsOnce()
    {
        const QString file = dataFile(QStringLiteral("statements/camt053_v08_lbp.xml"));
        const Run dry = desk(
            { QStringLiteral("import"), QStringLiteral("statement"), file, QStringLiteral("--dry-run") });
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("dry run: imported 1, duplicates 0")),
                 qPrintable(dry.out + dry.err));
        const Run first = desk({ QStringLiteral("import"), QStringLiteral("statement"), file });
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QStringLiteral("imported 1, duplicates 0")),
                 qPrintable(first.out + first.err));
        const Run again
            = desk({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("statement"), file });
        QCOMPARE(again.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("duplicates")).toInt(), 1);
        QVERIFY(result.value(QStringLiteral("duplicateLines"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("camt053_v08_lbp.xml")));
    }

    void badStatementSaysWhereAndWritesNothing()
    {
        const Run run = desk({ QStringLiteral("import"), QStringLiteral("statement"),
                               dataFile(QStringLiteral("statements/camt_bad_amount.xml")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("camt_bad_amount.xml, line ")), qPrintable(run.err));
        const Run missing = desk(
            { QStringLiteral("import"), QStringLiteral("statement"), QStringLiteral("/nonexistent.xml") });
        QCOMPARE(missing.exitCode, 1);
        const Run usage = desk({ QStringLiteral("import"), QStringLiteral("statement") });
        QCOMPARE(usage.exitCode, 2);
    }

    void platformImportListExportSummary()
    {
        const Run created = desk({ QStringLiteral("--json"), QStringLiteral("campaign"),
                                   QStringLiteral("create"), QStringLiteral("Sauver le bocage") });
        QCOMPARE(created.exitCode, 0);
        const QString campaign
            = QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("uuid")).toString();
        QVERIFY2(!campaign.isEmpty(), qPrintable(created.out));

        const QString file = dataFile(QStringLiteral("platforms/ulule-orders.json"));
        const Run unmapped = desk({ QStringLiteral("import"), QStringLiteral("platform"), file });
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY2(unmapped.err.contains(QStringLiteral("--campaign")), qPrintable(unmapped.err));

        const Run first = desk({ QStringLiteral("--json"), QStringLiteral("import"),
                                 QStringLiteral("platform"), file, QStringLiteral("--campaign"), campaign });
        QCOMPARE(first.exitCode, 0);
        const int imported
            = QJsonDocument::fromJson(first.out.toUtf8()).object().value(QStringLiteral("imported")).toInt();
        QVERIFY2(imported > 0, qPrintable(first.out + first.err));
        // The campaign is remembered for the platform's project: no --campaign the second time.
        const Run again = desk({ QStringLiteral("import"), QStringLiteral("platform"), file });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("imported 0, duplicates %1").arg(imported)),
                 qPrintable(again.out));

        const Run list = desk({ QStringLiteral("--json"), QStringLiteral("donations"), QStringLiteral("list"),
                                QStringLiteral("--campaign"), campaign, QStringLiteral("--sort"),
                                QStringLiteral("amount") });
        QCOMPARE(list.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(list.out.toUtf8()).object();
        QVERIFY(listed.value(QStringLiteral("total")).toInt() > 0);
        const QJsonArray rows = listed.value(QStringLiteral("donations")).toArray();
        QVERIFY(rows.first().toObject().value(QStringLiteral("amountCents")).toInteger()
                <= rows.last().toObject().value(QStringLiteral("amountCents")).toInteger());

        const QString out = m_dir.filePath(QStringLiteral("donations.csv"));
        const Run exported
            = desk({ QStringLiteral("donations"), QStringLiteral("export"), QStringLiteral("--out"), out,
                     QStringLiteral("--separator"), QStringLiteral(",") });
        QCOMPARE(exported.exitCode, 0);
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(",12.50,EUR,platform,"));

        const Run summary = desk({ QStringLiteral("--json"), QStringLiteral("ledger"),
                                   QStringLiteral("summary"), QStringLiteral("--campaign"), campaign });
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject totals = QJsonDocument::fromJson(summary.out.toUtf8()).object();
        QVERIFY(totals.value(QStringLiteral("raisedCents")).toInteger() > 0);
        QCOMPARE(totals.value(QStringLiteral("stillExpectedCents")).toInteger()
                     + totals.value(QStringLiteral("netReceivedCents")).toInteger()
                     - totals.value(QStringLiteral("flatFeeCents")).toInteger(),
                 totals.value(QStringLiteral("availableCents")).toInteger());
    }

    // Gifts typed on the command line follow the window's rules: a campaign that collects, an
    // amount within bounds, a confirmation (--confirm) above the desk's threshold; and a person
    // reading the French output sees labels, not codes (kept in --json).
    void handTypedGiftsFollowTheRules()
    {
        const QString path = m_dir.filePath(QStringLiteral("rules.db"));
        const auto at = [&](const QStringList& arguments, const QString& language = QStringLiteral("en")) {
            return cli(QStringList { QStringLiteral("--database"), path } + arguments, language);
        };
        QCOMPARE(at({ QStringLiteral("demo"), QStringLiteral("load") }).exitCode, 0);
        const auto firstWith = [&](const QString& status) {
            const Run list = at({ QStringLiteral("--json"), QStringLiteral("campaign"),
                                  QStringLiteral("list"), QStringLiteral("--status"), status });
            return QJsonDocument::fromJson(list.out.toUtf8())
                .array()
                .at(0)
                .toObject()
                .value(QStringLiteral("uuid"))
                .toString();
        };
        const QString published = firstWith(QStringLiteral("published"));
        const QString draft = firstWith(QStringLiteral("draft"));
        QVERIFY(!published.isEmpty() && !draft.isEmpty());
        const auto add = [&](const QString& campaign, const QString& amount, const QStringList& more = {}) {
            return at(QStringList { QStringLiteral("donations"), QStringLiteral("add"),
                                    QStringLiteral("--campaign"), campaign, QStringLiteral("--amount"),
                                    amount, QStringLiteral("--date"), QStringLiteral("2026-01-02"),
                                    QStringLiteral("--method"), QStringLiteral("cheque") }
                      + more);
        };
        const Run toDraft = add(draft, QStringLiteral("50"));
        QCOMPARE(toDraft.exitCode, 1);
        QVERIFY2(toDraft.err.contains(QStringLiteral("does not collect yet")), qPrintable(toDraft.err));
        const Run absurd = add(published, QStringLiteral("999999999"));
        QCOMPARE(absurd.exitCode, 2);
        QVERIFY2(absurd.err.contains(QStringLiteral("number of zeros")), qPrintable(absurd.err));
        const Run big = add(published, QStringLiteral("12000"));
        QCOMPARE(big.exitCode, 1);
        QVERIFY2(big.err.contains(QStringLiteral("--confirm")), qPrintable(big.err));
        QCOMPARE(add(published, QStringLiteral("12000"), { QStringLiteral("--confirm") }).exitCode, 0);
        QCOMPARE(at({ QStringLiteral("settings"), QStringLiteral("gifts"), QStringLiteral("--confirm-above"),
                      QStringLiteral("20000") })
                     .exitCode,
                 0);
        QCOMPARE(add(published, QStringLiteral("12000")).exitCode, 0);
        QCOMPARE(at({ QStringLiteral("settings"), QStringLiteral("gifts"), QStringLiteral("--confirm-above"),
                      QStringLiteral("0") })
                     .exitCode,
                 2);

        // Goals and budget lines are bounded too, and an impossible date is called so.
        const Run goal = at({ QStringLiteral("campaign"), QStringLiteral("set"), draft,
                              QStringLiteral("goal"), QStringLiteral("99999999999999") });
        QCOMPARE(goal.exitCode, 2);
        QVERIFY2(goal.err.contains(QStringLiteral("Funding goal")), qPrintable(goal.err));
        const Run line
            = at({ QStringLiteral("campaign"), QStringLiteral("budget"), QStringLiteral("add"), draft,
                   QStringLiteral("lawyer_fees"), QStringLiteral("5000000"), QStringLiteral("Avocat") });
        QCOMPARE(line.exitCode, 2);
        const Run date = at({ QStringLiteral("campaign"), QStringLiteral("set"), draft,
                              QStringLiteral("end-date"), QStringLiteral("2027-02-30") });
        QCOMPARE(date.exitCode, 2);
        QVERIFY2(date.err.contains(QStringLiteral("impossible date")), qPrintable(date.err));

        const Run french = at({ QStringLiteral("campaign"), QStringLiteral("list") }, QStringLiteral("fr"));
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(french.out.contains(QStringLiteral("Publiée"))
                     && french.out.contains(QStringLiteral("Brouillon")),
                 qPrintable(french.out));
        for (const QString& code : { QStringLiteral("published"), QStringLiteral("draft"),
                                     QStringLiteral("in_review"), QStringLiteral("environment") })
            QVERIFY2(!french.out.contains(code), qPrintable(code));
        const Run gifts = at({ QStringLiteral("donations"), QStringLiteral("list"),
                               QStringLiteral("--method"), QStringLiteral("cheque") },
                             QStringLiteral("fr"));
        QVERIFY2(gifts.out.contains(QStringLiteral("Chèque"))
                     && !gifts.out.contains(QStringLiteral(" cheque ")),
                 qPrintable(gifts.out.left(400)));
        const Run json = at({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("list") },
                            QStringLiteral("fr"));
        QVERIFY(json.out.contains(QStringLiteral("\"published\"")));
    }

    // What a tax receipt needs, typed on the command line: a company with its SIREN, the receipts
    // the donor wants, the consent's date and source; refusals name the field (exit 1), a bad
    // code is a usage error (exit 2); show and --json print them.
    void donorsTakeTheirReceiptFields()
    {
        const auto json = [](const Run& run) {
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };
        const Run added
            = desk({ QStringLiteral("--json"), QStringLiteral("donors"), QStringLiteral("add"),
                     QStringLiteral("Scierie Dubois SARL"), QStringLiteral("--company"),
                     QStringLiteral("--siren"), QStringLiteral("900 100 207"), QStringLiteral("--receipt"),
                     QStringLiteral("annual"), QStringLiteral("--consent"), QStringLiteral("yes"),
                     QStringLiteral("--consent-date"), QStringLiteral("2025-11-04"),
                     QStringLiteral("--consent-source"), QStringLiteral("bulletin papier") });
        QCOMPARE(added.exitCode, 0);
        const QJsonObject company = json(added);
        QCOMPARE(company.value(QStringLiteral("legalKind")).toString(), QStringLiteral("company"));
        QCOMPARE(company.value(QStringLiteral("siren")).toString(), QStringLiteral("900100207"));
        QCOMPARE(company.value(QStringLiteral("receiptChoice")).toString(), QStringLiteral("annual"));
        QCOMPARE(company.value(QStringLiteral("consentDate")).toString(), QStringLiteral("2025-11-04"));
        QCOMPARE(company.value(QStringLiteral("consentSource")).toString(),
                 QStringLiteral("bulletin papier"));
        const QString id = company.value(QStringLiteral("uuid")).toString();

        const Run person
            = desk({ QStringLiteral("donors"), QStringLiteral("add"), QStringLiteral("Jean Martin"),
                     QStringLiteral("--siren"), QStringLiteral("900100207") });
        QCOMPARE(person.exitCode, 1);
        QVERIFY2(person.err.contains(QStringLiteral("SIREN: only a company")), qPrintable(person.err));
        const Run luhn
            = desk({ QStringLiteral("donors"), QStringLiteral("add"), QStringLiteral("Atelier"),
                     QStringLiteral("--company"), QStringLiteral("--siren"), QStringLiteral("900100208") });
        QCOMPARE(luhn.exitCode, 1);
        QVERIFY2(luhn.err.contains(QStringLiteral("Luhn")), qPrintable(luhn.err));
        const Run code = desk({ QStringLiteral("donors"), QStringLiteral("add"), QStringLiteral("Zoé"),
                                QStringLiteral("--receipt"), QStringLiteral("monthly") });
        QCOMPARE(code.exitCode, 2);
        QVERIFY2(code.err.contains(QStringLiteral("per_gift, annual, none")), qPrintable(code.err));
        const Run future = desk({ QStringLiteral("donors"), QStringLiteral("edit"), id.left(8),
                                  QStringLiteral("--consent-date"), QStringLiteral("2099-01-01") });
        QCOMPARE(future.exitCode, 1);
        QVERIFY2(future.err.contains(QStringLiteral("Consent date")), qPrintable(future.err));

        // Back to a person: the SIREN goes; an empty date forgets the date.
        const Run edited = desk({ QStringLiteral("--json"), QStringLiteral("donors"), QStringLiteral("edit"),
                                  id.left(8), QStringLiteral("--person"), QStringLiteral("--receipt"),
                                  QStringLiteral("none"), QStringLiteral("--consent-date"), QString() });
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(json(edited).value(QStringLiteral("legalKind")).toString(), QStringLiteral("person"));
        QCOMPARE(json(edited).value(QStringLiteral("siren")).toString(), QString());
        QVERIFY(json(edited).value(QStringLiteral("consentDate")).isNull());
        QCOMPARE(json(edited).value(QStringLiteral("consentSource")).toString(),
                 QStringLiteral("bulletin papier"));

        const Run shown = desk({ QStringLiteral("donors"), QStringLiteral("show"), id.left(8) });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("No receipt"))
                     && shown.out.contains(QStringLiteral("Person")),
                 qPrintable(shown.out));
        const Run listed
            = desk({ QStringLiteral("--json"), QStringLiteral("donors"), QStringLiteral("list") });
        QVERIFY2(listed.out.contains(QStringLiteral("\"receiptChoice\": \"none\"")), qPrintable(listed.out));
    }

    // A gift's counterpart: given when the gift is added or corrected, never more than the gift
    // (exit 1, naming the counterpart), printed by show and --json.
    void donationsTakeACounterpart()
    {
        const QString path = m_dir.filePath(QStringLiteral("counterpart.db"));
        const auto at = [&](const QStringList& arguments) {
            return cli(QStringList { QStringLiteral("--database"), path } + arguments);
        };
        QCOMPARE(at({ QStringLiteral("demo"), QStringLiteral("load") }).exitCode, 0);
        const Run campaigns
            = at({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("list"),
                   QStringLiteral("--status"), QStringLiteral("published") });
        const QString published = QJsonDocument::fromJson(campaigns.out.toUtf8())
                                      .array()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("uuid"))
                                      .toString();
        QVERIFY(!published.isEmpty());
        const QStringList gift = { QStringLiteral("donations"),  QStringLiteral("add"),
                                   QStringLiteral("--campaign"), published,
                                   QStringLiteral("--amount"),   QStringLiteral("60"),
                                   QStringLiteral("--date"),     QStringLiteral("2026-01-02"),
                                   QStringLiteral("--method"),   QStringLiteral("cheque") };
        const Run tooMuch = at(gift + QStringList { QStringLiteral("--counterpart"), QStringLiteral("61") });
        QCOMPARE(tooMuch.exitCode, 1);
        QVERIFY2(tooMuch.err.contains(QStringLiteral("Counterpart:")), qPrintable(tooMuch.err));
        const Run negative = at(gift + QStringList { QStringLiteral("--counterpart"), QStringLiteral("-5") });
        QCOMPARE(negative.exitCode, 2);

        const Run added = at(QStringList { QStringLiteral("--json") } + gift
                             + QStringList { QStringLiteral("--counterpart"), QStringLiteral("15") });
        QCOMPARE(added.exitCode, 0);
        const QJsonObject created = QJsonDocument::fromJson(added.out.toUtf8()).object();
        QCOMPARE(created.value(QStringLiteral("counterpartCents")).toInteger(), 1500);
        const QString id = created.value(QStringLiteral("uuid")).toString().left(8);

        const Run edited = at({ QStringLiteral("--json"), QStringLiteral("donations"), QStringLiteral("edit"),
                                id, QStringLiteral("--counterpart"), QStringLiteral("20.50") });
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(edited.out.toUtf8())
                     .object()
                     .value(QStringLiteral("counterpartCents"))
                     .toInteger(),
                 2050);
        const Run lowered = at({ QStringLiteral("donations"), QStringLiteral("edit"), id,
                                 QStringLiteral("--amount"), QStringLiteral("20") });
        QCOMPARE(lowered.exitCode, 1);
        QVERIFY2(lowered.err.contains(QStringLiteral("Counterpart:")), qPrintable(lowered.err));

        const Run shown = at({ QStringLiteral("donations"), QStringLiteral("show"), id });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("Counterpart"))
                     && shown.out.contains(QStringLiteral("20.50")),
                 qPrintable(shown.out));
        const Run listed = at({ QStringLiteral("--json"), QStringLiteral("donations"), QStringLiteral("list"),
                                QStringLiteral("--method"), QStringLiteral("cheque") });
        QVERIFY2(listed.out.contains(QStringLiteral("\"counterpartCents\": 2050")),
                 qPrintable(listed.out.left(600)));
    }

private:
    Run desk(const QStringList& arguments)
    {
        return cli(QStringList { QStringLiteral("--database"), m_dir.filePath(QStringLiteral("desk.db")) }
                   + arguments);
    }

    Run cli(const QStringList& arguments, const QString& language = QStringLiteral("en"))
    {
        return runCliText(QStringLiteral(CASEDESK_CLI_PATH), arguments,
                          m_dir.filePath(QStringLiteral("data")), language);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDonationCli)
#include "tst_donation_cli.moc"

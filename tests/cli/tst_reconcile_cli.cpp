// casedesk-cli reconcile, run as a script would: proposals as text and JSON, --auto above a
// score, accept / reject / match / unmatch / close / reopen, the messages and exit codes
// (0 ok, 1 refused, 2 usage).

#include "CliProcess.h"
#include "ReconcileFixtures.h"
#include "TempDesk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

using Run = CliRun;

const QString kIban = QStringLiteral("FR7630006000011234567890189");

} // namespace

class TestReconcileCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_deskPath = m_dir.filePath(QStringLiteral("desk-%1.db").arg(++m_deskCount));
        // The desk as the importers would leave it: one account, a March statement, four credits.
        Database db(uniqueConnectionName(QStringLiteral("cli-fixture")));
        QString error;
        QVERIFY2(db.open(m_deskPath, &error), qPrintable(error));
        const QString account = ledger::account(db, kIban);
        const QString march = ledger::statement(db, account, QDate(2026, 3, 1), QDate(2026, 3, 31), 0, 27000);
        m_payoutLine
            = ledger::line(db, account, march, QDate(2026, 3, 10), 15000, QStringLiteral("VIR ULULE PO-77"));
        m_transferLine
            = ledger::line(db, account, march, QDate(2026, 3, 12), 5000, QStringLiteral("VIREMENT"));
        m_depositLine
            = ledger::line(db, account, march, QDate(2026, 3, 20), 6000, QStringLiteral("REMISE CHEQUES"));
        m_strayLine = ledger::line(db, account, march, QDate(2026, 3, 22), 1000, QStringLiteral("INCONNU"));
        m_payout = ledger::payout(db, QDate(2026, 3, 6), 15000, QStringLiteral("PO-77"));
        m_transfer = ledger::donation(db, QDate(2026, 3, 9), 5000);
        m_cheque1 = ledger::donation(db, QDate(2026, 3, 18), 4000, QStringLiteral("cheque"));
        m_cheque2 = ledger::donation(db, QDate(2026, 3, 18), 2000, QStringLiteral("cheque"));
        m_gift = ledger::donation(db, QDate(2026, 3, 22), 600, QStringLiteral("cash"));
        m_gift2 = ledger::donation(db, QDate(2026, 3, 22), 400, QStringLiteral("cash"));
    }

    void proposalsAsTextAndJson()
    {
        const Run text = cli({ QStringLiteral("reconcile") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("reference 'PO-77' in the label")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("2 cheques of the same day add up to the credit")));
        QVERIFY(text.err.isEmpty());

        const Run json = cli(
            { QStringLiteral("--json"), QStringLiteral("reconcile"), QStringLiteral("--account"), kIban });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray proposals = QJsonDocument::fromJson(json.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("proposals"))
                                         .toArray();
        QCOMPARE(proposals.size(), 4);
        const QJsonObject first = proposals.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("score")).toInt(), 96);
        QCOMPARE(first.value(QStringLiteral("bankLine")).toObject().value(QStringLiteral("uuid")).toString(),
                 m_payoutLine);
        QCOMPARE(first.value(QStringLiteral("targets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("payout"));

        const Run filtered = cli({ QStringLiteral("--json"), QStringLiteral("reconcile"),
                                   QStringLiteral("--min-score"), QStringLiteral("75") });
        QCOMPARE(QJsonDocument::fromJson(filtered.out.toUtf8())
                     .object()
                     .value(QStringLiteral("proposals"))
                     .toArray()
                     .size(),
                 2);
    }

    void autoAcceptsAboveTheThreshold()
    {
        const Run run
            = cli({ QStringLiteral("--json"), QStringLiteral("reconcile"), QStringLiteral("--auto") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("accepted")).toInt(), 1); // only the payout scores 90+
        QCOMPARE(object.value(QStringLiteral("minScore")).toInt(), 90);
        const Run rest = cli({ QStringLiteral("reconcile"), QStringLiteral("--auto"),
                               QStringLiteral("--min-score"), QStringLiteral("0") });
        QCOMPARE(rest.exitCode, 0);
        QVERIFY2(rest.out.contains(QStringLiteral("Accepted 3 proposals scoring 0 or more.")),
                 qPrintable(rest.out));
        QVERIFY(cli({ QStringLiteral("reconcile") }).out.contains(QStringLiteral("No proposals.")));
    }

    void acceptRejectMatchUnmatch()
    {
        QCOMPARE(
            cli({ QStringLiteral("reconcile"), QStringLiteral("accept"), m_payoutLine.left(8) }).exitCode, 0);
        const Run again = cli({ QStringLiteral("reconcile"), QStringLiteral("accept"), m_payoutLine });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("There is no proposal for")), qPrintable(again.err));

        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("reject"), m_transferLine }).exitCode, 0);
        const Run after = cli({ QStringLiteral("--json"), QStringLiteral("reconcile") });
        const QJsonArray proposals = QJsonDocument::fromJson(after.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("proposals"))
                                         .toArray();
        for (const QJsonValue& proposal : proposals)
            QVERIFY(proposal.toObject()
                        .value(QStringLiteral("bankLine"))
                        .toObject()
                        .value(QStringLiteral("uuid"))
                        .toString()
                    != m_transferLine);

        const Run wrong
            = cli({ QStringLiteral("reconcile"), QStringLiteral("match"), m_depositLine, m_cheque1, m_gift });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(
                     QStringLiteral("add up to €46.00 but the bank line is €60.00: a difference of €14.00")),
                 qPrintable(wrong.err));
        QCOMPARE(
            cli({ QStringLiteral("reconcile"), QStringLiteral("match"), m_depositLine, m_cheque1, m_cheque2 })
                .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("unmatch"), m_depositLine }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("unmatch"), m_depositLine }).exitCode, 1);
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("match"), QStringLiteral("zz") }).exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("unmatch"), QStringLiteral("ffff0000") })
                     .exitCode,
                 1);
    }

    void closeAndReopen()
    {
        const Run early = cli({ QStringLiteral("reconcile"), QStringLiteral("close"), kIban,
                                QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31") });
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("4 credits of the period are not reconciled yet")),
                 qPrintable(early.err));
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("--auto"), QStringLiteral("--min-score"),
                       QStringLiteral("0") })
                     .exitCode,
                 0);
        const Run closed = cli({ QStringLiteral("reconcile"), QStringLiteral("close"), kIban,
                                 QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31") });
        QCOMPARE(closed.exitCode, 0);
        const Run locked = cli({ QStringLiteral("reconcile"), QStringLiteral("unmatch"), m_transferLine });
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.err.contains(QStringLiteral("is in the closed period")), qPrintable(locked.err));

        const Run noReason = cli(
            { QStringLiteral("reconcile"), QStringLiteral("reopen"), kIban, QStringLiteral("2026-03-12") });
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.err.contains(QStringLiteral("--reason")));
        QCOMPARE(
            cli({ QStringLiteral("reconcile"), QStringLiteral("reopen"), kIban, QStringLiteral("2026-03-12"),
                  QStringLiteral("--reason"), QStringLiteral("wrong donor") })
                .exitCode,
            0);
        const Run periods
            = cli({ QStringLiteral("--json"), QStringLiteral("reconcile"), QStringLiteral("periods") });
        QCOMPARE(QJsonDocument::fromJson(periods.out.toUtf8())
                     .object()
                     .value(QStringLiteral("periods"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("reopened"));
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("unmatch"), m_transferLine }).exitCode, 0);
    }

    void usageErrors()
    {
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("--min-score"), QStringLiteral("200") })
                     .exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("--frobnicate") }).exitCode, 2);
        QCOMPARE(
            cli({ QStringLiteral("reconcile"), QStringLiteral("close"), kIban, QStringLiteral("2026-03-01") })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("reconcile"), QStringLiteral("close"), kIban,
                       QStringLiteral("2026-03-01"), QStringLiteral("March") })
                     .exitCode,
                 2);
    }

private:
    Run cli(const QStringList& arguments)
    {
        return runCliText(QStringLiteral(CASEDESK_CLI_PATH),
                          QStringList { QStringLiteral("--database"), m_deskPath } + arguments,
                          m_dir.filePath(QStringLiteral("data")));
    }

    QTemporaryDir m_dir;
    QString m_deskPath;
    int m_deskCount = 0;
    QString m_payoutLine;
    QString m_transferLine;
    QString m_depositLine;
    QString m_strayLine;
    QString m_payout;
    QString m_transfer;
    QString m_cheque1;
    QString m_cheque2;
    QString m_gift;
    QString m_gift2;
};

QTEST_GUILESS_MAIN(TestReconcileCli)
#include "tst_reconcile_cli.moc"

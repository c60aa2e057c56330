// casedesk-cli's procedure, deadline, holidays and calendar commands, run as a user would: the
// due date on the first line, the exit codes (0 ok, 1 runtime error, 2 usage error), JSON that
// parses, a procedure with its notification and deadline on a real desk file, and a calendar
// export that either writes the whole file or nothing.

#include "CliProcess.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;

using Run = CliRun;

class TestProcedureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    }

    void deadlineFirstLineIsTheDueDate()
    {
        const Run run
            = cli({ QStringLiteral("deadline"), QStringLiteral("cja-r421-1"), QStringLiteral("2007-10-01") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("2007-12-03"));
        QVERIFY2(run.out.contains(QStringLiteral("Sunday 2 December 2007 is a Sunday")), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void deadlineInAlsaceMoselleAndJson()
    {
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("deadline"), QStringLiteral("cpc-490"),
                              QStringLiteral("2026-03-19"), QStringLiteral("--region"),
                              QStringLiteral("alsace-moselle") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("due")).toString(), QStringLiteral("2026-04-07"));
        QCOMPARE(object.value(QStringLiteral("rawEnd")).toString(), QStringLiteral("2026-04-03"));
        QCOMPARE(object.value(QStringLiteral("article")).toString(), QStringLiteral("CPC, art. 490"));
        QCOMPARE(object.value(QStringLiteral("shifts")).toArray().size(), 4);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown rule") << QStringList { QStringLiteral("deadline"), QStringLiteral("cpc-999"),
                                                       QStringLiteral("2026-01-01") }
                                      << QStringLiteral("no deadline rule \"cpc-999\"");
        QTest::newRow("bad date") << QStringList { QStringLiteral("deadline"), QStringLiteral("cpc-538"),
                                                   QStringLiteral("2026-02-30") }
                                  << QStringLiteral("START_DATE");
        QTest::newRow("missing date") << QStringList { QStringLiteral("deadline"), QStringLiteral("cpc-538") }
                                      << QStringLiteral("Missing argument START_DATE");
        QTest::newRow("bad region") << QStringList { QStringLiteral("holidays"), QStringLiteral("2026"),
                                                     QStringLiteral("--region"), QStringLiteral("corse") }
                                    << QStringLiteral("alsace-moselle");
        QTest::newRow("bad year") << QStringList { QStringLiteral("holidays"), QStringLiteral("20x6") }
                                  << QStringLiteral("YEAR");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void holidays()
    {
        const Run metropole
            = cli({ QStringLiteral("--json"), QStringLiteral("holidays"), QStringLiteral("2026") });
        QCOMPARE(metropole.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(metropole.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("holidays"))
                                    .toArray();
        QCOMPARE(list.size(), 11);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-04-06"));
        const Run alsace = cli({ QStringLiteral("holidays"), QStringLiteral("2026"),
                                 QStringLiteral("--region"), QStringLiteral("alsace-moselle") });
        QCOMPARE(alsace.exitCode, 0);
        QVERIFY(alsace.out.contains(QStringLiteral("2026-04-03")));
        QVERIFY(alsace.out.contains(QStringLiteral("2026-12-26")));
    }

    void procedureNotificationDeadlineAndCalendar()
    {
        const QString desk = m_dir.filePath(QStringLiteral("desk.db"));
        const auto onDesk = [&](QStringList arguments) {
            return cli(QStringList { QStringLiteral("--database"), desk } + arguments);
        };
        const Run created
            = onDesk({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("Zone humide") });
        QCOMPARE(created.exitCode, 0);
        const QString campaign
            = created.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().section(QLatin1Char(' '), -1);

        const Run refused = onDesk({ QStringLiteral("procedure"), QStringLiteral("add"), campaign,
                                     QStringLiteral("tribunal-martien"), QStringLiteral("appel") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("tribunal-administratif")));

        const Run added
            = onDesk({ QStringLiteral("--json"), QStringLiteral("procedure"), QStringLiteral("add"), campaign,
                       QStringLiteral("tribunal-administratif"), QStringLiteral("recours-exces-pouvoir"),
                       QStringLiteral("--court-name"), QStringLiteral("Tribunal administratif de Strasbourg"),
                       QStringLiteral("--region"), QStringLiteral("alsace-moselle") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
        const QString procedure
            = QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("uuid")).toString();
        QVERIFY(!procedure.isEmpty());

        // 17 February 2025: the franc end, Good Friday 18 April, is a holiday in Alsace-Moselle.
        const Run notified
            = onDesk({ QStringLiteral("--json"), QStringLiteral("procedure"), QStringLiteral("milestone"),
                       QStringLiteral("add"), procedure.left(8), QStringLiteral("notification"),
                       QStringLiteral("2025-02-17"), QStringLiteral("--deadline"), QStringLiteral("auto") });
        QVERIFY2(notified.exitCode == 0, qPrintable(notified.err + notified.out));
        const QJsonObject deadline = QJsonDocument::fromJson(notified.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("deadline"))
                                         .toObject();
        QCOMPARE(deadline.value(QStringLiteral("rule")).toString(), QStringLiteral("cja-r811-2"));
        QCOMPARE(deadline.value(QStringLiteral("date")).toString(), QStringLiteral("2025-04-22"));

        // A hearing shown on the campaign's public page; a deadline never is (exit 1, nothing changed).
        const Run hearing
            = onDesk({ QStringLiteral("--json"), QStringLiteral("procedure"), QStringLiteral("milestone"),
                       QStringLiteral("add"), procedure.left(8), QStringLiteral("hearing"),
                       QStringLiteral("2025-01-20"), QStringLiteral("--public") });
        QVERIFY2(hearing.exitCode == 0, qPrintable(hearing.err + hearing.out));
        QVERIFY(
            QJsonDocument::fromJson(hearing.out.toUtf8()).object().value(QStringLiteral("public")).toBool());
        const QString deadlineId = deadline.value(QStringLiteral("uuid")).toString();
        const Run publicDeadline
            = onDesk({ QStringLiteral("procedure"), QStringLiteral("milestone"), QStringLiteral("set"),
                       deadlineId.left(8), QStringLiteral("public"), QStringLiteral("yes") });
        QCOMPARE(publicDeadline.exitCode, 1);
        QVERIFY2(publicDeadline.err.contains(QStringLiteral("never shown")), qPrintable(publicDeadline.err));
        const Run shown = onDesk({ QStringLiteral("procedure"), QStringLiteral("show"), procedure.left(8) });
        QCOMPARE(shown.out.count(QStringLiteral("[public]")), 1);

        // A deadline from today appears on the dashboard.
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(onDesk({ QStringLiteral("procedure"), QStringLiteral("milestone"), QStringLiteral("add"),
                          procedure.left(8), QStringLiteral("notification"), today,
                          QStringLiteral("--deadline"), QStringLiteral("cja-r811-2") })
                     .exitCode,
                 0);
        const Run due = onDesk({ QStringLiteral("--json"), QStringLiteral("deadline"), QStringLiteral("due"),
                                 QStringLiteral("--within"), QStringLiteral("100") });
        QCOMPARE(due.exitCode, 0);
        const QJsonArray items
            = QJsonDocument::fromJson(due.out.toUtf8()).object().value(QStringLiteral("deadlines")).toArray();
        QCOMPARE(items.size(), 2); // the 2025 one, overdue, then today's
        QVERIFY(items.at(0).toObject().value(QStringLiteral("overdue")).toBool());
        QVERIFY(!items.at(1).toObject().value(QStringLiteral("overdue")).toBool());

        const QString ics = m_dir.filePath(QStringLiteral("deadlines.ics"));
        const Run exported
            = onDesk({ QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--out"), ics });
        QCOMPARE(exported.exitCode, 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QCOMPARE(data.count("BEGIN:VEVENT"), 5);
        QCOMPARE(data.count("BEGIN:VALARM"), 7); // the hearing has one too

        const QString nowhere = m_dir.filePath(QStringLiteral("missing/deadlines.ics"));
        const Run failed = onDesk(
            { QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--out"), nowhere });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains(nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }

private:
    Run cli(const QStringList& arguments)
    {
        return runCliText(QStringLiteral(CASEDESK_CLI_PATH), arguments,
                          m_dir.filePath(QStringLiteral("data")));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProcedureCli)
#include "tst_procedure_cli.moc"

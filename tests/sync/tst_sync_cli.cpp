// casedesk-cli's sync commands as scripts use them, against a real casedesk-platform process:
// sync with CASEDESK_TOKEN, conflicts list/show/resolve, and their exit codes (0, 1, 2).

#include "CliProcess.h"
#include "PlatformWithDesks.h"
#include "Samples.h"
#include "TempDesk.h"

#include "common/Clock.h"
#include "storage/Outbox.h"
#include "sync/ConflictStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

void edit(TempDesk& desk, const QUuid& uuid, const QString& title, const QString& court)
{
    Campaign campaign = *desk.campaigns().load(uuid);
    campaign.title = title;
    campaign.court = court;
    desk.campaigns().save(campaign);
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conflictShownAndResolvedPerFieldThenSynced();
    void platformDonationsListedAfterSync();

private:
    ProcessResult cli(const QString& deskPath, const QStringList& arguments);

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

void TestSyncCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_environment = isolatedEnvironment(m_home.path());
}

ProcessResult TestSyncCli::cli(const QString& deskPath, const QStringList& arguments)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), deskPath, arguments, m_environment);
}

void TestSyncCli::conflictShownAndResolvedPerFieldThenSynced()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    m_environment.insert(QStringLiteral("CASEDESK_TOKEN"), QString::fromUtf8(server.token()));
    const QUuid uuid
        = a.campaigns().create(completeCampaign(Clock::today(), QStringLiteral("Origin"))).sync.uuid;
    const QStringList sync { QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl() };
    CLI_EXPECT(cli(a.path(), sync), kSuccess);
    CLI_EXPECT(cli(b.path(), sync), kSuccess);
    edit(a, uuid, QStringLiteral("Title from A"), QStringLiteral("Court from A"));
    edit(b, uuid, QStringLiteral("Title from B"), QStringLiteral("Court from B"));
    CLI_EXPECT(cli(a.path(), sync), kSuccess);
    CLI_EXPECT(cli(b.path(), sync), kRuntimeError); // one new conflict: not converged

    const QString id = uuid.toString(QUuid::WithoutBraces).left(8);
    const ProcessResult shown = cli(
        b.path(), { QStringLiteral("--json"), QStringLiteral("conflicts"), QStringLiteral("show"), id });
    CLI_EXPECT(shown, kSuccess);
    const QJsonArray fields
        = QJsonDocument::fromJson(shown.standardOutput).object().value(QStringLiteral("fields")).toArray();
    QStringList choosable;
    for (const QJsonValue& field : fields) {
        if (field[QStringLiteral("choosable")].toBool())
            choosable.append(field[QStringLiteral("field")].toString());
        if (field[QStringLiteral("field")].toString() == QLatin1String("title")) {
            QCOMPARE(field[QStringLiteral("mine")].toString(), QStringLiteral("Title from B"));
            QCOMPARE(field[QStringLiteral("theirs")].toString(), QStringLiteral("Title from A"));
        }
    }
    QCOMPARE(choosable, QStringList({ QStringLiteral("title"), QStringLiteral("court") }));
    const ProcessResult table = cli(b.path(), { QStringLiteral("conflicts"), QStringLiteral("show"), id });
    CLI_EXPECT(table, kSuccess);
    QVERIFY(table.standardOutput.contains("Title from B") && table.standardOutput.contains("Court from A"));

    const QStringList resolve { QStringLiteral("conflicts"), QStringLiteral("resolve"), id };
    CLI_EXPECT(cli(b.path(), resolve), kUsageError); // nothing decided
    CLI_EXPECT(
        cli(b.path(), resolve + QStringList { QStringLiteral("--take"), QStringLiteral("title=mine") }),
        kUsageError); // court undecided
    CLI_EXPECT(
        cli(b.path(), resolve + QStringList { QStringLiteral("--take"), QStringLiteral("colour=mine") }),
        kUsageError);
    CLI_EXPECT(cli(b.path(), resolve + QStringList { QStringLiteral("--keep"), QStringLiteral("both") }),
               kUsageError);
    CLI_EXPECT(
        cli(b.path(), { QStringLiteral("conflicts"), QStringLiteral("show"), QStringLiteral("99999") }),
        kRuntimeError);
    QCOMPARE(ConflictStore(b.database()).openConflicts().size(), 1); // refusals changed nothing

    CLI_EXPECT(cli(b.path(),
                   resolve
                       + QStringList { QStringLiteral("--take"), QStringLiteral("title=mine"),
                                       QStringLiteral("--take"), QStringLiteral("court=theirs") }),
               kSuccess);
    const ProcessResult listed = cli(b.path(), { QStringLiteral("conflicts"), QStringLiteral("list") });
    QVERIFY(listed.standardOutput.contains("No conflicts."));
    CLI_EXPECT(cli(b.path(),
                   { QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                     QStringLiteral("mine") }),
               kRuntimeError); // already resolved
    CLI_EXPECT(cli(b.path(), sync), kSuccess);
    CLI_EXPECT(cli(a.path(), sync), kSuccess);
    for (TempDesk* desk : { &a, &b }) {
        const Campaign campaign = *desk->campaigns().load(uuid);
        QCOMPARE(campaign.title, QStringLiteral("Title from B"));
        QCOMPARE(campaign.court, QStringLiteral("Court from A"));
        QCOMPARE(desk->database().scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 1);
        QCOMPARE(Outbox::pendingCount(desk->database()), 0);
    }
}

void TestSyncCli::platformDonationsListedAfterSync()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    m_environment.insert(QStringLiteral("CASEDESK_TOKEN"), QString::fromUtf8(server.token()));
    const QUuid uuid
        = desk.campaigns().create(completeCampaign(Clock::today(), QStringLiteral("Origin"))).sync.uuid;
    const QStringList sync { QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl() };
    CLI_EXPECT(cli(desk.path(), sync), kSuccess);
    for (const auto& [cents, order] :
         { std::pair { 4200, QStringLiteral("ORD-1") }, std::pair { 1800, QStringLiteral("ORD-2") } }) {
        const QJsonObject data { { QStringLiteral("campaignId"), uuid.toString(QUuid::WithoutBraces) },
                                 { QStringLiteral("amountCents"), cents },
                                 { QStringLiteral("date"), QStringLiteral("2026-11-02") },
                                 { QStringLiteral("status"), QStringLiteral("paid") },
                                 { QStringLiteral("orderId"), order } };
        int exitCode = -1;
        PlatformProcess::runCommand({ QStringLiteral("feed"), QStringLiteral("add"), QStringLiteral("--data"),
                                      server.dataDir(), QStringLiteral("--kind"), QStringLiteral("donation"),
                                      QStringLiteral("--json"),
                                      QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)) },
                                    &exitCode);
        QCOMPARE(exitCode, 0);
    }
    CLI_EXPECT(cli(desk.path(), sync), kSuccess);
    CLI_EXPECT(cli(desk.path(), sync), kSuccess); // converged: nothing left to send
    const ProcessResult listed
        = cli(desk.path(), { QStringLiteral("--json"), QStringLiteral("donations"), QStringLiteral("list") });
    CLI_EXPECT(listed, kSuccess);
    const QJsonObject json = QJsonDocument::fromJson(listed.standardOutput).object();
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 2);
    QHash<QString, int> amounts;
    for (const QJsonValue& row : json.value(QStringLiteral("donations")).toArray()) {
        amounts.insert(row[QStringLiteral("order")].toString(), row[QStringLiteral("amountCents")].toInt());
        QCOMPARE(row[QStringLiteral("platform")].toString(), QStringLiteral("platform"));
        QCOMPARE(row[QStringLiteral("campaign")].toString(), QStringLiteral("Origin"));
    }
    QCOMPARE(amounts.value(QStringLiteral("ORD-1")), 4200);
    QCOMPARE(amounts.value(QStringLiteral("ORD-2")), 1800);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"

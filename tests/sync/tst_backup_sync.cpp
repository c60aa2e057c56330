// A restored desk syncs as the desk it was backed up from: its records keep their identities,
// revisions and platform versions, its outbox is kept, so the platform sees the same records
// (no duplicate, no conflict) and receives the changes that were waiting.

#include "CliProcess.h"
#include "DeskContents.h"
#include "PlatformHarness.h"
#include "Samples.h"
#include "TempDesk.h"

#include "common/Clock.h"
#include "storage/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestBackupSync : public QObject
{
    Q_OBJECT

private slots:
    void restoredDeskSyncsAsTheOriginal();

private:
    ProcessResult cli(const QString& deskPath, const QStringList& arguments);

    QProcessEnvironment m_environment;
};

ProcessResult TestBackupSync::cli(const QString& deskPath, const QStringList& arguments)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), deskPath, arguments, m_environment);
}

void TestBackupSync::restoredDeskSyncsAsTheOriginal()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    m_environment = isolatedEnvironment(home.path());
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    m_environment.insert(QStringLiteral("CASEDESK_TOKEN"), QString::fromUtf8(server.token()));
    const QStringList sync { QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl() };

    TempDesk original;
    CASEDESK_VERIFY_DESK(original);
    Campaign pushed = original.campaigns().create(completeCampaign(Clock::today(), QStringLiteral("Pushed")));
    ProcessResult result = cli(original.path(), sync);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    // Waiting in the outbox when the backup is made: an edit of a pushed record and a new one.
    pushed = *original.campaigns().load(pushed.sync.uuid);
    pushed.title = QStringLiteral("Edited after the push");
    original.campaigns().save(pushed);
    const QUuid drafted = original.campaigns()
                              .create(completeCampaign(Clock::today(), QStringLiteral("Drafted offline")))
                              .sync.uuid;
    QCOMPARE(Outbox::pendingCount(original.database()), 2);

    const QString archive = home.filePath(QStringLiteral("desk.casedesk-backup"));
    result = cli(original.path(),
                 { QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out"), archive });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QString restored = home.filePath(QStringLiteral("restored/desk.db"));
    result = cli(
        restored,
        { QStringLiteral("desk"), QStringLiteral("restore"), archive, QStringLiteral("--to"), restored });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(dumpTables(restored).value(QStringLiteral("outbox")),
             dumpTables(original.path()).value(QStringLiteral("outbox")));

    result = cli(restored, sync); // exit 1 on any conflict or refused record
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = cli(restored, sync);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

    // A colleague's new desk sees exactly the two campaigns, with the restored desk's changes.
    TempDesk colleague;
    CASEDESK_VERIFY_DESK(colleague);
    result = cli(colleague.path(), sync);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(colleague.campaigns().count({}), 2);
    QCOMPARE(colleague.campaigns().load(pushed.sync.uuid)->title, QStringLiteral("Edited after the push"));
    QCOMPARE(colleague.campaigns().load(drafted)->title, QStringLiteral("Drafted offline"));
}

QTEST_GUILESS_MAIN(TestBackupSync)
#include "tst_backup_sync.moc"

// casedesk-cli desk backup|restore as scripts use them: real processes on real desks, exit codes
// 0/1/2, messages on stderr, JSON on stdout, and an interrupted backup that leaves nothing.

#include "CliProcess.h"
#include "DeskContents.h"
#include "SqliteFile.h"

#include "backup/DeskBackup.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace casedesk;
using namespace casedesk::test;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A desk's tables without the date of its last backup, which `desk backup` records after the
// copy was made.
QMap<QString, QStringList> withoutBackupDates(QMap<QString, QStringList> dump)
{
    dump[QStringLiteral("settings")].removeIf(
        [](const QString& line) { return line.startsWith(QStringLiteral("backup.")); });
    return dump;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void plainRoundTrip();
    void encryptedRoundTripAndWrongPassphrase();
    void passphraseFileProblemsWriteNothing();
    void usageErrors();
    void restoreRefusesAnExistingDeskAndANewerBackup();
    void interruptedBackupLeavesNothing();

private:
    ProcessResult cli(const QStringList& arguments, const QString& desk = {});
    QString path(const QString& relative) const { return m_dir->filePath(relative); }
    // Files of `size` bytes each attached to a new campaign: `count` distinct contents.
    void attachFiles(int count, qint64 size);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_desk;
    int m_vaultFiles = 0; // what the desk's vault holds once the test's files are attached
    QProcessEnvironment m_environment;
};

void TestBackupCli::init()
{
    QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_desk = path(QStringLiteral("desk/desk.db"));
    m_environment = isolatedEnvironment(m_dir->path());
    CLI_EXPECT(cli({ QStringLiteral("demo"), QStringLiteral("load") }), kSuccess);
    m_vaultFiles = int(vaultContents(m_desk).size()) + 3; // the demo's pieces, and three more
    attachFiles(3, 200 * 1024);
    QVERIFY(writeFile(path(QStringLiteral("pass.txt")), "une phrase de passe\n"));
}

void TestBackupCli::cleanup()
{
    m_dir.reset();
}

ProcessResult TestBackupCli::cli(const QStringList& arguments, const QString& desk)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), desk.isEmpty() ? m_desk : desk, arguments, m_environment,
                  60000);
}

void TestBackupCli::attachFiles(int count, qint64 size)
{
    const ProcessResult created
        = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("Pièces") });
    CLI_EXPECT(created, kSuccess);
    QByteArray block(qsizetype(size), Qt::Uninitialized);
    QRandomGenerator random(7);
    random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
    QStringList arguments = { QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                              QString::fromUtf8(created.standardOutput).trimmed() };
    for (int i = 0; i < count; ++i) {
        std::memcpy(block.data(), &i, sizeof i); // each file its own bytes
        const QString file = path(QStringLiteral("in/piece-%1.bin").arg(i));
        QVERIFY(writeFile(file, block));
        arguments.append(file);
    }
    CLI_EXPECT(cli({ QStringLiteral("evidence"), QStringLiteral("limit"), QStringLiteral("--set"),
                     QStringLiteral("1024") }),
               kSuccess);
    CLI_EXPECT(cli(arguments), kSuccess);
}

void TestBackupCli::plainRoundTrip()
{
    const QString archive = path(QStringLiteral("usb/desk.casedesk-backup"));
    QDir().mkpath(path(QStringLiteral("usb")));
    const ProcessResult backup = cli({ QStringLiteral("--json"), QStringLiteral("desk"),
                                       QStringLiteral("backup"), QStringLiteral("--out"), archive });
    CLI_EXPECT(backup, kSuccess);
    const QJsonObject written = QJsonDocument::fromJson(backup.standardOutput).object();
    QCOMPARE(written.value(QStringLiteral("path")).toString(), archive);
    QCOMPARE(written.value(QStringLiteral("encrypted")).toBool(), false);
    QCOMPARE(written.value(QStringLiteral("evidenceFiles")).toInt(), m_vaultFiles);
    QCOMPARE(written.value(QStringLiteral("schemaVersion")).toInt(), Database::kSchemaVersion);
    QCOMPARE(written.value(QStringLiteral("bytes")).toInteger(), QFileInfo(archive).size());
    QCOMPARE(unixMode(archive), 0600);

    const QString restored = path(QStringLiteral("restored/desk.db"));
    const ProcessResult restore = cli(
        { QStringLiteral("desk"), QStringLiteral("restore"), archive, QStringLiteral("--to"), restored },
        path(QStringLiteral("never-opened.db")));
    CLI_EXPECT(restore, kSuccess);
    QVERIFY2(restore.standardOutput.contains("Desk restored:"), restore.standardOutput.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never-opened.db")))); // restore opens no other desk
    QCOMPARE(withoutBackupDates(dumpTables(restored)), withoutBackupDates(dumpTables(m_desk)));
    QCOMPARE(vaultContents(restored), vaultContents(m_desk));
    CLI_EXPECT(cli({ QStringLiteral("desk"), QStringLiteral("check") }, restored), kSuccess);
    CLI_EXPECT(cli({ QStringLiteral("evidence"), QStringLiteral("verify") }, restored), kSuccess);
}

void TestBackupCli::encryptedRoundTripAndWrongPassphrase()
{
    const QString archive = path(QStringLiteral("desk.casedesk-backup"));
    const QStringList passphrase = { QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt")) };
    CLI_EXPECT(
        cli(QStringList { QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out"), archive }
            + passphrase),
        kSuccess);
    QVERIFY(QFileInfo(archive).size() > 600 * 1024);
    QVERIFY(!fileBytes(archive).contains("SQLite format 3"));

    const QString restored = path(QStringLiteral("restored/desk.db"));
    const QStringList restore
        = { QStringLiteral("desk"), QStringLiteral("restore"), archive, QStringLiteral("--to"), restored };
    ProcessResult result = cli(restore);
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("is encrypted: give its passphrase with --passphrase-file FILE."),
             result.standardError.constData());
    QVERIFY(writeFile(path(QStringLiteral("wrong.txt")), "pas la bonne phrase\n"));
    result = cli(restore
                 + QStringList { QStringLiteral("--passphrase-file"), path(QStringLiteral("wrong.txt")) });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("The passphrase does not open the backup " + archive.toUtf8()
                                           + ": it is not the one the backup was made with"),
             result.standardError.constData());
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("restored"))));

    CLI_EXPECT(cli(restore + passphrase), kSuccess);
    QCOMPARE(withoutBackupDates(dumpTables(restored)), withoutBackupDates(dumpTables(m_desk)));
    QCOMPARE(vaultContents(restored), vaultContents(m_desk));
}

void TestBackupCli::passphraseFileProblemsWriteNothing()
{
    const QString archive = path(QStringLiteral("desk.casedesk-backup"));
    const QStringList backup = { QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out"),
                                 archive, QStringLiteral("--passphrase-file") };
    QVERIFY(writeFile(path(QStringLiteral("empty.txt")), "\n"));
    QVERIFY(writeFile(path(QStringLiteral("short.txt")), "court\n"));
    const QList<std::pair<QString, QByteArray>> cases = {
        { path(QStringLiteral("missing.txt")), "Cannot read the passphrase file" },
        { path(QStringLiteral("empty.txt")), "is empty: its first line is the passphrase" },
        { path(QStringLiteral("short.txt")), "must have at least 8 characters" },
    };
    for (const auto& [file, message] : cases) {
        const ProcessResult result = cli(backup + QStringList { file });
        CLI_EXPECT(result, kRuntimeError);
        QVERIFY2(result.standardError.contains(message), result.standardError.constData());
        QVERIFY(!QFileInfo::exists(archive));
    }
    QCOMPARE(leftovers(m_dir->path()), QStringList());
}

void TestBackupCli::usageErrors()
{
    const QList<QStringList> calls = {
        { QStringLiteral("desk"), QStringLiteral("backup") },
        { QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out") },
        { QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out"), QStringLiteral("x"),
          QStringLiteral("--passphrase") },
        { QStringLiteral("desk"), QStringLiteral("restore"), QStringLiteral("--to"),
          path(QStringLiteral("n.db")) },
        { QStringLiteral("desk"), QStringLiteral("restore"), path(QStringLiteral("x.casedesk-backup")) },
    };
    for (const QStringList& call : calls) {
        const ProcessResult result = cli(call);
        CLI_EXPECT(result, kUsageError);
        QVERIFY2(result.standardError.contains("usage: casedesk-cli"), result.standardError.constData());
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("n.db"))));
    const ProcessResult missing = cli({ QStringLiteral("desk"), QStringLiteral("restore"),
                                        path(QStringLiteral("nowhere.casedesk-backup")),
                                        QStringLiteral("--to"), path(QStringLiteral("n.db")) });
    CLI_EXPECT(missing, kRuntimeError);
    QVERIFY2(missing.standardError.contains("Cannot read the backup"), missing.standardError.constData());
}

void TestBackupCli::restoreRefusesAnExistingDeskAndANewerBackup()
{
    const QString archive = path(QStringLiteral("desk.casedesk-backup"));
    CLI_EXPECT(cli({ QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out"), archive }),
               kSuccess);
    const QMap<QString, QStringList> before = dumpTables(m_desk);
    ProcessResult result
        = cli({ QStringLiteral("desk"), QStringLiteral("restore"), archive, QStringLiteral("--to"), m_desk });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(
        result.standardError.contains("already exists: a restore writes a new desk and never replaces one"),
        result.standardError.constData());
    QCOMPARE(dumpTables(m_desk), before);

    // A desk of a newer CaseDesk, backed up by it: this version refuses to restore it.
    const QString newer = path(QStringLiteral("newer/desk.db"));
    QDir().mkpath(path(QStringLiteral("newer")));
    QVERIFY(copyFile(m_desk, newer));
    {
        RawSqlite raw(newer);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM evidence")));
    }
    const QString newerArchive = path(QStringLiteral("newer.casedesk-backup"));
    QVERIFY(DeskBackup::write(newer, newerArchive, {}).ok());
    result = cli({ QStringLiteral("desk"), QStringLiteral("restore"), newerArchive, QStringLiteral("--to"),
                   path(QStringLiteral("n/desk.db")) });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains(
                 QStringLiteral(
                     "comes from a newer version of CaseDesk (0.1.0, data format %1; this version reads "
                     "up to %2). Nothing was restored: update CaseDesk to restore it.")
                     .arg(Database::kSchemaVersion + 1)
                     .arg(Database::kSchemaVersion)
                     .toUtf8()),
             result.standardError.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("n"))));
}

// SIGTERM (as Ctrl+C) while the archive is being written: the CLI stops at the next chunk,
// removes its temporary file and working copy, says so and exits 1.
void TestBackupCli::interruptedBackupLeavesNothing()
{
    attachFiles(12, 4 * 1024 * 1024);
    const QString folder = path(QStringLiteral("usb"));
    QDir().mkpath(folder);
    const QString archive = folder + QStringLiteral("/desk.casedesk-backup");
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(CASEDESK_CLI_PATH),
                  { QStringLiteral("--database"), m_desk, QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("desk"), QStringLiteral("backup"), QStringLiteral("--out"), archive,
                    QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt")) });
    QVERIFY(process.waitForStarted());
    // The working folder beside the desk is there from the start of the copy to the end of the
    // archive, which waits half a second for its key (scrypt) before the 48 MB of files.
    const QString deskFolder = path(QStringLiteral("desk"));
    QElapsedTimer timer;
    timer.start();
    while (leftovers(deskFolder).isEmpty() && process.state() == QProcess::Running
           && !timer.hasExpired(20000))
        QTest::qWait(5);
    QVERIFY2(!leftovers(deskFolder).isEmpty(), "the backup never started");
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), kRuntimeError);
    QVERIFY2(process.readAllStandardError().contains("The backup was interrupted: nothing was written to"),
             "no interruption message");
    QVERIFY(!QFileInfo::exists(archive));
    QCOMPARE(leftovers(folder), QStringList());
    QCOMPARE(leftovers(deskFolder), QStringList());
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"

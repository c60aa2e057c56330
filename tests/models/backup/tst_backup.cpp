// Backups and restores of real desks in temporary folders: round trips plain and encrypted
// (every table and every vault file identical), a backup while another process keeps writing,
// cancels and failures that leave nothing behind, and the automatic backups' rules.

#include "DeskContents.h"
#include "FixedClock.h"
#include "SqliteFile.h"
#include "TempDesk.h"

#include "backup/AutoBackup.h"
#include "backup/DeskBackup.h"
#include "backup/DeskRestore.h"
#include "evidence/EvidenceRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Cheaper than the default scrypt cost, so the suite stays fast; the format is the same.
BackupOptions encrypted(const QByteArray& passphrase)
{
    BackupOptions options;
    options.passphrase = passphrase;
    options.kdf.log2N = 14;
    return options;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList completeLines(const QByteArray& output)
{
    QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    lines.removeLast(); // empty after a final '\n', or a line still being written
    return lines;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripPlain();
    void roundTripEncrypted();
    void wrongOrMissingPassphraseRestoresNothing();
    void backupFromANewerSchemaIsRefused();
    void backupFromAnOlderSchemaIsRestoredUpToDate();
    void restoreNeverReplacesAnExistingDesk();
    void cancelledBackupLeavesNothing_data();
    void cancelledBackupLeavesNothing();
    void cancelledRestoreLeavesNothing();
    void alteredVaultFileStopsTheBackup();
    void foldersLeftByAKilledProcessAreSwept();
    void damagedDeskIsNotBackedUp();
    void pieceDeletedDuringTheBackupStartsItOver();
    void backupWhileAnotherProcessWrites();
    void automaticBackupRules();

private:
    // A path under the test's folder, its parent folder made.
    QString pathIn(const QString& relative);
    void verifyRestoredCopy(const QString& restored);

    std::unique_ptr<TempDesk> m_desk;
    int m_vaultFiles = 0; // what fillDesk left in the vault
};

void TestBackup::init()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_vaultFiles = fillDesk(m_desk->database(), m_desk->associations(), m_desk->campaigns(), 4, 300 * 1024);
}

void TestBackup::cleanup()
{
    m_desk.reset();
}

QString TestBackup::pathIn(const QString& relative)
{
    const QString path = m_desk->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// The restored desk holds exactly what the original holds, opens as any desk and reads through.
void TestBackup::verifyRestoredCopy(const QString& restored)
{
    const QMap<QString, QStringList> original = dumpTables(m_desk->path());
    const QMap<QString, QStringList> copy = dumpTables(restored);
    QVERIFY(original.value(QStringLiteral("campaigns")).size() >= 3);
    QVERIFY(!original.value(QStringLiteral("outbox")).isEmpty());
    QCOMPARE(copy.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        QVERIFY2(copy.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("table %1 differs").arg(it.key())));
    const QMap<QString, QByteArray> vault = vaultContents(m_desk->path());
    QCOMPARE(vault.size(),
             m_vaultFiles); // the demo's, and four files attached less one deleted with its piece
    QCOMPARE(vaultContents(restored), vault);
    for (auto it = vault.cbegin(); it != vault.cend(); ++it)
        QVERIFY(it.key().endsWith(QString::fromLatin1(it.value())));

    Database database(uniqueConnectionName(QStringLiteral("restored")));
    QString error;
    QVERIFY2(database.open(restored, &error), qPrintable(error));
    EvidenceRepository evidence(database, Vault(Vault::pathForDesk(restored)));
    QVERIFY(evidence.verify().isEmpty());
    database.close();
    QCOMPARE(Database::checkIntegrity(restored), QString());
}

void TestBackup::roundTripPlain()
{
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    const BackupOutcome outcome = DeskBackup::write(m_desk->path(), archive, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(unixMode(archive), 0600);
    QCOMPARE(outcome.manifest.schemaVersion, Database::kSchemaVersion);
    QCOMPARE(outcome.manifest.files.size(), m_vaultFiles);
    QCOMPARE(outcome.manifest.records.value(QStringLiteral("campaigns")),
             qint64(dumpTables(m_desk->path()).value(QStringLiteral("campaigns")).size()));
    QVERIFY(!outcome.manifest.caseDeskVersion.isEmpty());
    QVERIFY(fileBytes(archive).contains("SQLite format 3"));
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
    QCOMPARE(leftovers(QFileInfo(archive).absolutePath()), QStringList());

    const QString restored = m_desk->filePath(QStringLiteral("elsewhere/restored.db"));
    const RestoreOutcome restore = DeskRestore::restore(archive, restored, {});
    QVERIFY2(restore.ok(), qPrintable(restore.message));
    QCOMPARE(QStringList(QDir(m_desk->filePath(QStringLiteral("elsewhere")))
                             .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)),
             QStringList({ QStringLiteral("restored.db"), QStringLiteral("restored.db-evidence") }));
    QCOMPARE(unixMode(restored), 0600);
    verifyRestoredCopy(restored);
}

void TestBackup::roundTripEncrypted()
{
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    BackupOptions options;
    options.passphrase = "correct horse battery staple"; // the default, strong scrypt cost
    const BackupOutcome outcome = DeskBackup::write(m_desk->path(), archive, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.manifest.encrypted);
    QCOMPARE(unixMode(archive), 0600);
    const QByteArray bytes = fileBytes(archive);
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("manifest"));
    QVERIFY(!bytes.contains("Sivens"));

    QString problem;
    QCOMPARE(DeskRestore::isEncrypted(archive, &problem), std::optional<bool>(true));
    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    const RestoreOutcome restore = DeskRestore::restore(archive, restored, options.passphrase);
    QVERIFY2(restore.ok(), qPrintable(restore.message));
    QVERIFY(restore.manifest.encrypted);
    verifyRestoredCopy(restored);
}

void TestBackup::wrongOrMissingPassphraseRestoresNothing()
{
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    QVERIFY(DeskBackup::write(m_desk->path(), archive, encrypted("le bon mot de passe")).ok());
    const QString folder = m_desk->filePath(QStringLiteral("new"));
    const QString restored = folder + QStringLiteral("/restored.db");

    RestoreOutcome restore = DeskRestore::restore(archive, restored, "le mauvais mot de passe");
    QCOMPARE(restore.status, RestoreOutcome::Status::Failed);
    QVERIFY2(restore.message.contains(QStringLiteral("The passphrase does not open the backup")),
             qPrintable(restore.message));
    QVERIFY2(!QFileInfo::exists(folder), "a refused restore left its folder behind");

    restore = DeskRestore::restore(archive, restored, {});
    QCOMPARE(restore.status, RestoreOutcome::Status::Failed);
    QVERIFY2(restore.message.contains(QStringLiteral("is encrypted: its passphrase is needed")),
             qPrintable(restore.message));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestBackup::backupFromANewerSchemaIsRefused()
{
    const QString newer = m_desk->filePath(QStringLiteral("newer.db"));
    m_desk->close();
    QVERIFY(QFile::copy(m_desk->path(), newer));
    {
        RawSqlite raw(newer);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM evidence"))); // its vault stays with the original
        // No free page left: the damage below lands in the desk's tables, whatever their layout.
        QVERIFY(raw.exec(QStringLiteral("VACUUM")));
    }
    const QString archive = pathIn(QStringLiteral("usb/newer.casedesk-backup"));
    const BackupOutcome outcome = DeskBackup::write(newer, archive, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.manifest.schemaVersion, Database::kSchemaVersion + 1);

    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    const RestoreOutcome restore = DeskRestore::restore(archive, restored, {});
    QCOMPARE(restore.status, RestoreOutcome::Status::Failed);
    QVERIFY2(restore.message.contains(QStringLiteral("comes from a newer version of CaseDesk"))
                 && restore.message.contains(QStringLiteral("update CaseDesk")),
             qPrintable(restore.message));
    QVERIFY(!QFileInfo::exists(restored));
    QVERIFY(!QFileInfo::exists(Vault::pathForDesk(restored)));
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
}

// A backup made by CaseDesk 0.1's first schema: restored, it opens migrated like the desk would.
void TestBackup::backupFromAnOlderSchemaIsRestoredUpToDate()
{
    const QString old = m_desk->filePath(QStringLiteral("v1.db"));
    QVERIFY(copyFile(fixturePath(QStringLiteral("casedesk-v1.db")), old));
    const QString archive = pathIn(QStringLiteral("usb/v1.casedesk-backup"));
    const BackupOutcome outcome = DeskBackup::write(old, archive, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.manifest.schemaVersion, 1);
    QVERIFY(outcome.manifest.files.isEmpty()); // no evidence table yet

    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    const RestoreOutcome restore = DeskRestore::restore(archive, restored, {});
    QVERIFY2(restore.ok(), qPrintable(restore.message));
    QCOMPARE(restore.manifest.schemaVersion, Database::kSchemaVersion);
    QCOMPARE(dumpTables(restored).value(QStringLiteral("campaigns")).size(),
             dumpTables(old).value(QStringLiteral("campaigns")).size());
}

void TestBackup::restoreNeverReplacesAnExistingDesk()
{
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    QVERIFY(DeskBackup::write(m_desk->path(), archive, {}).ok());
    const QByteArray before = fileBytes(m_desk->path());

    RestoreOutcome restore = DeskRestore::restore(archive, m_desk->path(), {});
    QCOMPARE(restore.status, RestoreOutcome::Status::Failed);
    QVERIFY2(restore.message.contains(QStringLiteral("already exists: a restore writes a new desk")),
             qPrintable(restore.message));
    QCOMPARE(fileBytes(m_desk->path()), before);

    // A vault left by another desk of that name would mix its files in: refused too.
    const QString other = m_desk->filePath(QStringLiteral("other.db"));
    QVERIFY(QDir().mkpath(Vault::pathForDesk(other)));
    restore = DeskRestore::restore(archive, other, {});
    QCOMPARE(restore.status, RestoreOutcome::Status::Failed);
    QVERIFY2(restore.message.contains(QStringLiteral("already exists beside the new desk")),
             qPrintable(restore.message));
    QVERIFY(!QFileInfo::exists(other));
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
}

void TestBackup::cancelledBackupLeavesNothing_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("copying the database") << int(BackupProgress::Step::Copying);
    QTest::newRow("writing the archive") << int(BackupProgress::Step::Writing);
}

void TestBackup::cancelledBackupLeavesNothing()
{
    QFETCH(int, step);
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    // A previous backup under that name stays as it was.
    QFile previous(archive);
    QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write("last week's backup") > 0);
    previous.close();
    std::atomic_bool cancel { false };
    int calls = 0;
    const BackupOutcome outcome = DeskBackup::write(
        m_desk->path(), archive, encrypted("un mot de passe"),
        [&](const BackupProgress& progress) {
            ++calls;
            if (int(progress.step) == step)
                cancel = true;
        },
        &cancel);
    QVERIFY(calls > 0);
    QCOMPARE(outcome.status, BackupOutcome::Status::Cancelled);
    QCOMPARE(fileBytes(archive), QByteArray("last week's backup"));
    QCOMPARE(leftovers(QFileInfo(archive).absolutePath()), QStringList());
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
}

void TestBackup::cancelledRestoreLeavesNothing()
{
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    QVERIFY(DeskBackup::write(m_desk->path(), archive, {}).ok());
    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    std::atomic_bool cancel { false };
    qint64 seen = 0;
    const RestoreOutcome restore = DeskRestore::restore(
        archive, restored, {},
        [&](qint64 done, qint64) {
            seen = done;
            cancel = true;
        },
        &cancel);
    QVERIFY(seen > 0);
    QCOMPARE(restore.status, RestoreOutcome::Status::Cancelled);
    QVERIFY(!QFileInfo::exists(restored));
    QVERIFY(!QFileInfo::exists(Vault::pathForDesk(restored)));
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
}

void TestBackup::alteredVaultFileStopsTheBackup()
{
    const QMap<QString, QByteArray> vault = vaultContents(m_desk->path());
    const QString stored = Vault::pathForDesk(m_desk->path()) + QStringLiteral("/sha256/") + vault.firstKey();
    QFile file(stored);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(1000);
    file.write("tampered");
    file.close();

    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    const BackupOutcome outcome = DeskBackup::write(m_desk->path(), archive, {});
    QCOMPARE(outcome.status, BackupOutcome::Status::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("changed since it was attached"))
                 && outcome.message.contains(QStringLiteral("piece no.")),
             qPrintable(outcome.message));
    QVERIFY(!QFileInfo::exists(archive));
    QCOMPARE(leftovers(QFileInfo(archive).absolutePath()), QStringList());
}

// A backup or restore killed mid-way leaves its hidden work folder (a copy of donors' data): the
// next one removes it, but never the folder of a process still at work.
void TestBackup::foldersLeftByAKilledProcessAreSwept()
{
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 gonePid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QProcess working;
    working.start(QStringLiteral("sleep"), { QStringLiteral("30") });
    QVERIFY(working.waitForStarted());
    const QString restoredFolder = m_desk->filePath(QStringLiteral("restored"));
    const QStringList abandoned
        = { m_desk->filePath(QStringLiteral(".casedesk-backup-%1-a1b2c3").arg(gonePid)),
            restoredFolder + QStringLiteral("/.desk.db.restoring-%1-d4e5f6").arg(gonePid) };
    const QStringList alive
        = { m_desk->filePath(QStringLiteral(".casedesk-backup-%1-a1b2c3").arg(working.processId())),
            restoredFolder + QStringLiteral("/.desk.db.restoring-%1-d4e5f6").arg(working.processId()) };
    for (const QString& folder : abandoned + alive) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile(folder + QStringLiteral("/desk.db")).open(QIODevice::WriteOnly));
    }
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    QVERIFY(DeskBackup::write(m_desk->path(), archive, {}).ok());
    QVERIFY(DeskRestore::restore(archive, restoredFolder + QStringLiteral("/desk.db"), {}).ok());
    for (const QString& folder : abandoned)
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    for (const QString& folder : alive)
        QVERIFY2(QFileInfo::exists(folder), qPrintable(folder));
    working.kill();
    working.waitForFinished();
}

// The copy is checked before anything is written: a damaged desk gives a damaged copy, refused.
void TestBackup::damagedDeskIsNotBackedUp()
{
    m_desk->close();
    const QString damaged = m_desk->filePath(QStringLiteral("damaged.db"));
    QVERIFY(copyFile(m_desk->path(), damaged));
    {
        RawSqlite raw(damaged);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM evidence"))); // its vault stays with the original
        // No free page left: the damage below lands in the desk's tables, whatever their layout.
        QVERIFY(raw.exec(QStringLiteral("VACUUM")));
    }
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    QVERIFY(file.size() > 40 * pageSize);
    for (qint64 page = file.size() / pageSize / 2; page < file.size() / pageSize / 2 + 4; ++page) {
        // Whole pages, headers included: a page's free middle may hold nothing to damage.
        file.seek(page * pageSize);
        file.write(QByteArray(pageSize, '\x5a'));
    }
    file.close();
    const QString archive = pathIn(QStringLiteral("usb/damaged.casedesk-backup"));
    const BackupOutcome outcome = DeskBackup::write(damaged, archive, {});
    QCOMPARE(outcome.status, BackupOutcome::Status::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("fails SQLite's integrity check")),
             qPrintable(outcome.message));
    QVERIFY(!QFileInfo::exists(archive));
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
}

// The piece and its file go after the snapshot began: the file is missing when its turn comes,
// and the backup starts over from a snapshot without that piece instead of failing.
void TestBackup::pieceDeletedDuringTheBackupStartsItOver()
{
    EvidenceRepository evidence(m_desk->database(), Vault(Vault::pathForDesk(m_desk->path())));
    const QList<IntegrityTarget> targets = evidence.integrityTargets();
    QCOMPARE(targets.size(), m_vaultFiles);
    // Any file will do: the database goes first, so every file is still to come when it goes.
    const auto alone = std::find_if(targets.cbegin(), targets.cend(),
                                    [](const IntegrityTarget& target) { return target.pieces.size() == 1; });
    QVERIFY(alone != targets.cend());
    const IntegrityTarget last = *alone;
    bool deleted = false;
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    const BackupOutcome outcome
        = DeskBackup::write(m_desk->path(), archive, {}, [&](const BackupProgress& progress) {
              if (progress.step == BackupProgress::Step::Writing && !std::exchange(deleted, true))
                  evidence.remove(last.pieces.first().sync.uuid);
          });
    QVERIFY(deleted);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.manifest.files.size(), m_vaultFiles - 1);
    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    const RestoreOutcome restore = DeskRestore::restore(archive, restored, {});
    QVERIFY2(restore.ok(), qPrintable(restore.message));
    QCOMPARE(dumpTables(restored).value(QStringLiteral("evidence")),
             dumpTables(m_desk->path()).value(QStringLiteral("evidence")));
}

// crash_writer commits campaigns in a loop and acknowledges each after its commit. The backup
// runs meanwhile (its copy made to pause between steps, so writes land inside its read
// transaction): the restored desk holds every write acknowledged before the backup began, and
// only whole transactions.
void TestBackup::backupWhileAnotherProcessWrites()
{
    // 12 MiB of padding: the copy takes several steps of the backup API.
    m_desk->database().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.padding', ?)"),
                            { QString(12 * 1024 * 1024, QLatin1Char('x')) });
    QProcess writer;
    writer.start(
        QStringLiteral(CRASH_WRITER_PATH),
        { QStringLiteral("--database"), m_desk->path(), QStringLiteral("--prefix"), QStringLiteral("w-") });
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (completeLines(output).size() < 20 && !timer.hasExpired(20000) && writer.waitForReadyRead(20000))
        output += writer.readAllStandardOutput();
    QStringList before = completeLines(output);
    QVERIFY2(before.size() >= 20, writer.readAllStandardError().constData());
    before.removeFirst(); // "ready"

    int copySteps = 0;
    const QString archive = pathIn(QStringLiteral("usb/desk.casedesk-backup"));
    const BackupOutcome outcome
        = DeskBackup::write(m_desk->path(), archive, {}, [&](const BackupProgress& progress) {
              if (progress.step == BackupProgress::Step::Copying) {
                  ++copySteps;
                  QThread::msleep(150);
              }
          });
    writer.waitForReadyRead(5000);
    output += writer.readAllStandardOutput();
    writer.kill();
    writer.waitForFinished();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(copySteps >= 3);

    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    const RestoreOutcome restore = DeskRestore::restore(archive, restored, {});
    QVERIFY2(restore.ok(), qPrintable(restore.message));
    Database database(uniqueConnectionName(QStringLiteral("restored")));
    QString error;
    QVERIFY2(database.open(restored, &error), qPrintable(error));
    QCOMPARE(database.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    for (const QString& title : std::as_const(before)) {
        QSqlQuery q
            = database.exec(QStringLiteral("SELECT count(*), min(revision), min(summary) FROM campaigns "
                                           "WHERE title = ?"),
                            { title });
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(title));
        QCOMPARE(q.value(1).toLongLong(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("saved"));
    }
    // Whole transactions only: each campaign with its budget line and its one outbox entry.
    const QString inconsistent = QStringLiteral(
        "SELECT count(*) FROM campaigns c WHERE c.title LIKE 'w-%' AND ((SELECT count(*) FROM budget_lines b "
        "WHERE b.campaign_id = c.id) <> 1 OR (SELECT count(*) FROM outbox o WHERE o.entity = 'campaign' "
        "AND o.entity_uuid = c.uuid AND o.revision = c.revision) <> 1)");
    QCOMPARE(database.scalar(inconsistent).toInt(), 0);
    // The writer went on while the copy held its snapshot, and the copy holds none of that.
    const int restoredWrites
        = database.scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE title LIKE 'w-%'")).toInt();
    const int liveWrites
        = m_desk->database()
              .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE title LIKE 'w-%'"))
              .toInt();
    QVERIFY2(liveWrites > restoredWrites,
             qPrintable(QStringLiteral("%1 live, %2 restored").arg(liveWrites).arg(restoredWrites)));
}

void TestBackup::automaticBackupRules()
{
    FixedClock clock;
    const QDateTime now = clock.now();
    AutoBackupSettings settings;
    QVERIFY(!AutoBackup::isDue(settings, {}, now)); // off by default
    settings.enabled = true;
    QVERIFY(!AutoBackup::isDue(settings, {}, now)); // no folder chosen
    settings.folder = m_desk->filePath(QStringLiteral("usb"));
    QVERIFY(AutoBackup::isDue(settings, {}, now));
    QVERIFY(!AutoBackup::isDue(settings, now.addSecs(-23 * 3600), now));
    QVERIFY(AutoBackup::isDue(settings, now.addSecs(-24 * 3600), now));
    QVERIFY(AutoBackup::isDue(settings, now.addDays(3), now)); // the clock went back

    QCOMPARE(AutoBackup::freshness({}, now), AutoBackup::Freshness::Never);
    QCOMPARE(AutoBackup::freshness(now.addDays(-7), now), AutoBackup::Freshness::Recent);
    QCOMPARE(AutoBackup::freshness(now.addDays(-8), now), AutoBackup::Freshness::Stale);

    BackupSettings stored(m_desk->settings());
    QCOMPARE(stored.automatic(), AutoBackupSettings()); // encrypted unless the user says otherwise
    QVERIFY(stored.automatic().encrypted);
    settings.keep = 2;
    settings.encrypted = false;
    stored.setAutomatic(settings);
    QCOMPARE(stored.automatic(), settings);
    stored.recordBackup(now, false);
    QCOMPARE(stored.lastBackupAt(), now);
    QVERIFY(!stored.lastAutomaticAt().isValid());

    // Pruning keeps this desk's last N and never touches anything else in the folder.
    QDir().mkpath(settings.folder);
    const QString other = m_desk->filePath(QStringLiteral("other/desk.db"));
    QStringList ours;
    for (int day = 0; day < 4; ++day) {
        const QString name = AutoBackup::archiveName(m_desk->path(), now.addDays(day));
        QVERIFY(name.startsWith(QStringLiteral("desk-"))
                && name.endsWith(QStringLiteral(".casedesk-backup")));
        ours.append(QDir(settings.folder).filePath(name));
        QVERIFY(QFile(ours.last()).open(QIODevice::WriteOnly));
        QVERIFY(QFile(QDir(settings.folder).filePath(AutoBackup::archiveName(other, now.addDays(day))))
                    .open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile(QDir(settings.folder).filePath(QStringLiteral("desk-notes.casedesk-backup")))
                .open(QIODevice::WriteOnly));
    QCOMPARE(AutoBackup::archivesOf(settings.folder, m_desk->path()), ours);
    QCOMPARE(AutoBackup::prune(settings.folder, m_desk->path(), 2), ours.mid(0, 2));
    QCOMPARE(AutoBackup::archivesOf(settings.folder, m_desk->path()), ours.mid(2));
    QCOMPARE(AutoBackup::archivesOf(settings.folder, other).size(), 4);
    QVERIFY(QFileInfo::exists(QDir(settings.folder).filePath(QStringLiteral("desk-notes.casedesk-backup"))));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

#include "backup/DeskBackup.h"

#include "backup/ArchiveStream.h"
#include "backup/DeskSnapshot.h"
#include "backup/WorkFolder.h"
#include "common/Clock.h"
#include "evidence/FileSafety.h"
#include "evidence/Sha256.h"
#include "evidence/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace casedesk {

namespace {

using BackupFormat::EntryKind;

// A piece deleted (and its file with it) while a backup was copying makes that backup start
// over from a new snapshot; more than twice in a row means something else is wrong.
constexpr int kAttempts = 3;
constexpr qint64 kBufferBytes = qint64(1) << 20;
const QString kWorkFolder = QStringLiteral("casedesk-backup");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

enum class Copy
{
    Ok,
    Cancelled,
    Vanished, // no longer there
    Altered, // its bytes do not hash to what the desk recorded
    ReadFailed,
    WriteFailed
};

// Streams files into the archive, each hashed as it goes and compared with what the snapshot
// expects, and reports progress over all of them.
struct EntryCopier
{
    ArchiveWriter& writer;
    const DeskBackup::Progress& progress;
    const std::atomic_bool* cancel;
    qint64 total = 0;
    qint64 done = 0;
    QString readError;

    Copy copy(const QString& path, EntryKind kind, const QByteArray& name, const BackupFileEntry& expected);
};

Copy EntryCopier::copy(const QString& path, EntryKind kind, const QByteArray& name,
                       const BackupFileEntry& expected)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        readError = file.errorString();
        return QFileInfo::exists(path) ? Copy::ReadFailed : Copy::Vanished;
    }
    if (file.size() != expected.size)
        return Copy::Altered;
    if (!writer.beginEntry(kind, name, expected.size))
        return Copy::WriteFailed;
    Sha256 hash;
    QByteArray buffer(kBufferBytes, Qt::Uninitialized);
    qint64 copied = 0;
    for (qint64 read = 0; copied < expected.size; copied += read) {
        if (cancel && cancel->load())
            return Copy::Cancelled;
        read = file.read(buffer.data(), std::min(kBufferBytes, expected.size - copied));
        if (read < 0) {
            readError = file.errorString();
            return Copy::ReadFailed;
        }
        if (read == 0)
            return Copy::Altered; // shorter than when it was opened
        hash.addData(buffer.constData(), read);
        if (!writer.write(buffer.constData(), read))
            return Copy::WriteFailed;
        done += read;
        if (progress)
            progress({ BackupProgress::Step::Writing, done, total });
    }
    return hash.hexResult() == expected.sha256 ? Copy::Ok : Copy::Altered;
}

struct Attempt
{
    BackupOutcome outcome;
    bool vanished = false; // a file went with its piece after the snapshot: try again
};

BackupManifest manifestOf(const DeskSnapshot::Result& snapshot, const QString& copyPath, bool encrypted)
{
    BackupManifest manifest;
    manifest.format = BackupFormat::kFormatVersion;
    manifest.caseDeskVersion = BackupManifest::currentVersion();
    manifest.schemaVersion = snapshot.schemaVersion;
    manifest.createdAt = Clock::nowUtc();
    manifest.encrypted = encrypted;
    manifest.records = snapshot.records;
    manifest.database = { Sha256::hexOfFile(copyPath).toLatin1(), snapshot.size };
    for (const VaultReference& file : snapshot.files)
        manifest.files.append({ file.sha256, file.size });
    return manifest;
}

QString pieceName(const VaultReference& file)
{
    return DeskBackup::tr("piece no. %1 of \"%2\"").arg(file.number).arg(file.campaignTitle);
}

// Why an evidence file kept the backup from being written, and what to do.
QString fileProblem(Copy result, const VaultReference& file, const QString& path, const QString& readError)
{
    switch (result) {
    case Copy::Vanished:
        return DeskBackup::tr("The file of %1 is missing from the evidence folder (%2). The backup was not "
                              "written: run \"Check integrity\" in the Evidence area (evidence verify) to "
                              "see every piece concerned.")
            .arg(pieceName(file), native(path));
    case Copy::Altered:
        return DeskBackup::tr("The file of %1 (%2) changed since it was attached: its SHA-256 no longer "
                              "matches. The backup was not written: run \"Check integrity\" in the Evidence "
                              "area (evidence verify), then attach the original file again.")
            .arg(pieceName(file), native(path));
    default:
        return DeskBackup::tr("Cannot read the file of %1 (%2): %3. The backup was not written.")
            .arg(pieceName(file), native(path), readError);
    }
}

QString writeProblem(const QString& archivePath, const QString& reason)
{
    return DeskBackup::tr("Cannot write the backup %1: %2. Nothing was written (is the disk full or "
                          "removed?).")
        .arg(native(archivePath), reason);
}

// The database copy, then every evidence file; stops at the first that is not copied whole and
// says which (none: the database copy).
Copy copyEntries(EntryCopier& copier, const QString& deskPath, const QString& copyPath,
                 const DeskSnapshot::Result& snapshot, const BackupManifest& manifest,
                 const VaultReference** failed, QString* failedPath)
{
    Copy copied = copier.copy(copyPath, EntryKind::Database, BackupFormat::databaseName().toUtf8(),
                              manifest.database);
    const Vault vault(Vault::pathForDesk(deskPath));
    for (qsizetype i = 0; copied == Copy::Ok && i < snapshot.files.size(); ++i) {
        const VaultReference& file = snapshot.files.at(i);
        *failed = &file;
        // Only a hash ever becomes a path; a damaged row's value never does.
        *failedPath = Vault::isValidHash(file.sha256) ? vault.filePath(file.sha256) : QString();
        copied = failedPath->isEmpty()
            ? Copy::Altered
            : copier.copy(*failedPath, EntryKind::File, file.sha256, { file.sha256, file.size });
    }
    return copied;
}

// Everything after the snapshot: the archive through a QSaveFile, committed only when whole.
void writeArchive(const QString& deskPath, const QString& copyPath, const DeskSnapshot::Result& snapshot,
                  const BackupOptions& options, const DeskBackup::Progress& progress,
                  const std::atomic_bool* cancel, Attempt* attempt)
{
    BackupOutcome& outcome = attempt->outcome;
    const QString& archivePath = outcome.archivePath;
    QSaveFile file(archivePath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        outcome.message = writeProblem(archivePath, file.errorString());
        return;
    }
    ArchiveWriter writer(file);
    const QByteArray manifest = outcome.manifest.toJson();
    if (!writer.start(options.passphrase, options.kdf)
        || !writer.beginEntry(EntryKind::Manifest, BackupFormat::manifestName().toUtf8(), manifest.size())
        || !writer.write(manifest)) {
        outcome.message = writeProblem(archivePath, writer.errorString());
        return;
    }
    EntryCopier copier { writer, progress,
                         cancel, outcome.manifest.database.size + outcome.manifest.fileBytes(),
                         0,      {} };
    const VaultReference* failed = nullptr;
    QString failedPath = copyPath;
    const Copy copied
        = copyEntries(copier, deskPath, copyPath, snapshot, outcome.manifest, &failed, &failedPath);
    if (copied == Copy::Cancelled) {
        outcome.status = BackupOutcome::Status::Cancelled;
    } else if (copied == Copy::WriteFailed || (copied == Copy::Ok && (!writer.finish() || !file.commit()))) {
        const QString reason = writer.errorString().isEmpty() ? file.errorString() : writer.errorString();
        outcome.message = writeProblem(archivePath, reason);
    } else if (copied != Copy::Ok && !failed) {
        outcome.message
            = DeskBackup::tr("Cannot read the copy of the desk %1: %2. The backup was not written.")
                  .arg(native(copyPath), copier.readError);
    } else if (copied == Copy::Vanished && !DeskSnapshot::isReferenced(deskPath, failed->sha256)) {
        attempt->vanished = true;
    } else if (copied != Copy::Ok) {
        outcome.message = fileProblem(copied, *failed, failedPath, copier.readError);
    } else {
        FileSafety::syncDirectory(QFileInfo(archivePath).absolutePath());
        outcome.status = BackupOutcome::Status::Written;
        outcome.archiveBytes = QFileInfo(archivePath).size();
    }
}

Attempt writeOnce(const QString& deskPath, const QString& archivePath, const BackupOptions& options,
                  const DeskBackup::Progress& progress, const std::atomic_bool* cancel)
{
    Attempt attempt;
    attempt.outcome.archivePath = archivePath;
    // Beside the desk: the copy holds donors' data (so not in a shared temp folder) and may be as
    // big as the desk (so not in a RAM-backed /tmp).
    const QString deskFolder = QFileInfo(deskPath).absolutePath();
    WorkFolder::sweepAbandoned(deskFolder, kWorkFolder);
    QTemporaryDir work(WorkFolder::temporaryTemplate(deskFolder, kWorkFolder));
    if (!work.isValid()) {
        attempt.outcome.message = DeskBackup::tr("Cannot make a working folder beside the desk in %1: %2")
                                      .arg(native(deskFolder), work.errorString());
        return attempt;
    }
    const QString copyPath = work.filePath(BackupFormat::databaseName());
    const DeskSnapshot::Result snapshot = DeskSnapshot::take(
        deskPath, copyPath,
        [&progress](qint64 done, qint64 total) {
            if (progress)
                progress({ BackupProgress::Step::Copying, done, total });
        },
        cancel);
    if (snapshot.cancelled)
        attempt.outcome.status = BackupOutcome::Status::Cancelled;
    if (!snapshot.ok) {
        attempt.outcome.message = snapshot.message;
        return attempt;
    }
    attempt.outcome.manifest = manifestOf(snapshot, copyPath, !options.passphrase.isEmpty());
    writeArchive(deskPath, copyPath, snapshot, options, progress, cancel, &attempt);
    return attempt;
}

} // namespace

BackupOutcome DeskBackup::write(const QString& deskPath, const QString& archivePath,
                                const BackupOptions& options, const Progress& progress,
                                const std::atomic_bool* cancel)
{
    const QString absoluteArchive = QFileInfo(archivePath).absoluteFilePath();
    if (const QString problem = targetProblem(deskPath, absoluteArchive); !problem.isEmpty()) {
        BackupOutcome outcome;
        outcome.message = problem;
        return outcome;
    }
    for (int attempt = 1;; ++attempt) {
        Attempt result = writeOnce(deskPath, absoluteArchive, options, progress, cancel);
        if (!result.vanished)
            return result.outcome;
        if (attempt == kAttempts) {
            result.outcome.message = tr("The desk's evidence changed during each of %1 attempts; the backup "
                                        "was not written. Try again once the other work is done.")
                                         .arg(kAttempts);
            return result.outcome;
        }
    }
}

QString DeskBackup::targetProblem(const QString& deskPath, const QString& archivePath)
{
    if (archivePath.trimmed().isEmpty())
        return tr("Give the file to write the backup to.");
    const QFileInfo archive(archivePath);
    const QString folder = archive.absolutePath();
    if (archive.isDir())
        return tr("%1 is a folder; give a file name for the backup.").arg(native(archive.absoluteFilePath()));
    if (!QFileInfo(folder).isDir())
        return tr("The folder %1 does not exist (is the USB key or the drive connected?).")
            .arg(native(folder));
    const QString desk = QFileInfo(deskPath).absoluteFilePath();
    const QString target = archive.absoluteFilePath();
    const QStringList deskFiles = { desk, desk + QStringLiteral("-wal"), desk + QStringLiteral("-shm"),
                                    desk + QStringLiteral("-journal") };
    if (deskFiles.contains(target) || target.startsWith(Vault::pathForDesk(deskPath) + QLatin1Char('/')))
        return tr("A backup cannot be written over the desk or its files (%1); choose another file.")
            .arg(native(target));
    return {};
}

QString DeskBackup::passphraseProblem(const QByteArray& passphrase)
{
    if (QString::fromUtf8(passphrase).size() < kMinPassphraseLength)
        return tr("The passphrase must have at least %1 characters; a sentence of several words is best.")
            .arg(kMinPassphraseLength);
    return {};
}

} // namespace casedesk

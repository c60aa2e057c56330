#include "backup/DeskRestore.h"

#include "backup/ArchiveStream.h"
#include "backup/BackupFormat.h"
#include "backup/WorkFolder.h"
#include "evidence/FileSafety.h"
#include "evidence/Sha256.h"
#include "evidence/Vault.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

namespace casedesk {

namespace {

using BackupFormat::EntryKind;
using Status = ArchiveReader::Status;

constexpr qint64 kBufferBytes = qint64(1) << 20;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QStringList companionsOf(const QString& deskPath)
{
    return { deskPath + QStringLiteral("-wal"), deskPath + QStringLiteral("-shm"),
             deskPath + QStringLiteral("-journal"), Vault::pathForDesk(deskPath) };
}

// The sentence for an archive the reader refused; `archive` is already native.
QString readerProblem(Status status, const QString& archive, const QString& detail)
{
    switch (status) {
    case Status::NotABackup:
        return DeskRestore::tr("%1 is not a CaseDesk backup. Nothing was restored.").arg(archive);
    case Status::NewerFormat:
        return DeskRestore::tr("The backup %1 was made by a newer version of CaseDesk (its archive format is "
                               "newer than this version reads). Nothing was restored: update CaseDesk first.")
            .arg(archive);
    case Status::NeedsPassphrase:
        return DeskRestore::tr("The backup %1 is encrypted: its passphrase is needed to restore it.")
            .arg(archive);
    case Status::WrongPassphrase:
        return DeskRestore::tr("The passphrase does not open the backup %1: it is not the one the backup was "
                               "made with (or the backup's header is damaged). Nothing was restored.")
            .arg(archive);
    case Status::Truncated:
        return DeskRestore::tr("The backup %1 is incomplete: it ends before its last part (was it copied "
                               "entirely?). Nothing was restored.")
            .arg(archive);
    case Status::Damaged:
        return DeskRestore::tr("The backup %1 is damaged or was altered: %2. Nothing was restored.")
            .arg(archive, detail);
    case Status::ReadFailed:
    case Status::Ok:
        break;
    }
    return DeskRestore::tr("Cannot read the backup %1: %2. Nothing was restored.").arg(archive, detail);
}

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("casedesk-restore-%1").arg(counter.fetchAndAddRelaxed(1));
}

// One restore: the archive read entry by entry into a staging folder beside the target, which
// goes away with this object unless its contents were moved into place.
class Restorer
{
public:
    Restorer(const QString& archivePath, const QString& deskPath, const DeskRestore::Progress& progress,
             const std::atomic_bool* cancel)
        : m_archive(QFileInfo(archivePath).absoluteFilePath())
        , m_reader(m_archive)
        , m_deskPath(deskPath)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    RestoreOutcome run(const QByteArray& passphrase);

private:
    bool open(const QByteArray& passphrase);
    bool prepareStaging();
    bool readManifest();
    bool readDatabase();
    bool readFiles();
    bool readFile(const ArchiveReader::Entry& entry);
    bool stream(const QString& path, qint64 size, const QByteArray& expectedSha256, QString* mismatch);
    bool checkStagedDesk();
    bool moveIntoPlace();
    bool fail(const QString& message);
    bool refused(Status status);
    bool damaged(const QString& detail)
    {
        return fail(readerProblem(Status::Damaged, nativeArchive(), detail));
    }
    bool cancelled();
    QString nativeArchive() const { return native(m_archive.fileName()); }
    QString stagedDesk() const { return m_staging->filePath(BackupFormat::databaseName()); }

    QFile m_archive;
    ArchiveReader m_reader;
    QString m_deskPath;
    const DeskRestore::Progress& m_progress;
    const std::atomic_bool* m_cancel;
    std::unique_ptr<QTemporaryDir> m_staging;
    RestoreOutcome m_outcome;
    QHash<QByteArray, qint64> m_expected; // evidence files of the manifest not yet read, and their sizes
    bool m_vaultReady = false;
};

RestoreOutcome Restorer::run(const QByteArray& passphrase)
{
    m_outcome.deskPath = m_deskPath;
    const bool done = open(passphrase) && prepareStaging() && readManifest() && readDatabase() && readFiles()
        && checkStagedDesk() && moveIntoPlace();
    if (done)
        m_outcome.status = RestoreOutcome::Status::Restored;
    return m_outcome;
}

bool Restorer::fail(const QString& message)
{
    if (m_outcome.status != RestoreOutcome::Status::Cancelled)
        m_outcome.message = message;
    return false;
}

bool Restorer::refused(Status status)
{
    return fail(readerProblem(status, nativeArchive(), m_reader.detail()));
}

bool Restorer::cancelled()
{
    if (!m_cancel || !m_cancel->load())
        return false;
    m_outcome.status = RestoreOutcome::Status::Cancelled;
    return true;
}

bool Restorer::open(const QByteArray& passphrase)
{
    if (!m_archive.open(QIODevice::ReadOnly))
        return fail(DeskRestore::tr("Cannot read the backup %1: %2. Nothing was restored.")
                        .arg(nativeArchive(), m_archive.errorString()));
    if (const Status status = m_reader.readHeader(); status != Status::Ok)
        return refused(status);
    if (const Status status = m_reader.unlock(passphrase); status != Status::Ok)
        return refused(status);
    return true;
}

// A hidden folder beside the target, so the final moves are renames on one file system.
bool Restorer::prepareStaging()
{
    const QFileInfo target(m_deskPath);
    const QString name = target.fileName() + QStringLiteral(".restoring");
    WorkFolder::sweepAbandoned(target.absolutePath(), name);
    m_staging = std::make_unique<QTemporaryDir>(WorkFolder::temporaryTemplate(target.absolutePath(), name));
    if (m_staging->isValid())
        return true;
    return fail(DeskRestore::tr("Cannot write in the folder %1: %2. Nothing was restored.")
                    .arg(native(target.absolutePath()), m_staging->errorString()));
}

bool Restorer::readManifest()
{
    ArchiveReader::Entry entry;
    if (const Status status = m_reader.next(&entry); status != Status::Ok)
        return refused(status);
    if (entry.kind != EntryKind::Manifest || entry.size > BackupFormat::kMaxManifestSize)
        return damaged(DeskRestore::tr("it does not start with its manifest"));
    QByteArray json(entry.size, Qt::Uninitialized);
    if (const Status status = m_reader.read(json.data(), json.size()); status != Status::Ok)
        return refused(status);
    QString problem;
    const std::optional<BackupManifest> manifest = BackupManifest::fromJson(json, &problem);
    if (!manifest)
        return damaged(problem);
    m_outcome.manifest = *manifest;
    if (manifest->schemaVersion > Database::kSchemaVersion)
        return fail(
            DeskRestore::tr("The backup %1 comes from a newer version of CaseDesk (%2, data format %3; "
                            "this version reads up to %4). Nothing was restored: update CaseDesk to "
                            "restore it.")
                .arg(nativeArchive(), manifest->caseDeskVersion)
                .arg(manifest->schemaVersion)
                .arg(Database::kSchemaVersion));
    for (const BackupFileEntry& file : manifest->files)
        m_expected.insert(file.sha256, file.size);
    return true;
}

bool Restorer::readDatabase()
{
    ArchiveReader::Entry entry;
    if (const Status status = m_reader.next(&entry); status != Status::Ok)
        return refused(status);
    const BackupFileEntry& expected = m_outcome.manifest.database;
    if (entry.kind != EntryKind::Database || entry.size != expected.size)
        return damaged(DeskRestore::tr("its database does not match its manifest"));
    QString mismatch;
    if (!stream(stagedDesk(), entry.size, expected.sha256, &mismatch))
        return false;
    if (!mismatch.isEmpty())
        return damaged(DeskRestore::tr("its database does not match its SHA-256"));
    return true;
}

bool Restorer::readFiles()
{
    for (;;) {
        ArchiveReader::Entry entry;
        if (const Status status = m_reader.next(&entry); status != Status::Ok)
            return refused(status);
        if (entry.kind == EntryKind::End)
            break;
        if (!readFile(entry))
            return false;
    }
    if (!m_expected.isEmpty())
        return damaged(DeskRestore::tr("%n evidence file(s) of its manifest are missing from it", nullptr,
                                       int(m_expected.size())));
    return true;
}

bool Restorer::readFile(const ArchiveReader::Entry& entry)
{
    if (entry.kind != EntryKind::File || m_expected.value(entry.name, -1) != entry.size)
        return damaged(DeskRestore::tr("it holds an entry its manifest does not list"));
    m_expected.remove(entry.name);
    const Vault vault(Vault::pathForDesk(stagedDesk()));
    QString problem;
    if (!m_vaultReady && !vault.prepare(&problem))
        return fail(problem);
    m_vaultReady = true;
    const QString path = vault.filePath(entry.name);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir() && (!QDir().mkpath(folder) || !FileSafety::restrictFolder(folder)))
        return fail(
            DeskRestore::tr("Cannot create the folder %1. Nothing was restored.").arg(native(folder)));
    QString mismatch;
    if (!stream(path, entry.size, entry.name, &mismatch))
        return false;
    if (!mismatch.isEmpty())
        return damaged(DeskRestore::tr("the evidence file %1 in it does not match its SHA-256")
                           .arg(QString::fromLatin1(entry.name)));
    return true;
}

// Copies the current entry into a new owner-only file, hashing it; *mismatch set when the hash
// differs from the expected one. False (with the outcome set) when reading or writing failed.
bool Restorer::stream(const QString& path, qint64 size, const QByteArray& expectedSha256, QString* mismatch)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !FileSafety::restrictFile(path))
        return fail(DeskRestore::tr("Cannot write %1: %2. Nothing was restored.")
                        .arg(native(path), file.errorString()));
    Sha256 hash;
    QByteArray buffer(kBufferBytes, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        if (cancelled())
            return false;
        const qint64 piece = std::min(kBufferBytes, size - done);
        if (const Status status = m_reader.read(buffer.data(), piece); status != Status::Ok)
            return refused(status);
        hash.addData(buffer.constData(), piece);
        if (file.write(buffer.constData(), piece) != piece)
            return fail(DeskRestore::tr("Cannot write %1: %2 (is the disk full?). Nothing was restored.")
                            .arg(native(path), file.errorString()));
        done += piece;
        if (m_progress)
            m_progress(m_archive.pos(), m_archive.size());
    }
    if (!file.flush())
        return fail(DeskRestore::tr("Cannot write %1: %2 (is the disk full?). Nothing was restored.")
                        .arg(native(path), file.errorString()));
    if (hash.hexResult() != expectedSha256)
        *mismatch = path;
    return true;
}

// The staged desk must open as any desk does (migrated when older) and read through unharmed.
bool Restorer::checkStagedDesk()
{
    if (cancelled())
        return false;
    // Every staged file on the disk before anything is moved into place: one flush for all of
    // them (an fsync per file waited for the disk 200 times for 200 files: 4 times cp -r + sync).
    if (!FileSafety::syncFileSystem(m_staging->path()))
        return fail(
            DeskRestore::tr("Cannot write the restored files to the disk in %1. Nothing was restored.")
                .arg(native(QFileInfo(m_deskPath).absolutePath())));
    QString error;
    {
        Database database(connectionName());
        if (!database.open(stagedDesk(), &error))
            return fail(
                DeskRestore::tr("The desk in the backup %1 cannot be opened: %2 Nothing was restored.")
                    .arg(nativeArchive(), error));
        m_outcome.manifest.schemaVersion = database.schemaVersion();
    }
    error = Database::checkIntegrity(stagedDesk());
    if (!error.isEmpty())
        return fail(DeskRestore::tr("The desk in the backup %1 is damaged: %2 Nothing was restored.")
                        .arg(nativeArchive(), error));
    return !cancelled();
}

// The evidence folder first, the desk file last: a desk file never stands without its vault.
bool Restorer::moveIntoPlace()
{
    if (const QString problem = DeskRestore::targetProblem(m_deskPath); !problem.isEmpty())
        return fail(problem); // created meanwhile by someone else
    const QString stagedVault = Vault::pathForDesk(stagedDesk());
    const QString vault = Vault::pathForDesk(m_deskPath);
    const bool hasVault = QFileInfo(stagedVault).isDir();
    if (hasVault && !QDir().rename(stagedVault, vault))
        return fail(DeskRestore::tr("Cannot move the restored evidence folder to %1. Nothing was restored.")
                        .arg(native(vault)));
    if (!QFile::rename(stagedDesk(), m_deskPath)) {
        if (hasVault)
            QDir().rename(vault, stagedVault);
        return fail(DeskRestore::tr("Cannot move the restored desk to %1. Nothing was restored.")
                        .arg(native(m_deskPath)));
    }
    FileSafety::syncDirectory(QFileInfo(m_deskPath).absolutePath());
    return true;
}

} // namespace

RestoreOutcome DeskRestore::restore(const QString& archivePath, const QString& deskPath,
                                    const QByteArray& passphrase, const Progress& progress,
                                    const std::atomic_bool* cancel)
{
    RestoreOutcome outcome;
    outcome.message = targetProblem(deskPath);
    const QString target = QFileInfo(deskPath).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    const bool folderExisted = QFileInfo(folder).isDir();
    if (!outcome.message.isEmpty() || !Database::prepareDirectory(target, &outcome.message))
        return outcome;
    outcome = Restorer(archivePath, target, progress, cancel).run(passphrase);
    if (!outcome.ok() && !folderExisted)
        QDir().rmdir(folder); // the folder made for it, if nothing else went in
    return outcome;
}

std::optional<bool> DeskRestore::isEncrypted(const QString& archivePath, QString* problem)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the backup %1: %2.").arg(native(archivePath), file.errorString());
        return std::nullopt;
    }
    ArchiveReader reader(file);
    if (const Status status = reader.readHeader(); status != Status::Ok) {
        *problem = readerProblem(status, native(archivePath), reader.detail());
        return std::nullopt;
    }
    return reader.header().encrypted;
}

QString DeskRestore::targetProblem(const QString& deskPath)
{
    if (deskPath.trimmed().isEmpty())
        return tr("Give the path of the new desk to restore into.");
    const QString target = QFileInfo(deskPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return tr("%1 already exists: a restore writes a new desk and never replaces one. Choose a new file "
                  "name, or move that file away first.")
            .arg(native(target));
    for (const QString& companion : companionsOf(target)) {
        if (QFileInfo::exists(companion))
            return tr("%1 already exists beside the new desk %2: a restore never mixes with another desk's "
                      "files. Choose a new file name, or move it away first.")
                .arg(native(companion), native(target));
    }
    return {};
}

} // namespace casedesk

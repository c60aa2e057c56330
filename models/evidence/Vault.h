#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace casedesk {

// A file copied into the vault's temporary area and hashed, not yet at its content address.
struct StagedFile
{
    QString tempPath;
    QByteArray sha256; // 64 lowercase hex digits
    qint64 size = 0;

    bool operator==(const StagedFile& other) const = default;
};

struct StageResult
{
    enum class Error
    {
        None,
        Cancelled,
        TooLarge,
        Unreadable, // the source: missing, a folder, no permission, read error
        WriteFailed // the vault: full disk, no permission
    };
    StagedFile file;
    Error error = Error::None;
    QString message; // what went wrong and where, for the user
    bool ok() const { return error == Error::None; }
};

// The content-addressed store of evidence files, a folder beside the desk file:
//   <desk file>-evidence/sha256/ab/abcdef…   one file per distinct content, named by its SHA-256
//   <desk file>-evidence/tmp/                 copies in progress
// Nothing a user supplies ever becomes a path here: names come from hashes only. A copy is
// hashed while it streams into tmp/, forced to disk and renamed into place, so a crash or a
// full disk never leaves a partial file at a content address. Thread-safe (no state but the root).
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr qint64 kDefaultMaxFileBytes = qint64(512) * 1024 * 1024;

    enum class FileState
    {
        Intact,
        Missing,
        Altered, // its bytes no longer hash to the recorded SHA-256
        Unreadable
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit Vault(const QString& rootPath);
    // "/x/desk.db" -> "/x/desk.db-evidence", named like SQLite's own "-wal" companion.
    static QString pathForDesk(const QString& databasePath);
    static bool isValidHash(const QByteArray& sha256);

    QString rootPath() const { return m_root; }
    // Creates the folders with owner-only permissions; false with a message when impossible.
    bool prepare(QString* errorMessage) const;

    // Copies `sourcePath` into tmp/, hashing as it goes. Refuses more than `maxBytes` while
    // streaming; stops when `cancel` becomes true. On any failure nothing is left behind.
    StageResult stage(const QString& sourcePath, qint64 maxBytes, const Progress& progress = {},
                      const std::atomic_bool* cancel = nullptr) const;
    // Moves a staged file to its content address. When the address already holds the same bytes,
    // the staged copy is dropped and *alreadyStored set; a damaged copy there is replaced.
    bool commit(const StagedFile& staged, bool* alreadyStored, QString* errorMessage) const;
    void discard(const StagedFile& staged) const;

    QString filePath(const QByteArray& sha256) const;
    bool contains(const QByteArray& sha256) const;
    bool removeFile(const QByteArray& sha256, QString* errorMessage) const;
    // Re-reads the file and compares its hash and size with what was recorded.
    FileState check(const QByteArray& sha256, qint64 expectedSize, const Progress& progress = {},
                    const std::atomic_bool* cancel = nullptr) const;
    // Every content address present on disk (for garbage collection).
    QList<QByteArray> storedHashes() const;
    // Removes copies left in tmp/ by a process that no longer runs (a crash, a kill); returns
    // how many. Copies of a running process (another window, the CLI) are left alone.
    int sweepAbandonedCopies() const;

private:
    QString tempDir() const;
    QString storeDir() const;
    // SHA-256 of a file's bytes; empty when it cannot be read (or cancelled).
    QByteArray hashFile(const QString& path, const Progress& progress, const std::atomic_bool* cancel,
                        qint64* size) const;

    QString m_root;
};

} // namespace casedesk

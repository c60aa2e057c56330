#pragma once

#include "backup/BackupManifest.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace casedesk {

struct RestoreOutcome
{
    enum class Status
    {
        Restored,
        Cancelled,
        Failed
    };
    Status status = Status::Failed;
    QString message; // what went wrong and where, when Failed
    QString deskPath;
    BackupManifest manifest;

    bool ok() const { return status == Status::Restored; }
};

// Restores a backup archive into a NEW desk path: never over an existing file. Everything is
// first written and checked in a staging folder beside the target (the manifest's versions,
// every file's size and SHA-256, each chunk's authentication, the end checksum, then the desk
// opened with Database::open and read through by Database::checkIntegrity); only then are the
// desk file and its evidence folder renamed into place. A wrong passphrase, a damaged or cut
// archive, a backup from a newer CaseDesk, a cancel: nothing is left behind. The restored desk
// keeps every record's identity, revision, sync state and outbox. Runs on any thread.
class DeskRestore
{
    Q_DECLARE_TR_FUNCTIONS(DeskRestore)

public:
    // Bytes of the archive read so far, of its size.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static RestoreOutcome restore(const QString& archivePath, const QString& deskPath,
                                  const QByteArray& passphrase, const Progress& progress = {},
                                  const std::atomic_bool* cancel = nullptr);
    // Reads the archive's header: whether it is encrypted (a passphrase must be asked for). Null
    // with *problem set when it cannot be read or is not a backup.
    static std::optional<bool> isEncrypted(const QString& archivePath, QString* problem);
    // What keeps `deskPath` from receiving a restore (it or a companion file exists); empty if free.
    static QString targetProblem(const QString& deskPath);
};

} // namespace casedesk

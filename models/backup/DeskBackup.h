#pragma once

#include "backup/BackupFormat.h"
#include "backup/BackupManifest.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace casedesk {

struct BackupOptions
{
    QByteArray passphrase; // empty: not encrypted. Never stored anywhere.
    BackupFormat::KdfParameters kdf;
};

struct BackupProgress
{
    enum class Step
    {
        Copying, // the database, through SQLite's backup API
        Writing // the archive: the database copy, then the evidence files
    };
    Step step = Step::Copying;
    qint64 done = 0; // bytes
    qint64 total = 0;
};

struct BackupOutcome
{
    enum class Status
    {
        Written,
        Cancelled,
        Failed
    };
    Status status = Status::Failed;
    QString message; // what went wrong and where, when Failed
    QString archivePath;
    qint64 archiveBytes = 0;
    BackupManifest manifest;

    bool ok() const { return status == Status::Written; }
};

// One backup of a desk into one archive file (docs/backup-format.md): the committed database
// (DeskSnapshot), the evidence files its live pieces refer to, and the manifest. The archive is
// written through a QSaveFile, owner-only (0600), and renamed into place only once every file
// passed its check; a failure or a cancel leaves nothing under its name (and a previous file of
// that name as it was). Runs on any thread; the window runs it on a worker (BackupJob).
class DeskBackup
{
    Q_DECLARE_TR_FUNCTIONS(DeskBackup)

public:
    using Progress = std::function<void(const BackupProgress&)>;

    static BackupOutcome write(const QString& deskPath, const QString& archivePath,
                               const BackupOptions& options, const Progress& progress = {},
                               const std::atomic_bool* cancel = nullptr);
    // What is wrong with writing a backup of `deskPath` to `archivePath`, before any work.
    static QString targetProblem(const QString& deskPath, const QString& archivePath);
    // What is wrong with a passphrase chosen for a new backup; empty when it will do.
    static QString passphraseProblem(const QByteArray& passphrase);
    static constexpr int kMinPassphraseLength = 8;
};

} // namespace casedesk

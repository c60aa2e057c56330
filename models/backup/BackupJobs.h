#pragma once

#include "backup/DeskBackup.h"
#include "backup/DeskRestore.h"
#include "common/WorkerThread.h"

#include <QObject>

#include <atomic>

namespace casedesk {

// A backup off the window's thread. The worker reads the desk over connections of its own (the
// window's connection belongs to the window's thread) and writes the archive; progress comes
// back as queued signals at most every 50 ms, the outcome with finished(). cancel() stops it at
// the next chunk and leaves nothing behind.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    BackupJob(const QString& deskPath, const QString& archivePath, const BackupOptions& options,
              QObject* parent = nullptr);
    // Cancels a backup still running and waits for it: it never outlives its listener.
    ~BackupJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_worker.isRunning(); }
    BackupOutcome outcome() const { return m_outcome; }

signals:
    void progress(casedesk::BackupProgress progress);
    void finished();

private:
    void work();

    QString m_deskPath;
    QString m_archivePath;
    BackupOptions m_options;
    std::atomic_bool m_cancel { false };
    WorkerThread m_worker;
    BackupOutcome m_outcome;
};

// A restore off the window's thread, likewise.
class RestoreJob : public QObject
{
    Q_OBJECT

public:
    RestoreJob(const QString& archivePath, const QString& deskPath, const QByteArray& passphrase,
               QObject* parent = nullptr);
    ~RestoreJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_worker.isRunning(); }
    RestoreOutcome outcome() const { return m_outcome; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void work();

    QString m_archivePath;
    QString m_deskPath;
    QByteArray m_passphrase;
    std::atomic_bool m_cancel { false };
    WorkerThread m_worker;
    RestoreOutcome m_outcome;
};

} // namespace casedesk

#include "backup/BackupJobs.h"

#include <QElapsedTimer>

namespace casedesk {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

// Lets a report through at most every kProgressIntervalMs, and always the last one.
class Throttle
{
public:
    Throttle() { m_timer.start(); }
    bool pass(qint64 done, qint64 total)
    {
        if (done < total && m_timer.elapsed() < kProgressIntervalMs)
            return false;
        m_timer.restart();
        return true;
    }

private:
    QElapsedTimer m_timer;
};

// A passphrase copy must not linger in freed memory longer than the job.
void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

BackupJob::BackupJob(const QString& deskPath, const QString& archivePath, const BackupOptions& options,
                     QObject* parent)
    : QObject(parent)
    , m_deskPath(deskPath)
    , m_archivePath(archivePath)
    , m_options(options)
{
}

BackupJob::~BackupJob()
{
    m_cancel = true;
    m_worker.stop();
    wipe(m_options.passphrase);
}

void BackupJob::start()
{
    m_worker.start([this] { work(); });
}

void BackupJob::work()
{
    Throttle throttle;
    const auto report = [this, &throttle](const BackupProgress& step) {
        if (throttle.pass(step.done, step.total))
            QMetaObject::invokeMethod(
                this, [this, step] { emit progress(step); }, Qt::QueuedConnection);
    };
    const BackupOutcome outcome = DeskBackup::write(m_deskPath, m_archivePath, m_options, report, &m_cancel);
    QMetaObject::invokeMethod(
        this,
        [this, outcome] {
            m_outcome = outcome;
            m_worker.finish();
            wipe(m_options.passphrase);
            emit finished();
        },
        Qt::QueuedConnection);
}

RestoreJob::RestoreJob(const QString& archivePath, const QString& deskPath, const QByteArray& passphrase,
                       QObject* parent)
    : QObject(parent)
    , m_archivePath(archivePath)
    , m_deskPath(deskPath)
    , m_passphrase(passphrase)
{
}

RestoreJob::~RestoreJob()
{
    m_cancel = true;
    m_worker.stop();
    wipe(m_passphrase);
}

void RestoreJob::start()
{
    m_worker.start([this] { work(); });
}

void RestoreJob::work()
{
    Throttle throttle;
    const auto report = [this, &throttle](qint64 done, qint64 total) {
        if (throttle.pass(done, total))
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    };
    const RestoreOutcome outcome
        = DeskRestore::restore(m_archivePath, m_deskPath, m_passphrase, report, &m_cancel);
    QMetaObject::invokeMethod(
        this,
        [this, outcome] {
            m_outcome = outcome;
            m_worker.finish();
            wipe(m_passphrase);
            emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace casedesk

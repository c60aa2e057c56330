#pragma once

#include "sync/SyncClient.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace casedesk {

// Runs a sync (or a connection test) on a worker thread with its own connection to the desk
// file, so the window stays responsive while requests wait, retry and back off. Progress, log
// lines and the outcome come back as signals on the thread that owns the runner.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(const QString& deskPath, QObject* parent = nullptr);
    // Stops a run in progress (it ends at its next step, the outbox intact) and waits for it.
    ~SyncRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False when a run is already going on.
    bool startSync(const SyncOptions& options, const QByteArray& token);
    bool startConnectionTest(const SyncOptions& options, const QByteArray& token);
    void cancel() { m_cancel = true; }

signals:
    void runningChanged(bool running);
    void logMessage(const QString& line);
    void progressChanged(int done, int total); // total 0: not known
    void syncFinished(const casedesk::SyncReport& report);
    void connectionTested(bool ok, const QString& message);

private:
    enum class Job
    {
        Sync,
        ConnectionTest
    };
    bool start(Job job, const SyncOptions& options, const QByteArray& token);
    // On the worker thread.
    void runOnWorker(Job job, const SyncOptions& options, const QByteArray& token, const QString& connection);
    void runJob(Job job, Database& database, const SyncOptions& options, const QByteArray& token);
    void deliver(Job job, const SyncReport& report, const ConnectionCheck& check);
    // Runs `emitter` on the runner's own thread (signals then reach the window directly).
    void post(std::function<void()> emitter);
    void finished();

    QString m_deskPath;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    int m_runs = 0;
};

} // namespace casedesk

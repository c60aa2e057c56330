#include "sync/SyncRunner.h"

#include "storage/Database.h"

#include <QThread>

namespace casedesk {

SyncRunner::SyncRunner(const QString& deskPath, QObject* parent)
    : QObject(parent)
    , m_deskPath(deskPath)
{
}

SyncRunner::~SyncRunner()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

bool SyncRunner::startSync(const SyncOptions& options, const QByteArray& token)
{
    return start(Job::Sync, options, token);
}

bool SyncRunner::startConnectionTest(const SyncOptions& options, const QByteArray& token)
{
    return start(Job::ConnectionTest, options, token);
}

bool SyncRunner::start(Job job, const SyncOptions& options, const QByteArray& token)
{
    if (m_thread)
        return false;
    m_cancel = false;
    // One named connection per thread and per run: QSqlDatabase connections are thread-bound.
    const QString connection = QStringLiteral("casedesk-sync-%1-%2").arg(quintptr(this)).arg(++m_runs);
    m_thread = QThread::create(
        [this, job, options, token, connection] { runOnWorker(job, options, token, connection); });
    connect(m_thread, &QThread::finished, this, &SyncRunner::finished);
    m_thread->start();
    emit runningChanged(true);
    return true;
}

void SyncRunner::runOnWorker(Job job, const SyncOptions& options, const QByteArray& token,
                             const QString& connection)
{
    Database database(connection);
    QString error;
    if (!database.open(m_deskPath, &error)) {
        post([this, error] { emit logMessage(error); });
        SyncReport report;
        report.errors.append(error);
        deliver(job, report, { false, error });
        return;
    }
    try {
        runJob(job, database, options, token);
    } catch (const DatabaseError& failure) {
        // The failing step's transaction was rolled back; the outbox still holds what waits.
        const QString message = failure.message();
        post([this, message] { emit logMessage(message); });
        SyncReport report;
        report.errors.append(message);
        deliver(job, report, { false, message });
    }
}

void SyncRunner::runJob(Job job, Database& database, const SyncOptions& options, const QByteArray& token)
{
    SyncClient client(database, options, token);
    SyncObserver observer;
    observer.log = [this](const QString& line) {
        post([this, line] { emit logMessage(line); });
    };
    observer.progress = [this](int done, int total) {
        post([this, done, total] { emit progressChanged(done, total); });
    };
    observer.cancel = &m_cancel;
    client.setObserver(observer);
    if (job == Job::Sync)
        deliver(job, client.run(), {});
    else
        deliver(job, {}, client.testConnection());
}

void SyncRunner::deliver(Job job, const SyncReport& report, const ConnectionCheck& check)
{
    if (job == Job::Sync)
        post([this, report] { emit syncFinished(report); });
    else
        post([this, check] { emit connectionTested(check.ok, check.message); });
}

void SyncRunner::post(std::function<void()> emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void SyncRunner::finished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit runningChanged(false);
}

} // namespace casedesk

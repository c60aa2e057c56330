#pragma once

#include "common/WorkerThread.h"
#include "donations/reconcile/ReconcileTypes.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>

namespace casedesk {

// Runs the reconciliation engine off the UI thread. The worker opens its own connection to the
// desk file (a QSqlDatabase belongs to the thread that made it), reads the engine's inputs there
// so the window never waits on a 100,000-row read, runs the engine and closes the connection.
// Nothing is written: the proposals come back to this object's thread with finished().
class ReconciliationJob : public QObject
{
    Q_OBJECT

public:
    ReconciliationJob(const QString& deskPath, const QString& accountIban = {},
                      const ReconcileOptions& options = {}, QObject* parent = nullptr);
    ~ReconciliationJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_worker.isRunning(); }
    bool wasCancelled() const { return m_cancel.load(); }
    QList<Proposal> proposals() const { return m_proposals; }
    // What the proposals refer to, as the engine read it: to describe them without reading the
    // desk again on the window's thread.
    QHash<QString, BankCredit> credits() const { return m_credits; }
    QHash<QString, ReconcileTarget> targets() const { return m_targets; }
    QString errorMessage() const { return m_error; } // the desk could not be read

signals:
    // done <= total; emitted at most every 50 ms.
    void progress(int done, int total);
    void finished();

private:
    void work();

    QString m_deskPath;
    QString m_accountIban;
    ReconcileOptions m_options;
    std::atomic_bool m_cancel { false };
    WorkerThread m_worker;
    QList<Proposal> m_proposals;
    QHash<QString, BankCredit> m_credits;
    QHash<QString, ReconcileTarget> m_targets;
    QString m_error;
};

} // namespace casedesk

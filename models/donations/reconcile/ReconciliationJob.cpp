#include "donations/reconcile/ReconciliationJob.h"

#include "donations/reconcile/ReconciliationEngine.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSet>

namespace casedesk {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

QString workerConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("casedesk-reconcile-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ReconciliationJob::ReconciliationJob(const QString& deskPath, const QString& accountIban,
                                     const ReconcileOptions& options, QObject* parent)
    : QObject(parent)
    , m_deskPath(deskPath)
    , m_accountIban(accountIban)
    , m_options(options)
{
}

ReconciliationJob::~ReconciliationJob()
{
    m_cancel = true;
    m_worker.stop();
}

void ReconciliationJob::start()
{
    m_worker.start([this] { work(); });
}

namespace {

// The credits and targets the proposals name, out of everything the engine read.
void describedBy(const ReconcileInputs& inputs, const QList<Proposal>& proposals,
                 QHash<QString, BankCredit>* credits, QHash<QString, ReconcileTarget>* targets)
{
    QSet<QString> lines;
    QSet<QString> named;
    for (const Proposal& proposal : proposals) {
        lines.insert(proposal.bankLineId);
        named.insert(proposal.payoutId);
        for (const TargetRef& target : proposal.targets)
            named.insert(target.id);
    }
    for (const BankCredit& credit : inputs.credits) {
        if (lines.contains(credit.id))
            credits->insert(credit.id, credit);
    }
    for (const ReconcileTarget& target : inputs.targets) {
        if (named.contains(target.id))
            targets->insert(target.id, target);
    }
}

} // namespace

void ReconciliationJob::work()
{
    QList<Proposal> proposals;
    QHash<QString, BankCredit> credits;
    QHash<QString, ReconcileTarget> targets;
    QString error;
    {
        // Scoped so the connection is closed and removed on this thread, before it ends.
        Database database(workerConnectionName());
        if (database.open(m_deskPath, &error)) {
            try {
                const ReconcileInputs inputs = ReconciliationRepository(database).loadInputs(m_accountIban);
                QElapsedTimer sinceReport;
                sinceReport.start();
                const auto onProgress = [this, &sinceReport](int done, int total) {
                    if (done < total && sinceReport.elapsed() < kProgressIntervalMs)
                        return;
                    sinceReport.restart();
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
                };
                if (!m_cancel)
                    proposals = ReconciliationEngine(m_options).run(inputs, onProgress, &m_cancel);
                describedBy(inputs, proposals, &credits, &targets);
            } catch (const DatabaseError& failure) {
                error = failure.message();
            }
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, proposals, credits, targets, error] {
            m_proposals = m_cancel ? QList<Proposal>() : proposals;
            m_credits = credits;
            m_targets = targets;
            m_error = error;
            m_worker.finish();
            emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace casedesk

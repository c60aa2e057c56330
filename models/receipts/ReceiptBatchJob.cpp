#include "receipts/ReceiptBatchJob.h"

#include "storage/Database.h"

#include <QAtomicInt>
#include <QElapsedTimer>

namespace casedesk {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

QString workerConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("casedesk-receipts-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ReceiptBatchJob::ReceiptBatchJob(const QString& deskPath, const ReceiptBatchOptions& options, QObject* parent)
    : QObject(parent)
    , m_deskPath(deskPath)
    , m_options(options)
{
}

ReceiptBatchJob::~ReceiptBatchJob()
{
    m_cancel = true;
    m_worker.stop();
}

void ReceiptBatchJob::start()
{
    m_worker.start([this] { work(); });
}

void ReceiptBatchJob::work()
{
    ReceiptBatchResult result;
    {
        // Scoped so the connection is closed and removed on this thread, before it ends.
        Database database(workerConnectionName());
        QString error;
        if (!database.open(m_deskPath, &error)) {
            result.error = error;
        } else {
            try {
                QElapsedTimer sinceReport;
                sinceReport.start();
                result = ReceiptBatch(database).run(m_options, [this, &sinceReport](int done, int total) {
                    if (done == total || sinceReport.elapsed() >= kProgressIntervalMs) {
                        sinceReport.restart();
                        QMetaObject::invokeMethod(
                            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
                    }
                    return !m_cancel.load();
                });
            } catch (const DatabaseError& failure) {
                result.error = failure.message();
            }
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_result = result;
            m_worker.finish();
            emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace casedesk

#pragma once

#include "common/WorkerThread.h"
#include "receipts/ReceiptBatch.h"

#include <QObject>

#include <atomic>

namespace casedesk {

// Runs the yearly batch off the window's thread, on its own connection to the desk file, so the
// window stays responsive and Cancel is heard between two receipts.
class ReceiptBatchJob : public QObject
{
    Q_OBJECT

public:
    ReceiptBatchJob(const QString& deskPath, const ReceiptBatchOptions& options, QObject* parent = nullptr);
    ~ReceiptBatchJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_worker.isRunning(); }
    ReceiptBatchResult result() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void work();

    QString m_deskPath;
    ReceiptBatchOptions m_options;
    std::atomic_bool m_cancel { false };
    WorkerThread m_worker;
    ReceiptBatchResult m_result;
};

} // namespace casedesk

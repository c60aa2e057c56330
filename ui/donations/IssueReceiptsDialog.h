#pragma once

#include "receipts/ReceiptBatch.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace casedesk {

class Database;
class ReceiptBatchJob;

// The yearly batch, in three steps on one dialog: the preview (how many receipts, the total, the
// donors skipped and why), the run (a progress bar and Cancel; the window stays usable), and what
// was written (the folder, the mail-merge file). Stopping half-way leaves a consistent register;
// running again continues.
class IssueReceiptsDialog : public QDialog
{
    Q_OBJECT

public:
    IssueReceiptsDialog(Database& database, int year, QWidget* parent = nullptr);
    ~IssueReceiptsDialog() override;

    // For tests: the preview shown, and the run's outcome once finished.
    ReceiptBatchPreview preview() const { return m_preview; }
    ReceiptBatchResult result() const { return m_result; }
    QLineEdit* folderEdit() const { return m_folder; }
    QComboBox* modeBox() const { return m_mode; }
    QPushButton* issueButton() const { return m_issue; }
    bool isRunning() const;

signals:
    void receiptsIssued();
    void runFinished();

protected:
    void reject() override;

private:
    void refreshPreview();
    void chooseFolder();
    void start();
    void onProgress(int done, int total);
    void onFinished();
    ReceiptBatchOptions options() const;

    Database& m_database;
    int m_year;
    QComboBox* m_mode;
    QLineEdit* m_folder;
    QLabel* m_summary;
    QTableWidget* m_skipped;
    QProgressBar* m_progress;
    QLabel* m_outcome;
    QPushButton* m_issue;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<ReceiptBatchJob> m_job;
    ReceiptBatchPreview m_preview;
    ReceiptBatchResult m_result;
};

} // namespace casedesk

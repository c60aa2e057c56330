#pragma once

#include "donations/ledger/LedgerImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

class CampaignRepository;
class Database;

// Import of a crowdfunding platform's export (Ulule orders, HelloAsso payments and cash-outs;
// JSON or CSV): each donation is shown as new, updated (a refund since the last import) or
// already imported; the platform's campaign is tied to a local campaign; "Import" writes it all
// in one transaction.
class PlatformImportDialog : public QDialog
{
    Q_OBJECT

public:
    PlatformImportDialog(Database& database, CampaignRepository& campaigns, const QString& path,
                         QWidget* parent = nullptr);

    QString resultText() const { return m_resultText; }
    // For tests.
    QLabel* problemLabel() const { return m_problem; }
    QLabel* summaryLabel() const { return m_summary; }
    QComboBox* campaignCombo() const { return m_campaign; }
    QPushButton* importButton() const { return m_import; }
    QTableWidget* table() const { return m_table; }

    void accept() override;

private:
    void readFile();
    void refreshPreview();
    void showProblem(const QString& text);

    Database& m_database;
    CampaignRepository& m_campaigns;
    QString m_path;
    ParsedPlatformExport m_data;
    bool m_parsed = false;
    std::optional<PlatformPreview> m_preview;
    QString m_resultText;

    QLabel* m_fileLabel;
    QComboBox* m_campaign;
    QLabel* m_problem;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_import;
};

} // namespace casedesk

#pragma once

#include "donations/ledger/LedgerImport.h"
#include "donations/statements/CsvMapping.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace casedesk {

class BankRepository;
class CsvMappingStore;
class Database;
class StatementPreviewModel;

// Import of one bank statement file (CAMT.053, OFX or CSV): the file is read, each line is
// shown as new or duplicate (with why), the balances are checked, and only "Import" writes,
// in one transaction. A CSV file first gets its column mapping (guessed, or the bank's saved
// one). Duplicates can be imported anyway, line by line.
class StatementImportDialog : public QDialog
{
    Q_OBJECT

public:
    StatementImportDialog(Database& database, const QString& path, QWidget* parent = nullptr);
    ~StatementImportDialog() override;

    // "Imported 120, duplicates 3" once accepted.
    QString resultText() const { return m_resultText; }
    // For tests.
    QLabel* problemLabel() const { return m_problem; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableView* table() const { return m_table; }
    QComboBox* accountCombo() const { return m_account; }
    QPushButton* importButton() const { return m_import; }
    const std::optional<StatementPreview>& preview() const { return m_preview; }
    // Marks the duplicate at line `index` of the preview to be imported anyway.
    void setOverride(int index, bool importAnyway);

    void accept() override;

private:
    void readFile();
    void refreshPreview();
    void fillAccounts(const QString& fileIban);
    void editMapping();
    void addAccount();
    void showProblem(const QString& text);

    Database& m_database;
    BankRepository* m_bank;
    CsvMappingStore* m_mappings;
    QString m_path;
    QString m_fileSha256; // recognises a file imported before, whatever its name
    bool m_isCsv = false;
    CsvMapping m_mapping;
    ParsedStatement m_statement;
    bool m_parsed = false;
    std::optional<StatementPreview> m_preview;
    StatementPreviewModel* m_model;
    QString m_resultText;

    QLabel* m_fileLabel;
    QComboBox* m_savedMapping;
    QPushButton* m_mappingButton;
    QComboBox* m_account;
    QLabel* m_problem;
    QLabel* m_summary;
    QLabel* m_balance;
    QTableView* m_table;
    QPushButton* m_import;
};

} // namespace casedesk

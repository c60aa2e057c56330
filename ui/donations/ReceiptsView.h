#pragma once

#include "receipts/Receipt.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace casedesk {

class Database;
class ReceiptListModel;
class ReceiptRepository;

// The treasurer's tax receipts: the receipts numbered in a year (the register as it stands), the
// selected one's details and PDF, cancel and replace, the yearly batch, the register file and the
// art. 222 bis declaration. On a desk that does not issue receipts everything is read-only and a
// line says why.
class ReceiptsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptsView(Database& database, QWidget* parent = nullptr);
    ~ReceiptsView() override;

    void reload();
    void setYear(int year);
    QTableView* table() const { return m_table; }
    ReceiptListModel* model() const { return m_model; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* detailsLabel() const { return m_details; }
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* replaceButton() const { return m_replace; }

    // What the buttons do once the reason (and folder) are asked: for tests. A refusal is shown
    // (Dialogs::warn) and false returned.
    bool cancelSelected(const QString& reason);
    bool replaceSelected(const QString& reason, const QString& folder);
    bool writeRegister(const QString& path);
    QString declarationText(int giftYear);
    // The yearly batch's dialog, modal; returns when it is closed.
    void openIssueDialog();

signals:
    void receiptsChanged();

private:
    void showSelected();
    void showBanner();
    void askCancel();
    void askReplace();
    void openPdf();
    void saveCopy();
    void askRegister();
    void showDeclaration();
    QString pdfFolder() const;
    std::optional<Receipt> selected() const;

    Database& m_database;
    std::unique_ptr<ReceiptRepository> m_receipts;
    ReceiptListModel* m_model;
    QSpinBox* m_year;
    QLabel* m_banner;
    QTableView* m_table;
    QLabel* m_details;
    QPushButton* m_issue;
    QPushButton* m_register;
    QPushButton* m_declaration;
    QPushButton* m_openPdf;
    QPushButton* m_saveCopy;
    QPushButton* m_cancel;
    QPushButton* m_replace;
    bool m_issuingDesk = false;
    int m_selectedRow = -1;
};

} // namespace casedesk

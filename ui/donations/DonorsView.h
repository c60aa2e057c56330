#pragma once

#include "donations/ledger/Donor.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace casedesk {

class DateEdit;
class DonationRepository;
class DonorListModel;
class DonorPrivacyBar;
class DonorRepository;

// Donors: a searchable list; the selected donor's details (editable: a treasurer fixes a name,
// an address for the tax receipt, a company and its SIREN, the receipts the donor wants, the
// consent to be contacted with its date and source) and their history of gifts with totals.
class DonorsView : public QWidget
{
    Q_OBJECT

public:
    DonorsView(DonorRepository& donors, DonationRepository& donations, QWidget* parent = nullptr);

    DonorListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* historyTable() const { return m_history; }
    QLabel* totalsLabel() const { return m_totals; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* legalKindBox() const { return m_legalKind; }
    QLineEdit* sirenField() const { return m_siren; }
    QComboBox* receiptChoiceBox() const { return m_receiptChoice; }
    DateEdit* consentDateEdit() const { return m_consentDate; }
    QLineEdit* consentSourceField() const { return m_consentSource; }
    QLabel* messageLabel() const { return m_message; }
    DonorPrivacyBar* privacyBar() const { return m_privacy; }
    void selectDonor(const QUuid& uuid);

public slots:
    void reload();
    void newDonor();
    void saveDonor();
    void removeDonor();
    void chooseAndExportCsv();
    // The list as it is searched now, to `path`; false (and the message shown) when it failed.
    bool exportCsv(const QString& path);

signals:
    // "Show in the ledger": the donations view filters on this donor.
    void showDonationsRequested(const QUuid& donorUuid, const QString& donorName);
    void ledgerChanged();

protected:
    // The list is read when first shown, never while the window opens; reload() before that only
    // waits for it.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildDetails();
    void followLegalKind();
    // The donor's rights (export, erasure, retention) under the details.
    DonorPrivacyBar* buildPrivacyBar(QWidget* parent);
    void showDonor(const QUuid& uuid);
    void showMessage(const QString& text, bool problem);

    DonorRepository& m_donors;
    DonationRepository& m_donations;
    DonorListModel* m_model;
    bool m_loaded = false;
    QTableView* m_table;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    std::optional<Donor> m_current;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_legalKind = nullptr;
    QLineEdit* m_siren = nullptr;
    QComboBox* m_receiptChoice = nullptr;
    QCheckBox* m_consent = nullptr;
    DateEdit* m_consentDate = nullptr;
    QLineEdit* m_consentSource = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_showDonations = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_history = nullptr;
    DonorPrivacyBar* m_privacy = nullptr;
    QLabel* m_message;
    QLabel* m_count;
};

} // namespace casedesk

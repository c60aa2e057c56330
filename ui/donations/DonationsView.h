#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace casedesk {

class DateEdit;
class CampaignRepository;
class Database;
class DonationListModel;
class DonationRepository;
class DonorRepository;

// The treasurer's ledger: every donation, filtered (search, campaign, method, status, period,
// reconciled) and sorted in SQL, so a million rows scroll like a hundred. New, edit and delete
// by hand; imports and the CSV export of exactly what is on screen.
class DonationsView : public QWidget
{
    Q_OBJECT

public:
    DonationsView(Database& database, DonationRepository& donations, DonorRepository& donors,
                  CampaignRepository& campaigns, QWidget* parent = nullptr);

    DonationListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* messageLabel() const { return m_message; }
    // Shows only the donations of this donor (the donors view's "show donations").
    void showDonor(const QUuid& donorUuid, const QString& donorName);

public slots:
    void reload();
    void reloadCampaigns();
    void newDonation();
    void editCurrent();
    void removeCurrent();
    void importStatement();
    void importPlatformExport();
    void exportCsv();

signals:
    // An import or an edit changed the ledger: the other views refresh.
    void ledgerChanged();

protected:
    // The list is read when first shown, never while the window opens (a million gifts take a
    // count); reload() before that only waits for it.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilterBar();
    QWidget* buildActions();
    void applyFilters();
    void updateCount();
    void showMessage(const QString& text, bool problem);
    QUuid currentUuid() const;

    Database& m_database;
    DonationRepository& m_donations;
    DonorRepository& m_donors;
    CampaignRepository& m_campaigns;
    DonationListModel* m_model;
    bool m_loaded = false;
    QTableView* m_table;
    QLineEdit* m_search = nullptr;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_reconciled = nullptr;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QUuid m_donorFilter;
    QPushButton* m_donorChip = nullptr;
    QLabel* m_count;
    QLabel* m_message;
    QTimer* m_searchDelay;
};

} // namespace casedesk

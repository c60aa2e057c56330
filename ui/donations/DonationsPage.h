#pragma once

#include <QSet>
#include <QWidget>

class QTabWidget;

namespace casedesk {

class CampaignReportView;
class CampaignRepository;
class Database;
class DonationRepository;
class DonationsView;
class DonorRepository;
class DonorsView;
class ReceiptsView;
class ReconciliationView;
class SettingsRepository;

// The treasurer's area: the ledger of donations, the donors, the bank reconciliation and each
// campaign's fee transparency report, as tabs that keep each other up to date.
class DonationsPage : public QWidget
{
    Q_OBJECT

public:
    DonationsPage(Database& database, CampaignRepository& campaigns, SettingsRepository& settings,
                  QWidget* parent = nullptr);

    DonationRepository& donations() const { return *m_donations; }
    DonorRepository& donors() const { return *m_donors; }
    DonationsView* donationsView() const { return m_donationsView; }
    DonorsView* donorsView() const { return m_donorsView; }
    // Built when their tab is first opened (nullptr until then).
    ReconciliationView* reconciliationView() const { return m_reconciliationView; }
    CampaignReportView* reportView() const { return m_reportView; }
    ReceiptsView* receiptsView() const { return m_receiptsView; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void reloadCampaigns();

signals:
    // Something the sync indicator counts changed.
    void ledgerChanged();

private:
    void showTab(int index);
    void refreshLater(QWidget* tab);
    void refreshOthers(QWidget* source);

    Database& m_database;
    CampaignRepository& m_campaigns;
    SettingsRepository& m_settings;
    DonationRepository* m_donations;
    DonorRepository* m_donors;
    QTabWidget* m_tabs;
    DonationsView* m_donationsView;
    DonorsView* m_donorsView;
    QWidget* m_reconciliationTab;
    QWidget* m_reportTab;
    QWidget* m_receiptsTab;
    ReconciliationView* m_reconciliationView = nullptr;
    CampaignReportView* m_reportView = nullptr;
    ReceiptsView* m_receiptsView = nullptr;
    QSet<QWidget*> m_stale; // tabs to reload when next shown
};

} // namespace casedesk

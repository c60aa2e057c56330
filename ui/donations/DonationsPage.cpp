#include "donations/DonationsPage.h"

#include "donations/CampaignReportView.h"
#include "donations/DonationsView.h"
#include "donations/DonorsView.h"
#include "donations/ReceiptsView.h"
#include "donations/ReconciliationView.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

DonationsPage::DonationsPage(Database& database, CampaignRepository& campaigns, SettingsRepository& settings,
                             QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_campaigns(campaigns)
    , m_settings(settings)
    , m_donations(new DonationRepository(database, this))
    , m_donors(new DonorRepository(database, this))
    , m_tabs(new QTabWidget(this))
    , m_donationsView(new DonationsView(database, *m_donations, *m_donors, campaigns, this))
    , m_donorsView(new DonorsView(*m_donors, *m_donations, this))
    , m_reconciliationTab(new QWidget(this))
    , m_reportTab(new QWidget(this))
    , m_receiptsTab(new QWidget(this))
{
    m_tabs->addTab(m_donationsView, tr("&Donations"));
    m_tabs->addTab(m_donorsView, tr("D&onors"));
    m_tabs->addTab(m_reconciliationTab, tr("&Bank reconciliation"));
    m_tabs->addTab(m_reportTab, tr("Campaign &report"));
    m_tabs->addTab(m_receiptsTab, tr("&Tax receipts"));
    for (QWidget* tab : { m_reconciliationTab, m_reportTab, m_receiptsTab })
        (new QVBoxLayout(tab))->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &DonationsPage::showTab);
    connect(m_donationsView, &DonationsView::ledgerChanged, this, [this] { refreshOthers(m_donationsView); });
    connect(m_donorsView, &DonorsView::ledgerChanged, this, [this] { refreshOthers(m_donorsView); });
    connect(m_donorsView, &DonorsView::showDonationsRequested, this,
            [this](const QUuid& donor, const QString& name) {
                m_donationsView->showDonor(donor, name);
                m_tabs->setCurrentWidget(m_donationsView);
            });
}

// The reconciliation reads every unreconciled credit and donation, the report sums a campaign's
// ledger: built when their tab is first opened, refreshed when shown after a change, never at
// start-up or behind the user's back.
void DonationsPage::showTab(int index)
{
    QWidget* tab = m_tabs->widget(index);
    if (tab == m_reconciliationTab && !m_reconciliationView) {
        m_reconciliationView = new ReconciliationView(m_database, tab);
        tab->layout()->addWidget(m_reconciliationView);
        connect(m_reconciliationView, &ReconciliationView::ledgerChanged, this,
                [this] { refreshOthers(m_reconciliationView); });
    } else if (tab == m_reportTab && !m_reportView) {
        m_reportView = new CampaignReportView(m_database, m_campaigns, m_settings, tab);
        tab->layout()->addWidget(m_reportView);
    } else if (tab == m_receiptsTab && !m_receiptsView) {
        m_receiptsView = new ReceiptsView(m_database, tab);
        tab->layout()->addWidget(m_receiptsView);
        connect(m_receiptsView, &ReceiptsView::receiptsChanged, this, &DonationsPage::ledgerChanged);
    } else if (m_stale.remove(tab)) {
        if (tab == m_reconciliationTab)
            m_reconciliationView->reload();
        else if (tab == m_reportTab)
            m_reportView->reload();
        else if (tab == m_receiptsTab)
            m_receiptsView->reload();
    }
}

// Reloads now when on screen, else at the next showTab().
void DonationsPage::refreshLater(QWidget* tab)
{
    const bool built = tab == m_reconciliationTab ? m_reconciliationView != nullptr
        : tab == m_reportTab                      ? m_reportView != nullptr
                                                  : m_receiptsView != nullptr;
    if (!built)
        return;
    m_stale.insert(tab);
    if (m_tabs->currentWidget() == tab)
        showTab(m_tabs->currentIndex());
}

// One view changed the ledger: the others show it, and the status bar counts what waits to sync.
void DonationsPage::refreshOthers(QWidget* source)
{
    if (source != m_donationsView)
        m_donationsView->reload();
    if (source != m_donorsView)
        m_donorsView->reload();
    if (source != m_reconciliationView)
        refreshLater(m_reconciliationTab);
    refreshLater(m_reportTab);
    refreshLater(m_receiptsTab); // a refund puts a receipt on the to-do list
    emit ledgerChanged();
}

void DonationsPage::reloadCampaigns()
{
    m_donationsView->reloadCampaigns();
    refreshLater(m_reportTab);
}

} // namespace casedesk

#include "donations/DonationsPage.h"

#include "donations/CampaignReportView.h"
#include "donations/DonationRepository.h"
#include "donations/DonationsView.h"
#include "donations/DonorRepository.h"
#include "donations/DonorsView.h"
#include "donations/ReconciliationView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

DonationsPage::DonationsPage(Database& database, CampaignRepository& campaigns, SettingsRepository& settings,
                             QWidget* parent)
    : QWidget(parent)
    , m_donations(new DonationRepository(database, this))
    , m_donors(new DonorRepository(database, this))
    , m_tabs(new QTabWidget(this))
    , m_donationsView(new DonationsView(database, *m_donations, *m_donors, campaigns, this))
    , m_donorsView(new DonorsView(*m_donors, *m_donations, this))
    , m_reconciliationView(new ReconciliationView(database, this))
    , m_reportView(new CampaignReportView(database, campaigns, settings, this))
{
    m_tabs->addTab(m_donationsView, tr("&Donations"));
    m_tabs->addTab(m_donorsView, tr("D&onors"));
    m_tabs->addTab(m_reconciliationView, tr("&Bank reconciliation"));
    m_tabs->addTab(m_reportView, tr("Campaign &report"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_donationsView, &DonationsView::ledgerChanged, this, [this] { refreshOthers(m_donationsView); });
    connect(m_donorsView, &DonorsView::ledgerChanged, this, [this] { refreshOthers(m_donorsView); });
    connect(m_reconciliationView, &ReconciliationView::ledgerChanged, this,
            [this] { refreshOthers(m_reconciliationView); });
    connect(m_donorsView, &DonorsView::showDonationsRequested, this,
            [this](const QUuid& donor, const QString& name) {
                m_donationsView->showDonor(donor, name);
                m_tabs->setCurrentWidget(m_donationsView);
            });
}

// One view changed the ledger: the others show it, and the status bar counts what waits to sync.
void DonationsPage::refreshOthers(QWidget* source)
{
    if (source != m_donationsView)
        m_donationsView->reload();
    if (source != m_donorsView)
        m_donorsView->reload();
    if (source != m_reconciliationView)
        m_reconciliationView->reload();
    m_reportView->reload();
    emit ledgerChanged();
}

void DonationsPage::reloadCampaigns()
{
    m_donationsView->reloadCampaigns();
    m_reportView->reload();
}

} // namespace casedesk

#include "MainWindow.h"

#include "association/AssociationPage.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/Attempt.h"
#include "donations/DonationsPage.h"
#include "evidence/EvidencePage.h"
#include "evidence/EvidenceRepository.h"
#include "procedures/DeadlinesPage.h"
#include "procedures/ProcedureRepository.h"
#include "procedures/ProceduresPage.h"
#include "settings/FeeSettingsDialog.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "sync/SyncKinds.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace casedesk {

MainWindow::MainWindow(Database& database, CampaignRepository& campaigns, AssociationRepository& associations,
                       SettingsRepository& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_campaignsPage(new CampaignsPage(campaigns, associations, settings, this))
    , m_associationPage(new AssociationPage(associations, this))
    , m_saveState(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_deskPath(new QLabel(this))
{
    setWindowTitle(tr("CaseDesk"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.casedesk.CaseDesk"),
                                   QIcon(QStringLiteral(":/icons/org.casedesk.CaseDesk.png"))));
    resize(1280, 800);

    m_sidebar->setFixedWidth(170);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setAccessibleName(tr("Areas"));
    m_procedures = new ProcedureRepository(database, this);
    m_proceduresPage = new ProceduresPage(*m_procedures, campaigns, this);
    m_deadlinesPage = new DeadlinesPage(*m_procedures, settings, this);
    addArea(tr("Campaigns"), style()->standardIcon(QStyle::SP_FileDialogDetailedView), m_campaignsPage);
    addArea(tr("Procedures"), style()->standardIcon(QStyle::SP_FileDialogListView), m_proceduresPage);
    addArea(tr("Deadlines"), style()->standardIcon(QStyle::SP_MessageBoxWarning), m_deadlinesPage);
    auto* evidencePage = new EvidencePage(database, campaigns, associations, this);
    addArea(tr("Evidence"), style()->standardIcon(QStyle::SP_FileDialogContentsView), evidencePage);
    // The evidence area opens on the campaign being edited; its last edits are saved on leaving.
    connect(m_sidebar, &QListWidget::currentRowChanged, evidencePage, [this, evidencePage](int row) {
        evidencePage->flush();
        if (m_pages->widget(row) == evidencePage && !m_campaignsPage->editor()->campaignUuid().isNull())
            evidencePage->setCampaign(m_campaignsPage->editor()->campaignUuid());
    });
    connect(evidencePage, &EvidencePage::saveStateChanged, m_saveState, &QLabel::setText);
    connect(&evidencePage->repository(), &EvidenceRepository::piecesChanged, this,
            &MainWindow::updateSyncIndicator);
    m_donationsPage = new DonationsPage(database, campaigns, settings, this);
    addArea(tr("Donations"), style()->standardIcon(QStyle::SP_DialogApplyButton), m_donationsPage);
    connect(m_donationsPage, &DonationsPage::ledgerChanged, this, &MainWindow::updateSyncIndicator);
    for (auto signal : { &CampaignRepository::campaignSaved, &CampaignRepository::campaignCreated,
                         &CampaignRepository::campaignRemoved })
        connect(&campaigns, signal, m_donationsPage, &DonationsPage::reloadCampaigns);
    connect(&campaigns, &CampaignRepository::campaignsReset, m_donationsPage,
            &DonationsPage::reloadCampaigns);
    addArea(tr("Association"), style()->standardIcon(QStyle::SP_DirHomeIcon), m_associationPage);
    m_syncPage = new SyncPage(database, settings, this);
    addArea(tr("Sync"), style()->standardIcon(QStyle::SP_BrowserReload), m_syncPage);
    connect(m_syncPage, &SyncPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_syncPage, &SyncPage::deskChanged, this, [this, &campaigns] {
        // Pulled changes and resolutions are written beside the repository: lists reload.
        emit campaigns.campaignsReset();
        updateSyncIndicator();
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_campaignsPage->editor()->flush();
        m_associationPage->flush();
        m_pages->setCurrentIndex(row);
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // The file name keeps the status bar readable; the full path is one hover away.
    m_deskPath->setText(tr("Desk: %1").arg(QFileInfo(database.path()).fileName()));
    m_deskPath->setToolTip(tr("Desk: %1").arg(QDir::toNativeSeparators(database.path())));
    statusBar()->addPermanentWidget(m_deskPath);
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_pending);
    m_saveState->setText(tr("All changes saved"));

    connect(m_campaignsPage, &CampaignsPage::saveStateChanged, m_saveState, &QLabel::setText);
    connect(m_associationPage, &AssociationPage::saveStateChanged, m_saveState, &QLabel::setText);
    for (auto signal : { &CampaignRepository::campaignSaved, &CampaignRepository::campaignCreated,
                         &CampaignRepository::campaignRemoved })
        connect(&campaigns, signal, this, &MainWindow::updateSyncIndicator);
    connect(&campaigns, &CampaignRepository::campaignsReset, this, &MainWindow::updateSyncIndicator);
    connect(&associations, &AssociationRepository::associationSaved, this, &MainWindow::updateSyncIndicator);
    connect(&associations, &AssociationRepository::associationSaved, m_associationPage,
            &AssociationPage::reload);
    for (auto signal : { &CampaignRepository::campaignSaved, &CampaignRepository::campaignCreated,
                         &CampaignRepository::campaignRemoved }) {
        connect(&campaigns, signal, m_proceduresPage, &ProceduresPage::reloadCampaigns);
        connect(&campaigns, signal, m_deadlinesPage, &DeadlinesPage::reload);
    }
    connect(&campaigns, &CampaignRepository::campaignsReset, m_proceduresPage,
            &ProceduresPage::reloadCampaigns);
    connect(&campaigns, &CampaignRepository::campaignsReset, m_deadlinesPage, &DeadlinesPage::reload);
    connect(m_procedures, &ProcedureRepository::proceduresChanged, this, &MainWindow::updateSyncIndicator);
    connect(&m_procedures->milestones(), &MilestoneRepository::milestonesChanged, this,
            &MainWindow::updateSyncIndicator);
    connect(m_deadlinesPage, &DeadlinesPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_deadlinesPage, &DeadlinesPage::openProcedureRequested, this,
            [this](const QUuid& campaign, const QUuid& procedure, const QUuid& milestone) {
                showProceduresArea();
                m_proceduresPage->setCampaign(campaign);
                m_proceduresPage->selectProcedure(procedure);
                m_proceduresPage->selectMilestone(milestone);
            });
    // "Today" moves on while the window stays open: the dashboard counts again when shown.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_pages->widget(row) == m_deadlinesPage)
            m_deadlinesPage->reload();
    });

    buildMenus();
    m_sidebar->setCurrentRow(0);
    updateSyncIndicator();
}

void MainWindow::addArea(const QString& name, const QIcon& icon, QWidget* page)
{
    auto* item = new QListWidgetItem(icon, name, m_sidebar);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCampaign = file->addAction(tr("&New campaign"), m_campaignsPage, [this] {
        showArea(0);
        m_campaignsPage->createCampaign();
    });
    newCampaign->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find campaigns"), this, [this] {
        showArea(0);
        m_campaignsPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* save = edit->addAction(tr("&Save now"), this, [this] {
        m_campaignsPage->editor()->flush();
        m_associationPage->flush();
    });
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("CaseDesk saves as you type; this saves the last keystrokes at once."));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* area = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { showArea(i); });
        area->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* fees = tools->addAction(tr("Platform &fees…"), this, &MainWindow::editFeeSettings);
    fees->setShortcut(QKeySequence::Preferences);
    if (fees->shortcut().isEmpty())
        fees->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CaseDesk"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::showPage(QWidget* page)
{
    showArea(m_pages->indexOf(page));
}

void MainWindow::showArea(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::showProceduresArea()
{
    showPage(m_proceduresPage);
}

void MainWindow::showDeadlinesArea()
{
    showPage(m_deadlinesPage);
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::editFeeSettings()
{
    FeeSettingsDialog dialog(m_settings.feeSettings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setFeeSettings(dialog.settings());
    showStatusMessage(tr("Platform fees updated"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CaseDesk"),
        tr("<h3>CaseDesk %1</h3><p>The workbench of associations that take legal action and fund it "
           "through crowdfunding: campaigns, evidence, procedures and donations, offline first.</p>"
           "<p>Your desk is the file %2. It stays on this computer.</p>")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_database.path())));
}

void MainWindow::updateSyncIndicator()
{
    int pending = 0;
    // A count that cannot be read now (the desk busy) is taken at the next refresh.
    if (!runOrReport([&] { pending = SyncKinds::pendingCount(m_database); }, [](const QString&) {}))
        return;
    m_pending->setText(tr("%n change(s) waiting to sync", nullptr, pending));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The last keystrokes are saved before the window goes; if that fails the user decides.
    const bool saved = m_campaignsPage->editor()->flush() && m_associationPage->flush();
    if (!saved
        && QMessageBox::warning(this, tr("Unsaved changes"),
                                tr("The last changes could not be saved. Quit anyway and lose them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Cancel) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace casedesk

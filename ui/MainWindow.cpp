#include "MainWindow.h"

#include "association/AssociationPage.h"
#include "association/BoardPane.h"
#include "backup/BackupController.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/Attempt.h"
#include "common/ElidedLabel.h"
#include "common/ManualDialog.h"
#include "donations/DonationsPage.h"
#include "donations/ReceiptsView.h"
#include "evidence/EvidencePage.h"
#include "evidence/EvidenceRepository.h"
#include "procedures/DeadlinesPage.h"
#include "procedures/ProcedureRepository.h"
#include "procedures/ProceduresPage.h"
#include "settings/FeeSettingsDialog.h"
#include "settings/GiftConfirmationDialog.h"
#include "settings/ReceiptSettingsDialog.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "sync/SyncKinds.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
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
#include <QTime>
#include <QTimer>
#include <QUndoStack>

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
    , m_saveState(new ElidedLabel(this))
    , m_pending(new ElidedLabel(this))
    , m_deskPath(new QLabel(this))
    , m_countLater(new QTimer(this))
{
    // Which desk is open shows in the title: File > Open another desk switches it.
    setWindowTitle(tr("%1 — CaseDesk").arg(QFileInfo(database.path()).fileName()));
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
    m_evidencePage = evidencePage;
    addArea(tr("Evidence"), style()->standardIcon(QStyle::SP_FileDialogContentsView), evidencePage);
    // The evidence area opens on the campaign being edited; its last edits are saved on leaving.
    connect(m_sidebar, &QListWidget::currentRowChanged, evidencePage, [this, evidencePage](int row) {
        evidencePage->flush();
        if (m_pages->widget(row) == evidencePage && !m_campaignsPage->editor()->campaignUuid().isNull())
            evidencePage->setCampaign(m_campaignsPage->editor()->campaignUuid());
    });
    connect(evidencePage, &EvidencePage::saveStateChanged, this, &MainWindow::showSaveState);
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
    m_associationPage->addPart(new BoardPane(database, m_associationPage), tr("&Board"));
    addArea(tr("Association"), style()->standardIcon(QStyle::SP_DirHomeIcon), m_associationPage);
    m_syncPage = new SyncPage(database, settings, this);
    addArea(tr("Sync"), style()->standardIcon(QStyle::SP_BrowserReload), m_syncPage);
    connect(m_syncPage, &SyncPage::statusMessage, this, &MainWindow::showStatusMessage);
    // While a sync runs the count moves with it, not only when it ends.
    connect(m_syncPage, &SyncPage::countsChanged, m_countLater, qOverload<>(&QTimer::start));
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
    // Long French sentences are cut in the middle (whole in the tooltip), never widening the window.
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_pending);
    m_saveState->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pending->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    showSaveState(tr("All changes saved"));
    m_backups = new BackupController(database, settings, this);
    statusBar()->addPermanentWidget(m_backups->statusLabel());
    connect(m_backups, &BackupController::aboutToBackUp, this, &MainWindow::flushEditors);
    connect(m_backups, &BackupController::statusMessage, this, &MainWindow::showStatusMessage);

    connect(m_campaignsPage, &CampaignsPage::saveStateChanged, this, &MainWindow::showSaveState);
    connect(m_associationPage, &AssociationPage::saveStateChanged, this, &MainWindow::showSaveState);
    connect(m_campaignsPage->editor(), &CampaignEditor::unsavedChanged, this,
            [this](const QString& reason) { setUnsaved(m_campaignsPage->editor(), reason); });
    connect(m_associationPage, &AssociationPage::unsavedChanged, this,
            [this](const QString& reason) { setUnsaved(m_associationPage, reason); });
    // Any write to the desk (a gift, a piece, a procedure, an import) is a save the status bar
    // tells, and may change what waits to sync: counted once the burst of writes is over.
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(250);
    connect(m_countLater, &QTimer::timeout, this, &MainWindow::updateSyncIndicator);
    m_database.setCommitObserver([this] { onDeskCommitted(); });
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

MainWindow::~MainWindow()
{
    m_database.setCommitObserver({});
    // A page destroyed below may still run an event loop (the sync page asks the keychain when its
    // focused field loses the focus): the recount timer must not call into this half-gone window.
    m_countLater->stop();
    m_countLater->disconnect(this);
    // The pages go after this object's own part: their histories clear as they go, and their
    // signals must not reach a window already half destroyed.
    for (QObject* sender : std::initializer_list<QObject*> {
             m_campaignsPage->editor()->history(), m_associationPage->history(), m_campaignsPage,
             m_campaignsPage->editor(), m_associationPage, m_sidebar, m_syncPage })
        sender->disconnect(this);
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
    QAction* open = file->addAction(tr("&Open another desk…"), this, &MainWindow::chooseDesk);
    open->setShortcut(QKeySequence::Open);
    m_recentDesks = file->addMenu(tr("&Recent desks"));
    m_recentDesks->setObjectName(QStringLiteral("recentDesks"));
    m_recentDesks->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("&Back up…"), m_backups, &BackupController::backUpInteractively);
    file->addAction(tr("&Restore…"), m_backups, &BackupController::restoreInteractively);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, &MainWindow::undo);
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = edit->addAction(tr("&Redo"), this, &MainWindow::redo);
    m_redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    const QString covers = tr("Undo covers the campaign being edited (its fields, budget and press) and the "
                              "association's profile, even after they were saved.");
    m_undo->setStatusTip(covers);
    m_redo->setStatusTip(covers);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find campaigns"), this, [this] {
        showArea(0);
        m_campaignsPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* save = edit->addAction(tr("&Save now"), this, &MainWindow::flushEditors);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("CaseDesk saves as you type; this saves the last keystrokes at once."));
    for (QUndoStack* stack : { m_campaignsPage->editor()->history(), m_associationPage->history() }) {
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    }
    connect(m_campaignsPage, &CampaignsPage::saveStateChanged, this, &MainWindow::updateUndoActions);
    connect(m_associationPage, &AssociationPage::saveStateChanged, this, &MainWindow::updateUndoActions);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::updateUndoActions);
    updateUndoActions();

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
    tools->addAction(tr("&Gift confirmation…"), this, &MainWindow::editGiftConfirmation);
    tools->addAction(tr("&Tax receipts…"), this, &MainWindow::editReceiptSettings);
    tools->addAction(tr("&Automatic backups…"), m_backups, &BackupController::editAutomaticBackups);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_manual = help->addAction(tr("CaseDesk &manual"), this, &MainWindow::showManual);
    m_manual->setShortcut(QKeySequence::HelpContents);
    if (m_manual->shortcut().isEmpty())
        m_manual->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About CaseDesk"), this, &MainWindow::showAbout);
}

void MainWindow::setRecentDesks(const QStringList& paths)
{
    m_recentDesks->clear();
    const QString current = QFileInfo(m_database.path()).absoluteFilePath();
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo desk(paths.at(i));
        QAction* action = m_recentDesks->addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(desk.fileName(), QDir::toNativeSeparators(desk.absolutePath())));
        action->setData(paths.at(i));
        action->setCheckable(true);
        action->setChecked(desk.absoluteFilePath() == current);
        connect(action, &QAction::triggered, this, [this, action] {
            action->setChecked(QFileInfo(action->data().toString()).absoluteFilePath()
                               == QFileInfo(m_database.path()).absoluteFilePath());
            emit openDeskRequested(action->data().toString());
        });
    }
    m_recentDesks->setEnabled(!paths.isEmpty());
}

void MainWindow::chooseDesk()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open another desk"),
                                                      QFileInfo(m_database.path()).absolutePath(),
                                                      tr("CaseDesk desks (*.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDeskRequested(path);
}

void MainWindow::showManual()
{
    // Not modal: the manual stays open beside the window while the user works.
    auto* manual = findChild<ManualDialog*>();
    if (!manual) {
        manual = new ManualDialog(this);
        manual->setAttribute(Qt::WA_DeleteOnClose);
    }
    manual->show();
    manual->raise();
    manual->activateWindow();
}

void MainWindow::updateUndoActions()
{
    if (!m_undo)
        return;
    QWidget* page = m_pages->currentWidget();
    QUndoStack* stack = page == m_campaignsPage ? m_campaignsPage->editor()->history()
        : page == m_associationPage             ? m_associationPage->history()
                                                : nullptr;
    const bool typing = page == m_campaignsPage ? m_campaignsPage->editor()->hasUnsavedChanges()
        : page == m_associationPage             ? m_associationPage->hasUnsavedChanges()
                                                : false;
    m_undo->setEnabled(stack && (stack->canUndo() || typing));
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() && !typing ? tr("&Undo: %1").arg(stack->undoText())
                                                         : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::undo()
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_campaignsPage)
        m_campaignsPage->editor()->undoEdit();
    else if (page == m_associationPage)
        m_associationPage->undoEdit();
    updateUndoActions();
}

void MainWindow::redo()
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_campaignsPage)
        m_campaignsPage->editor()->redoEdit();
    else if (page == m_associationPage)
        m_associationPage->redoEdit();
    updateUndoActions();
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

void MainWindow::editGiftConfirmation()
{
    GiftConfirmationDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatusMessage(dialog.summary());
}

void MainWindow::editReceiptSettings()
{
    ReceiptSettingsDialog dialog(m_database, this);
    if (dialog.exec() == QDialog::Accepted) {
        showStatusMessage(dialog.summary());
        if (ReceiptsView* receipts = m_donationsPage->receiptsView())
            receipts->reload();
    }
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
    m_pending->setFullText(tr("%n change(s) waiting to sync", nullptr, pending));
}

QString MainWindow::saveStateText() const
{
    return m_saveState->fullText();
}

QString MainWindow::pendingText() const
{
    return m_pending->fullText();
}

void MainWindow::onDeskCommitted()
{
    m_countLater->start();
    showSaveState(tr("Saved at %1").arg(locale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::setUnsaved(QObject* source, const QString& reason)
{
    m_unsaved.insert(source, reason);
    showSaveState(m_lastSaveText);
}

// A form that refuses a value keeps "not saved" on screen until it is fixed, whatever is saved
// meanwhile elsewhere.
void MainWindow::showSaveState(const QString& text)
{
    m_lastSaveText = text;
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it) {
        if (!it.value().isEmpty()) {
            m_saveState->setFullText(tr("Not saved: %1").arg(it.value().section(QLatin1Char('\n'), 0, 0)));
            m_saveState->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
            return;
        }
    }
    m_saveState->setFullText(text);
    m_saveState->setStyleSheet(QString());
}

bool MainWindow::saveBeforeLeaving()
{
    // The last keystrokes are saved before the desk goes; if that fails the user decides.
    return flushEditors()
        || QMessageBox::warning(this, tr("Unsaved changes"),
                                tr("The last changes could not be saved. Leave anyway and lose them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

// Every form's last keystrokes, each flushed even when one before it failed.
bool MainWindow::flushEditors()
{
    const bool campaignSaved = m_campaignsPage->editor()->flush();
    const bool associationSaved = m_associationPage->flush();
    const bool evidenceSaved = !m_evidencePage || m_evidencePage->flush();
    return campaignSaved && associationSaved && evidenceSaved;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!saveBeforeLeaving()) {
        event->ignore();
        return;
    }
    backUpIfDue();
    event->accept();
}

// What was saved goes into the automatic backup, when one is due; it never keeps the desk open.
void MainWindow::backUpIfDue()
{
    m_backups->backUpOnClose();
}

} // namespace casedesk

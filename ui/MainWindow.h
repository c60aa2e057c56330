#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QIcon;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace casedesk {

class AssociationPage;
class BackupController;
class AssociationRepository;
class CampaignRepository;
class CampaignsPage;
class DeadlinesPage;
class DonationsPage;
class ElidedLabel;
class EvidencePage;
class ProcedureRepository;
class ProceduresPage;
class ReviewPage;
class Database;
class SettingsRepository;
class SyncPage;

// The desk: a sidebar of areas (Campaigns first, then the association), the area's page, and a
// status bar that tells where the desk is, whether the last edit is saved (or why not), what
// waits to sync (kept true after every write and during a sync) and when the last backup was
// made. The File menu opens another desk (the window asks; DeskSession switches) and backs it up
// or restores one, Edit undoes the forms' edits, Help opens the manual.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, CampaignRepository& campaigns, AssociationRepository& associations,
               SettingsRepository& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    CampaignsPage* campaignsPage() const { return m_campaignsPage; }
    AssociationPage* associationPage() const { return m_associationPage; }
    ProceduresPage* proceduresPage() const { return m_proceduresPage; }
    DeadlinesPage* deadlinesPage() const { return m_deadlinesPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    DonationsPage* donationsPage() const { return m_donationsPage; }
    SyncPage* syncPage() const { return m_syncPage; }
    BackupController* backups() const { return m_backups; }
    ProcedureRepository& procedures() const { return *m_procedures; }
    void showProceduresArea();
    void showDeadlinesArea();
    void showArea(int index);
    // Shows the sidebar area whose page is `page`.
    void showPage(QWidget* page);
    void showStatusMessage(const QString& text);
    // The desks of File > Recent desks, most recent first.
    void setRecentDesks(const QStringList& paths);
    // Saves what is being typed before the desk goes (closing, another desk); if that fails the
    // user chooses, and false means they kept this desk.
    bool saveBeforeLeaving();
    // The automatic backup a desk gets when it is closed, when one is due (also when another
    // desk replaces it in the window).
    void backUpIfDue();
    QString saveStateText() const;
    QString pendingText() const;
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* manualAction() const { return m_manual; }

signals:
    // File > Open another desk or Recent desks: the desk at `path` should replace this one.
    void openDeskRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addArea(const QString& name, const QIcon& icon, QWidget* page);
    void editFeeSettings();
    void editGiftConfirmation();
    void editReceiptSettings();
    void showAbout();
    void showManual();
    void chooseDesk();
    void updateSyncIndicator();
    void onDeskCommitted();
    void setUnsaved(QObject* source, const QString& reason);
    void showSaveState(const QString& text);
    void updateUndoActions();
    void undo();
    void redo();
    bool flushEditors();

    Database& m_database;
    SettingsRepository& m_settings;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    CampaignsPage* m_campaignsPage;
    AssociationPage* m_associationPage;
    ElidedLabel* m_saveState;
    ElidedLabel* m_pending;
    QLabel* m_deskPath;
    QMenu* m_recentDesks = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_manual = nullptr;
    QTimer* m_countLater;
    // What each form refuses now (empty: nothing); any of them keeps the status bar at "not saved".
    QHash<QObject*, QString> m_unsaved;
    QString m_lastSaveText;
    EvidencePage* m_evidencePage = nullptr;
    ProcedureRepository* m_procedures = nullptr;
    ProceduresPage* m_proceduresPage = nullptr;
    DeadlinesPage* m_deadlinesPage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    DonationsPage* m_donationsPage = nullptr;
    SyncPage* m_syncPage = nullptr;
    BackupController* m_backups = nullptr;
};

} // namespace casedesk

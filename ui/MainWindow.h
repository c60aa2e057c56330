#pragma once

#include <QMainWindow>

class QIcon;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace casedesk {

class AssociationPage;
class BackupController;
class AssociationRepository;
class CampaignRepository;
class CampaignsPage;
class DeadlinesPage;
class DonationsPage;
class ProcedureRepository;
class ProceduresPage;
class Database;
class SettingsRepository;
class SyncPage;

// The desk: a sidebar of areas (Campaigns first, then the association), the area's page, and a
// status bar that tells where the desk is, whether the last edit is saved, what waits to sync and
// when the last backup was made.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, CampaignRepository& campaigns, AssociationRepository& associations,
               SettingsRepository& settings, QWidget* parent = nullptr);

    CampaignsPage* campaignsPage() const { return m_campaignsPage; }
    AssociationPage* associationPage() const { return m_associationPage; }
    ProceduresPage* proceduresPage() const { return m_proceduresPage; }
    DeadlinesPage* deadlinesPage() const { return m_deadlinesPage; }
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addArea(const QString& name, const QIcon& icon, QWidget* page);
    void editFeeSettings();
    void showAbout();
    void updateSyncIndicator();
    bool flushEditors();

    Database& m_database;
    SettingsRepository& m_settings;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    CampaignsPage* m_campaignsPage;
    AssociationPage* m_associationPage;
    QLabel* m_saveState;
    QLabel* m_pending;
    QLabel* m_deskPath;
    ProcedureRepository* m_procedures = nullptr;
    ProceduresPage* m_proceduresPage = nullptr;
    DeadlinesPage* m_deadlinesPage = nullptr;
    DonationsPage* m_donationsPage = nullptr;
    SyncPage* m_syncPage = nullptr;
    BackupController* m_backups = nullptr;
};

} // namespace casedesk

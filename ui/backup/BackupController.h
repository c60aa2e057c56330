#pragma once

#include "backup/DeskBackup.h"
#include "backup/DeskRestore.h"

#include <QObject>

#include <optional>

class QLabel;
class QTimer;
class QWidget;

namespace casedesk {

class Database;
class SettingsRepository;

// The window's backups: File ▸ Back up… and Restore…, Tools ▸ Automatic backups…, the automatic
// backup when the window closes, and the status bar's "last backup" (a warning when there is
// none, or none for a week). The work runs on a worker thread (BackupJob, RestoreJob) behind a
// progress dialog with Cancel. The passphrase of encrypted automatic backups is kept in memory
// for this session only, never stored.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(Database& database, SettingsRepository& settings, QWidget* window);
    ~BackupController() override;

    QLabel* statusLabel() const { return m_status; }

    void backUpInteractively();
    void restoreInteractively();
    void editAutomaticBackups();
    // The automatic backup, when due; the window closes whatever happens to it.
    void backUpOnClose();

    // What the menu actions do once their questions are answered; tests drive these.
    BackupOutcome backUp(const QString& archivePath, const QByteArray& passphrase, bool automatic);
    RestoreOutcome restore(const QString& archivePath, const QString& deskPath, const QByteArray& passphrase);
    void setSessionPassphrase(const QByteArray& passphrase);
    void refreshStatus();

signals:
    // Before the desk is copied: the window saves the editors' last keystrokes.
    void aboutToBackUp();
    void statusMessage(const QString& text);

private:
    QString defaultFolder();
    void report(const BackupOutcome& outcome);
    void offerToOpen(const RestoreOutcome& outcome);
    std::optional<QByteArray> sessionPassphrase();

    Database& m_database;
    SettingsRepository& m_settings;
    QWidget* m_window;
    QLabel* m_status;
    QTimer* m_refresh;
    QByteArray m_sessionPassphrase;
};

} // namespace casedesk

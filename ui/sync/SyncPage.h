#pragma once

#include "sync/SyncClient.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace casedesk {

class AutoSync;
class ConflictsView;
class Credentials;
class Database;
class SettingsRepository;
class SyncRunner;

// Sync with the platform: where it is (URL, CA file for a self-hosted one), the token (kept by
// Credentials: the keychain, or memory for the session when there is none), "Test connection",
// "Sync now" and automatic sync, progress and a log a person reads, what waits to be sent, and
// the conflicts to decide. The work runs on a worker thread (SyncRunner); no SQL here.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(Database& database, SettingsRepository& settings, QWidget* parent = nullptr);
    ~SyncPage() override;

    // The token store; when none is given, the page makes one (probing the keychain) when shown.
    void setCredentials(std::unique_ptr<Credentials> credentials);
    void syncNow();
    void testConnection();
    void refreshCounts();

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QLineEdit* tokenEdit() const { return m_token; }
    QComboBox* intervalBox() const { return m_interval; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* syncButton() const { return m_sync; }
    QLabel* connectionLabel() const { return m_connection; }
    QLabel* tokenStorageLabel() const { return m_tokenStorage; }
    // Why the token typed could not be saved (a keychain refusal), beside the token field.
    QLabel* tokenProblemLabel() const { return m_tokenProblem; }
    // Offered when the keychain refuses: keep the typed token in memory for this session.
    QPushButton* sessionFallbackButton() const { return m_sessionFallback; }
    QLabel* pendingLabel() const { return m_pending; }
    QPlainTextEdit* logView() const { return m_log; }
    QProgressBar* progressBar() const { return m_progress; }
    ConflictsView* conflictsView() const { return m_conflicts; }
    AutoSync& autoSync() const { return *m_autoSync; }
    bool isRunning() const;

signals:
    // A sync or a resolution changed the desk: lists and the status bar count again.
    void deskChanged();
    void statusMessage(const QString& text);
    // What waits to be sent may have changed (a sync in progress): the status bar counts again.
    void countsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildSettings();
    QWidget* buildActions();
    void loadSettings();
    void saveSettings();
    void chooseCaFile();
    bool saveToken();
    void useTokenForSession();
    void forgetToken();
    void showTokenState();
    Credentials& credentials();
    // Options from the fields and the token (typed now, else stored); false with a message.
    bool prepareRun(SyncOptions* options, QByteArray* token);
    void appendLog(const QString& line);
    void onRunningChanged(bool running);
    void onProgress(int done, int total);
    void onSyncFinished(const SyncReport& report);
    void onConnectionTested(bool ok, const QString& message);
    void onAutoSyncDue();

    Database& m_database;
    SettingsRepository& m_settings;
    std::unique_ptr<Credentials> m_credentials;
    SyncRunner* m_runner;
    AutoSync* m_autoSync;
    QLineEdit* m_server;
    QLineEdit* m_caFile;
    QLineEdit* m_token;
    QLabel* m_tokenStorage;
    QLabel* m_tokenProblem;
    QPushButton* m_sessionFallback;
    QTimer* m_countLater;
    QComboBox* m_interval;
    QPushButton* m_test;
    QPushButton* m_sync;
    QPushButton* m_stop;
    QLabel* m_connection;
    QProgressBar* m_progress;
    QLabel* m_pending;
    QPlainTextEdit* m_log;
    ConflictsView* m_conflicts;
};

} // namespace casedesk

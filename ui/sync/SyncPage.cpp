#include "sync/SyncPage.h"

#include "common/Attempt.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "sync/AutoSync.h"
#include "sync/ConflictsView.h"
#include "sync/Credentials.h"
#include "sync/SyncKinds.h"
#include "sync/SyncRunner.h"

#include "common/FieldProblems.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// Desk settings (the desk file's settings table); the token is never among them.
const QString kServerKey = QStringLiteral("sync.server");
const QString kCaFileKey = QStringLiteral("sync.caFile");
const QString kIntervalKey = QStringLiteral("sync.intervalMinutes");

} // namespace

SyncPage::SyncPage(Database& database, SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_runner(new SyncRunner(database.path(), this))
    , m_autoSync(new AutoSync(this))
    , m_server(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenStorage(new QLabel(this))
    , m_tokenProblem(makeProblemLabel(this))
    , m_sessionFallback(new QPushButton(tr("Use for this session &only"), this))
    , m_countLater(new QTimer(this))
    , m_interval(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_sync(new QPushButton(tr("S&ync now"), this))
    , m_stop(new QPushButton(tr("Sto&p"), this))
    , m_connection(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pending(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_conflicts(new ConflictsView(database, this))
{
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_conflicts, tr("Conflicts"));
    tabs->addTab(m_log, tr("Log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Sync log"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSettings());
    layout->addWidget(buildActions());
    layout->addWidget(tabs, 1);

    connect(m_runner, &SyncRunner::runningChanged, this, &SyncPage::onRunningChanged);
    connect(m_runner, &SyncRunner::logMessage, this, &SyncPage::appendLog);
    connect(m_runner, &SyncRunner::progressChanged, this, &SyncPage::onProgress);
    // Counted again while the sync sends, at most a few times a second.
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(500);
    connect(m_countLater, &QTimer::timeout, this, [this] {
        refreshCounts();
        emit countsChanged();
    });
    connect(m_runner, &SyncRunner::syncFinished, this, &SyncPage::onSyncFinished);
    connect(m_runner, &SyncRunner::connectionTested, this, &SyncPage::onConnectionTested);
    connect(m_autoSync, &AutoSync::due, this, &SyncPage::onAutoSyncDue);
    connect(m_conflicts, &ConflictsView::resolved, this, [this](const QString& message) {
        appendLog(message);
        refreshCounts();
        emit deskChanged();
        emit statusMessage(message);
    });
    connect(m_conflicts, &ConflictsView::failed, this, [this](const QString& message) {
        appendLog(message);
        emit statusMessage(message);
    });
    loadSettings();
    onRunningChanged(false);
}

SyncPage::~SyncPage()
{
    delete m_runner; // stops a run in progress before the widgets it reports to go
}

QWidget* SyncPage::buildSettings()
{
    auto* box = new QGroupBox(tr("Platform"), this);
    auto* form = new QFormLayout(box);
    m_server->setPlaceholderText(QStringLiteral("https://platform.example.org"));
    form->addRow(tr("Platform &address:"), m_server);

    auto* caRow = new QHBoxLayout;
    m_caFile->setPlaceholderText(tr("Only for a self-hosted platform with its own certificate authority"));
    auto* chooseCa = new QPushButton(tr("&Choose…"), box);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(chooseCa);
    form->addRow(tr("CA certificates (PEM):"), caRow);

    auto* tokenRow = new QHBoxLayout;
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Platform token"));
    auto* saveToken = new QPushButton(tr("Save t&oken"), box);
    auto* forgetToken = new QPushButton(tr("&Forget token"), box);
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(saveToken);
    tokenRow->addWidget(forgetToken);
    // A row of several widgets gets no buddy from the form: without one, "&" would show as is.
    auto* tokenLabel = new QLabel(tr("&Token:"), box);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    m_tokenStorage->setWordWrap(true);
    form->addRow(QString(), m_tokenProblem);
    m_sessionFallback->setToolTip(
        tr("Keeps the token in memory until CaseDesk quits; it is asked again at the next start."));
    m_sessionFallback->hide();
    auto* fallbackRow = new QHBoxLayout;
    fallbackRow->addWidget(m_sessionFallback);
    fallbackRow->addStretch(1);
    form->addRow(QString(), fallbackRow);
    form->addRow(QString(), m_tokenStorage);

    for (int minutes : AutoSync::intervalChoices())
        m_interval->addItem(minutes == 0 ? tr("Off") : tr("Every %n minute(s)", nullptr, minutes), minutes);
    form->addRow(tr("Automatic s&ync:"), m_interval);

    connect(m_server, &QLineEdit::editingFinished, this, [this] {
        saveSettings();
        showTokenState();
    });
    connect(m_caFile, &QLineEdit::editingFinished, this, &SyncPage::saveSettings);
    connect(chooseCa, &QPushButton::clicked, this, &SyncPage::chooseCaFile);
    connect(saveToken, &QPushButton::clicked, this, &SyncPage::saveToken);
    connect(m_token, &QLineEdit::returnPressed, this, &SyncPage::saveToken);
    connect(m_sessionFallback, &QPushButton::clicked, this, &SyncPage::useTokenForSession);
    connect(forgetToken, &QPushButton::clicked, this, &SyncPage::forgetToken);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        m_autoSync->setIntervalMinutes(m_interval->currentData().toInt());
    });
    return box;
}

QWidget* SyncPage::buildActions()
{
    auto* actions = new QWidget(this);
    auto* layout = new QVBoxLayout(actions);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_connection, 1);
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_pending);
    m_stop->setToolTip(tr("Stops after the current request; what was not sent waits for the next sync."));
    connect(m_test, &QPushButton::clicked, this, &SyncPage::testConnection);
    connect(m_sync, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        appendLog(tr("Stopping…"));
    });
    return actions;
}

void SyncPage::loadSettings()
{
    runOrReport(
        [&] {
            m_server->setText(m_settings.value(kServerKey));
            m_caFile->setText(m_settings.value(kCaFileKey));
            const int index
                = m_interval->findData(m_settings.value(kIntervalKey, QStringLiteral("0")).toInt());
            const QSignalBlocker blocker(m_interval);
            m_interval->setCurrentIndex(std::max(0, index));
        },
        [this](const QString& message) { appendLog(message); });
    m_autoSync->setIntervalMinutes(m_interval->currentData().toInt());
    refreshCounts();
}

void SyncPage::saveSettings()
{
    runOrReport(
        [&] {
            m_settings.setValue(kServerKey, m_server->text().trimmed());
            m_settings.setValue(kCaFileKey, m_caFile->text().trimmed());
            m_settings.setValue(kIntervalKey, QString::number(m_interval->currentData().toInt()));
        },
        [this](const QString& message) { appendLog(message); });
}

void SyncPage::chooseCaFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("CA certificates of the platform"), m_caFile->text(),
                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFile->setText(file);
    saveSettings();
}

void SyncPage::setCredentials(std::unique_ptr<Credentials> credentials)
{
    m_credentials = std::move(credentials);
    showTokenState();
}

Credentials& SyncPage::credentials()
{
    if (!m_credentials)
        m_credentials = makeCredentials(); // probes the keychain: only once the page is used
    return *m_credentials;
}

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showTokenState();
    refreshCounts();
}

void SyncPage::showTokenState()
{
    if (!isVisible() && !m_credentials)
        return;
    const QUrl server(m_server->text().trimmed());
    QString ignored;
    const bool stored = server.isValid() && !server.host().isEmpty()
        && credentials().token(credentialKey(server), &ignored).has_value();
    // Where tokens go, and whether one is there for this platform: never a save that did not happen.
    m_tokenStorage->setText(credentials().whereStored() + QLatin1Char(' ')
                            + (stored ? tr("A token is saved for this platform.")
                                      : tr("No token is saved for this platform yet.")));
    m_token->setPlaceholderText(stored ? tr("A token is stored; type a new one to replace it")
                                       : tr("Paste the token the platform gave this desk"));
}

bool SyncPage::saveToken()
{
    const QUrl server(m_server->text().trimmed());
    QString error;
    if (!SyncClient::isAcceptableServer(server, &error)) {
        m_connection->setText(error);
        return false;
    }
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (token.isEmpty())
        return true;
    if (!credentials().setToken(credentialKey(server), token, &error)) {
        // The token stays in the field, nothing claims it was saved, and the way on is offered.
        showProblem(m_tokenProblem,
                    error + QLatin1Char(' ')
                        + tr("You can use this token for this session only: it is kept in memory until "
                             "CaseDesk quits, and asked again at the next start."));
        m_sessionFallback->show();
        m_connection->setText(tr("The token is not saved."));
        showTokenState();
        return false;
    }
    showProblem(m_tokenProblem, {});
    m_sessionFallback->hide();
    m_token->clear();
    m_connection->setText(credentials().persistent() ? tr("Token saved in the keychain.")
                                                     : tr("Token kept in memory for this session."));
    showTokenState();
    return true;
}

void SyncPage::useTokenForSession()
{
    // From now on tokens stay in this process's memory: the keychain refused them.
    m_credentials = std::make_unique<MemoryCredentials>(
        tr("the keychain refused to store the token when it was saved."));
    showProblem(m_tokenProblem, {});
    m_sessionFallback->hide();
    saveToken();
}

void SyncPage::forgetToken()
{
    QString error;
    const QUrl server(m_server->text().trimmed());
    if (!credentials().removeToken(credentialKey(server), &error))
        m_connection->setText(error);
    else
        m_connection->setText(tr("Token forgotten."));
    showTokenState();
}

bool SyncPage::prepareRun(SyncOptions* options, QByteArray* token)
{
    options->server = QUrl(m_server->text().trimmed());
    options->caFile = m_caFile->text().trimmed();
    QString error;
    if (!SyncClient::isAcceptableServer(options->server, &error)) {
        m_connection->setText(error);
        appendLog(error);
        return false;
    }
    if (!m_token->text().trimmed().isEmpty() && !saveToken()) {
        // Not "no token": the token typed is there, the keychain refused it (said beside it).
        appendLog(m_tokenProblem->text());
        return false;
    }
    const std::optional<QByteArray> stored = credentials().token(credentialKey(options->server), &error);
    if (!stored) {
        const QString message
            = tr("No token for this platform: paste the token and save it. (%1)").arg(error);
        m_connection->setText(message);
        appendLog(message);
        return false;
    }
    *token = *stored;
    return true;
}

bool SyncPage::isRunning() const
{
    return m_runner->isRunning();
}

void SyncPage::syncNow()
{
    SyncOptions options;
    QByteArray token;
    if (m_runner->isRunning() || !prepareRun(&options, &token))
        return;
    saveSettings();
    m_connection->setText(tr("Syncing with %1…").arg(options.server.host()));
    m_runner->startSync(options, token);
}

void SyncPage::testConnection()
{
    SyncOptions options;
    QByteArray token;
    if (m_runner->isRunning() || !prepareRun(&options, &token))
        return;
    options.retry.maxAttempts = 2; // a quick answer matters more here than patience
    m_connection->setText(tr("Testing the connection to %1…").arg(options.server.host()));
    m_runner->startConnectionTest(options, token);
}

void SyncPage::onAutoSyncDue()
{
    if (m_runner->isRunning())
        return; // the run in progress reschedules when it ends
    SyncOptions options;
    QByteArray token;
    if (!prepareRun(&options, &token)) {
        m_autoSync->reportOutcome(false);
        return;
    }
    appendLog(tr("Automatic sync."));
    m_runner->startSync(options, token);
}

void SyncPage::appendLog(const QString& line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QLocale().toString(QTime::currentTime()), line));
}

void SyncPage::onRunningChanged(bool running)
{
    m_sync->setEnabled(!running);
    m_test->setEnabled(!running);
    m_stop->setEnabled(running);
    m_conflicts->setBusy(running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
}

void SyncPage::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!m_countLater->isActive())
        m_countLater->start();
}

void SyncPage::onSyncFinished(const SyncReport& report)
{
    m_conflicts->reload();
    QString summary = tr("In step with the platform.");
    if (!report.errors.isEmpty())
        summary = report.errors.first();
    else if (report.newConflicts > 0 || m_conflicts->conflictCount() > 0)
        summary = tr("Synced; some records changed on both sides: decide them under Conflicts.");
    else if (report.pending > 0)
        summary = tr("Synced; %n change(s) could not be sent yet.", nullptr, report.pending);
    m_connection->setText(summary);
    m_autoSync->reportOutcome(report.errors.isEmpty());
    refreshCounts();
    emit deskChanged();
    emit statusMessage(summary);
}

void SyncPage::onConnectionTested(bool ok, const QString& message)
{
    m_connection->setText(ok ? message : tr("Connection failed: %1").arg(message));
    appendLog(m_connection->text());
}

void SyncPage::refreshCounts()
{
    int pending = 0;
    // A count that cannot be read now (the desk busy) is taken at the next refresh.
    if (!runOrReport([&] { pending = SyncKinds::pendingCount(m_database); }, [](const QString&) {}))
        return;
    m_pending->setText(tr("%n change(s) waiting to be sent", nullptr, pending) + QStringLiteral(" · ")
                       + tr("%n conflict(s) to decide", nullptr, m_conflicts->conflictCount()));
}

} // namespace casedesk

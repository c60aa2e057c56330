#include "backup/BackupController.h"

#include "backup/AutoBackup.h"
#include "backup/BackupDialog.h"
#include "backup/BackupJobs.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/PassphraseDialog.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

namespace casedesk {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kShowProgressAfterMs = 400;
constexpr int kRefreshStatusMs = 60 * 60 * 1000; // "over a week ago" comes true in a long session

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

// A progress dialog over `job` until it finishes; Cancel asks the job to stop.
template<typename Job>
void waitFor(Job& job, QProgressDialog& progress)
{
    progress.setRange(0, kProgressSteps);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowProgressAfterMs);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &job, [&job, &progress] {
        job.cancel();
        progress.setLabelText(BackupController::tr("Cancelling…"));
    });
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

int steps(qint64 done, qint64 total)
{
    return total > 0 ? int(done * kProgressSteps / total) : 0;
}

} // namespace

BackupController::BackupController(Database& database, SettingsRepository& settings, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_settings(settings)
    , m_window(window)
    , m_status(new QLabel(window))
    , m_refresh(new QTimer(this))
{
    m_status->setObjectName(QStringLiteral("lastBackup"));
    connect(m_refresh, &QTimer::timeout, this, &BackupController::refreshStatus);
    m_refresh->start(kRefreshStatusMs);
    refreshStatus();
}

BackupController::~BackupController()
{
    wipe(m_sessionPassphrase);
}

void BackupController::setSessionPassphrase(const QByteArray& passphrase)
{
    wipe(m_sessionPassphrase);
    m_sessionPassphrase = passphrase;
}

void BackupController::refreshStatus()
{
    QDateTime last;
    if (!runOrReport([&] { last = BackupSettings(m_settings).lastBackupAt(); }, [](const QString&) {}))
        return; // the status bar waits for a desk that answers
    const QString when = QLocale().toString(last.toLocalTime(), QLocale::ShortFormat);
    switch (AutoBackup::freshness(last, Clock::nowUtc())) {
    case AutoBackup::Freshness::Never:
        m_status->setText(tr("No backup yet"));
        m_status->setToolTip(tr("Back up with File ▸ Back up…, or turn on automatic backups in Tools ▸ "
                                "Automatic backups…"));
        break;
    case AutoBackup::Freshness::Stale:
        // Short: the status bar must still fit a laptop screen in French.
        m_status->setText(tr("Last backup %n day(s) ago", nullptr, int(last.daysTo(Clock::nowUtc()))));
        m_status->setToolTip(tr("Last backup: %1. Back up with File ▸ Back up…, or turn on automatic "
                                "backups in Tools ▸ Automatic backups…")
                                 .arg(when));
        break;
    case AutoBackup::Freshness::Recent:
        m_status->setText(tr("Last backup: %1").arg(when));
        m_status->setStyleSheet(QString());
        m_status->setToolTip(tr("Back up now with File ▸ Back up…"));
        return;
    }
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
}

BackupOutcome BackupController::backUp(const QString& archivePath, const QByteArray& passphrase,
                                       bool automatic)
{
    emit aboutToBackUp();
    BackupOptions options;
    options.passphrase = passphrase;
    BackupJob job(m_database.path(), archivePath, options);
    wipe(options.passphrase);
    QProgressDialog progress(tr("Copying the desk…"), tr("Cancel"), 0, kProgressSteps, m_window);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowTitle(automatic ? tr("Automatic backup") : tr("Back up the desk"));
    connect(&job, &BackupJob::progress, &progress, [&progress](const BackupProgress& step) {
        if (progress.wasCanceled())
            return;
        progress.setLabelText(
            step.step == BackupProgress::Step::Copying
                ? tr("Copying the desk: %1 of %2").arg(size(step.done), size(step.total))
                : tr("Writing the backup: %1 of %2").arg(size(step.done), size(step.total)));
        progress.setValue(steps(step.done, step.total));
    });
    waitFor(job, progress);
    const BackupOutcome outcome = job.outcome();
    if (outcome.ok()) {
        // The archive is written all the same when its date cannot be recorded.
        runOrReport([&] { BackupSettings(m_settings).recordBackup(outcome.manifest.createdAt, automatic); },
                    [this](const QString& message) { emit statusMessage(message); });
    }
    refreshStatus();
    return outcome;
}

RestoreOutcome BackupController::restore(const QString& archivePath, const QString& deskPath,
                                         const QByteArray& passphrase)
{
    RestoreJob job(archivePath, deskPath, passphrase);
    QProgressDialog progress(tr("Restoring the backup…"), tr("Cancel"), 0, kProgressSteps, m_window);
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowTitle(tr("Restore a backup"));
    connect(&job, &RestoreJob::progress, &progress, [&progress](qint64 done, qint64 total) {
        if (progress.wasCanceled())
            return;
        progress.setLabelText(tr("Restoring the backup: %1 of %2").arg(size(done), size(total)));
        progress.setValue(steps(done, total));
    });
    waitFor(job, progress);
    return job.outcome();
}

QString BackupController::defaultFolder()
{
    const QString automatic = BackupSettings(m_settings).automatic().folder;
    if (!automatic.isEmpty() && QFileInfo(automatic).isDir())
        return automatic;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void BackupController::backUpInteractively()
{
    const QString suggested
        = QDir(defaultFolder()).filePath(AutoBackup::archiveName(m_database.path(), Clock::nowUtc()));
    BackupDialog dialog(suggested, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray passphrase = dialog.passphrase();
    const BackupOutcome outcome = backUp(dialog.archivePath(), passphrase, false);
    wipe(passphrase);
    report(outcome);
}

void BackupController::report(const BackupOutcome& outcome)
{
    switch (outcome.status) {
    case BackupOutcome::Status::Written:
        emit statusMessage(
            tr("Backup written: %1 (%2)")
                .arg(QDir::toNativeSeparators(outcome.archivePath), size(outcome.archiveBytes)));
        return;
    case BackupOutcome::Status::Cancelled:
        emit statusMessage(tr("Backup cancelled: nothing was written."));
        return;
    case BackupOutcome::Status::Failed:
        Dialogs::warn(m_window, tr("The backup was not written"), outcome.message);
        return;
    }
}

void BackupController::restoreInteractively()
{
    const QString archive
        = QFileDialog::getOpenFileName(m_window, tr("Restore a backup"), defaultFolder(),
                                       tr("CaseDesk backups (*.casedesk-backup);;All files (*)"));
    if (archive.isEmpty())
        return;
    QString problem;
    const std::optional<bool> encrypted = DeskRestore::isEncrypted(archive, &problem);
    if (!encrypted) {
        Dialogs::warn(m_window, tr("Cannot restore this backup"), problem);
        return;
    }
    std::optional<QByteArray> passphrase = QByteArray();
    if (*encrypted)
        passphrase
            = PassphraseDialog::ask(m_window, PassphraseFields::Mode::Existing, tr("Restore a backup"),
                                    tr("This backup is encrypted. Enter the passphrase it was made with."));
    if (!passphrase)
        return;
    const QFileInfo desk(m_database.path());
    const QString suggested = desk.absoluteDir().filePath(
        tr("%1-restored-%2.db").arg(desk.completeBaseName(), Clock::today().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Restore into a new desk"), suggested,
                                                        tr("CaseDesk desks (*.db)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty()) {
        const RestoreOutcome outcome = restore(archive, target, *passphrase);
        offerToOpen(outcome);
    }
    wipe(*passphrase);
}

void BackupController::offerToOpen(const RestoreOutcome& outcome)
{
    if (outcome.status == RestoreOutcome::Status::Cancelled) {
        emit statusMessage(tr("Restore cancelled: nothing was restored."));
        return;
    }
    if (!outcome.ok()) {
        Dialogs::warn(m_window, tr("The backup was not restored"), outcome.message);
        return;
    }
    const QString question
        = tr("The backup was restored into the new desk %1, with %n evidence file(s). This "
             "window stays on the current desk. Open the restored desk in a new window?",
             nullptr, int(outcome.manifest.files.size()))
              .arg(QDir::toNativeSeparators(outcome.deskPath));
    if (Dialogs::confirm(m_window, tr("Backup restored"), question, tr("&Open it")))
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                { QStringLiteral("--database"), outcome.deskPath });
}

void BackupController::editAutomaticBackups()
{
    BackupSettings store(m_settings);
    BackupSettingsDialog dialog(store.automatic(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store.setAutomatic(dialog.settings());
    emit statusMessage(tr("Automatic backup settings saved"));
}

// Asked once per session, twice over (a mistyped passphrase would lock every backup after it).
std::optional<QByteArray> BackupController::sessionPassphrase()
{
    if (m_sessionPassphrase.isEmpty()) {
        const std::optional<QByteArray> answer = PassphraseDialog::ask(
            m_window, PassphraseFields::Mode::New, tr("Automatic backup"),
            tr("Automatic backups of this desk are encrypted. Enter their passphrase for this session: "
               "CaseDesk keeps it in memory until you quit and never stores it. Cancel skips this backup."));
        if (!answer)
            return std::nullopt;
        m_sessionPassphrase = *answer;
    }
    return m_sessionPassphrase;
}

void BackupController::backUpOnClose()
{
    AutoBackupSettings settings;
    QDateTime last;
    const bool read = runOrReport(
        [&] {
            BackupSettings store(m_settings);
            settings = store.automatic();
            last = store.lastAutomaticAt();
        },
        [](const QString&) {});
    if (!read)
        return;
    if (!AutoBackup::isDue(settings, last, Clock::nowUtc()))
        return;
    if (const QString problem = AutoBackup::folderProblem(settings.folder); !problem.isEmpty()) {
        Dialogs::warn(m_window, tr("No automatic backup this time"),
                      tr("%1 Your desk is saved; the backup will be tried again when the window next closes.")
                          .arg(problem));
        return;
    }
    std::optional<QByteArray> passphrase = QByteArray();
    if (settings.encrypted && !(passphrase = sessionPassphrase()))
        return;
    const QString archive
        = QDir(settings.folder).filePath(AutoBackup::archiveName(m_database.path(), Clock::nowUtc()));
    const BackupOutcome outcome = backUp(archive, *passphrase, true);
    wipe(*passphrase);
    if (outcome.ok())
        AutoBackup::prune(settings.folder, m_database.path(), settings.keep);
    else if (outcome.status == BackupOutcome::Status::Failed)
        Dialogs::warn(m_window, tr("The automatic backup was not written"), outcome.message);
}

} // namespace casedesk

// casedesk: the desktop application. Opens the desk, wires the repositories to the main window.

#include "MainWindow.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/AppSetup.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "gui/DeskSession.h"
#include "gui/GuiOptions.h"
#include "procedures/ProcedureRepository.h"
#include "procedures/ReminderDialog.h"
#include "settings/RecentDesks.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace casedesk;

namespace {

// Headless runs (--screenshot, CI) must not block on a dialog nobody can click.
bool interactive(const GuiOptions& options)
{
    return options.screenshotPath.isEmpty() && QGuiApplication::platformName() != QLatin1String("offscreen");
}

void reportFatal(const GuiOptions& options, const QString& message)
{
    std::fprintf(stderr, "casedesk: %s\n", qPrintable(message));
    if (interactive(options))
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CaseDesk cannot open the desk"),
                              message);
}

// A desk too big to be read through while opening (Database::kCheckOnOpenMaxBytes) is checked
// now on a thread of its own: the window is usable at once, and damage is still reported.
void checkDeskInBackground(MainWindow& window, const QString& path, const GuiOptions& options)
{
    window.showStatusMessage(QCoreApplication::translate("main", "Checking the desk for damage…"));
    auto problem = std::make_shared<QString>();
    QThread* thread = QThread::create([path, problem] { *problem = Database::checkIntegrity(path); });
    QObject::connect(thread, &QThread::finished, &window, [&window, problem, options] {
        if (problem->isEmpty()) {
            window.showStatusMessage(QCoreApplication::translate("main", "Desk checked: no damage found."));
            return;
        }
        window.showStatusMessage(*problem);
        if (interactive(options))
            QMessageBox::critical(&window, QCoreApplication::translate("main", "The desk is damaged"),
                                  *problem);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // SQLite cannot be stopped half-way through a check: quitting waits for it (seconds at most).
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start(QThread::LowPriority);
}

int renderScreenshot(MainWindow& window, const QString& path)
{
    window.show();
    // Let the layouts settle before grabbing.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!window.grab().save(path, "PNG")) {
        std::fprintf(
            stderr, "casedesk: %s\n",
            qPrintable(QCoreApplication::translate("main", "cannot write the screenshot %1").arg(path)));
        return 1;
    }
    return 0;
}

// Deadlines overdue or due within the desk's horizon, at start-up. A modal dialog only when a
// person is there to answer it; a headless run (--screenshot, offscreen) gets a status message.
void remindDeadlines(MainWindow& window, SettingsRepository& settings, const GuiOptions& options)
{
    QList<DeadlineItem> due;
    try {
        due = ReminderDialog::dueItems(window.procedures(), settings);
    } catch (const DatabaseError& error) {
        window.showStatusMessage(error.message());
        return;
    }
    if (due.isEmpty())
        return;
    if (!interactive(options)) {
        int overdue = 0;
        for (const DeadlineItem& item : due)
            overdue += item.overdue() ? 1 : 0;
        window.showStatusMessage(QCoreApplication::translate("main", "Deadlines: %1 overdue, %2 due soon")
                                     .arg(overdue)
                                     .arg(due.size() - overdue));
        return;
    }
    QTimer::singleShot(0, &window, [&window, &settings, due] {
        ReminderDialog dialog(due, settings, &window);
        if (dialog.exec() == QDialog::Accepted)
            window.showDeadlinesArea();
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppSetup::setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CaseDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.casedesk.CaseDesk"));

    // Translations first, so --help and usage errors speak the user's language too.
    AppSetup::installTranslations(app, GuiOptions::requestedLanguage(app.arguments()));
    GuiOptions options;
    int exitCode = 0;
    if (!GuiOptions::parse(app.arguments(), &options, &exitCode))
        return exitCode;

    // The desk named, else the one used last (File > Open another desk remembers it), else the
    // default desk in the user's data folder.
    QString path = options.databasePath;
    if (path.isEmpty())
        path = RecentDesks::last();
    if (path.isEmpty())
        path = Database::defaultPath();

    DeskSession session;
    // Each desk opened, the first and any later one: its reminders, its check in the background.
    QObject::connect(&session, &DeskSession::windowOpened, &session,
                     [&session, &options](MainWindow* window) {
                         remindDeadlines(*window, *session.settings(), options);
                         if (session.database()->integrityCheckDeferred())
                             checkDeskInBackground(*window, session.database()->path(), options);
                     });
    QString error;
    if (!session.open(path, options.loadDemo, &error)) {
        reportFatal(options, error);
        return 1;
    }
    MainWindow& window = *session.window();
    if (!session.openingMessage().isEmpty())
        window.showStatusMessage(session.openingMessage());
    if (!options.screenshotPath.isEmpty())
        return renderScreenshot(window, options.screenshotPath);
    window.show();
    return app.exec();
}

// The whole window on big desks: what a treasurer waits for when CaseDesk opens a ledger of years
// of gifts, and when she moves between areas. Each size is measured against a bare Qt window
// (bench_bare_window) run the same way in the same run, as a ratio: this machine's speed drifts.
//
//   bench_window [--sizes 1000,100000,1000000] [--dir DIR] [--runs N]
//       For each size, a desk of that many donations (and a tenth as many donors and bank lines,
//       procedures and deadlines: BenchDesk.h), made once in DIR (default: a temporary folder).
//       Then, whole processes on the offscreen platform, in French:
//         first paint   `casedesk --database DESK --lang fr --screenshot PNG` against
//                       `bench_bare_window --screenshot PNG`: median wall time of N runs (default
//                       5) and peak resident memory, once with no statistics in the desk (as the
//                       first open of a desk never analysed) and once with the ones CaseDesk keeps;
//         areas         one process opens the window and shows each area (Ctrl+1 ... Ctrl+7) and
//                       the Donations area's tabs, each timed until it is painted (grab()).
//   bench_window areas --database DESK [--lang fr|en] [--screenshots DIR]
//                                           the areas step alone, in this process; with
//                                           --screenshots, each area and tab saved as a PNG
//   bench_window make N DESK                a desk of N donations (and the rest), nothing measured
//
// Results: docs/benchmarks.md, "The whole window on big desks".

#include "BenchDesk.h"
#include "MainWindow.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/AppSetup.h"
#include "donations/DonationsPage.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace casedesk;

namespace {

struct ProcessRun
{
    bool ok = false;
    double wallMs = 0;
    double peakMb = 0; // resident set size at its highest; 0 where the platform cannot tell
};

// Runs a program to its end with this process's environment; its output is discarded. Peak
// memory needs wait4(), so it is measured on Unix only.
ProcessRun runProcess(const QString& program, const QStringList& arguments)
{
    ProcessRun result;
    QElapsedTimer timer;
    timer.start();
#ifdef Q_OS_UNIX
    QList<QByteArray> words { QFile::encodeName(program) };
    for (const QString& argument : arguments)
        words.append(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.wallMs = timer.nsecsElapsed() / 1e6;
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    result.peakMb = usage.ru_maxrss / 1024.0;
#else
    result.ok = QProcess::execute(program, arguments) == 0;
    result.wallMs = timer.nsecsElapsed() / 1e6;
#endif
    return result;
}

struct Summary
{
    double medianMs = 0;
    double peakMb = 0;
};

Summary repeat(int runs, const std::function<void()>& before, const QString& program,
               const QStringList& arguments)
{
    QList<double> times;
    double peak = 0;
    for (int i = 0; i < runs; ++i) {
        before();
        const ProcessRun run = runProcess(program, arguments);
        if (!run.ok) {
            std::fprintf(stderr, "failed: %s %s\n", qPrintable(program),
                         qPrintable(arguments.join(QLatin1Char(' '))));
            return {};
        }
        times.append(run.wallMs);
        peak = std::max(peak, run.peakMb);
    }
    std::sort(times.begin(), times.end());
    return { times.at(times.size() / 2), peak };
}

// Removes what ANALYZE stored, as on a desk no CaseDesk has analysed yet.
void dropStatistics(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-stats"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            for (const char* table : { "sqlite_stat1", "sqlite_stat4" }) {
                if (query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '%1'")
                                   .arg(QLatin1String(table)))
                    && query.next())
                    query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-stats"));
}

QString executable(const QString& name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void firstPaint(const QString& desk, const QString& scratch, int runs)
{
    const QString png = QDir(scratch).filePath(QStringLiteral("window.png"));
    const QStringList app
        = { QStringLiteral("--database"),   desk, QStringLiteral("--lang"), QStringLiteral("fr"),
            QStringLiteral("--screenshot"), png };
    const QStringList bare = { QStringLiteral("--screenshot"), png };
    const Summary floor = repeat(
        runs, [] {}, executable(QStringLiteral("bench_bare_window")), bare);
    const Summary cold = repeat(
        runs, [&] { dropStatistics(desk); }, executable(QStringLiteral("casedesk")), app);
    // One open and close lets CaseDesk store its statistics; then the runs that find them.
    runProcess(executable(QStringLiteral("casedesk")), app);
    const Summary kept = repeat(
        runs, [] {}, executable(QStringLiteral("casedesk")), app);
    std::printf("  bare window (floor)              %8.0f ms  %6.0f MB\n", floor.medianMs, floor.peakMb);
    std::printf("  casedesk, no statistics          %8.0f ms  %6.0f MB   %.1fx time  %.1fx memory\n",
                cold.medianMs, cold.peakMb, cold.medianMs / floor.medianMs, cold.peakMb / floor.peakMb);
    std::printf("  casedesk, statistics kept        %8.0f ms  %6.0f MB   %.1fx time  %.1fx memory\n",
                kept.medianMs, kept.peakMb, kept.medianMs / floor.medianMs, kept.peakMb / floor.peakMb);
    std::fflush(stdout);
}

// Shows `step`'s result and waits until it is on screen: the events it posted are handled and
// the whole window is painted (grab() paints every visible widget).
double timeUntilPainted(QWidget& window, const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    window.grab();
    return timer.nsecsElapsed() / 1e6;
}

// With `screenshots`, each area and tab is also saved there as it was painted, as PNG.
int areas(const QString& path, const QString& screenshots)
{
    QElapsedTimer opening;
    opening.start();
    Database database;
    QString error;
    if (!database.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CampaignRepository campaigns(database);
    AssociationRepository associations(database);
    SettingsRepository settings(database);
    MainWindow window(database, campaigns, associations, settings);
    window.campaignsPage()->selectFirstCampaign();
    window.show();
    QCoreApplication::processEvents();
    window.grab();
    std::printf("  window open and painted          %8.0f ms\n", opening.nsecsElapsed() / 1e6);
    const char* names[]
        = { "Campaigns", "Procedures", "Deadlines", "Evidence", "Donations", "Association", "Sync" };
    const auto save = [&](const QString& name) {
        if (!screenshots.isEmpty())
            window.grab().save(QDir(screenshots).filePath(name + QStringLiteral(".png")), "PNG");
    };
    for (int round = 0; round < 2; ++round) {
        for (int area = 0; area < 7; ++area) {
            const double ms = timeUntilPainted(window, [&] { window.showArea(area); });
            if (round == 0)
                save(QStringLiteral("area-%1").arg(area + 1));
            std::printf("  %s Ctrl+%d %-18s %8.0f ms\n", round == 0 ? "first " : "again ", area + 1,
                        names[area], ms);
        }
        QTabWidget* tabs = window.donationsPage()->tabs();
        window.showArea(4);
        for (int tab = 1; tab < tabs->count(); ++tab) {
            const double ms = timeUntilPainted(window, [&] { tabs->setCurrentIndex(tab); });
            if (round == 0)
                save(QStringLiteral("area-5-tab-%1").arg(tab + 1));
            std::printf("  %s Donations > %-18s %8.0f ms\n", round == 0 ? "first " : "again ",
                        qPrintable(tabs->tabText(tab).remove(QLatin1Char('&'))), ms);
        }
        tabs->setCurrentIndex(0);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("areas") && args.value(2) == QLatin1String("--database")) {
        // [--lang fr|en] [--screenshots DIR] after the desk
        const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
        AppSetup::installTranslations(app, lang > 0 ? args.value(lang + 1) : QStringLiteral("en"));
        const qsizetype shots = args.indexOf(QStringLiteral("--screenshots"));
        return areas(args.value(3), shots > 0 ? args.value(shots + 1) : QString());
    }
    if (args.value(1) == QLatin1String("make") && args.size() == 4)
        return bench::makeDesk(args.value(3), args.value(2).toInt(), true) ? 0 : 1;

    QList<int> sizes = { 1000, 100000, 1000000 };
    QString dir;
    int runs = 5;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString& size : args.at(i + 1).split(QLatin1Char(',')))
                sizes.append(size.toInt());
        } else if (args.at(i) == QLatin1String("--dir")) {
            dir = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(i + 1).toInt());
        } else {
            std::fprintf(stderr,
                         "usage: bench_window [--sizes N,N...] [--dir DIR] [--runs N]\n"
                         "       bench_window areas --database DESK\n");
            return 2;
        }
    }
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    QDir().mkpath(dir);
    for (const int size : sizes) {
        const QString desk = QDir(dir).filePath(QStringLiteral("desk-%1.db").arg(size));
        if (!QFileInfo::exists(desk) && !bench::makeDesk(desk, size, true))
            return 1;
        std::printf("\n%d donations (%.0f MB desk)\n", size, QFileInfo(desk).size() / 1e6);
        std::fflush(stdout);
        firstPaint(desk, dir, runs);
        dropStatistics(desk);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("areas"), QStringLiteral("--database"), desk });
        child.waitForFinished(-1);
    }
    return 0;
}

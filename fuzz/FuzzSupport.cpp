#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QLocale>

namespace casedesk::fuzz {

namespace {

void quiet(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

} // namespace

void initialize(int* argc, char*** argv)
{
    // Kept for the whole run (the SQL driver and tr() look for it) and never destroyed: libFuzzer
    // ends with exit(), and a destructor run among the exit handlers would meet Qt's own statics
    // already gone (a crash after every run). Still reachable, so no leak report.
    static QCoreApplication* application = nullptr;
    if (application)
        return;
    qInstallMessageHandler(quiet);
    // libFuzzer's own options stay in argv for libFuzzer; Qt only needs a program name.
    static int qtArgc = 1;
    static char* qtArgv[] = { (*argv)[0], nullptr };
    Q_UNUSED(argc);
    application = new QCoreApplication(qtArgc, qtArgv);
    // Messages and dates in one language whatever the machine's: a finding replays anywhere.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace casedesk::fuzz

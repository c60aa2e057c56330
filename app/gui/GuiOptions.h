#pragma once

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// What the GUI was asked to do on its command line.
struct GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)

public:
    QString databasePath; // empty: the default desk
    QString language; // "fr", "en" or empty for the system's
    QString screenshotPath;
    bool loadDemo = false;

    // Parses the arguments; on a usage error prints it and returns false with exitCode 2
    // (exitCode 0 for --help and --version, which print and stop).
    static bool parse(const QStringList& arguments, GuiOptions* options, int* exitCode);
    // The language asked with --lang fr|en (or --lang=fr), read before the full parse so that
    // the parser's own messages are translated; empty when absent or not one of ours.
    static QString requestedLanguage(const QStringList& arguments);
};

} // namespace casedesk

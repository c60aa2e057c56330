#include "gui/GuiOptions.h"

#include <QCommandLineParser>

#include <cstdio>

namespace casedesk {

QString GuiOptions::requestedLanguage(const QStringList& arguments)
{
    QString language;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang"))
            language = arguments.value(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7);
    }
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

bool GuiOptions::parse(const QStringList& arguments, GuiOptions* options, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CaseDesk: legal-action campaigns, evidence and donations for associations."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), tr("Open the desk stored in <file>."),
                                      tr("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Fill an empty desk with demo campaigns."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window to <png> and exit."), tr("png"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Interface language: fr or en."),
                                      tr("language"));
    parser.addOptions({ database, demo, screenshot, language });

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "casedesk: %s\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        const QString text = parser.isSet(helpOption) ? parser.helpText()
                                                      : QCoreApplication::applicationName() + QLatin1Char(' ')
                + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        std::fputs(qPrintable(text), stdout);
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "casedesk: %s\n",
                     qPrintable(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())));
        *exitCode = 2;
        return false;
    }
    options->language = parser.value(language);
    if (!options->language.isEmpty() && options->language != QLatin1String("fr")
        && options->language != QLatin1String("en")) {
        std::fprintf(stderr, "casedesk: %s\n",
                     qPrintable(tr("--lang takes fr or en, not \"%1\"").arg(options->language)));
        *exitCode = 2;
        return false;
    }
    options->databasePath = parser.value(database);
    options->screenshotPath = parser.value(screenshot);
    options->loadDemo = parser.isSet(demo);
    return true;
}

} // namespace casedesk

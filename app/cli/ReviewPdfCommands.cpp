#include "cli/ReviewPdfCommands.h"

#include "cli/CliContext.h"
#include "cli/References.h"
#include "review/DossierPdf.h"
#include "review/MinutesPdf.h"

#include <QJsonObject>

namespace casedesk::cli {

namespace {

const QString kOut = QStringLiteral("--out");
const QString kLang = QStringLiteral("--lang");
const QString kRound = QStringLiteral("--round");

QString requiredOut(const CommandArgs& args)
{
    if (!args.has(kOut) || args.value(kOut).trimmed().isEmpty())
        throw CommandFailure::usage(ReviewPdfCommands::tr("The option %1 is required.").arg(kOut));
    return args.value(kOut);
}

void printWritten(CliContext& context, const QString& out, const QString& language, const QString& sentence)
{
    if (context.jsonOutput())
        context.printJson(
            QJsonObject { { QStringLiteral("path"), out }, { QStringLiteral("language"), language } });
    else
        context.print(sentence);
}

int exportDossier(CliContext& context, const CommandArgs& args)
{
    const QString out = requiredOut(args);
    const QString language = args.has(kLang) ? args.value(kLang).trimmed().toLower() : QStringLiteral("fr");
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        throw CommandFailure::usage(
            ReviewPdfCommands::tr("%1 takes fr or en, not \"%2\".").arg(kLang, args.value(kLang)));
    const QUuid campaign = References::campaignOptionUuid(context, args);
    const QString problem
        = DossierPdf::write(context.database(), campaign, args.value(kRound), language, out);
    if (!problem.isEmpty())
        throw CommandFailure::runtime(problem);
    printWritten(context, out, language, ReviewPdfCommands::tr("Dossier written to %1.").arg(out));
    return kSuccess;
}

int writeMinutes(CliContext& context, const CommandArgs& args)
{
    const QString out = requiredOut(args);
    const QUuid campaign = References::campaignOptionUuid(context, args);
    const QString problem = MinutesPdf::write(context.database(), campaign, args.value(kRound), out);
    if (!problem.isEmpty())
        throw CommandFailure::runtime(problem);
    printWritten(context, out, QStringLiteral("fr"),
                 ReviewPdfCommands::tr("Minutes written to %1.").arg(out));
    return kSuccess;
}

} // namespace

QList<Command> ReviewPdfCommands::dossierCommands()
{
    return { { QStringLiteral("export"),
               QStringLiteral("--campaign ID --out FILE.pdf [--lang fr|en] [--round N|latest]"),
               tr("Write the dossier for the board as a PDF: the round's frozen dossier with --round, else "
                  "the dossier "
                  "as it stands (French unless --lang en)."),
               { QStringLiteral("--campaign"), kOut, kLang, kRound },
               {},
               &exportDossier } };
}

Command ReviewPdfCommands::minutesCommand()
{
    return {
        QStringLiteral("minutes"),
        QStringLiteral("--campaign ID --out FILE.pdf [--round N|latest]"),
        tr("Write the extract of the board's minutes for a review round (PDF, in French; the latest round "
           "unless --round)."),
        { QStringLiteral("--campaign"), kOut, kRound },
        {},
        &writeMinutes
    };
}

} // namespace casedesk::cli

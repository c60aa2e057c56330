#include "cli/EvidenceExportCommands.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "evidence/EvidenceExport.h"
#include "evidence/EvidenceRepository.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceExportCommands)
};

const QString kCampaign = QStringLiteral("--campaign");
const QString kDate = QStringLiteral("--date");
const QString kOut = QStringLiteral("--out");
const QString kNumbers = QStringLiteral("--numbers");
const QString kProcedure = QStringLiteral("--procedure");
const QString kCourt = QStringLiteral("--court");
const QString kCaseNumber = QStringLiteral("--case-number");
const QString kParties = QStringLiteral("--parties");
const QString kLawyer = QStringLiteral("--lawyer");

const QStringList kHeaderOptions = { kProcedure, kCourt, kCaseNumber, kParties, kLawyer, kDate };

BordereauHeader headerFor(CliContext& context, const Campaign& campaign, const CommandArgs& args)
{
    ProcedureRepository procedures(context.database());
    std::optional<Procedure> procedure;
    if (args.has(kProcedure)) {
        procedure = procedures.load(
            References::uuid(args.value(kProcedure), [&](const QString& reference, QString* message) {
                return procedures.resolve(reference, message);
            }));
        if (!procedure || procedure->campaignUuid != campaign.sync.uuid)
            throw CommandFailure::runtime(Text::tr("The procedure %1 is not one of the campaign \"%2\".")
                                              .arg(args.value(kProcedure), campaign.title));
    } else {
        const QList<Procedure> list = procedures.forCampaign(campaign.sync.uuid);
        if (list.size() == 1)
            procedure = list.first();
    }
    BordereauHeader header = EvidenceExport::defaultHeader(campaign, context.associations().load(),
                                                           procedure ? &*procedure : nullptr, Clock::today());
    if (args.has(kCourt))
        header.court = args.value(kCourt);
    if (args.has(kCaseNumber))
        header.caseNumber = args.value(kCaseNumber);
    if (args.has(kParties))
        header.parties = args.value(kParties);
    if (args.has(kLawyer))
        header.lawyer = args.value(kLawyer);
    if (args.has(kDate))
        header.date = Values::isoDate(args.value(kDate), kDate);
    return header;
}

QList<EvidencePiece> chosenPieces(EvidenceRepository& evidence, const Campaign& campaign,
                                  const CommandArgs& args)
{
    const QList<EvidencePiece> all = evidence.pieces(campaign.sync.uuid);
    if (!args.has(kNumbers))
        return all;
    QString error;
    const QList<int> numbers = EvidenceExport::parseNumbers(args.value(kNumbers), &error);
    if (numbers.isEmpty())
        throw CommandFailure::usage(QStringLiteral("%1: %2").arg(kNumbers, error));
    QList<EvidencePiece> chosen;
    for (const int number : numbers) {
        const auto found = std::find_if(all.begin(), all.end(),
                                        [number](const EvidencePiece& p) { return p.number == number; });
        if (found == all.end())
            throw CommandFailure::runtime(
                Text::tr("The campaign \"%1\" has no piece no. %2.").arg(campaign.title).arg(number));
        chosen.append(*found);
    }
    return chosen;
}

QString requiredOut(const CommandArgs& args)
{
    if (!args.has(kOut) || args.value(kOut).trimmed().isEmpty())
        throw CommandFailure::usage(Text::tr("The option %1 is required.").arg(kOut));
    return args.value(kOut);
}

int writeBordereau(CliContext& context, const CommandArgs& args)
{
    const QString out = requiredOut(args);
    const Campaign campaign = References::campaignOption(context, args);
    const QList<EvidencePiece> pieces = chosenPieces(context.evidence(), campaign, args);
    const BordereauHeader header = headerFor(context, campaign, args);
    QString error;
    if (!BordereauWriter::writePdf(out, header, EvidenceExport::entries(pieces), &error))
        throw CommandFailure::runtime(error);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("path"), out },
                                        { QStringLiteral("pieces"), int(pieces.size()) } });
    else
        context.print(
            Text::tr("Bordereau of %n piece(s) written to %1.", nullptr, int(pieces.size())).arg(out));
    return kSuccess;
}

int exportPieces(CliContext& context, const CommandArgs& args)
{
    const QString out = requiredOut(args);
    const Campaign campaign = References::campaignOption(context, args);
    const QList<EvidencePiece> pieces = chosenPieces(context.evidence(), campaign, args);
    const BordereauHeader header = headerFor(context, campaign, args);
    QStringList written;
    QString error;
    if (!EvidenceExport::exportTo(context.evidence().vault(), pieces, header, out, &written, &error))
        throw CommandFailure::runtime(error);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("folder"), out },
                                        { QStringLiteral("files"), QJsonArray::fromStringList(written) } });
    } else {
        context.print(
            Text::tr("%n piece(s) and the bordereau written to %1:", nullptr, int(pieces.size())).arg(out));
        for (const QString& file : std::as_const(written))
            context.print(QStringLiteral("  ") + QFileInfo(file).fileName());
    }
    return kSuccess;
}

} // namespace

Command EvidenceExportCommands::bordereauCommand()
{
    return { QStringLiteral("bordereau"),
             QStringLiteral("--campaign ID --out FILE.pdf [--numbers LIST] [--procedure ID] [--court T] "
                            "[--case-number T] [--parties T] [--lawyer T] [--date YYYY-MM-DD]"),
             tr("Write the bordereau de communication de pièces (PDF, in French) of the campaign's pieces."),
             QStringList { kCampaign, kOut, kNumbers } + kHeaderOptions,
             {},
             &writeBordereau };
}

Command EvidenceExportCommands::exportCommand()
{
    return { QStringLiteral("export"),
             QStringLiteral("--campaign ID --out FOLDER [--numbers LIST] [--procedure ID] [--court T] "
                            "[--case-number T] [--parties T] [--lawyer T] [--date YYYY-MM-DD]"),
             tr("Copy pieces into a folder as Piece_01.pdf, Piece_02.jpg… with their bordereau, each copy "
                "checked."),
             QStringList { kCampaign, kOut, kNumbers } + kHeaderOptions,
             {},
             &exportPieces };
}

std::unique_ptr<QCoreApplication> EvidenceExportCommands::makeApplication(int& argc, char** argv)
{
    // The command word follows the global options ("--database PATH", "--lang fr", "--json").
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
        const QByteArray option(argv[i]);
        ++i;
        if (option == "--")
            break;
        if ((option == "--database" || option == "--lang") && i < argc)
            ++i;
    }
    // The commands that may write a PDF: a bordereau, a receipt, a register, a donor's data, the
    // board's dossier and minutes.
    static const QList<std::pair<QByteArray, QByteArray>> pdfCommands {
        { "evidence", "bordereau" }, { "evidence", "export" }, { "receipts", "issue" },
        { "receipts", "replace" },   { "receipts", "pdf" },    { "receipts", "register" },
        { "donors", "export" },      { "dossier", "export" },  { "review", "minutes" },
    };
    const bool writesPdf
        = i + 1 < argc && pdfCommands.contains(std::pair<QByteArray, QByteArray>(argv[i], argv[i + 1]));
    if (!writesPdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform asks for XDG_RUNTIME_DIR, which root and services often lack; its
    // harmless warning would read as an error to scripts that watch stderr.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& where,
                                         const QString& text) {
        if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
            return;
        if (previous)
            previous(type, where, text);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, where, text)));
    });
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace casedesk::cli

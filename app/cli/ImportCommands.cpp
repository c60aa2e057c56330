#include "cli/ImportCommands.h"

#include "cli/CliContext.h"
#include "cli/References.h"
#include "donations/ledger/BankAccount.h"
#include "donations/ledger/LedgerImport.h"
#include "donations/platform/PlatformImport.h"
#include "donations/statements/CamtParser.h"
#include "donations/statements/CsvMappingStore.h"
#include "donations/statements/CsvStatementParser.h"
#include "donations/statements/OfxParser.h"
#include "donations/statements/StatementFormat.h"
#include "evidence/Sha256.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

const QString kAccount = QStringLiteral("--account");
const QString kFormat = QStringLiteral("--format");
const QString kMapping = QStringLiteral("--mapping");
const QString kDryRun = QStringLiteral("--dry-run");
const QString kForce = QStringLiteral("--force");
const QString kCampaign = QStringLiteral("--campaign");

// --- import statement -------------------------------------------------------------------------

std::optional<CsvMapping> csvMapping(CliContext& context, const CommandArgs& args)
{
    if (!args.has(kMapping))
        return std::nullopt;
    const std::optional<QString> json = CsvMappingStore(context.database()).load(args.value(kMapping));
    if (!json)
        throw CommandFailure::runtime(
            Text::tr("No CSV mapping is named \"%1\"; saved mappings: %2.")
                .arg(args.value(kMapping),
                     CsvMappingStore(context.database()).names().join(QStringLiteral(", "))));
    QString error;
    const std::optional<CsvMapping> mapping
        = CsvMapping::fromJson(QJsonDocument::fromJson(json->toUtf8()).object(), &error);
    if (!mapping)
        throw CommandFailure::runtime(
            Text::tr("The CSV mapping \"%1\" cannot be read: %2").arg(args.value(kMapping), error));
    return mapping;
}

StatementParseResult parseStatement(CliContext& context, const CommandArgs& args, const QString& path)
{
    if (!QFileInfo(path).isFile())
        throw CommandFailure::runtime(Text::tr("%1: no such file.").arg(path));
    const QString format = args.value(kFormat);
    if (format.isEmpty())
        return StatementFormats::parseFile(path, csvMapping(context, args));
    if (format == QLatin1String("camt"))
        return CamtParser::parseFile(path);
    if (format == QLatin1String("ofx"))
        return OfxParser::parseFile(path);
    if (format == QLatin1String("csv")) {
        const std::optional<CsvMapping> mapping = csvMapping(context, args);
        if (mapping)
            return CsvStatementParser::parseFile(path, *mapping);
        return StatementFormats::parseFile(path); // guesses the mapping
    }
    throw CommandFailure::usage(Text::tr("%1 takes camt, ofx or csv, not \"%2\".").arg(kFormat, format));
}

QSet<int> forcedLines(const CommandArgs& args, const StatementPreview& preview)
{
    // --force 3,7: the 1-based positions of lines taken for duplicates that are to be imported.
    QSet<int> indexes;
    for (const QString& part : args.value(kForce).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = part.trimmed().toInt(&ok);
        if (!ok || number < 1 || number > preview.lines.size())
            throw CommandFailure::usage(Text::tr("%1: \"%2\" is not a line of the file (1 to %3).")
                                            .arg(kForce, part)
                                            .arg(preview.lines.size()));
        indexes.insert(number - 1);
    }
    return indexes;
}

QJsonObject resultJson(const ImportResult& result, bool dryRun)
{
    return { { QStringLiteral("imported"), result.imported },
             { QStringLiteral("duplicates"), result.duplicates },
             { QStringLiteral("updated"), result.updated },
             { QStringLiteral("dryRun"), dryRun } };
}

int importStatement(CliContext& context, const CommandArgs& args)
{
    const QString path = args.at(0);
    const StatementParseResult parsed = parseStatement(context, args, path);
    if (!parsed.ok())
        return context.fail(parsed.problem->text());
    LedgerImport ledgerImport(context.database());
    const QUuid account
        = args.has(kAccount) ? References::account(context, args.value(kAccount)).sync.uuid : QUuid();
    const StatementPreview preview = ledgerImport.previewStatement(
        parsed.statement, QFileInfo(path).fileName(), account, Sha256::hexOfFile(path));
    const QSet<int> forced = forcedLines(args, preview);
    ImportResult result;
    if (args.has(kDryRun)) {
        result.imported = preview.newCount + int(forced.size());
        result.duplicates = preview.duplicateCount - int(forced.size());
    } else {
        result = ledgerImport.commitStatement(preview, forced);
    }
    if (context.jsonOutput()) {
        QJsonObject object = resultJson(result, args.has(kDryRun));
        QJsonArray duplicates;
        for (const StatementLinePreview& line : preview.lines) {
            if (line.verdict == LineVerdict::Duplicate)
                duplicates.append(QJsonObject {
                    { QStringLiteral("line"), line.index + 1 },
                    { QStringLiteral("sourceLine"), preview.statement.lines.at(line.index).sourceLine },
                    { QStringLiteral("reason"), line.reason } });
        }
        object.insert(QStringLiteral("duplicateLines"), duplicates);
        object.insert(QStringLiteral("balance"), preview.balance.message());
        object.insert(QStringLiteral("balanceAgrees"), preview.balance.agrees());
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(preview.warnings));
        context.printJson(object);
        return kSuccess;
    }
    for (const QString& warning : preview.warnings)
        context.print(warning);
    context.print(preview.balance.message());
    // A re-imported statement is all duplicates: name the first ones, count the rest (--json
    // lists every one).
    constexpr int kListedDuplicates = 20;
    int listed = 0;
    for (const StatementLinePreview& line : preview.lines) {
        if (line.verdict != LineVerdict::Duplicate || forced.contains(line.index))
            continue;
        if (++listed <= kListedDuplicates)
            context.print(Text::tr("line %1 (file line %2): duplicate, %3")
                              .arg(line.index + 1)
                              .arg(preview.statement.lines.at(line.index).sourceLine)
                              .arg(line.reason));
    }
    if (listed > kListedDuplicates)
        context.print(Text::tr("… and %n more duplicate(s) (--json lists them all)", nullptr,
                               listed - kListedDuplicates));
    context.print(args.has(kDryRun) ? Text::tr("dry run: %1").arg(result.summary()) : result.summary());
    return kSuccess;
}

// --- import platform --------------------------------------------------------------------------

int importPlatform(CliContext& context, const CommandArgs& args)
{
    const QString path = args.at(0);
    if (!QFileInfo(path).isFile())
        return context.fail(Text::tr("%1: no such file.").arg(path));
    ParsedPlatformExport data;
    ImportProblem problem;
    if (!PlatformImport::parse(path, &data, &problem))
        return context.fail(problem.text());
    LedgerImport ledgerImport(context.database());
    std::optional<QUuid> campaign;
    if (args.has(kCampaign))
        campaign = References::campaignUuid(context, args.value(kCampaign));
    const PlatformPreview preview = ledgerImport.previewPlatform(data, QFileInfo(path).fileName(), campaign);
    if (!preview.canCommit())
        return context.fail(
            Text::tr("No campaign of this desk is known for the platform campaign(s) %1; give one "
                     "with %2 ID.")
                .arg(preview.unmappedCampaignRefs.join(QStringLiteral(", ")), kCampaign));
    ImportResult result;
    if (args.has(kDryRun)) {
        result.imported = preview.newCount;
        result.updated = preview.updatedCount;
        result.duplicates = preview.duplicateCount;
    } else {
        result = ledgerImport.commitPlatform(preview);
        if (campaign)
            ledgerImport.rememberCampaign(data, *campaign);
    }
    if (context.jsonOutput()) {
        QJsonObject object = resultJson(result, args.has(kDryRun));
        object.insert(QStringLiteral("newDonors"), preview.newDonorCount);
        context.printJson(object);
    } else {
        context.print(args.has(kDryRun) ? Text::tr("dry run: %1").arg(result.summary()) : result.summary());
    }
    return kSuccess;
}

} // namespace

QList<Command> ImportCommands::commands()
{
    return {
        { QStringLiteral("statement"),
          QStringLiteral(
              "FILE [--account IBAN] [--format camt|ofx|csv] [--mapping NAME] [--force N,...] [--dry-run]"),
          tr("Import a bank statement (CAMT.053, OFX or CSV); lines already in the desk are skipped."),
          { kAccount, kFormat, kMapping, kForce },
          { kDryRun },
          &importStatement },
        { QStringLiteral("platform"),
          QStringLiteral("FILE [--campaign ID] [--dry-run]"),
          tr("Import a platform export (Ulule, HelloAsso; JSON or CSV): donors, donations and payouts."),
          { kCampaign },
          { kDryRun },
          &importPlatform },
    };
}

QStringList ImportCommands::notes()
{
    return { tr(
        "A line is a duplicate when the bank's reference, or its date, amount and label (and its rank "
        "among identical lines of the file), are already in the account. --force N imports line N anyway.") };
}

} // namespace casedesk::cli

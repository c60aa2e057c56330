#include "cli/ReceiptCommands.h"

#include "cli/CliContext.h"
#include "cli/Interrupt.h"
#include "cli/ProcedureArguments.h"
#include "cli/ReceiptOutput.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/AmountRules.h"
#include "common/Clock.h"
#include "donations/ledger/DonorRepository.h"
#include "receipts/AmountInWords.h"
#include "receipts/ReceiptBatch.h"
#include "receipts/ReceiptPolicy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

const QString kSpellingOption = QStringLiteral("--spelling");
const QString kYearOption = QStringLiteral("--year");
const QString kDonorOption = QStringLiteral("--donor");
const QString kOutOption = QStringLiteral("--out");
const QString kReasonOption = QStringLiteral("--reason");
const QString kAnnualFlag = QStringLiteral("--annual");
const QString kPerGiftFlag = QStringLiteral("--per-gift");
const QString kPreviewFlag = QStringLiteral("--preview");
const QString kDateOption = QStringLiteral("--date");
const QString kIssuerOption = QStringLiteral("--issuer");
const QString kThresholdOption = QStringLiteral("--threshold");
const QString kCeilingOption = QStringLiteral("--counterpart-ceiling");
const QString kTakeOverFlag = QStringLiteral("--take-over");

FrenchSpelling spellingArgument(const QString& text)
{
    const std::optional<FrenchSpelling> spelling = AmountInWords::fromCode(text);
    if (!spelling) {
        throw CommandFailure::usage(
            ReceiptCommands::tr("%1: \"%2\" is not a spelling; use traditional or 1990.")
                .arg(kSpellingOption, text));
    }
    return *spelling;
}

QUuid receiptUuid(CliContext& context, const QString& reference)
{
    ReceiptRepository receipts(context.database());
    return References::uuid(reference,
                            [&receipts](const QString& r, QString* m) { return receipts.resolve(r, m); });
}

Receipt loadReceipt(CliContext& context, const QString& reference)
{
    const std::optional<Receipt> receipt
        = ReceiptRepository(context.database()).load(receiptUuid(context, reference));
    if (!receipt)
        throw CommandFailure::runtime(
            ReceiptCommands::tr("Receipt \"%1\" is no longer on this desk.").arg(reference));
    return *receipt;
}

// The desk issues, or the command stops with every reason.
void requireIssuingDesk(CliContext& context)
{
    const QStringList refusals = ReceiptBatch(context.database()).refusals();
    if (!refusals.isEmpty())
        throw CommandFailure::runtime(ReceiptCommands::tr("No receipt can be issued on this desk:"),
                                      refusals);
}

QString outDirArgument(const CommandArgs& args)
{
    return Values::required(args.value(kOutOption), kOutOption);
}

ReceiptBatchOptions batchOptions(CliContext& context, const CommandArgs& args)
{
    if (args.has(kAnnualFlag) && args.has(kPerGiftFlag)) {
        throw CommandFailure::usage(
            ReceiptCommands::tr("%1 and %2 cannot be given together.").arg(kAnnualFlag, kPerGiftFlag));
    }
    ReceiptBatchOptions options;
    options.year = ReceiptCommands::year(args, true);
    options.mode = args.has(kAnnualFlag) ? ReceiptMode::Annual
        : args.has(kPerGiftFlag)         ? ReceiptMode::PerGift
                                         : ReceiptMode::DonorChoice;
    if (args.has(kDonorOption)) {
        DonorRepository donors(context.database());
        options.donor = References::uuid(args.value(kDonorOption), [&donors](const QString& r, QString* m) {
            return donors.resolve(r, m);
        });
    }
    if (args.has(kDateOption)) {
        options.issuedOn = Values::isoDate(args.value(kDateOption), kDateOption);
        if (options.issuedOn > Clock::today())
            throw CommandFailure::usage(
                ReceiptCommands::tr("%1: a receipt cannot be dated after today.").arg(kDateOption));
    }
    if (!args.has(kPreviewFlag))
        options.outDir = outDirArgument(args);
    return options;
}

int preview(CliContext& context, const ReceiptBatchOptions& options)
{
    const ReceiptBatchPreview preview = ReceiptBatch(context.database()).preview(options);
    if (context.jsonOutput()) {
        context.printJson(ReceiptOutput::previewJson(preview));
        return kSuccess;
    }
    ReceiptOutput::printPreview(context, preview);
    return kSuccess;
}

int issue(CliContext& context, const CommandArgs& args)
{
    const ReceiptBatchOptions options = batchOptions(context, args);
    if (args.has(kPreviewFlag))
        return preview(context, options);
    requireIssuingDesk(context);
    ReceiptBatchResult result;
    {
        // Ctrl+C stops after the receipt being written: every receipt issued keeps its PDF.
        const InterruptGuard interrupt;
        result = ReceiptBatch(context.database()).run(options, [](int, int) {
            return !InterruptGuard::flag()->load();
        });
    }
    if (context.jsonOutput())
        context.printJson(ReceiptOutput::resultJson(result));
    else
        ReceiptOutput::printResult(context, result);
    if (!result.error.isEmpty())
        return context.fail(result.error);
    return result.cancelled ? kRuntimeError : kSuccess;
}

int list(CliContext& context, const CommandArgs& args)
{
    ReceiptRepository receipts(context.database());
    QList<Receipt> rows;
    if (args.has(kDonorOption)) {
        DonorRepository donors(context.database());
        rows = receipts.ofDonor(
            References::uuid(args.value(kDonorOption),
                             [&donors](const QString& r, QString* m) { return donors.resolve(r, m); }));
    } else {
        rows = receipts.ofYear(ReceiptCommands::year(args, false));
    }
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const Receipt& receipt : std::as_const(rows))
            array.append(ReceiptOutput::receiptJson(receipt, false));
        context.printJson(array);
        return kSuccess;
    }
    ReceiptOutput::printList(context, rows);
    return kSuccess;
}

int show(CliContext& context, const CommandArgs& args)
{
    const Receipt receipt = loadReceipt(context, args.at(0));
    if (context.jsonOutput())
        context.printJson(ReceiptOutput::receiptJson(receipt, true));
    else
        ReceiptOutput::printReceipt(context, receipt);
    return kSuccess;
}

int cancel(CliContext& context, const CommandArgs& args)
{
    requireIssuingDesk(context);
    const Receipt receipt = loadReceipt(context, args.at(0));
    const QString reason = Values::required(args.value(kReasonOption), kReasonOption);
    ReceiptRepository receipts(context.database());
    if (const QString refused = receipts.cancel(receipt.sync.uuid, reason, Clock::today());
        !refused.isEmpty())
        return context.fail(refused);
    const Receipt cancelled = *receipts.load(receipt.sync.uuid);
    if (context.jsonOutput())
        context.printJson(ReceiptOutput::receiptJson(cancelled, true));
    else
        context.print(ReceiptCommands::tr("Receipt %1 cancelled; its number stays in the register.")
                          .arg(cancelled.number));
    return kSuccess;
}

int replace(CliContext& context, const CommandArgs& args)
{
    requireIssuingDesk(context);
    const Receipt old = loadReceipt(context, args.at(0));
    const QString reason = Values::required(args.value(kReasonOption), kReasonOption);
    const ReceiptBatch::Replacement replaced
        = ReceiptBatch(context.database()).replace(old.sync.uuid, reason, outDirArgument(args));
    if (!replaced.receipt)
        return context.fail(replaced.problem);
    if (context.jsonOutput()) {
        QJsonObject json = ReceiptOutput::receiptJson(*replaced.receipt, true);
        json.insert(QStringLiteral("file"), replaced.pdfPath);
        context.printJson(json);
    } else {
        context.print(ReceiptCommands::tr("Receipt %1 cancelled and replaced by %2 (%3).")
                          .arg(old.number, replaced.receipt->number, replaced.pdfPath));
    }
    return replaced.problem.isEmpty() ? kSuccess : context.fail(replaced.problem);
}

int pdf(CliContext& context, const CommandArgs& args)
{
    const Receipt receipt = loadReceipt(context, args.at(0));
    const QString outDir = outDirArgument(args);
    if (!QDir().mkpath(outDir))
        return context.fail(ReceiptCommands::tr("%1: the folder cannot be created.").arg(outDir));
    QString path;
    if (const QString error = ReceiptBatch(context.database()).writePdf(receipt, outDir, &path);
        !error.isEmpty())
        return context.fail(error);
    if (context.jsonOutput())
        context.printJson(
            QJsonObject { { QStringLiteral("number"), receipt.number }, { QStringLiteral("file"), path } });
    else
        context.print(path);
    return kSuccess;
}

int words(CliContext& context, const CommandArgs& args)
{
    const qint64 cents = Values::amount(args.at(0), QStringLiteral("AMOUNT"), AmountRules::Kind::Receipt);
    const FrenchSpelling spelling = args.has(kSpellingOption)
        ? spellingArgument(args.value(kSpellingOption))
        : AmountInWords::deskSpelling(context.settings());
    // The words are French on every receipt, whatever --lang: a French tax receipt is in French.
    const QString text = AmountInWords::euros(cents, spelling);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("amountCents"), cents },
                                        { QStringLiteral("spelling"), AmountInWords::code(spelling) },
                                        { QStringLiteral("words"), text } });
        return kSuccess;
    }
    context.print(text);
    return kSuccess;
}

// Refuses to make this desk the issuing one while another desk's receipts arrive, unless told to
// take over (the treasurer moved to a new computer).
void checkTakeOver(CliContext& context, const CommandArgs& args)
{
    const QString other
        = ReceiptRepository(context.database()).otherIssuingDesk(ReceiptPolicy::deskId(context.settings()));
    if (!other.isEmpty() && !args.has(kTakeOverFlag)) {
        throw CommandFailure::runtime(
            ReceiptCommands::tr(
                "Another desk (%1) has issued receipts: only one desk may issue them. If this desk "
                "takes over from it, say so with %2.")
                .arg(other.left(8), kTakeOverFlag));
    }
}

int settings(CliContext& context, const CommandArgs& args)
{
    SettingsRepository& settings = context.settings();
    ReceiptPolicy policy = ReceiptPolicy::load(settings);
    const bool changing = args.has(kSpellingOption) || args.has(kIssuerOption) || args.has(kThresholdOption)
        || args.has(kCeilingOption);
    if (args.has(kSpellingOption))
        AmountInWords::setDeskSpelling(settings, spellingArgument(args.value(kSpellingOption)));
    if (args.has(kIssuerOption)) {
        policy.thisDeskIssues = Values::yesNo(args.value(kIssuerOption), kIssuerOption);
        if (policy.thisDeskIssues)
            checkTakeOver(context, args);
    }
    if (args.has(kThresholdOption))
        policy.thresholdCents
            = Values::amount(args.value(kThresholdOption), kThresholdOption, AmountRules::Kind::Receipt);
    if (args.has(kCeilingOption))
        policy.counterpartCeilingCents
            = Values::amount(args.value(kCeilingOption), kCeilingOption, AmountRules::Kind::Receipt);
    if (changing) {
        if (const QString refused = ReceiptPolicy::save(settings, policy); !refused.isEmpty())
            return context.fail(refused);
    }
    const FrenchSpelling spelling = AmountInWords::deskSpelling(settings);
    if (context.jsonOutput()) {
        context.printJson(
            QJsonObject { { QStringLiteral("spelling"), AmountInWords::code(spelling) },
                          { QStringLiteral("issuer"), policy.thisDeskIssues },
                          { QStringLiteral("deskId"), ReceiptPolicy::deskId(settings) },
                          { QStringLiteral("thresholdCents"), policy.thresholdCents },
                          { QStringLiteral("counterpartCeilingCents"), policy.counterpartCeilingCents } });
        return kSuccess;
    }
    if (changing)
        context.print(ReceiptCommands::tr("Receipt settings saved."));
    context.printFields(
        { { ReceiptCommands::tr("Amounts in words"), AmountInWords::label(spelling) },
          { ReceiptCommands::tr("Example"), AmountInWords::euros(108050, spelling) },
          { ReceiptCommands::tr("This desk issues receipts"), Values::yesNoText(policy.thisDeskIssues) },
          { ReceiptCommands::tr("Threshold"), Values::money(policy.thresholdCents) },
          { ReceiptCommands::tr("Counterpart ceiling"), Values::money(policy.counterpartCeilingCents) },
          { ReceiptCommands::tr("Rule"), ReceiptPolicy::ceilingReference() } });
    return kSuccess;
}

} // namespace

int ReceiptCommands::year(const CommandArgs& args, bool required)
{
    if (!args.has(kYearOption)) {
        if (required)
            throw CommandFailure::usage(tr("%1 YEAR is required.").arg(kYearOption));
        return Clock::today().year();
    }
    return intArgument(args.value(kYearOption), kYearOption, 2000, 2200);
}

QList<Command> ReceiptCommands::commands()
{
    return {
        { QStringLiteral("issue"),
          QStringLiteral("--year Y [--donor ID] [--annual|--per-gift] [--date D] [--out DIR] [--preview]"),
          tr("Issue the receipts due for the gifts of a year (each donor's choice of per gift or annual "
             "unless told), write their PDFs named by number and a mail-merge CSV in DIR; --preview only "
             "says "
             "what would be issued and who is skipped, and why. Run again after a stop: it continues."),
          { kYearOption, kDonorOption, kOutOption, kDateOption },
          { kAnnualFlag, kPerGiftFlag, kPreviewFlag },
          &issue },
        { QStringLiteral("list"),
          QStringLiteral("[--year Y | --donor ID]"),
          tr("List the receipts numbered in a year (this year unless told), or a donor's receipts."),
          { kYearOption, kDonorOption },
          {},
          &list },
        { QStringLiteral("show"),
          QStringLiteral("NUMBER"),
          tr("Show a receipt, its gifts and its status."),
          {},
          {},
          &show },
        { QStringLiteral("cancel"),
          QStringLiteral("NUMBER --reason TEXT"),
          tr("Cancel a receipt; its number stays in the register, marked cancelled, with the reason."),
          { kReasonOption },
          {},
          &cancel },
        { QStringLiteral("replace"),
          QStringLiteral("NUMBER --reason TEXT --out DIR"),
          tr("Cancel a receipt and issue its replacement (new number, the donor as recorded now, the gifts "
             "still paid), which states the number it replaces; its PDF goes in DIR."),
          { kReasonOption, kOutOption },
          {},
          &replace },
        { QStringLiteral("pdf"),
          QStringLiteral("NUMBER --out DIR"),
          tr("Write a receipt's PDF again (a copy, identical in content) in DIR."),
          { kOutOption },
          {},
          &pdf },
        { QStringLiteral("todo"),
          QString(),
          tr("List the receipts whose gift was refunded, cancelled or deleted since: cancel or replace "
             "them."),
          {},
          {},
          &ReceiptReportCommands::todo },
        { QStringLiteral("register"),
          QStringLiteral("--year Y --out FILE.csv|FILE.pdf"),
          tr("Write the register of a year's receipt numbers, in order, with their status and totals."),
          { kYearOption, kOutOption },
          {},
          &ReceiptReportCommands::registerFile },
        { QStringLiteral("declaration"),
          QStringLiteral("--year Y"),
          tr("The yearly declaration of art. 222 bis CGI for a year's gifts: total and number of receipts, "
             "and its deadline."),
          { kYearOption },
          {},
          &ReceiptReportCommands::declaration },
        { QStringLiteral("words"),
          QStringLiteral("AMOUNT [--spelling traditional|1990]"),
          tr("Print an amount in French words as a tax receipt writes it (1080.50: mille quatre-vingts euros "
             "et cinquante centimes), in the desk's spelling unless --spelling says otherwise."),
          { kSpellingOption },
          {},
          &words },
    };
}

QStringList ReceiptCommands::notes()
{
    return {
        tr("Spellings: traditional (deux cent vingt et un), 1990 (deux-cent-vingt-et-un); the desk's "
           "choice: settings receipts."),
        tr("Only the issuing desk issues, cancels and replaces receipts: settings receipts --issuer yes.")
    };
}

Command ReceiptCommands::spellingSetting()
{
    return {
        QStringLiteral("receipts"),
        QStringLiteral("[--spelling traditional|1990] [--issuer yes|no [--take-over]] [--threshold AMOUNT] "
                       "[--counterpart-ceiling AMOUNT]"),
        tr("Show the receipt settings; with options, change them: the spelling of amounts in words, whether "
           "this desk is the one that issues receipts, the amount under which the yearly batch issues none, "
           "and the yearly ceiling of counterparts not deducted."),
        { kSpellingOption, kIssuerOption, kThresholdOption, kCeilingOption },
        { kTakeOverFlag },
        &settings
    };
}

} // namespace casedesk::cli

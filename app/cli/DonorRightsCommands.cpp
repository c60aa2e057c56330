#include "cli/DonorRightsCommands.h"

#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/privacy/DonorDataExport.h"
#include "donations/privacy/DonorErasure.h"
#include "donations/privacy/DonorRetention.h"
#include "donations/privacy/PrivacyRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DonorRightsCommands)
};

const QString kOut = QStringLiteral("--out");
const QString kFormat = QStringLiteral("--format");
const QString kReason = QStringLiteral("--reason");
const QString kYes = QStringLiteral("--yes");
const QString kPurge = QStringLiteral("--purge");
const QString kLimit = QStringLiteral("--limit");

QUuid donorArgument(CliContext& context, const QString& reference)
{
    DonorRepository donors(context.database());
    return References::uuid(
        reference, [&](const QString& text, QString* message) { return donors.resolve(text, message); });
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// --- export ---------------------------------------------------------------------------------------

int exportData(CliContext& context, const CommandArgs& args)
{
    if (!args.has(kOut) || args.value(kOut).isEmpty())
        throw CommandFailure::usage(Text::tr("The option %1 FILE is required.").arg(kOut));
    const QString path = args.value(kOut);
    DonorExportFormat format = DonorDataExport::formatForPath(path);
    if (args.has(kFormat)) {
        const std::optional<DonorExportFormat> chosen = DonorDataExport::formatFromCode(args.value(kFormat));
        if (!chosen)
            throw CommandFailure::usage(
                Text::tr("%1 takes json or pdf, not \"%2\".").arg(kFormat, args.value(kFormat)));
        format = *chosen;
    }
    const QUuid donor = donorArgument(context, args.at(0));
    const DonorDataExport::Result result
        = DonorDataExport(context.database()).write(donor, path, format, args.value(kReason));
    if (!result.ok)
        return context.fail(result.errorMessage);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("donor"), uuidText(donor) },
                                        { QStringLiteral("file"), path },
                                        { QStringLiteral("format"), DonorDataExport::formatCode(format) },
                                        { QStringLiteral("gifts"), result.gifts },
                                        { QStringLiteral("receipts"), result.receipts } });
        return kSuccess;
    }
    context.print(
        Text::tr("The donor's data (%n gift(s), %1) written to %2; the export is in the privacy log.",
                 nullptr, result.gifts)
            .arg(Text::tr("%n receipt(s)", nullptr, result.receipts), QDir::toNativeSeparators(path)));
    return kSuccess;
}

// --- erase ----------------------------------------------------------------------------------------

QJsonObject planJson(const ErasurePlan& plan, bool done)
{
    QJsonValue archive(QJsonValue::Null);
    if (plan.archive) {
        QStringList kept = { QStringLiteral("name") };
        if (!plan.archive->address.isEmpty())
            kept.append(QStringLiteral("address"));
        if (!plan.archive->siren.isEmpty())
            kept.append(QStringLiteral("siren"));
        archive = QJsonObject { { QStringLiteral("keepUntil"), dateJson(plan.archive->keepUntil) },
                                { QStringLiteral("reason"), plan.archive->reason },
                                { QStringLiteral("keeps"), QJsonArray::fromStringList(kept) } };
    }
    return { { QStringLiteral("donor"), uuidText(plan.donorUuid) },
             { QStringLiteral("pseudonym"), plan.pseudonym },
             { QStringLiteral("erasedFields"), QJsonArray::fromStringList(plan.erased) },
             { QStringLiteral("gifts"), plan.giftCount },
             { QStringLiteral("receipts"), plan.receiptCount },
             { QStringLiteral("receiptsUntil"), dateJson(plan.receiptsUntil) },
             { QStringLiteral("accountsUntil"), dateJson(plan.accountsUntil) },
             { QStringLiteral("archive"), archive },
             { QStringLiteral("done"), done } };
}

int erase(CliContext& context, const CommandArgs& args)
{
    if (args.value(kReason).trimmed().isEmpty())
        throw CommandFailure::usage(
            Text::tr("The option %1 TEXT is required: say why the donor's data is erased "
                     "(whose request, of which date).")
                .arg(kReason));
    const QUuid donor = donorArgument(context, args.at(0));
    DonorErasure erasure(context.database());
    const std::optional<ErasurePlan> plan = erasure.plan(donor);
    if (!plan)
        return context.fail(Text::tr("No donor has the identifier %1.").arg(uuidText(donor)));
    if (plan->alreadyErased())
        return context.fail(DonorErasure::describe(*plan).constFirst());
    if (!args.has(kYes)) {
        if (context.jsonOutput())
            context.printJson(planJson(*plan, false));
        else
            for (const QString& line : DonorErasure::describe(*plan))
                context.print(line);
        return context.fail(
            Text::tr("Nothing was erased; add %1 to erase the donor's data as described.").arg(kYes));
    }
    const QList<FieldProblem> problems = erasure.erase(donor, args.value(kReason));
    if (!problems.isEmpty())
        return context.fail(Text::tr("The donor was not erased:"), Values::problemTexts(problems));
    if (context.jsonOutput()) {
        context.printJson(planJson(*plan, true));
        return kSuccess;
    }
    for (const QString& line : DonorErasure::describe(*plan))
        context.print(line);
    context.print(Text::tr("Donor erased; the erasure is in the privacy log."));
    return kSuccess;
}

// --- retention ------------------------------------------------------------------------------------

QJsonArray dueJson(const QList<ArchiveDue>& rows)
{
    QJsonArray array;
    for (const ArchiveDue& row : rows)
        array.append(QJsonObject { { QStringLiteral("donor"), uuidText(row.donorUuid) },
                                   { QStringLiteral("name"), row.donorName },
                                   { QStringLiteral("archivedOn"), dateJson(row.archivedOn) },
                                   { QStringLiteral("keepUntil"), dateJson(row.keepUntil) },
                                   { QStringLiteral("reason"), row.reason },
                                   { QStringLiteral("keeps"), QJsonArray::fromStringList(row.kept) } });
    return array;
}

void printDue(CliContext& context, const QList<ArchiveDue>& rows)
{
    QList<QStringList> cells;
    for (const ArchiveDue& row : rows)
        cells.append(
            { uuidText(row.donorUuid).left(8), row.donorName, Values::date(row.keepUntil), row.reason });
    context.printTable({ Text::tr("ID"), Text::tr("Donor"), Text::tr("Kept until"), Text::tr("Legal basis") },
                       cells);
}

int retention(CliContext& context, const CommandArgs& args)
{
    DonorRetention retention(context.database());
    const QList<ArchiveDue> purged = args.has(kPurge) ? retention.purgeDue() : QList<ArchiveDue>();
    const QList<ArchiveDue> due = retention.dueForPurge();
    const QList<DonorToAskAgain> renew = retention.consentToRenew();
    if (context.jsonOutput()) {
        QJsonArray renewJson;
        for (const DonorToAskAgain& donor : renew)
            renewJson.append(QJsonObject { { QStringLiteral("donor"), uuidText(donor.uuid) },
                                           { QStringLiteral("name"), donor.name },
                                           { QStringLiteral("email"), donor.email },
                                           { QStringLiteral("lastContact"), dateJson(donor.lastContact) } });
        context.printJson(QJsonObject { { QStringLiteral("purged"), dueJson(purged) },
                                        { QStringLiteral("dueForPurge"), dueJson(due) },
                                        { QStringLiteral("consentToRenew"), renewJson } });
        return kSuccess;
    }
    if (args.has(kPurge)) {
        context.print(Text::tr("%n archive row(s) purged; each purge is in the privacy log.", nullptr,
                               int(purged.size())));
        if (!purged.isEmpty())
            printDue(context, purged);
        context.print();
    }
    context.print(Text::tr("Due for purge: %n donor(s) whose restricted archive has passed its last day.",
                           nullptr, int(due.size())));
    if (!due.isEmpty()) {
        printDue(context, due);
        context.print(Text::tr("Purge them with: donors retention %1").arg(kPurge));
    }
    context.print();
    context.print(
        Text::tr("Consent to renew: %n donor(s) without contact for %1 years.", nullptr, int(renew.size()))
            .arg(DonorRetention::kYearsWithoutContact));
    if (!renew.isEmpty()) {
        QList<QStringList> cells;
        for (const DonorToAskAgain& donor : renew)
            cells.append(
                { uuidText(donor.uuid).left(8), donor.name, donor.email, Values::date(donor.lastContact) });
        context.printTable({ Text::tr("ID"), Text::tr("Name"), Text::tr("E-mail"), Text::tr("Last contact") },
                           cells);
    }
    return kSuccess;
}

// --- log ------------------------------------------------------------------------------------------

int showLog(CliContext& context, const CommandArgs& args)
{
    int limit = 100;
    if (args.has(kLimit)) {
        bool ok = false;
        limit = args.value(kLimit).toInt(&ok);
        if (!ok || limit < 1)
            throw CommandFailure::usage(Text::tr("%1 takes a number of lines, 1 or more.").arg(kLimit));
    }
    std::optional<QUuid> donor;
    if (args.count() > 0)
        donor = donorArgument(context, args.at(0));
    const QList<PrivacyLogEntry> entries = PrivacyRepository(context.database()).entries(donor, limit);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const PrivacyLogEntry& entry : entries)
            array.append(
                QJsonObject { { QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs) },
                              { QStringLiteral("actor"), entry.actor },
                              { QStringLiteral("action"), PrivacyRepository::actionCode(entry.action) },
                              { QStringLiteral("donor"), uuidText(entry.donorUuid) },
                              { QStringLiteral("what"), entry.what },
                              { QStringLiteral("why"), entry.why } });
        context.printJson(array);
        return kSuccess;
    }
    if (entries.isEmpty()) {
        context.print(Text::tr("The privacy log is empty."));
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const PrivacyLogEntry& entry : entries)
        cells.append({ Values::instant(entry.at), entry.actor, PrivacyRepository::actionLabel(entry.action),
                       uuidText(entry.donorUuid).left(8), entry.what, entry.why });
    context.printTable({ Text::tr("When"), Text::tr("Who"), Text::tr("Action"), Text::tr("Donor"),
                         Text::tr("What"), Text::tr("Why") },
                       cells);
    return kSuccess;
}

} // namespace

QList<Command> DonorRightsCommands::commands()
{
    return {
        { QStringLiteral("export"),
          QStringLiteral("ID --out FILE [--format json|pdf] [--reason TEXT]"),
          tr("Write everything the desk holds about a donor (identity, consent, gifts, receipts, "
             "reconciliation) "
             "to a JSON file, or a PDF in the interface's language when FILE ends in .pdf or --format pdf; "
             "logged in the privacy log."),
          { kOut, kFormat, kReason },
          {},
          &exportData },
        { QStringLiteral("erase"),
          QStringLiteral("ID --reason TEXT [--yes]"),
          tr("Erase a donor's data within the law: show what goes and what the restricted archive keeps, and "
             "until "
             "when; with --yes, erase it (logged, synced to the other desks)."),
          { kReason },
          { kYes },
          &erase },
        { QStringLiteral("retention"),
          QStringLiteral("[--purge]"),
          tr("List the erased donors whose restricted archive is due for purge and the donors whose consent "
             "to be "
             "contacted should be asked again; --purge purges what is due (logged)."),
          {},
          { kPurge },
          &retention },
        { QStringLiteral("log"),
          QStringLiteral("[ID] [--limit N]"),
          tr("Show the privacy log (every export, erasure and purge: who, when, what, why), newest first; of "
             "one "
             "donor with ID."),
          { kLimit },
          {},
          &showLog },
    };
}

} // namespace casedesk::cli

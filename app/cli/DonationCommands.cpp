#include "cli/DonationCommands.h"

#include "cli/CliContext.h"
#include "cli/DonorRightsCommands.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/AmountRules.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "reports/DonationExport.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DonationCommands)
};

const QString kCampaign = QStringLiteral("--campaign");
const QString kSearch = QStringLiteral("--search");
const QString kMethod = QStringLiteral("--method");
const QString kStatus = QStringLiteral("--status");
const QString kFrom = QStringLiteral("--from");
const QString kTo = QStringLiteral("--to");
const QString kReconciled = QStringLiteral("--reconciled");
const QString kSort = QStringLiteral("--sort");
const QString kDesc = QStringLiteral("--desc");
const QString kLimit = QStringLiteral("--limit");
const QString kOut = QStringLiteral("--out");
const QString kSeparator = QStringLiteral("--separator");
const QString kAmount = QStringLiteral("--amount");
const QString kDate = QStringLiteral("--date");
const QString kDonor = QStringLiteral("--donor");
const QString kPlatform = QStringLiteral("--platform");
const QString kOrder = QStringLiteral("--order");
const QString kNote = QStringLiteral("--note");
const QString kConfirm = QStringLiteral("--confirm");

const QStringList kFilterOptions = { kSearch, kCampaign, kMethod, kStatus, kFrom, kTo, kReconciled, kSort };

// The repositories of this run's desk.
struct Ledger
{
    explicit Ledger(CliContext& context)
        : donors(context.database())
        , donations(context.database())
    {
    }
    DonorRepository donors;
    DonationRepository donations;
};

// --- donations --------------------------------------------------------------------------------

DonationColumn sortColumn(const QString& text)
{
    static const QList<std::pair<QString, DonationColumn>> columns = {
        { QStringLiteral("date"), DonationColumn::Date },
        { QStringLiteral("donor"), DonationColumn::Donor },
        { QStringLiteral("campaign"), DonationColumn::Campaign },
        { QStringLiteral("amount"), DonationColumn::Amount },
        { QStringLiteral("method"), DonationColumn::Method },
        { QStringLiteral("status"), DonationColumn::Status },
        { QStringLiteral("order"), DonationColumn::PlatformOrder },
        { QStringLiteral("reconciled"), DonationColumn::Reconciled },
    };
    for (const auto& [word, column] : columns) {
        if (word == text)
            return column;
    }
    throw CommandFailure::usage(Text::tr("%1 takes date, donor, campaign, amount, method, status, order or "
                                         "reconciled, not \"%2\".")
                                    .arg(kSort, text));
}

DonationMethod methodArgument(const QString& text)
{
    if (const std::optional<DonationMethod> method = DonationCodes::methodFromCode(text))
        return *method;
    throw CommandFailure::usage(
        Text::tr("%1 takes %2, not \"%3\".")
            .arg(kMethod,
                 codesOf(DonationCodes::methods(), &DonationCodes::method).join(QStringLiteral(", ")), text));
}

DonationStatus statusArgument(const QString& text)
{
    if (const std::optional<DonationStatus> status = DonationCodes::statusFromCode(text))
        return *status;
    throw CommandFailure::usage(
        Text::tr("%1 takes %2, not \"%3\".")
            .arg(kStatus,
                 codesOf(DonationCodes::statuses(), &DonationCodes::status).join(QStringLiteral(", ")),
                 text));
}

DonationQuery queryFrom(CliContext& context, const CommandArgs& args)
{
    DonationQuery query;
    query.search = args.value(kSearch);
    if (args.has(kCampaign))
        query.campaign = References::campaignUuid(context, args.value(kCampaign));
    if (args.has(kMethod))
        query.method = methodArgument(args.value(kMethod));
    if (args.has(kStatus))
        query.status = statusArgument(args.value(kStatus));
    if (args.has(kFrom))
        query.from = Values::isoDate(args.value(kFrom), kFrom);
    if (args.has(kTo))
        query.to = Values::isoDate(args.value(kTo), kTo);
    if (args.has(kReconciled))
        query.reconciled = Values::yesNo(args.value(kReconciled), kReconciled);
    if (args.has(kSort))
        query.sortColumn = sortColumn(args.value(kSort));
    query.sortOrder = args.has(kDesc) || !args.has(kSort) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return query;
}

QJsonObject rowJson(const DonationRow& row)
{
    return { { QStringLiteral("uuid"), uuidText(row.uuid) },
             { QStringLiteral("date"), row.date.toString(Qt::ISODate) },
             { QStringLiteral("donor"), row.donorName },
             { QStringLiteral("donorUuid"), row.donorUuid.isNull() ? QString() : uuidText(row.donorUuid) },
             { QStringLiteral("campaign"), row.campaignTitle },
             { QStringLiteral("campaignUuid"), uuidText(row.campaignUuid) },
             { QStringLiteral("amountCents"), row.amountCents },
             { QStringLiteral("currency"), row.currency },
             { QStringLiteral("method"), DonationCodes::method(row.method) },
             { QStringLiteral("status"), DonationCodes::status(row.status) },
             { QStringLiteral("platform"), row.platform },
             { QStringLiteral("order"), row.platformOrderId },
             { QStringLiteral("reconciled"), row.reconciled } };
}

QStringList rowCells(const DonationRow& row)
{
    return { uuidText(row.uuid).left(8),
             Values::date(row.date),
             row.donorName,
             row.campaignTitle,
             Values::money(row.amountCents),
             DonationCodes::methodLabel(row.method),
             DonationCodes::statusLabel(row.status),
             row.platformOrderId,
             Values::yesNoText(row.reconciled) };
}

int listDonations(CliContext& context, const CommandArgs& args)
{
    const DonationQuery query = queryFrom(context, args);
    int limit = 100;
    if (args.has(kLimit)) {
        bool ok = false;
        limit = args.value(kLimit).toInt(&ok);
        if (!ok || limit < 1)
            throw CommandFailure::usage(Text::tr("%1 takes a number of rows, 1 or more.").arg(kLimit));
    }
    Ledger ledger(context);
    const int total = ledger.donations.count(query);
    const QList<DonationRow> rows = ledger.donations.rows(query, 0, limit);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const DonationRow& row : rows)
            array.append(rowJson(row));
        context.printJson(
            QJsonObject { { QStringLiteral("total"), total }, { QStringLiteral("donations"), array } });
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const DonationRow& row : rows)
        cells.append(rowCells(row));
    context.printTable({ Text::tr("ID"), Text::tr("Date"), Text::tr("Donor"), Text::tr("Campaign"),
                         Text::tr("Amount"), Text::tr("Method"), Text::tr("Status"), Text::tr("Order"),
                         Text::tr("Reconciled") },
                       cells, { 4 });
    if (total > rows.size())
        context.print(
            Text::tr("%1 of %2 donations shown (%3 N for more).").arg(rows.size()).arg(total).arg(kLimit));
    return kSuccess;
}

int addDonation(CliContext& context, const CommandArgs& args)
{
    for (const QString& required : { kCampaign, kAmount, kDate, kMethod }) {
        if (!args.has(required))
            throw CommandFailure::usage(Text::tr("The option %1 is required.").arg(required));
    }
    Ledger ledger(context);
    Donation donation;
    donation.campaignUuid = References::campaignUuid(context, args.value(kCampaign));
    donation.amountCents = Values::amount(args.value(kAmount), kAmount, AmountRules::Kind::Donation);
    donation.date = Values::isoDate(args.value(kDate), kDate);
    donation.method = methodArgument(args.value(kMethod));
    if (args.has(kStatus))
        donation.status = statusArgument(args.value(kStatus));
    donation.platform = args.value(kPlatform);
    donation.platformOrderId = args.value(kOrder);
    donation.note = args.value(kNote);
    if (args.has(kDonor)) {
        donation.donorUuid
            = References::uuid(args.value(kDonor), [&](const QString& reference, QString* message) {
                  return ledger.donors.resolve(reference, message);
              });
    }
    // Above the treasurer's threshold a gift is recorded only when the command says it is meant.
    const qint64 threshold = context.settings().giftConfirmationCents();
    if (AmountRules::needsConfirmation(donation.amountCents, threshold) && !args.has(kConfirm)) {
        return context.fail(
            Text::tr("The donation was not added: %1 is above the %2 the treasurer set for a "
                     "confirmation; add %3 if it is right.")
                .arg(Values::money(donation.amountCents), Values::money(threshold), kConfirm));
    }
    const QList<FieldProblem> problems = ledger.donations.create(donation);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The donation was not added:"), Values::problemTexts(problems));
    if (context.jsonOutput())
        context.printJson(rowJson(*ledger.donations.row(donation.sync.uuid)));
    else
        context.print(Text::tr("Donation %1 added.").arg(uuidText(donation.sync.uuid)));
    return kSuccess;
}

int exportDonations(CliContext& context, const CommandArgs& args)
{
    if (!args.has(kOut))
        throw CommandFailure::usage(Text::tr("The option %1 FILE is required.").arg(kOut));
    const QString separator = args.has(kSeparator) ? args.value(kSeparator) : QStringLiteral(";");
    if (separator != QLatin1String(";") && separator != QLatin1String(","))
        throw CommandFailure::usage(Text::tr("%1 takes \";\" or \",\".").arg(kSeparator));
    const DonationQuery query = queryFrom(context, args);
    Ledger ledger(context);
    const DonationExport::Result result
        = DonationExport::write(ledger.donations, query, args.value(kOut), separator.at(0));
    if (!result.ok)
        return context.fail(result.errorMessage);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("rows"), result.rows },
                                        { QStringLiteral("file"), args.value(kOut) } });
    else
        context.print(Text::tr("%n donation(s) written to %1.", nullptr, result.rows).arg(args.value(kOut)));
    return kSuccess;
}

// --- donors ---------------------------------------------------------------------------------------

int listDonors(CliContext& context, const CommandArgs& args)
{
    Ledger ledger(context);
    const QList<DonorRow> rows = ledger.donors.rows(args.value(kSearch), 0, 1000);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const DonorRow& row : rows)
            array.append(QJsonObject { { QStringLiteral("uuid"), uuidText(row.uuid) },
                                       { QStringLiteral("name"), row.name },
                                       { QStringLiteral("email"), row.email },
                                       { QStringLiteral("consentToContact"), row.consentToContact },
                                       { QStringLiteral("donations"), row.donationCount },
                                       { QStringLiteral("paidCents"), row.paidCents } });
        context.printJson(array);
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const DonorRow& row : rows)
        cells.append({ uuidText(row.uuid).left(8), row.name, row.email, QString::number(row.donationCount),
                       Values::money(row.paidCents) });
    context.printTable(
        { Text::tr("ID"), Text::tr("Name"), Text::tr("E-mail"), Text::tr("Donations"), Text::tr("Paid") },
        cells, { 3, 4 });
    return kSuccess;
}

int showDonor(CliContext& context, const CommandArgs& args)
{
    Ledger ledger(context);
    const QUuid uuid = References::uuid(args.at(0), [&](const QString& reference, QString* message) {
        return ledger.donors.resolve(reference, message);
    });
    const DonorHistory history = ledger.donations.donorHistory(uuid);
    if (context.jsonOutput()) {
        QJsonArray donations;
        for (const DonationRow& row : history.donations)
            donations.append(rowJson(row));
        context.printJson(
            QJsonObject { { QStringLiteral("uuid"), uuidText(uuid) },
                          { QStringLiteral("name"), history.donor.name },
                          { QStringLiteral("email"), history.donor.email },
                          { QStringLiteral("address"), history.donor.address },
                          { QStringLiteral("consentToContact"), history.donor.consentToContact },
                          { QStringLiteral("paidCents"), history.paidCents },
                          { QStringLiteral("refundedCents"), history.refundedCents },
                          { QStringLiteral("donations"), donations } });
        return kSuccess;
    }
    context.printFields(
        { { Text::tr("Name"), history.donor.name },
          { Text::tr("E-mail"), history.donor.email },
          { Text::tr("Address"), history.donor.address },
          { Text::tr("Consent to contact"), Values::yesNoText(history.donor.consentToContact) },
          { Text::tr("Paid"),
            Text::tr("%1 in %n gift(s)", nullptr, history.paidCount).arg(Values::money(history.paidCents)) },
          { Text::tr("Refunded"), Values::money(history.refundedCents) } });
    QList<QStringList> cells;
    for (const DonationRow& row : history.donations)
        cells.append(rowCells(row));
    context.print();
    context.printTable({ Text::tr("ID"), Text::tr("Date"), Text::tr("Donor"), Text::tr("Campaign"),
                         Text::tr("Amount"), Text::tr("Method"), Text::tr("Status"), Text::tr("Order"),
                         Text::tr("Reconciled") },
                       cells, { 4 });
    return kSuccess;
}

} // namespace

QList<Command> DonationCommands::donationCommands()
{
    return {
        { QStringLiteral("list"),
          QStringLiteral(
              "[--search TEXT] [--campaign ID] [--method M] [--status S] [--from DATE] [--to DATE] "
              "[--reconciled yes|no] [--sort COLUMN] [--desc] [--limit N]"),
          tr("List donations, newest first unless sorted."),
          kFilterOptions + QStringList { kLimit },
          { kDesc },
          &listDonations },
        { QStringLiteral("add"),
          QStringLiteral("--campaign ID --amount AMOUNT --date DATE --method M [--donor ID] [--status S] "
                         "[--platform P --order ORDER] [--note TEXT] [--confirm]"),
          tr("Record a donation by hand, to a published or funded campaign; above the desk's "
             "confirmation threshold (settings gifts) it needs --confirm."),
          { kCampaign, kAmount, kDate, kMethod, kDonor, kStatus, kPlatform, kOrder, kNote },
          { kConfirm },
          &addDonation },
        { QStringLiteral("export"),
          QStringLiteral("--out FILE.csv [--separator ;|,] [filters as for list]"),
          tr("Write the donations the filters select to a CSV file safe for spreadsheets."),
          kFilterOptions + QStringList { kOut, kSeparator },
          { kDesc },
          &exportDonations },
    };
}

QStringList DonationCommands::donationNotes()
{
    return {
        tr("Methods: %1.")
            .arg(codesOf(DonationCodes::methods(), &DonationCodes::method).join(QStringLiteral(", "))),
        tr("Statuses: %1.")
            .arg(codesOf(DonationCodes::statuses(), &DonationCodes::status).join(QStringLiteral(", "))),
        tr("--search finds a donor name by its beginning, a donor's e-mail by its beginning, or an exact "
           "platform order number.")
    };
}

QList<Command> DonationCommands::donorCommands()
{
    return QList<Command> {
        { QStringLiteral("list"),
          QStringLiteral("[--search TEXT]"),
          tr("List donors by name."),
          { kSearch },
          {},
          &listDonors },
        { QStringLiteral("show"),
          QStringLiteral("ID"),
          tr("Show a donor and the donor's history."),
          {},
          {},
          &showDonor },
    }
    + DonorRightsCommands::commands();
}

} // namespace casedesk::cli

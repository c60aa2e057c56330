#include "cli/DonationCommands.h"

#include "campaigns/CampaignRepository.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/AmountRules.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/LedgerImport.h"
#include "donations/ledger/LedgerSummary.h"
#include "donations/platform/PlatformImport.h"
#include "donations/statements/CamtParser.h"
#include "donations/statements/CsvMappingStore.h"
#include "donations/statements/CsvStatementParser.h"
#include "donations/statements/OfxParser.h"
#include "donations/statements/StatementFormat.h"
#include "evidence/Sha256.h"
#include "reports/DonationExport.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DonationCommands)
};

const QString kAccount = QStringLiteral("--account");
const QString kFormat = QStringLiteral("--format");
const QString kMapping = QStringLiteral("--mapping");
const QString kDryRun = QStringLiteral("--dry-run");
const QString kForce = QStringLiteral("--force");
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
const QString kName = QStringLiteral("--name");
const QString kEmail = QStringLiteral("--email");
const QString kBic = QStringLiteral("--bic");
const QString kCurrency = QStringLiteral("--currency");

const QStringList kFilterOptions = { kSearch, kCampaign, kMethod, kStatus, kFrom, kTo, kReconciled, kSort };

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// The repositories of this run's desk.
struct Ledger
{
    explicit Ledger(CliContext& context)
        : donors(context.database())
        , donations(context.database())
        , bank(context.database())
        , import(context.database())
    {
    }
    DonorRepository donors;
    DonationRepository donations;
    BankRepository bank;
    LedgerImport import;
};

QStringList problemTexts(const QList<FieldProblem>& problems)
{
    QStringList texts;
    for (const FieldProblem& problem : problems)
        texts.append(problem.message);
    return texts;
}

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
    Ledger ledger(context);
    const QUuid account
        = args.has(kAccount) ? References::account(context, args.value(kAccount)).sync.uuid : QUuid();
    const StatementPreview preview = ledger.import.previewStatement(
        parsed.statement, QFileInfo(path).fileName(), account, Sha256::hexOfFile(path));
    const QSet<int> forced = forcedLines(args, preview);
    ImportResult result;
    if (args.has(kDryRun)) {
        result.imported = preview.newCount + int(forced.size());
        result.duplicates = preview.duplicateCount - int(forced.size());
    } else {
        result = ledger.import.commitStatement(preview, forced);
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
    Ledger ledger(context);
    std::optional<QUuid> campaign;
    if (args.has(kCampaign))
        campaign = References::campaignUuid(context, args.value(kCampaign));
    const PlatformPreview preview = ledger.import.previewPlatform(data, QFileInfo(path).fileName(), campaign);
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
        result = ledger.import.commitPlatform(preview);
        if (campaign)
            ledger.import.rememberCampaign(data, *campaign);
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
        return context.fail(Text::tr("The donation was not added:"), problemTexts(problems));
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

// --- donors, accounts, ledger -----------------------------------------------------------------

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

int addAccount(CliContext& context, const CommandArgs& args)
{
    Ledger ledger(context);
    BankAccount account;
    account.iban = args.at(0);
    account.name = args.value(kName);
    account.bic = args.value(kBic);
    if (args.has(kCurrency))
        account.currency = args.value(kCurrency);
    const QList<FieldProblem> problems = ledger.bank.create(account);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The account was not added:"), problemTexts(problems));
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuidText(account.sync.uuid) },
                                        { QStringLiteral("iban"), account.iban } });
    else
        context.print(Text::tr("Account %1 added.").arg(Iban::grouped(account.iban)));
    return kSuccess;
}

int listAccounts(CliContext& context, const CommandArgs&)
{
    Ledger ledger(context);
    const QList<BankAccount> accounts = ledger.bank.accounts();
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const BankAccount& account : accounts)
            array.append(
                QJsonObject { { QStringLiteral("uuid"), uuidText(account.sync.uuid) },
                              { QStringLiteral("iban"), account.iban },
                              { QStringLiteral("name"), account.name },
                              { QStringLiteral("bic"), account.bic },
                              { QStringLiteral("currency"), account.currency },
                              { QStringLiteral("lines"), ledger.bank.lineCount(account.sync.uuid) } });
        context.printJson(array);
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const BankAccount& account : accounts)
        cells.append({ Iban::grouped(account.iban), account.name, account.currency,
                       QString::number(ledger.bank.lineCount(account.sync.uuid)) });
    context.printTable({ Text::tr("IBAN"), Text::tr("Name"), Text::tr("Currency"), Text::tr("Lines") }, cells,
                       { 3 });
    return kSuccess;
}

int ledgerSummary(CliContext& context, const CommandArgs& args)
{
    if (!args.has(kCampaign))
        throw CommandFailure::usage(Text::tr("The option %1 ID is required.").arg(kCampaign));
    const QUuid campaign = References::campaignUuid(context, args.value(kCampaign));
    const CampaignLedgerSummary s = LedgerSummary::forCampaign(
        context.database(), campaign, context.settings().feeSettings().flatCampaignFeeCents);
    if (context.jsonOutput()) {
        QJsonArray months;
        for (const MonthTotal& month : s.months)
            months.append(
                QJsonObject { { QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM")) },
                              { QStringLiteral("paidCents"), month.paidCents },
                              { QStringLiteral("count"), month.paidCount } });
        context.printJson(QJsonObject { { QStringLiteral("campaign"), uuidText(campaign) },
                                        { QStringLiteral("raisedCents"), s.raisedCents },
                                        { QStringLiteral("refundedCents"), s.refundedCents },
                                        { QStringLiteral("commissionCents"), s.commissionCents },
                                        { QStringLiteral("paymentFeesCents"), s.paymentFeesCents },
                                        { QStringLiteral("flatFeeCents"), s.flatFeeCents },
                                        { QStringLiteral("netReceivedCents"), s.netReceivedCents },
                                        { QStringLiteral("stillExpectedCents"), s.stillExpectedCents },
                                        { QStringLiteral("availableCents"), s.availableCents },
                                        { QStringLiteral("months"), months } });
        return kSuccess;
    }
    const QStringList amounts
        = Values::alignedRight({ Values::money(s.raisedCents), Values::money(s.refundedCents),
                                 Values::money(-s.commissionCents), Values::money(-s.paymentFeesCents),
                                 Values::money(-s.flatFeeCents), Values::money(s.netReceivedCents),
                                 Values::money(s.stillExpectedCents), Values::money(s.availableCents) });
    context.printFields({ { Text::tr("Raised (paid)"), amounts.at(0) },
                          { Text::tr("Refunded"), amounts.at(1) },
                          { Text::tr("Platform commission"), amounts.at(2) },
                          { Text::tr("Payment fees"), amounts.at(3) },
                          { Text::tr("Flat campaign fee"), amounts.at(4) },
                          { Text::tr("Net received"), amounts.at(5) },
                          { Text::tr("Still expected"), amounts.at(6) },
                          { Text::tr("Available for the case"), amounts.at(7) } });
    return kSuccess;
}

} // namespace

QList<Command> DonationCommands::importCommands()
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

QStringList DonationCommands::importNotes()
{
    return { tr(
        "A line is a duplicate when the bank's reference, or its date, amount and label (and its rank "
        "among identical lines of the file), are already in the account. --force N imports line N anyway.") };
}

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
    return {
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
    };
}

QList<Command> DonationCommands::accountCommands()
{
    return {
        { QStringLiteral("add"),
          QStringLiteral("IBAN [--name NAME] [--bic BIC] [--currency EUR]"),
          tr("Add a bank account (the IBAN is checked)."),
          { kName, kBic, kCurrency },
          {},
          &addAccount },
        { QStringLiteral("list"), QString(), tr("List the bank accounts."), {}, {}, &listAccounts },
    };
}

QList<Command> DonationCommands::ledgerCommands()
{
    return {
        { QStringLiteral("summary"),
          QStringLiteral("--campaign ID"),
          tr("A campaign's money: raised, refunded, fees, net received, still expected."),
          { kCampaign },
          {},
          &ledgerSummary },
    };
}

} // namespace casedesk::cli

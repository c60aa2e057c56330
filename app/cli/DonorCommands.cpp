#include "cli/DonorCommands.h"

#include "cli/DonorRightsCommands.h"

#include "cli/CliContext.h"
#include "cli/DonationOutput.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DonorCommands)
};

const QString kSearch = QStringLiteral("--search");
const QString kName = QStringLiteral("--name");
const QString kEmail = QStringLiteral("--email");
const QString kAddress = QStringLiteral("--address");
const QString kNotes = QStringLiteral("--notes");
const QString kConsent = QStringLiteral("--consent");
const QString kConsentDate = QStringLiteral("--consent-date");
const QString kConsentSource = QStringLiteral("--consent-source");
const QString kCompany = QStringLiteral("--company");
const QString kPerson = QStringLiteral("--person");
const QString kSiren = QStringLiteral("--siren");
const QString kReceipt = QStringLiteral("--receipt");

const QStringList kFieldOptions
    = { kEmail, kAddress, kNotes, kConsent, kConsentDate, kConsentSource, kSiren, kReceipt };

ReceiptChoice receiptArgument(const QString& text)
{
    if (const std::optional<ReceiptChoice> choice = DonorCodes::receiptChoiceFromCode(text))
        return *choice;
    throw CommandFailure::usage(
        Text::tr("%1 takes %2, not \"%3\".")
            .arg(kReceipt,
                 codesOf(DonorCodes::receiptChoices(), &DonorCodes::receiptChoice).join(QStringLiteral(", ")),
                 text));
}

// The options given, over what the donor has: `donors add` starts from a new donor, `donors
// edit` from the stored one. An empty --consent-date forgets the date.
void applyOptions(const CommandArgs& args, Donor& donor)
{
    if (args.has(kCompany) && args.has(kPerson))
        throw CommandFailure::usage(Text::tr("Give %1 or %2, not both.").arg(kCompany, kPerson));
    if (args.has(kName))
        donor.name = Values::required(args.value(kName), kName);
    if (args.has(kEmail))
        donor.email = args.value(kEmail);
    if (args.has(kAddress))
        donor.address = args.value(kAddress);
    if (args.has(kNotes))
        donor.notes = args.value(kNotes);
    if (args.has(kConsent))
        donor.consentToContact = Values::yesNo(args.value(kConsent), kConsent);
    if (args.has(kConsentDate))
        donor.consentDate = args.value(kConsentDate).trimmed().isEmpty()
            ? QDate()
            : Values::isoDate(args.value(kConsentDate), kConsentDate);
    if (args.has(kConsentSource))
        donor.consentSource = args.value(kConsentSource);
    if (args.has(kCompany))
        donor.legalKind = DonorLegalKind::Company;
    if (args.has(kPerson)) {
        donor.legalKind = DonorLegalKind::Person;
        if (!args.has(kSiren))
            donor.siren.clear(); // a person has none
    }
    if (args.has(kSiren))
        donor.siren = args.value(kSiren);
    if (args.has(kReceipt))
        donor.receiptChoice = receiptArgument(args.value(kReceipt));
}

void printDonor(CliContext& context, const Donor& donor, const QString& message)
{
    if (context.jsonOutput())
        context.printJson(DonationOutput::donorJson(donor));
    else
        context.print(message);
}

int listDonors(CliContext& context, const CommandArgs& args)
{
    DonorRepository donors(context.database());
    const QList<DonorRow> rows = donors.rows(args.value(kSearch), 0, 1000);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const DonorRow& row : rows)
            array.append(QJsonObject {
                { QStringLiteral("uuid"), uuidText(row.uuid) },
                { QStringLiteral("name"), row.name },
                { QStringLiteral("email"), row.email },
                { QStringLiteral("consentToContact"), row.consentToContact },
                { QStringLiteral("legalKind"), DonorCodes::legalKind(row.legalKind) },
                { QStringLiteral("receiptChoice"), DonorCodes::receiptChoice(row.receiptChoice) },
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
    DonorRepository donors(context.database());
    const QUuid uuid = References::uuid(args.at(0), [&](const QString& reference, QString* message) {
        return donors.resolve(reference, message);
    });
    const DonorHistory history = DonationRepository(context.database()).donorHistory(uuid);
    if (context.jsonOutput()) {
        QJsonArray donations;
        for (const DonationRow& row : history.donations)
            donations.append(DonationOutput::rowJson(row));
        QJsonObject json = DonationOutput::donorJson(history.donor);
        json.insert(QStringLiteral("uuid"), uuidText(uuid));
        json.insert(QStringLiteral("paidCents"), history.paidCents);
        json.insert(QStringLiteral("refundedCents"), history.refundedCents);
        json.insert(QStringLiteral("donations"), donations);
        context.printJson(json);
        return kSuccess;
    }
    QList<std::pair<QString, QString>> fields = DonationOutput::donorFields(history.donor);
    fields.append(
        { Text::tr("Paid"),
          Text::tr("%1 in %n gift(s)", nullptr, history.paidCount).arg(Values::money(history.paidCents)) });
    fields.append({ Text::tr("Refunded"), Values::money(history.refundedCents) });
    context.printFields(fields);
    context.print();
    DonationOutput::printRows(context, history.donations);
    return kSuccess;
}

int addDonor(CliContext& context, const CommandArgs& args)
{
    Donor donor;
    donor.name = Values::required(args.at(0), Text::tr("NAME"));
    applyOptions(args, donor);
    DonorRepository donors(context.database());
    const QList<FieldProblem> problems = donors.create(donor);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The donor was not added:"), Values::problemTexts(problems));
    printDonor(context, *donors.load(donor.sync.uuid),
               Text::tr("Donor %1 added.").arg(uuidText(donor.sync.uuid)));
    return kSuccess;
}

int editDonor(CliContext& context, const CommandArgs& args)
{
    DonorRepository donors(context.database());
    const QUuid uuid = References::uuid(args.at(0), [&](const QString& reference, QString* message) {
        return donors.resolve(reference, message);
    });
    std::optional<Donor> donor = donors.load(uuid);
    if (!donor)
        return context.fail(Text::tr("No donor has the identifier \"%1\".").arg(args.at(0)));
    applyOptions(args, *donor);
    const QList<FieldProblem> problems = donors.save(*donor);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The donor was not saved:"), Values::problemTexts(problems));
    printDonor(context, *donor, Text::tr("Donor %1 saved.").arg(donor->name));
    return kSuccess;
}

} // namespace

QList<Command> DonorCommands::commands()
{
    const QString receiptFields = QStringLiteral(
        "[--siren N] [--receipt per_gift|annual|none] [--consent yes|no] [--consent-date DATE] "
        "[--consent-source TEXT] [--notes TEXT]");
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
        { QStringLiteral("add"),
          QStringLiteral("NAME [--email E] [--address TEXT] [--company] ") + receiptFields,
          tr("Add a donor: a person unless --company, with the receipts the donor wants and the consent "
             "to be contacted."),
          kFieldOptions,
          { kCompany },
          &addDonor },
        { QStringLiteral("edit"),
          QStringLiteral("ID [--name NAME] [--email E] [--address TEXT] [--company|--person] ")
              + receiptFields,
          tr("Change a donor's fields; the options not given keep their values, an empty --consent-date "
             "forgets the date."),
          kFieldOptions + QStringList { kName },
          { kCompany, kPerson },
          &editDonor },
    }
    + DonorRightsCommands::commands();
}

QStringList DonorCommands::notes()
{
    return {
        tr("Receipts: per_gift (one receipt per gift), annual (one a year listing the year's gifts), none."),
        tr("--siren takes a company's 9 digits (spaces allowed), checked by their Luhn digit; a person "
           "has no SIREN."),
    };
}

} // namespace casedesk::cli

#include "cli/DeskCommands.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "cli/BackupCommands.h"
#include "cli/CliContext.h"
#include "cli/ReceiptCommands.h"
#include "cli/Values.h"
#include "common/AmountRules.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "sync/SyncKinds.h"

#include <QJsonObject>

#include <array>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DeskCommands)
};

const QString kGeneralInterest = QStringLiteral("general-interest");
const QString kFlatOption = QStringLiteral("--flat");
const QString kCommissionOption = QStringLiteral("--commission");
const QString kConfirmAboveOption = QStringLiteral("--confirm-above");
// The example of `settings fees`: the goal the platform's own fee page uses.
constexpr qint64 kExampleGoalCents = 1000000;

// The text fields of the association profile by their command-line name.
const std::array<std::pair<const char*, QString Association::*>, 8> kAssociationTextFields = { {
    { "name", &Association::name },
    { "legal-form", &Association::legalForm },
    { "rna", &Association::rna },
    { "siren", &Association::siren },
    { "address", &Association::address },
    { "purpose", &Association::purpose },
    { "signatory-name", &Association::signatoryName },
    { "signatory-role", &Association::signatoryRole },
} };

QStringList associationFields()
{
    QStringList names;
    for (const auto& [name, member] : kAssociationTextFields)
        names.append(QLatin1String(name));
    names.insert(6, kGeneralInterest);
    return names;
}

// --- association ------------------------------------------------------------------------------

QJsonObject associationJson(const Association& association)
{
    QJsonObject object = CampaignJson::associationToJson(association);
    object.insert(QStringLiteral("uuid"),
                  association.sync.uuid.isNull()
                      ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(association.sync.uuid.toString(QUuid::WithoutBraces)));
    return object;
}

void printAssociation(CliContext& context, const Association& a)
{
    context.printFields({
        { Text::tr("Name"), a.name },
        { Text::tr("Legal form"), a.legalForm },
        { Text::tr("RNA number"), a.rna },
        { Text::tr("SIREN"), a.siren },
        { Text::tr("General interest"), Values::yesNoText(a.generalInterest) },
        { Text::tr("Signatory"), a.signatoryName },
        { Text::tr("Signatory's role"), a.signatoryRole },
        { Text::tr("Address"), a.address },
    });
    context.print();
    context.printBlock(Text::tr("Purpose"), a.purpose);
}

int showAssociation(CliContext& context, const CommandArgs&)
{
    const Association association = context.associations().load();
    if (context.jsonOutput()) {
        context.printJson(associationJson(association));
        return kSuccess;
    }
    if (association.sync.uuid.isNull())
        context.print(Text::tr("The association profile is empty; start with: %1 association set name NAME")
                          .arg(QString::fromLatin1(kProgramName)));
    printAssociation(context, association);
    return kSuccess;
}

CommandFailure unknownField(const QString& field)
{
    return CommandFailure::usage(Text::tr("FIELD: unknown value \"%1\"; use one of %2.")
                                     .arg(field, associationFields().join(QStringLiteral(", "))));
}

// The change `association set FIELD VALUE` makes; judged before the desk is opened.
std::function<void(Association&)> associationEdit(const QString& field, const QString& value)
{
    if (field == kGeneralInterest) {
        const bool generalInterest = Values::yesNo(value, field);
        return [generalInterest](Association& a) {
            a.generalInterest = generalInterest;
        };
    }
    for (const auto& [name, member] : kAssociationTextFields) {
        if (field == QLatin1String(name))
            return [member = member, value](Association& a) {
                a.*member = value;
            };
    }
    throw unknownField(field);
}

int setAssociationField(CliContext& context, const CommandArgs& args)
{
    const QString field = args.at(0);
    if (!associationFields().contains(field))
        throw unknownField(field); // before a "-" value makes us wait for stdin
    const auto edit = associationEdit(field, context.readValue(args.at(1)));
    Association association = context.associations().load();
    edit(association);
    const QList<FieldProblem> problems = context.associations().save(association);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem& problem : problems)
            messages.append(problem.message);
        return context.fail(Text::tr("The association profile was not saved:"), messages);
    }
    if (context.jsonOutput())
        context.printJson(associationJson(association));
    else
        context.print(Text::tr("Association profile saved: %1.").arg(field));
    return kSuccess;
}

// --- settings fees ------------------------------------------------------------------------------

QJsonObject feesJson(const FeeSettings& settings)
{
    const FeeBreakdown example = computeFees(kExampleGoalCents, settings);
    return QJsonObject {
        { QStringLiteral("flatCampaignFeeCents"), settings.flatCampaignFeeCents },
        { QStringLiteral("commissionBasisPoints"), settings.commissionBasisPoints },
        { QStringLiteral("example"),
          QJsonObject { { QStringLiteral("grossCents"), example.grossCents },
                        { QStringLiteral("commissionCents"), example.commissionCents },
                        { QStringLiteral("flatFeeCents"), example.flatFeeCents },
                        { QStringLiteral("netCents"), example.netCents } } },
    };
}

void printFeeSettings(CliContext& context, const FeeSettings& settings)
{
    context.printFields({
        { Text::tr("Flat fee per campaign"), Values::money(settings.flatCampaignFeeCents) },
        { Text::tr("Commission on what is raised"), Values::percent(settings.commissionBasisPoints) },
    });
    context.print();
    context.print(Text::tr("For a goal of %1:").arg(Values::money(kExampleGoalCents)));
    context.printFields(Values::feeBreakdown(settings, kExampleGoalCents));
}

int fees(CliContext& context, const CommandArgs& args)
{
    // Both values are read before anything is stored: one bad value changes nothing.
    std::optional<qint64> flat;
    std::optional<int> commission;
    if (args.has(kFlatOption))
        flat = Values::amount(args.value(kFlatOption), kFlatOption, AmountRules::Kind::FlatFee);
    if (args.has(kCommissionOption))
        commission = Values::basisPoints(args.value(kCommissionOption), kCommissionOption);

    SettingsRepository& settings = context.settings();
    FeeSettings current = settings.feeSettings();
    const bool changing = flat || commission;
    if (changing) {
        current.flatCampaignFeeCents = flat.value_or(current.flatCampaignFeeCents);
        current.commissionBasisPoints = commission.value_or(current.commissionBasisPoints);
        settings.setFeeSettings(current);
    }
    if (context.jsonOutput()) {
        context.printJson(feesJson(current));
        return kSuccess;
    }
    if (changing)
        context.print(Text::tr("Fee settings saved."));
    printFeeSettings(context, current);
    return kSuccess;
}

// The amount above which a gift typed by hand asks for a confirmation (GUI) or --confirm (CLI).
int gifts(CliContext& context, const CommandArgs& args)
{
    std::optional<qint64> threshold;
    if (args.has(kConfirmAboveOption))
        threshold = Values::amount(args.value(kConfirmAboveOption), kConfirmAboveOption,
                                   AmountRules::Kind::Threshold);
    SettingsRepository& settings = context.settings();
    if (threshold) {
        const QString problem = settings.setGiftConfirmationCents(*threshold);
        if (!problem.isEmpty())
            throw CommandFailure::usage(problem);
    }
    const qint64 current = settings.giftConfirmationCents();
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("confirmAboveCents"), current },
                                        { QStringLiteral("maxGiftCents"), AmountRules::kMaxDonationCents } });
        return kSuccess;
    }
    if (threshold)
        context.print(Text::tr("Gift confirmation saved."));
    context.printFields({
        { Text::tr("Confirmation asked above"), Values::money(current) },
        { Text::tr("Largest gift accepted"), Values::money(AmountRules::kMaxDonationCents) },
    });
    return kSuccess;
}

// --- demo, desk ---------------------------------------------------------------------------------

int loadDemo(CliContext& context, const CommandArgs&)
{
    QString message;
    const DemoData::Outcome outcome = DemoData::load(context.database(), context.associations(),
                                                     context.campaigns(), Clock::today(), &message);
    if (outcome != DemoData::Outcome::Loaded)
        return context.fail(message);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("campaigns"), context.campaigns().count({}) } });
    else
        context.print(message);
    return kSuccess;
}

int deskInfo(CliContext& context, const CommandArgs&)
{
    Database& database = context.database();
    const int schemaVersion = database.schemaVersion();
    const int campaigns = context.campaigns().count({});
    const int pending = SyncKinds::pendingCount(database);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("path"), database.path() },
                                        { QStringLiteral("schemaVersion"), schemaVersion },
                                        { QStringLiteral("campaigns"), campaigns },
                                        { QStringLiteral("pendingChanges"), pending } });
        return kSuccess;
    }
    context.printFields({
        { Text::tr("Desk file"), database.path() },
        { Text::tr("Data format version"), QString::number(schemaVersion) },
        { Text::tr("Campaigns"), QString::number(campaigns) },
        { Text::tr("Changes waiting to sync"), QString::number(pending) },
    });
    return kSuccess;
}

// Reads every page of the desk: what the GUI does in the background for a big desk.
int deskCheck(CliContext& context, const CommandArgs&)
{
    const QString problem = Database::checkIntegrity(context.database().path());
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("ok"), problem.isEmpty() },
                                        { QStringLiteral("problem"), problem } });
    if (!problem.isEmpty())
        return context.fail(problem);
    if (!context.jsonOutput())
        context.print(Text::tr("The desk is sound: every page was read without error."));
    return kSuccess;
}

} // namespace

QList<Command> DeskCommands::associationCommands()
{
    return {
        { QStringLiteral("show"), QString(), tr("Show the association profile."), {}, {}, &showAssociation },
        { QStringLiteral("set"),
          QStringLiteral("FIELD VALUE"),
          tr("Change one field of the association profile (general-interest: yes or no)."),
          {},
          {},
          &setAssociationField },
    };
}

QStringList DeskCommands::associationNotes()
{
    return { tr("Fields of association set: %1").arg(associationFields().join(QStringLiteral(", "))) };
}

QList<Command> DeskCommands::settingsCommands()
{
    return {
        { QStringLiteral("fees"),
          QStringLiteral("[--flat AMOUNT] [--commission PERCENT]"),
          tr("Show the platform fees and what a 10,000 EUR goal leaves; with options, change them."),
          { kFlatOption, kCommissionOption },
          {},
          &fees },
        { QStringLiteral("gifts"),
          QStringLiteral("[--confirm-above AMOUNT]"),
          tr("Show the amount above which a gift typed by hand needs a confirmation; with the option, "
             "change it."),
          { kConfirmAboveOption },
          {},
          &gifts },
        ReceiptCommands::spellingSetting(),
    };
}

QList<Command> DeskCommands::demoCommands()
{
    return {
        { QStringLiteral("load"),
          QString(),
          tr("Fill an empty desk with the demo association and campaigns."),
          {},
          {},
          &loadDemo },
    };
}

QList<Command> DeskCommands::deskCommands()
{
    return QList<Command> {
        { QStringLiteral("info"),
          QString(),
          tr("Show the desk file, its data format version, campaigns and changes waiting to sync."),
          {},
          {},
          &deskInfo },
        { QStringLiteral("check"),
          QString(),
          tr("Read every page of the desk file and report any damage."),
          {},
          {},
          &deskCheck },
    }
    + BackupCommands::commands();
}

} // namespace casedesk::cli

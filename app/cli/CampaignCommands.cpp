#include "cli/CampaignCommands.h"

#include "cli/CampaignOutput.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignText.h"
#include "campaigns/Workflow.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Money.h"
#include "settings/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <array>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)
};

using CampaignEdit = std::function<void(Campaign&)>;

const QString kStatusOption = QStringLiteral("--status");
const QString kCauseOption = QStringLiteral("--cause");
const QString kSearchOption = QStringLiteral("--search");
const QString kSortOption = QStringLiteral("--sort");
const QString kDescOption = QStringLiteral("--desc");
const QString kOutOption = QStringLiteral("--out");
const QString kNoteOption = QStringLiteral("--note");

// The free-text fields `campaign set` changes as they are; cause, goal and end-date are parsed.
const std::array<std::pair<const char*, QString Campaign::*>, 12> kTextFields = { {
    { "title", &Campaign::title },
    { "summary", &Campaign::summary },
    { "description", &Campaign::description },
    { "harm", &Campaign::harm },
    { "legal-basis", &Campaign::legalBasis },
    { "court", &Campaign::court },
    { "opposing-party", &Campaign::opposingParty },
    { "how-money-used", &Campaign::howMoneyUsed },
    { "lawyer", &Campaign::lawyer },
    { "lawyer-assessment", &Campaign::lawyerAssessment },
    { "risks", &Campaign::risks },
    { "why-association", &Campaign::whyAssociation },
} };

// `campaign edit`'s options for what the board reads before approving (desk-only fields).
const QString kLawyerOption = QStringLiteral("--lawyer");
const QString kAssessmentOption = QStringLiteral("--assessment");
const QString kRisksOption = QStringLiteral("--risks");
const QString kAdverseCostsOption = QStringLiteral("--adverse-costs");
const QString kWhyOption = QStringLiteral("--why-association");

const std::array<std::pair<const char*, CampaignColumn>, 7> kSortColumns = { {
    { "title", CampaignColumn::Title },
    { "status", CampaignColumn::Status },
    { "cause", CampaignColumn::Cause },
    { "court", CampaignColumn::Court },
    { "goal", CampaignColumn::Goal },
    { "end", CampaignColumn::EndDate },
    { "updated", CampaignColumn::UpdatedAt },
} };

QStringList settableFields()
{
    return { QStringLiteral("title"),
             QStringLiteral("summary"),
             QStringLiteral("description"),
             QStringLiteral("cause"),
             QStringLiteral("harm"),
             QStringLiteral("legal-basis"),
             QStringLiteral("court"),
             QStringLiteral("opposing-party"),
             QStringLiteral("goal"),
             QStringLiteral("end-date"),
             QStringLiteral("how-money-used"),
             QStringLiteral("lawyer"),
             QStringLiteral("lawyer-assessment"),
             QStringLiteral("risks"),
             QStringLiteral("adverse-costs"),
             QStringLiteral("why-association") };
}

QStringList statusCodes()
{
    return codesOf(CampaignCodes::allStatuses(), &CampaignCodes::status);
}

QStringList causeCodes()
{
    return codesOf(CampaignCodes::allCauses(), &CampaignCodes::cause);
}

QStringList budgetKindCodes()
{
    return codesOf(CampaignCodes::allBudgetKinds(), &CampaignCodes::budgetKind);
}

QStringList sortWords()
{
    QStringList words;
    for (const auto& [word, column] : kSortColumns)
        words.append(QLatin1String(word));
    return words;
}

// --- Reading arguments ------------------------------------------------------------------------

CommandFailure unknownCode(const QString& what, const QString& given, const QStringList& codes)
{
    return CommandFailure::usage(Text::tr("%1: unknown value \"%2\"; use one of %3.")
                                     .arg(what, given, codes.join(QStringLiteral(", "))));
}

CampaignStatus statusArgument(const QString& code, const QString& what)
{
    if (const auto status = CampaignCodes::statusFromCode(code))
        return *status;
    throw unknownCode(what, code, statusCodes());
}

Cause causeArgument(const QString& code, const QString& what)
{
    if (const auto cause = CampaignCodes::causeFromCode(code))
        return *cause;
    throw unknownCode(what, code, causeCodes());
}

BudgetKind budgetKindArgument(const QString& code)
{
    if (const auto kind = CampaignCodes::budgetKindFromCode(code))
        return *kind;
    throw unknownCode(QStringLiteral("KIND"), code, budgetKindCodes());
}

CampaignColumn sortArgument(const QString& word)
{
    for (const auto& [candidate, column] : kSortColumns) {
        if (word == QLatin1String(candidate))
            return column;
    }
    throw unknownCode(kSortOption, word, sortWords());
}

QString shortId(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces).left(8);
}

// How a person names a campaign in a message: its short ID and its title.
QString nameOf(const Campaign& campaign)
{
    return QStringLiteral("%1 \"%2\"").arg(shortId(campaign.sync.uuid), campaign.title);
}

// Saves an edited draft and says so: the campaign document with --json, `message` otherwise.
int saveAndReport(CliContext& context, Campaign& campaign, const QString& message)
{
    const QList<FieldProblem> problems = context.campaigns().save(campaign);
    if (!problems.isEmpty()) {
        QStringList details;
        for (const FieldProblem& problem : problems)
            details.append(problem.message);
        throw CommandFailure::runtime(Text::tr("Campaign %1 was not saved:").arg(nameOf(campaign)), details);
    }
    if (context.jsonOutput())
        context.printJson(CampaignOutput::document(context, campaign));
    else
        context.print(message);
    return kSuccess;
}

// --- campaign list ------------------------------------------------------------------------------

CampaignQuery listQuery(const CommandArgs& args)
{
    CampaignQuery query;
    query.search = args.value(kSearchOption);
    if (args.has(kStatusOption))
        query.status = statusArgument(args.value(kStatusOption), kStatusOption);
    if (args.has(kCauseOption))
        query.cause = causeArgument(args.value(kCauseOption), kCauseOption);
    // Without --sort the most recently changed come first, as in the window; a chosen column
    // sorts ascending unless --desc.
    if (args.has(kSortOption)) {
        query.sortColumn = sortArgument(args.value(kSortOption));
        query.sortOrder = args.has(kDescOption) ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    return query;
}

// Every matching row, a page at a time, so a desk of any size never meets a fixed LIMIT. Pages
// are large because each OFFSET query sorts the matches again when the sort column has no index
// (50,000 campaigns sorted by title: 13 s with pages of 1,000, 2 s with 5,000).
QList<CampaignRow> allRows(CampaignRepository& repository, const CampaignQuery& query)
{
    constexpr int kPageSize = 5000;
    QList<CampaignRow> rows;
    rows.reserve(repository.count(query));
    for (;;) {
        const QList<CampaignRow> page = repository.rows(query, int(rows.size()), kPageSize);
        rows += page;
        if (page.size() < kPageSize)
            return rows;
    }
}

int listCampaigns(CliContext& context, const CommandArgs& args)
{
    const QList<CampaignRow> rows = allRows(context.campaigns(), listQuery(args));
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const CampaignRow& row : rows)
            array.append(CampaignOutput::rowJson(row));
        context.printJson(array);
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const CampaignRow& row : rows) {
        // People read the labels in their language; --json and the arguments keep the codes.
        cells.append({ shortId(row.uuid), CampaignText::status(row.status), CampaignText::cause(row.cause),
                       Values::money(row.goalCents), Values::date(row.endDate), row.title });
    }
    context.printTable({ Text::tr("ID"), Text::tr("STATUS"), Text::tr("CAUSE"), Text::tr("GOAL"),
                         Text::tr("END"), Text::tr("TITLE") },
                       cells, { 3 });
    return kSuccess;
}

// --- campaign show ------------------------------------------------------------------------------

int showCampaign(CliContext& context, const CommandArgs& args)
{
    const Campaign campaign = References::campaign(context, args.at(0));
    if (context.jsonOutput()) {
        context.printJson(CampaignOutput::document(context, campaign));
        return kSuccess;
    }
    CampaignOutput::print(context, campaign);
    return kSuccess;
}

// --- campaign export ----------------------------------------------------------------------------

void writeFile(const QString& path, const QByteArray& data)
{
    // QSaveFile: the old file stays whole until the new one is complete on disk.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw CommandFailure::runtime(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

int exportCampaign(CliContext& context, const CommandArgs& args)
{
    const Campaign campaign = References::campaign(context, args.at(0));
    const QByteArray json = QJsonDocument(CampaignJson::toJson(campaign, context.settings().feeSettings()))
                                .toJson(QJsonDocument::Indented);
    if (!args.has(kOutOption)) {
        context.print(QString::fromUtf8(json).chopped(1)); // toJson() ends with its own newline
        return kSuccess;
    }
    const QString path = Values::required(args.value(kOutOption), kOutOption);
    writeFile(path, json);
    if (context.jsonOutput()) {
        context.printJson(
            QJsonObject { { QStringLiteral("uuid"), campaign.sync.uuid.toString(QUuid::WithoutBraces) },
                          { QStringLiteral("path"), path } });
    } else {
        context.print(Text::tr("Exported campaign %1 to %2.").arg(nameOf(campaign), path));
    }
    return kSuccess;
}

// --- campaign create / set ----------------------------------------------------------------------

int createCampaign(CliContext& context, const CommandArgs& args)
{
    Campaign draft;
    draft.title = Values::required(args.at(0), QStringLiteral("TITLE"));
    const Campaign created = context.campaigns().create(draft);
    const QString uuid = created.sync.uuid.toString(QUuid::WithoutBraces);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuid } });
    else
        context.print(uuid);
    return kSuccess;
}

// The costs the association may be ordered to pay, typed as an amount ("1500.00", "1 500,00 €").
qint64 adverseCosts(const QString& text, const QString& what)
{
    const std::optional<qint64> cents = Money::parse(text, QLocale());
    if (!cents) {
        throw CommandFailure::usage(
            Text::tr("%1: \"%2\" is not an amount; type euros and cents, for example %3.")
                .arg(what, text, Money::formatNumber(150000, QLocale())));
    }
    return *cents;
}

// The change `campaign set FIELD VALUE` makes, judged before the desk is opened so a bad value
// never touches it.
CampaignEdit fieldEdit(const QString& field, const QString& value)
{
    if (field == QLatin1String("title")) {
        const QString title = Values::required(value, field);
        return [title](Campaign& c) {
            c.title = title;
        };
    }
    for (const auto& [name, member] : kTextFields) {
        if (field == QLatin1String(name))
            return [member = member, value](Campaign& c) {
                c.*member = value;
            };
    }
    if (field == QLatin1String("cause")) {
        const Cause cause = causeArgument(value, field);
        return [cause](Campaign& c) {
            c.cause = cause;
        };
    }
    if (field == QLatin1String("goal")) {
        const qint64 cents = Values::amount(value, field, AmountRules::Kind::Goal);
        return [cents](Campaign& c) {
            c.goalCents = cents;
        };
    }
    if (field == QLatin1String("end-date")) {
        const QDate date = Values::isoDate(value, field);
        return [date](Campaign& c) {
            c.endDate = date;
        };
    }
    if (field == QLatin1String("adverse-costs")) {
        const qint64 cents = adverseCosts(value, field);
        return [cents](Campaign& c) {
            c.adverseCostsCents = cents;
        };
    }
    throw unknownCode(QStringLiteral("FIELD"), field, settableFields());
}

int setField(CliContext& context, const CommandArgs& args)
{
    const QString field = args.at(1);
    if (!settableFields().contains(field))
        throw unknownCode(QStringLiteral("FIELD"), field, settableFields());
    const CampaignEdit edit = fieldEdit(field, context.readValue(args.at(2)));
    Campaign campaign = References::campaign(context, args.at(0));
    edit(campaign);
    return saveAndReport(context, campaign, Text::tr("Campaign %1: %2 saved.").arg(nameOf(campaign), field));
}

// `campaign edit ID --lawyer … --assessment … --risks … --adverse-costs … --why-association …`:
// what the board reads before approving, several fields at once.
int editBoardFields(CliContext& context, const CommandArgs& args)
{
    const std::array<std::pair<const QString*, QString Campaign::*>, 4> texts = { {
        { &kLawyerOption, &Campaign::lawyer },
        { &kAssessmentOption, &Campaign::lawyerAssessment },
        { &kRisksOption, &Campaign::risks },
        { &kWhyOption, &Campaign::whyAssociation },
    } };
    QList<CampaignEdit> edits;
    QStringList changed;
    for (const auto& [option, member] : texts) {
        if (!args.has(*option))
            continue;
        const QString value = context.readValue(args.value(*option));
        edits.append([member = member, value](Campaign& c) { c.*member = value; });
        changed.append(option->mid(2));
    }
    if (args.has(kAdverseCostsOption)) {
        const qint64 cents = adverseCosts(args.value(kAdverseCostsOption), kAdverseCostsOption);
        edits.append([cents](Campaign& c) { c.adverseCostsCents = cents; });
        changed.append(kAdverseCostsOption.mid(2));
    }
    if (edits.isEmpty()) {
        throw CommandFailure::usage(Text::tr("Give at least one of %1.")
                                        .arg(QStringList { kLawyerOption, kAssessmentOption, kRisksOption,
                                                           kAdverseCostsOption, kWhyOption }
                                                 .join(QStringLiteral(", "))));
    }
    Campaign campaign = References::campaign(context, args.at(0));
    for (const CampaignEdit& edit : edits)
        edit(campaign);
    return saveAndReport(
        context, campaign,
        Text::tr("Campaign %1: %2 saved.").arg(nameOf(campaign), changed.join(QStringLiteral(", "))));
}

// --- campaign budget / press --------------------------------------------------------------------

QString budgetSummary(const Campaign& c)
{
    return Text::tr("budget total %1, goal %2")
        .arg(Values::money(c.budgetTotalCents()), Values::money(c.goalCents));
}

int addBudgetLine(CliContext& context, const CommandArgs& args)
{
    BudgetLine line;
    line.kind = budgetKindArgument(args.at(1));
    line.amountCents = Values::amount(args.at(2), QStringLiteral("AMOUNT"), AmountRules::Kind::BudgetLine);
    line.label = Values::required(args.at(3), QStringLiteral("LABEL"));
    Campaign campaign = References::campaign(context, args.at(0));
    campaign.budgetLines.append(line);
    return saveAndReport(
        context, campaign,
        Text::tr("Campaign %1: budget line %2 added (%3).")
            .arg(nameOf(campaign), QString::number(campaign.budgetLines.size()), budgetSummary(campaign)));
}

// A 1-based line number checked against what the campaign has: a number past the end is a
// fact about this desk, hence a runtime error, told in `tooFar` ("has %n line(s)...").
int existingLine(const QString& text, qsizetype lineCount, const QString& tooFar)
{
    const int number = Values::lineNumber(text);
    if (number > lineCount)
        throw CommandFailure::runtime(tooFar.arg(QString::number(number)));
    return number;
}

int removeBudgetLine(CliContext& context, const CommandArgs& args)
{
    Values::lineNumber(args.at(1)); // a malformed number is a usage error before the desk opens
    Campaign campaign = References::campaign(context, args.at(0));
    const int lineCount = int(campaign.budgetLines.size());
    const int number
        = existingLine(args.at(1), lineCount,
                       Text::tr("Campaign %1 has %n budget line(s); there is no line %2.", nullptr, lineCount)
                           .arg(nameOf(campaign)));
    const BudgetLine removed = campaign.budgetLines.takeAt(number - 1);
    return saveAndReport(
        context, campaign,
        Text::tr("Campaign %1: budget line %2 (\"%3\") removed (%4).")
            .arg(nameOf(campaign), QString::number(number), removed.label, budgetSummary(campaign)));
}

int addPressArticle(CliContext& context, const CommandArgs& args)
{
    PressArticle article;
    article.title = Values::required(args.at(1), QStringLiteral("TITLE"));
    article.outlet = Values::required(args.at(2), QStringLiteral("OUTLET"));
    article.url = Values::webAddress(args.at(3));
    article.date = Values::isoDate(args.at(4), QStringLiteral("DATE"));
    Campaign campaign = References::campaign(context, args.at(0));
    campaign.pressArticles.append(article);
    return saveAndReport(context, campaign,
                         Text::tr("Campaign %1: press article %2 added.")
                             .arg(nameOf(campaign), QString::number(campaign.pressArticles.size())));
}

int removePressArticle(CliContext& context, const CommandArgs& args)
{
    Values::lineNumber(args.at(1));
    Campaign campaign = References::campaign(context, args.at(0));
    const int articleCount = int(campaign.pressArticles.size());
    const int number = existingLine(
        args.at(1), articleCount,
        Text::tr("Campaign %1 has %n press article(s); there is no article %2.", nullptr, articleCount)
            .arg(nameOf(campaign)));
    const PressArticle removed = campaign.pressArticles.takeAt(number - 1);
    return saveAndReport(context, campaign,
                         Text::tr("Campaign %1: press article %2 (\"%3\") removed.")
                             .arg(nameOf(campaign), QString::number(number), removed.title));
}

// --- campaign status / delete / history ---------------------------------------------------------

int changeStatus(CliContext& context, const CommandArgs& args)
{
    const CampaignStatus target = statusArgument(args.at(1), QStringLiteral("STATUS"));
    const Campaign before = References::campaign(context, args.at(0));
    const TransitionCheck check = context.campaigns().changeStatus(
        before.sync.uuid, target, context.associations().load(), args.value(kNoteOption));
    if (!check.allowed) {
        throw CommandFailure::runtime(
            Text::tr("Campaign %1 cannot go from \"%2\" to \"%3\":")
                .arg(nameOf(before), CampaignText::status(before.status), CampaignText::status(target)),
            check.reasons);
    }
    if (context.jsonOutput()) {
        context.printJson(CampaignOutput::document(context, References::campaign(context, before.sync.uuid)));
        return kSuccess;
    }
    context.print(
        Text::tr("Campaign %1: \"%2\" -> \"%3\".")
            .arg(nameOf(before), CampaignText::status(before.status), CampaignText::status(target)));
    return kSuccess;
}

int deleteCampaign(CliContext& context, const CommandArgs& args)
{
    const Campaign campaign = References::campaign(context, args.at(0));
    context.campaigns().remove(campaign.sync.uuid);
    if (context.jsonOutput()) {
        context.printJson(
            QJsonObject { { QStringLiteral("uuid"), campaign.sync.uuid.toString(QUuid::WithoutBraces) },
                          { QStringLiteral("deleted"), true } });
    } else {
        context.print(Text::tr("Campaign %1 deleted.").arg(nameOf(campaign)));
    }
    return kSuccess;
}

int showHistory(CliContext& context, const CommandArgs& args)
{
    const QUuid uuid = References::campaignUuid(context, args.at(0));
    const QList<CampaignRepository::StatusChange> changes = context.campaigns().history(uuid);
    if (context.jsonOutput())
        context.printJson(CampaignOutput::historyJson(changes));
    else
        CampaignOutput::printHistory(context, changes);
    return kSuccess;
}

} // namespace

QList<Command> CampaignCommands::commands()
{
    const QStringList noOptions;
    return {
        { QStringLiteral("list"),
          QStringLiteral("[--status CODE] [--cause CODE] [--search TEXT] [--sort COLUMN] [--desc]"),
          tr("List the campaigns, most recently changed first unless sorted."),
          { kStatusOption, kCauseOption, kSearchOption, kSortOption },
          { kDescOption },
          &listCampaigns },
        { QStringLiteral("show"), QStringLiteral("ID"),
          tr("Show a campaign: fields, budget, press, fees, review checklist and status history."), noOptions,
          noOptions, &showCampaign },
        { QStringLiteral("export"),
          QStringLiteral("ID [--out FILE]"),
          tr("Write a campaign as JSON to standard output or to FILE."),
          { kOutOption },
          noOptions,
          &exportCampaign },
        { QStringLiteral("create"), QStringLiteral("TITLE"),
          tr("Create a draft campaign and print its UUID."), noOptions, noOptions, &createCampaign },
        { QStringLiteral("set"), QStringLiteral("ID FIELD VALUE"), tr("Change one field of a draft."),
          noOptions, noOptions, &setField },
        { QStringLiteral("edit"),
          QStringLiteral("ID [--lawyer TEXT] [--assessment TEXT] [--risks TEXT] [--adverse-costs AMOUNT] "
                         "[--why-association TEXT]"),
          tr("Change what the board reads before approving a draft: the lawyer in charge, their "
             "assessment, the risks, the adverse costs and why the association acts (never published)."),
          { kLawyerOption, kAssessmentOption, kRisksOption, kAdverseCostsOption, kWhyOption },
          noOptions,
          &editBoardFields },
        { QStringLiteral("budget add"), QStringLiteral("ID KIND AMOUNT LABEL"),
          tr("Add a budget line to a draft."), noOptions, noOptions, &addBudgetLine },
        { QStringLiteral("budget remove"), QStringLiteral("ID N"),
          tr("Remove budget line N (1 is the first)."), noOptions, noOptions, &removeBudgetLine },
        { QStringLiteral("press add"), QStringLiteral("ID TITLE OUTLET URL DATE"),
          tr("Add a press article (URL http or https, DATE yyyy-mm-dd)."), noOptions, noOptions,
          &addPressArticle },
        { QStringLiteral("press remove"), QStringLiteral("ID N"),
          tr("Remove press article N (1 is the first)."), noOptions, noOptions, &removePressArticle },
        { QStringLiteral("status"),
          QStringLiteral("ID STATUS [--note TEXT]"),
          tr("Move a campaign through the workflow; when refused, every reason is printed."),
          { kNoteOption },
          noOptions,
          &changeStatus },
        { QStringLiteral("delete"), QStringLiteral("ID"), tr("Delete a draft or withdrawn campaign."),
          noOptions, noOptions, &deleteCampaign },
        { QStringLiteral("history"), QStringLiteral("ID"), tr("Show the status history of a campaign."),
          noOptions, noOptions, &showHistory },
    };
}

QStringList CampaignCommands::notes()
{
    const QString separator = QStringLiteral(", ");
    return {
        tr("Statuses: %1").arg(statusCodes().join(separator)),
        tr("Causes: %1").arg(causeCodes().join(separator)),
        tr("Budget kinds: %1").arg(budgetKindCodes().join(separator)),
        tr("Fields of campaign set: %1").arg(settableFields().join(separator)),
        tr("Sort columns: %1").arg(sortWords().join(separator)),
    };
}

} // namespace casedesk::cli

#include "cli/ProcedureCommands.h"

#include "campaigns/CampaignRepository.h"
#include "cli/CliContext.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineReminders.h"
#include "procedures/ProcedureRepository.h"
#include "reports/ICalendarWriter.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <limits>

namespace casedesk::cli {

namespace {

const QString kRegion = QStringLiteral("--region");
const QString kCampaign = QStringLiteral("--campaign");
const QString kOut = QStringLiteral("--out");

template<typename Enum>
QStringList codesOf(const QList<Enum>& values, QString (*code)(Enum))
{
    QStringList codes;
    for (const Enum value : values)
        codes.append(code(value));
    return codes;
}

CommandFailure unknownCode(const QString& what, const QString& given, const QStringList& codes)
{
    return CommandFailure::usage(ProcedureCommands::tr("%1: unknown value \"%2\"; use one of %3.")
                                     .arg(what, given, codes.join(QStringLiteral(", "))));
}

template<typename Enum>
Enum codeArgument(const QString& what, const QString& code, std::optional<Enum> (*parse)(const QString&),
                  const QList<Enum>& all, QString (*format)(Enum))
{
    if (const std::optional<Enum> value = parse(code))
        return *value;
    throw unknownCode(what, code, codesOf(all, format));
}

Court courtArgument(const QString& code)
{
    return codeArgument(QStringLiteral("COURT"), code, &ProcedureCodes::courtFromCode,
                        ProcedureCodes::allCourts(), &ProcedureCodes::court);
}

ProcedureKind kindArgument(const QString& code)
{
    return codeArgument(QStringLiteral("KIND"), code, &ProcedureCodes::kindFromCode,
                        ProcedureCodes::allKinds(), &ProcedureCodes::kind);
}

ProcedureStatus statusArgument(const QString& code)
{
    return codeArgument(QStringLiteral("STATUS"), code, &ProcedureCodes::statusFromCode,
                        ProcedureCodes::allStatuses(), &ProcedureCodes::status);
}

MilestoneKind milestoneKindArgument(const QString& code)
{
    return codeArgument(QStringLiteral("KIND"), code, &ProcedureCodes::milestoneKindFromCode,
                        ProcedureCodes::allMilestoneKinds(), &ProcedureCodes::milestoneKind);
}

HolidayRegion regionArgument(const CommandArgs& args)
{
    if (!args.has(kRegion))
        return HolidayRegion::Metropole;
    return codeArgument(kRegion, args.value(kRegion), &FrenchCalendar::regionFromCode,
                        FrenchCalendar::allRegions(), &FrenchCalendar::regionCode);
}

DeadlineRule ruleArgument(const QString& id)
{
    const DeadlineRules& rules = DeadlineRules::builtIn();
    if (!rules.loadError().isEmpty())
        throw CommandFailure::runtime(rules.loadError());
    if (const std::optional<DeadlineRule> rule = rules.find(id))
        return *rule;
    throw CommandFailure::usage(
        ProcedureCommands::tr("RULE: there is no deadline rule \"%1\"; use one of %2 (see \"deadline "
                              "rules\").")
            .arg(id, rules.ids().join(QStringLiteral(", "))));
}

int intArgument(const QString& text, const QString& what, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw CommandFailure::usage(ProcedureCommands::tr("%1: \"%2\" is not a whole number from %3 to %4.")
                                        .arg(what, text)
                                        .arg(minimum)
                                        .arg(maximum));
    return value;
}

bool looksLikeUuidPrefix(const QString& reference)
{
    static const QRegularExpression shape(QStringLiteral("^\\{?[0-9a-fA-F-]{4,}\\}?$"));
    return shape.match(reference.trimmed()).hasMatch();
}

// Malformed references are usage errors; unknown ones runtime errors (they may exist on another desk).
template<typename Resolver>
QUuid resolved(const QString& reference, Resolver resolve)
{
    QString error;
    if (const std::optional<QUuid> uuid = resolve(reference, &error))
        return *uuid;
    if (!looksLikeUuidPrefix(reference))
        throw CommandFailure::usage(error);
    throw CommandFailure::runtime(error);
}

QUuid campaignRef(CliContext& context, const QString& reference)
{
    return resolved(reference,
                    [&](const QString& r, QString* e) { return context.campaigns().resolve(r, e); });
}

Procedure procedureRef(CliContext& context, ProcedureRepository& repository, const QString& reference)
{
    Q_UNUSED(context);
    const QUuid uuid
        = resolved(reference, [&](const QString& r, QString* e) { return repository.resolve(r, e); });
    if (std::optional<Procedure> procedure = repository.load(uuid))
        return *procedure;
    throw CommandFailure::runtime(
        ProcedureCommands::tr("The procedure %1 was just deleted.").arg(uuid.toString(QUuid::WithoutBraces)));
}

Milestone milestoneRef(ProcedureRepository& repository, const QString& reference)
{
    const QUuid uuid = resolved(
        reference, [&](const QString& r, QString* e) { return repository.resolveMilestone(r, e); });
    if (std::optional<Milestone> milestone = repository.loadMilestone(uuid))
        return *milestone;
    throw CommandFailure::runtime(
        ProcedureCommands::tr("The milestone %1 was just deleted.").arg(uuid.toString(QUuid::WithoutBraces)));
}

QString shortId(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces).left(8);
}

QString id(const QUuid& uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

// --- JSON ----------------------------------------------------------------------------------

QJsonObject deadlineJson(const ComputedDeadline& deadline)
{
    QJsonArray shifts;
    for (const DeadlineStep& step : deadline.shifts())
        shifts.append(QJsonObject { { QStringLiteral("to"), step.date.toString(Qt::ISODate) },
                                    { QStringLiteral("reason"), step.text } });
    return { { QStringLiteral("rule"), deadline.rule.id },
             { QStringLiteral("article"), deadline.rule.article },
             { QStringLiteral("label"), deadline.rule.label() },
             { QStringLiteral("franc"), deadline.rule.franc },
             { QStringLiteral("region"), FrenchCalendar::regionCode(deadline.region) },
             { QStringLiteral("start"), deadline.start.toString(Qt::ISODate) },
             { QStringLiteral("rawEnd"), deadline.rawEnd.toString(Qt::ISODate) },
             { QStringLiteral("due"), deadline.due.toString(Qt::ISODate) },
             { QStringLiteral("shifts"), shifts },
             { QStringLiteral("explanation"), QJsonArray::fromStringList(deadline.explanation()) } };
}

QJsonObject procedureJson(const Procedure& p)
{
    return { { QStringLiteral("uuid"), id(p.sync.uuid) },
             { QStringLiteral("revision"), p.sync.revision },
             { QStringLiteral("campaign"), id(p.campaignUuid) },
             { QStringLiteral("court"), ProcedureCodes::court(p.court) },
             { QStringLiteral("courtName"), p.courtName },
             { QStringLiteral("kind"), ProcedureCodes::kind(p.kind) },
             { QStringLiteral("caseNumber"), p.caseNumber },
             { QStringLiteral("lawyer"), p.lawyer },
             { QStringLiteral("parties"), p.parties },
             { QStringLiteral("status"), ProcedureCodes::status(p.status) },
             { QStringLiteral("appeals"),
               p.appealsUuid.isNull() ? QJsonValue() : QJsonValue(id(p.appealsUuid)) },
             { QStringLiteral("region"), FrenchCalendar::regionCode(p.region) },
             { QStringLiteral("notes"), p.notes },
             { QStringLiteral("createdAt"), Clock::toIso(p.sync.createdAt) },
             { QStringLiteral("updatedAt"), Clock::toIso(p.sync.updatedAt) } };
}

QJsonObject milestoneJson(ProcedureRepository& repository, const Milestone& m)
{
    QJsonObject object { { QStringLiteral("uuid"), id(m.sync.uuid) },
                         { QStringLiteral("revision"), m.sync.revision },
                         { QStringLiteral("procedure"), id(m.procedureUuid) },
                         { QStringLiteral("kind"), ProcedureCodes::milestoneKind(m.kind) },
                         { QStringLiteral("date"), m.date.toString(Qt::ISODate) },
                         { QStringLiteral("title"), m.title },
                         { QStringLiteral("note"), m.note },
                         { QStringLiteral("done"), m.done } };
    if (m.isDeadline() && !m.ruleId.isEmpty()) {
        object.insert(QStringLiteral("rule"), m.ruleId);
        object.insert(QStringLiteral("start"), m.startDate.toString(Qt::ISODate));
        object.insert(QStringLiteral("source"),
                      m.sourceUuid.isNull() ? QJsonValue() : QJsonValue(id(m.sourceUuid)));
        object.insert(QStringLiteral("computation"), deadlineJson(repository.explain(m)));
    }
    return object;
}

// --- Printing --------------------------------------------------------------------------------

void printExplanation(CliContext& context, const QStringList& lines,
                      const QString& indent = QStringLiteral("  "))
{
    for (const QString& line : lines)
        context.print(indent + line);
}

QString milestoneLine(const Milestone& m, const QDate& today)
{
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(shortId(m.sync.uuid), m.date.toString(Qt::ISODate),
                            ProcedureCodes::milestoneKind(m.kind).leftJustified(13), m.title);
    if (m.isDeadline()) {
        if (m.done)
            line += ProcedureCommands::tr("  [met]");
        else
            line += QStringLiteral("  [%1]").arg(DeadlineListModel::daysText(int(today.daysTo(m.date))));
    }
    return line;
}

// --- procedure ... ---------------------------------------------------------------------------

int listProcedures(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    QList<QUuid> campaigns;
    if (args.has(kCampaign)) {
        campaigns.append(campaignRef(context, args.value(kCampaign)));
    } else {
        for (const CampaignRow& row : context.campaigns().rows({}, 0, std::numeric_limits<int>::max()))
            campaigns.append(row.uuid);
    }
    QJsonArray json;
    QList<QStringList> rows;
    for (const QUuid& campaign : campaigns) {
        const QString title
            = context.campaigns().row(campaign) ? context.campaigns().row(campaign)->title : QString();
        for (const Procedure& p : repository.forCampaign(campaign)) {
            QJsonObject object = procedureJson(p);
            object.insert(QStringLiteral("campaignTitle"), title);
            json.append(object);
            const QString indent(2 * repository.appealDepth(p.sync.uuid), QLatin1Char(' '));
            rows.append({ shortId(p.sync.uuid), indent + p.displayName(), ProcedureCodes::kind(p.kind),
                          ProcedureCodes::status(p.status), title });
        }
    }
    if (context.jsonOutput()) {
        context.printJson(json);
        return kSuccess;
    }
    if (rows.isEmpty()) {
        context.print(ProcedureCommands::tr("No procedures."));
        return kSuccess;
    }
    context.printTable({ ProcedureCommands::tr("ID"), ProcedureCommands::tr("Procedure"),
                         ProcedureCommands::tr("Kind"), ProcedureCommands::tr("Status"),
                         ProcedureCommands::tr("Campaign") },
                       rows);
    return kSuccess;
}

int showProcedure(CliContext& context, const Procedure& p, ProcedureRepository& repository)
{
    const QList<Milestone> timeline = repository.milestones(p.sync.uuid);
    if (context.jsonOutput()) {
        QJsonObject object = procedureJson(p);
        QJsonArray milestones;
        for (const Milestone& m : timeline)
            milestones.append(milestoneJson(repository, m));
        object.insert(QStringLiteral("milestones"), milestones);
        QJsonArray chain;
        for (const Procedure& member : repository.appealChain(p.sync.uuid))
            chain.append(id(member.sync.uuid));
        object.insert(QStringLiteral("appealChain"), chain);
        context.printJson(object);
        return kSuccess;
    }
    const QString appeals = p.appealsUuid.isNull()
        ? QString()
        : (repository.load(p.appealsUuid) ? repository.load(p.appealsUuid)->displayName()
                                          : id(p.appealsUuid));
    context.printFields({ { ProcedureCommands::tr("ID"), id(p.sync.uuid) },
                          { ProcedureCommands::tr("Court"),
                            ProcedureText::court(p.court) + QStringLiteral(" (")
                                + ProcedureCodes::court(p.court) + QLatin1Char(')') },
                          { ProcedureCommands::tr("Court name"), p.courtName },
                          { ProcedureCommands::tr("Kind"), ProcedureText::kind(p.kind) },
                          { ProcedureCommands::tr("Case number"), p.caseNumber },
                          { ProcedureCommands::tr("Lawyer"), p.lawyer },
                          { ProcedureCommands::tr("Parties"), p.parties },
                          { ProcedureCommands::tr("Status"), ProcedureText::status(p.status) },
                          { ProcedureCommands::tr("Appeal of"), appeals },
                          { ProcedureCommands::tr("Holidays"), FrenchCalendar::regionName(p.region) },
                          { ProcedureCommands::tr("Notes"), p.notes } });
    const QList<Procedure> chain = repository.appealChain(p.sync.uuid);
    if (chain.size() > 1) {
        context.print(ProcedureCommands::tr("Appeal chain:"));
        for (const Procedure& member : chain) {
            const QString marker
                = member.sync.uuid == p.sync.uuid ? QStringLiteral("> ") : QStringLiteral("  ");
            context.print(QStringLiteral("  ") + marker
                          + QString(2 * repository.appealDepth(member.sync.uuid), QLatin1Char(' '))
                          + QStringLiteral("%1  %2").arg(shortId(member.sync.uuid), member.displayName()));
        }
    }
    context.print(ProcedureCommands::tr("Timeline:"));
    if (timeline.isEmpty())
        context.print(QStringLiteral("  -"));
    const QDate today = Clock::today();
    for (const Milestone& m : timeline) {
        context.print(QStringLiteral("  ") + milestoneLine(m, today));
        if (m.isDeadline() && !m.ruleId.isEmpty())
            printExplanation(context, repository.explain(m).explanation(), QStringLiteral("      "));
    }
    return kSuccess;
}

void applyProcedureField(CliContext& context, ProcedureRepository& repository, Procedure& p,
                         const QString& field, const QString& value)
{
    if (field == QLatin1String("court"))
        p.court = courtArgument(value);
    else if (field == QLatin1String("court-name"))
        p.courtName = value;
    else if (field == QLatin1String("kind"))
        p.kind = kindArgument(value);
    else if (field == QLatin1String("case-number"))
        p.caseNumber = value;
    else if (field == QLatin1String("lawyer"))
        p.lawyer = value;
    else if (field == QLatin1String("parties"))
        p.parties = value;
    else if (field == QLatin1String("status"))
        p.status = statusArgument(value);
    else if (field == QLatin1String("appeals"))
        p.appealsUuid
            = value == QLatin1String("none") ? QUuid() : procedureRef(context, repository, value).sync.uuid;
    else if (field == QLatin1String("region")) {
        CommandArgs args;
        args.set(kRegion, value);
        p.region = regionArgument(args);
    } else if (field == QLatin1String("notes"))
        p.notes = value;
    else
        throw unknownCode(QStringLiteral("FIELD"), field,
                          { QStringLiteral("court"), QStringLiteral("court-name"), QStringLiteral("kind"),
                            QStringLiteral("case-number"), QStringLiteral("lawyer"),
                            QStringLiteral("parties"), QStringLiteral("status"), QStringLiteral("appeals"),
                            QStringLiteral("region"), QStringLiteral("notes") });
}

void failOnProblems(const QList<FieldProblem>& problems)
{
    if (problems.isEmpty())
        return;
    QStringList details;
    for (const FieldProblem& problem : problems)
        details.append(problem.message);
    throw CommandFailure::runtime(ProcedureCommands::tr("Nothing was changed:"), details);
}

int addProcedure(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    Procedure p;
    p.campaignUuid = campaignRef(context, args.at(0));
    p.court = courtArgument(args.at(1));
    p.kind = kindArgument(args.at(2));
    p.status = ProcedureStatus::Pending;
    const QStringList fields
        = { QStringLiteral("court-name"), QStringLiteral("case-number"), QStringLiteral("lawyer"),
            QStringLiteral("parties"),    QStringLiteral("status"),      QStringLiteral("appeals"),
            QStringLiteral("region"),     QStringLiteral("notes") };
    for (const QString& field : fields) {
        const QString option = QStringLiteral("--") + field;
        if (args.has(option))
            applyProcedureField(context, repository, p, field, context.readValue(args.value(option)));
    }
    failOnProblems(repository.check(p));
    p = repository.create(p);
    if (context.jsonOutput())
        return showProcedure(context, p, repository);
    context.print(ProcedureCommands::tr("Created procedure %1: %2").arg(id(p.sync.uuid), p.displayName()));
    return kSuccess;
}

int setProcedure(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    Procedure p = procedureRef(context, repository, args.at(0));
    applyProcedureField(context, repository, p, args.at(1), context.readValue(args.at(2)));
    failOnProblems(repository.check(p));
    repository.save(p);
    if (context.jsonOutput())
        return showProcedure(context, p, repository);
    context.print(ProcedureCommands::tr("Saved procedure %1: %2").arg(shortId(p.sync.uuid), p.displayName()));
    return kSuccess;
}

int deleteProcedure(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Procedure p = procedureRef(context, repository, args.at(0));
    repository.remove(p.sync.uuid);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("deleted"), id(p.sync.uuid) } });
        return kSuccess;
    }
    context.print(ProcedureCommands::tr("Deleted procedure %1: %2 (and its milestones)")
                      .arg(shortId(p.sync.uuid), p.displayName()));
    return kSuccess;
}

// --- procedure milestone ... -----------------------------------------------------------------

int reportDeadline(CliContext& context, ProcedureRepository& repository, const Milestone& deadline)
{
    const ComputedDeadline computed = repository.explain(deadline);
    context.print(ProcedureCommands::tr("Recorded deadline %1: %2, due %3")
                      .arg(shortId(deadline.sync.uuid), deadline.title, deadline.date.toString(Qt::ISODate)));
    printExplanation(context, computed.explanation());
    return kSuccess;
}

int addMilestone(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Procedure p = procedureRef(context, repository, args.at(0));
    Milestone m;
    m.procedureUuid = p.sync.uuid;
    m.kind = milestoneKindArgument(args.at(1));
    m.date = Values::isoDate(args.at(2), QStringLiteral("DATE"));
    m.title = args.has(QStringLiteral("--title")) ? context.readValue(args.value(QStringLiteral("--title")))
                                                  : QString();
    m.note = args.has(QStringLiteral("--note")) ? context.readValue(args.value(QStringLiteral("--note")))
                                                : QString();
    const QStringList proposals = DeadlineProposals::forMilestone(p, m.kind);
    QString ruleId;
    if (args.has(QStringLiteral("--deadline"))) {
        ruleId = args.value(QStringLiteral("--deadline"));
        if (ruleId == QLatin1String("auto")) {
            if (proposals.isEmpty())
                throw CommandFailure::usage(
                    ProcedureCommands::tr("--deadline auto: a %1 of this procedure starts no deadline "
                                          "CaseDesk knows; name a rule instead.")
                        .arg(ProcedureCodes::milestoneKind(m.kind)));
            ruleId = proposals.first();
        } else {
            ruleArgument(ruleId);
        }
    }
    failOnProblems(repository.checkMilestone(m));

    const QList<Milestone> recorded = repository.recordMilestone(m, ruleId);
    const Milestone stored = recorded.first();
    const std::optional<Milestone> deadline
        = recorded.size() > 1 ? std::optional<Milestone>(recorded.at(1)) : std::nullopt;
    if (context.jsonOutput()) {
        QJsonObject object = milestoneJson(repository, stored);
        if (deadline)
            object.insert(QStringLiteral("deadline"), milestoneJson(repository, *deadline));
        QJsonArray proposed;
        for (const QString& rule : proposals)
            proposed.append(deadlineJson(repository.proposeDeadline(stored.sync.uuid, rule)));
        object.insert(QStringLiteral("proposedDeadlines"), proposed);
        context.printJson(object);
        return kSuccess;
    }
    context.print(ProcedureCommands::tr("Recorded milestone %1: %2 on %3")
                      .arg(shortId(stored.sync.uuid), stored.title, stored.date.toString(Qt::ISODate)));
    if (deadline)
        return reportDeadline(context, repository, *deadline);
    for (const QString& rule : proposals) {
        const ComputedDeadline proposed = repository.proposeDeadline(stored.sync.uuid, rule);
        context.print(ProcedureCommands::tr("This starts a deadline: %1 (%2), due %3. Record it with:")
                          .arg(proposed.rule.label(), proposed.rule.id, proposed.due.toString(Qt::ISODate)));
        context.print(QStringLiteral("  %1 procedure milestone deadline %2 %3")
                          .arg(QString::fromLatin1(kProgramName), shortId(stored.sync.uuid), rule));
    }
    return kSuccess;
}

int setMilestone(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    Milestone m = milestoneRef(repository, args.at(0));
    const QString field = args.at(1);
    const QString value = context.readValue(args.at(2));
    if (field == QLatin1String("date")) {
        if (m.isDeadline() && !m.ruleId.isEmpty())
            throw CommandFailure::usage(
                ProcedureCommands::tr("This deadline is computed by rule %1; change the date of the "
                                      "milestone that starts it, or delete it and record one by hand.")
                    .arg(m.ruleId));
        m.date = Values::isoDate(value, QStringLiteral("VALUE"));
    } else if (field == QLatin1String("title")) {
        m.title = value;
    } else if (field == QLatin1String("note")) {
        m.note = value;
    } else if (field == QLatin1String("kind")) {
        if (m.isDeadline() && !m.ruleId.isEmpty())
            throw CommandFailure::usage(ProcedureCommands::tr("A computed deadline stays a deadline."));
        m.kind = milestoneKindArgument(value);
    } else {
        throw unknownCode(QStringLiteral("FIELD"), field,
                          { QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("note"),
                            QStringLiteral("kind") });
    }
    repository.saveMilestone(m);
    if (context.jsonOutput()) {
        context.printJson(milestoneJson(repository, m));
        return kSuccess;
    }
    context.print(ProcedureCommands::tr("Saved milestone %1: %2 on %3")
                      .arg(shortId(m.sync.uuid), m.title, m.date.toString(Qt::ISODate)));
    return kSuccess;
}

int markMilestone(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Milestone m = milestoneRef(repository, args.at(0));
    const bool done = !args.has(QStringLiteral("--undo"));
    repository.setMilestoneDone(m.sync.uuid, done);
    if (context.jsonOutput()) {
        context.printJson(milestoneJson(repository, *repository.loadMilestone(m.sync.uuid)));
        return kSuccess;
    }
    context.print(
        done ? ProcedureCommands::tr("Marked %1 as done: %2").arg(shortId(m.sync.uuid), m.title)
             : ProcedureCommands::tr("Marked %1 as open again: %2").arg(shortId(m.sync.uuid), m.title));
    return kSuccess;
}

int deleteMilestone(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Milestone m = milestoneRef(repository, args.at(0));
    repository.removeMilestone(m.sync.uuid);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("deleted"), id(m.sync.uuid) } });
        return kSuccess;
    }
    context.print(ProcedureCommands::tr("Deleted milestone %1: %2").arg(shortId(m.sync.uuid), m.title));
    return kSuccess;
}

int recordDeadline(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Milestone source = milestoneRef(repository, args.at(0));
    ruleArgument(args.at(1));
    const Milestone deadline = repository.addDeadline(source.sync.uuid, args.at(1));
    if (context.jsonOutput()) {
        context.printJson(milestoneJson(repository, deadline));
        return kSuccess;
    }
    return reportDeadline(context, repository, deadline);
}

// --- deadline ... ----------------------------------------------------------------------------

int computeDeadline(CliContext& context, const CommandArgs& args)
{
    const DeadlineRule rule = ruleArgument(args.at(0));
    const QDate start = Values::isoDate(args.at(1), QStringLiteral("START_DATE"));
    if (start.year() < 1900 || start.year() > 2999)
        throw CommandFailure::usage(
            ProcedureCommands::tr("START_DATE: %1 is not a plausible date; check the year.").arg(args.at(1)));
    const ComputedDeadline deadline = DeadlineCalculator::compute(rule, start, regionArgument(args));
    if (context.jsonOutput()) {
        context.printJson(deadlineJson(deadline));
        return kSuccess;
    }
    context.print(deadline.due.toString(Qt::ISODate));
    printExplanation(context, deadline.explanation(), QString());
    return kSuccess;
}

int listRules(CliContext& context, const CommandArgs&)
{
    const DeadlineRules& rules = DeadlineRules::builtIn();
    if (!rules.loadError().isEmpty())
        throw CommandFailure::runtime(rules.loadError());
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const DeadlineRule& rule : rules.all()) {
            array.append(QJsonObject {
                { QStringLiteral("id"), rule.id },
                { QStringLiteral("article"), rule.article },
                { QStringLiteral("label"), rule.label() },
                { QStringLiteral("unit"),
                  rule.unit == DeadlineRule::Unit::Days ? QStringLiteral("days") : QStringLiteral("months") },
                { QStringLiteral("length"), rule.length },
                { QStringLiteral("franc"), rule.franc },
                { QStringLiteral("calendar"),
                  rule.calendar == DeadlineRule::Calendar::WorkingDays ? QStringLiteral("working-days")
                                                                       : QStringLiteral("calendar-days") },
                { QStringLiteral("from"), rule.startingEvent() } });
        }
        context.printJson(array);
        return kSuccess;
    }
    QList<QStringList> rows;
    for (const DeadlineRule& rule : rules.all())
        rows.append({ rule.id, rule.article, rule.lengthText(), rule.label() });
    context.printTable({ ProcedureCommands::tr("Rule"), ProcedureCommands::tr("Article"),
                         ProcedureCommands::tr("Length"), ProcedureCommands::tr("Deadline") },
                       rows);
    return kSuccess;
}

int dueDeadlines(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    DeadlineQuery query;
    query.today = Clock::today();
    query.horizonDays = args.has(QStringLiteral("--within"))
        ? intArgument(args.value(QStringLiteral("--within")), QStringLiteral("--within"), 0, 3650)
        : DeadlineReminders::horizonDays(context.settings());
    if (args.has(kCampaign))
        query.campaignUuid = campaignRef(context, args.value(kCampaign));
    const QList<DeadlineItem> items = repository.deadlines(query);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const DeadlineItem& item : items) {
            array.append(QJsonObject { { QStringLiteral("milestone"), id(item.milestoneUuid) },
                                       { QStringLiteral("due"), item.due.toString(Qt::ISODate) },
                                       { QStringLiteral("daysRemaining"), item.daysRemaining },
                                       { QStringLiteral("overdue"), item.overdue() },
                                       { QStringLiteral("title"), item.title },
                                       { QStringLiteral("rule"), item.ruleId },
                                       { QStringLiteral("procedure"), id(item.procedureUuid) },
                                       { QStringLiteral("procedureName"), item.procedureName },
                                       { QStringLiteral("campaign"), id(item.campaignUuid) },
                                       { QStringLiteral("campaignTitle"), item.campaignTitle } });
        }
        context.printJson(QJsonObject { { QStringLiteral("today"), query.today.toString(Qt::ISODate) },
                                        { QStringLiteral("horizonDays"), query.horizonDays },
                                        { QStringLiteral("deadlines"), array } });
        return kSuccess;
    }
    if (items.isEmpty()) {
        context.print(ProcedureCommands::tr("No open deadline is overdue or due within %n day(s).", nullptr,
                                            query.horizonDays));
        return kSuccess;
    }
    QList<QStringList> rows;
    for (const DeadlineItem& item : items) {
        rows.append({ shortId(item.milestoneUuid), item.due.toString(Qt::ISODate),
                      (item.overdue() ? QStringLiteral("! ") : QString())
                          + DeadlineListModel::daysText(item.daysRemaining),
                      item.title, item.procedureName, item.campaignTitle });
    }
    context.printTable({ ProcedureCommands::tr("ID"), ProcedureCommands::tr("Due"),
                         ProcedureCommands::tr("When"), ProcedureCommands::tr("Deadline"),
                         ProcedureCommands::tr("Procedure"), ProcedureCommands::tr("Campaign") },
                       rows);
    return kSuccess;
}

int explainDeadline(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Milestone m = milestoneRef(repository, args.at(0));
    if (!m.isDeadline() || m.ruleId.isEmpty())
        throw CommandFailure::runtime(
            ProcedureCommands::tr("The milestone %1 is not a computed deadline.").arg(shortId(m.sync.uuid)));
    const ComputedDeadline computed = repository.explain(m);
    if (context.jsonOutput()) {
        context.printJson(deadlineJson(computed));
        return kSuccess;
    }
    context.print(m.date.toString(Qt::ISODate));
    printExplanation(context, computed.explanation(), QString());
    return kSuccess;
}

int reminderHorizon(CliContext& context, const CommandArgs& args)
{
    if (args.has(QStringLiteral("--set"))) {
        const int days = intArgument(args.value(QStringLiteral("--set")), QStringLiteral("--set"), 0,
                                     DeadlineReminders::kMaxHorizonDays);
        DeadlineReminders::setHorizonDays(context.settings(), days);
    }
    const int days = DeadlineReminders::horizonDays(context.settings());
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("horizonDays"), days } });
        return kSuccess;
    }
    context.print(days == 0 ? ProcedureCommands::tr("Start-up reminders are off.")
                            : ProcedureCommands::tr(
                                "At start-up CaseDesk reminds of overdue deadlines and those due within %n "
                                "day(s).",
                                nullptr, days));
    return kSuccess;
}

// --- holidays, calendar ----------------------------------------------------------------------

int listHolidays(CliContext& context, const CommandArgs& args)
{
    const int year = intArgument(args.at(0), QStringLiteral("YEAR"), 1583, 9999);
    const HolidayRegion region = regionArgument(args);
    const QList<Holiday> holidays = FrenchCalendar::holidays(year, region);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const Holiday& holiday : holidays)
            array.append(QJsonObject { { QStringLiteral("date"), holiday.date.toString(Qt::ISODate) },
                                       { QStringLiteral("code"), holiday.code },
                                       { QStringLiteral("name"), holiday.name } });
        context.printJson(QJsonObject { { QStringLiteral("year"), year },
                                        { QStringLiteral("region"), FrenchCalendar::regionCode(region) },
                                        { QStringLiteral("holidays"), array } });
        return kSuccess;
    }
    QList<QStringList> rows;
    for (const Holiday& holiday : holidays)
        rows.append({ holiday.date.toString(Qt::ISODate),
                      QLocale().toString(holiday.date, QStringLiteral("dddd")), holiday.name });
    context.printTable(
        { ProcedureCommands::tr("Date"), ProcedureCommands::tr("Day"), ProcedureCommands::tr("Holiday") },
        rows);
    return kSuccess;
}

int exportCalendar(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const QUuid campaign = args.has(kCampaign) ? campaignRef(context, args.value(kCampaign)) : QUuid();
    const QList<CalendarEntry> entries = repository.calendarEntries(campaign);
    const QList<CalendarEvent> events = ICalendarWriter::eventsFor(entries, [&](const CalendarEntry& entry) {
        return repository.explain(entry.milestone).explanation();
    });
    const QByteArray data = ICalendarWriter::write(events, Clock::nowUtc());
    if (!args.has(kOut) || args.value(kOut) == QLatin1String("-")) {
        if (context.jsonOutput())
            throw CommandFailure::usage(
                ProcedureCommands::tr("With --json, give the calendar file with --out FILE."));
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            throw CommandFailure::runtime(
                ProcedureCommands::tr("Cannot write the calendar to standard output."));
        return kSuccess;
    }
    const QString path = args.value(kOut);
    QString error;
    if (!ICalendarWriter::save(path, data, &error))
        throw CommandFailure::runtime(error);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("file"), path },
                                        { QStringLiteral("events"), int(events.size()) } });
        return kSuccess;
    }
    context.print(ProcedureCommands::tr("Wrote %n event(s) to %1", nullptr, int(events.size())).arg(path));
    return kSuccess;
}

} // namespace

QList<Command> ProcedureCommands::procedureCommands()
{
    const QStringList procedureOptions
        = { QStringLiteral("--court-name"), QStringLiteral("--case-number"), QStringLiteral("--lawyer"),
            QStringLiteral("--parties"),    QStringLiteral("--status"),      QStringLiteral("--appeals"),
            QStringLiteral("--region"),     QStringLiteral("--notes") };
    return {
        { QStringLiteral("list"),
          QStringLiteral("[--campaign ID]"),
          tr("List procedures, each appeal indented under the procedure it challenges."),
          { kCampaign },
          {},
          &listProcedures },
        { QStringLiteral("show"),
          QStringLiteral("ID"),
          tr("Show a procedure, its appeal chain and its timeline with the reasoning of each deadline."),
          {},
          {},
          [](CliContext& context, const CommandArgs& args) {
              ProcedureRepository repository(context.database());
              return showProcedure(context, procedureRef(context, repository, args.at(0)), repository);
          } },
        { QStringLiteral("add"),
          QStringLiteral("CAMPAIGN COURT KIND [--court-name T] [--case-number N] [--lawyer L] [--parties P] "
                         "[--status S] [--appeals PROCEDURE] [--region R] [--notes T]"),
          tr("Add a procedure to a campaign."),
          procedureOptions,
          {},
          &addProcedure },
        { QStringLiteral("set"),
          QStringLiteral("ID FIELD VALUE"),
          tr("Change one field of a procedure (\"appeals none\" unlinks it)."),
          {},
          {},
          &setProcedure },
        { QStringLiteral("delete"),
          QStringLiteral("ID"),
          tr("Delete a procedure and its milestones."),
          {},
          {},
          &deleteProcedure },
        { QStringLiteral("milestone add"),
          QStringLiteral("PROCEDURE KIND DATE [--title T] [--note T] [--deadline RULE]"),
          tr("Record a milestone; a notification proposes the deadline it starts (--deadline auto records "
             "it)."),
          { QStringLiteral("--title"), QStringLiteral("--note"), QStringLiteral("--deadline") },
          {},
          &addMilestone },
        { QStringLiteral("milestone set"),
          QStringLiteral("ID FIELD VALUE"),
          tr("Change the date, title, note or kind of a milestone; deadlines it started follow its date."),
          {},
          {},
          &setMilestone },
        { QStringLiteral("milestone done"),
          QStringLiteral("ID [--undo]"),
          tr("Mark a deadline as met (or open again with --undo)."),
          {},
          { QStringLiteral("--undo") },
          &markMilestone },
        { QStringLiteral("milestone delete"),
          QStringLiteral("ID"),
          tr("Delete a milestone."),
          {},
          {},
          &deleteMilestone },
        { QStringLiteral("milestone deadline"),
          QStringLiteral("ID RULE"),
          tr("Record the deadline RULE computed from the date of milestone ID."),
          {},
          {},
          &recordDeadline },
    };
}

QStringList ProcedureCommands::procedureNotes()
{
    return {
        tr("COURT: %1")
            .arg(codesOf(ProcedureCodes::allCourts(), &ProcedureCodes::court).join(QStringLiteral(", "))),
        tr("KIND of procedure: %1")
            .arg(codesOf(ProcedureCodes::allKinds(), &ProcedureCodes::kind).join(QStringLiteral(", "))),
        tr("STATUS: %1")
            .arg(codesOf(ProcedureCodes::allStatuses(), &ProcedureCodes::status).join(QStringLiteral(", "))),
        tr("KIND of milestone: %1")
            .arg(codesOf(ProcedureCodes::allMilestoneKinds(), &ProcedureCodes::milestoneKind)
                     .join(QStringLiteral(", "))),
        tr("FIELD of a procedure: court, court-name, kind, case-number, lawyer, parties, status, appeals, "
           "region, "
           "notes; of a milestone: date, title, note, kind."),
    };
}

QList<Command> ProcedureCommands::deadlineCommands()
{
    return {
        { QString(),
          QStringLiteral("RULE START_DATE [--region metropole|alsace-moselle]"),
          tr("Compute a deadline: the due date (ISO 8601) on the first line, then the reasoning."),
          { kRegion },
          {},
          &computeDeadline },
        { QStringLiteral("rules"),
          QString(),
          tr("List the deadline rules with their articles."),
          {},
          {},
          &listRules },
        { QStringLiteral("due"),
          QStringLiteral("[--within DAYS] [--campaign ID]"),
          tr("The deadlines dashboard: overdue deadlines and those due within DAYS (default: the reminder "
             "horizon)."),
          { QStringLiteral("--within"), kCampaign },
          {},
          &dueDeadlines },
        { QStringLiteral("explain"),
          QStringLiteral("MILESTONE"),
          tr("Show how a recorded deadline was computed."),
          {},
          {},
          &explainDeadline },
        { QStringLiteral("horizon"),
          QStringLiteral("[--set DAYS]"),
          tr("Show or set how many days ahead the start-up reminder looks (0: off)."),
          { QStringLiteral("--set") },
          {},
          &reminderHorizon },
    };
}

QStringList ProcedureCommands::deadlineNotes()
{
    QStringList notes;
    for (const DeadlineRule& rule : DeadlineRules::builtIn().all())
        notes.append(
            QStringLiteral("%1  %2, %3").arg(rule.id.leftJustified(18), rule.article, rule.lengthText()));
    return QStringList { tr("RULE:") } + notes;
}

QList<Command> ProcedureCommands::holidayCommands()
{
    return {
        { QString(),
          QStringLiteral("YEAR [--region metropole|alsace-moselle]"),
          tr("List the public holidays of a year (Alsace-Moselle adds Good Friday and 26 December)."),
          { kRegion },
          {},
          &listHolidays },
    };
}

QList<Command> ProcedureCommands::calendarCommands()
{
    return {
        { QStringLiteral("export"),
          QStringLiteral("[--out FILE] [--campaign ID]"),
          tr("Export milestones and deadlines as iCalendar (RFC 5545) with reminders; to standard output "
             "without "
             "--out."),
          { kOut, kCampaign },
          {},
          &exportCalendar },
    };
}

} // namespace casedesk::cli

#include "cli/ProcedureCommands.h"

#include "campaigns/CampaignRepository.h"
#include "cli/CliContext.h"
#include "cli/ProcedureArguments.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineReminders.h"
#include "procedures/DeadlineService.h"
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

// --- procedure ... ---------------------------------------------------------------------------

int listProcedures(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    QList<QUuid> campaigns;
    if (args.has(kCampaign)) {
        campaigns.append(References::campaignUuid(context, args.value(kCampaign)));
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
            // People read the labels (in their language); --json keeps the stable codes.
            rows.append({ shortId(p.sync.uuid), indent + p.displayName(), ProcedureText::kind(p.kind),
                          ProcedureText::status(p.status), title });
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
    const QList<Milestone> timeline = repository.milestones().forProcedure(p.sync.uuid);
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
            printExplanation(context, DeadlineService(repository.database()).explain(m).explanation(),
                             QStringLiteral("      "));
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
    p.campaignUuid = References::campaignUuid(context, args.at(0));
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
    failOnProblems(repository.create(p));
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
    failOnProblems(repository.save(p));
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
    const ComputedDeadline computed = DeadlineService(repository.database()).explain(deadline);
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
    m.isPublic = args.has(QStringLiteral("--public"));
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
    Milestone recordedDeadline;
    failOnProblems(repository.milestones().record(m, ruleId, &recordedDeadline));
    const Milestone stored = m;
    const std::optional<Milestone> deadline
        = ruleId.isEmpty() ? std::nullopt : std::optional<Milestone>(recordedDeadline);
    if (context.jsonOutput()) {
        QJsonObject object = milestoneJson(repository, stored);
        if (deadline)
            object.insert(QStringLiteral("deadline"), milestoneJson(repository, *deadline));
        QJsonArray proposed;
        for (const QString& rule : proposals)
            proposed.append(
                deadlineJson(DeadlineService(repository.database()).propose(stored.sync.uuid, rule)));
        object.insert(QStringLiteral("proposedDeadlines"), proposed);
        context.printJson(object);
        return kSuccess;
    }
    context.print(ProcedureCommands::tr("Recorded milestone %1: %2 on %3")
                      .arg(shortId(stored.sync.uuid), stored.title, stored.date.toString(Qt::ISODate)));
    if (deadline)
        return reportDeadline(context, repository, *deadline);
    for (const QString& rule : proposals) {
        const ComputedDeadline proposed
            = DeadlineService(repository.database()).propose(stored.sync.uuid, rule);
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
    } else if (field == QLatin1String("public")) {
        m.isPublic = Values::yesNo(value, QStringLiteral("VALUE"));
    } else {
        throw unknownCode(QStringLiteral("FIELD"), field,
                          { QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("note"),
                            QStringLiteral("kind"), QStringLiteral("public") });
    }
    failOnProblems(repository.milestones().save(m));
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
    repository.milestones().setDone(m.sync.uuid, done);
    if (context.jsonOutput()) {
        context.printJson(milestoneJson(repository, *repository.milestones().load(m.sync.uuid)));
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
    repository.milestones().remove(m.sync.uuid);
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
    const Milestone deadline = repository.milestones().addDeadline(source.sync.uuid, args.at(1));
    if (context.jsonOutput()) {
        context.printJson(milestoneJson(repository, deadline));
        return kSuccess;
    }
    return reportDeadline(context, repository, deadline);
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
          QStringLiteral("PROCEDURE KIND DATE [--title T] [--note T] [--deadline RULE] [--public]"),
          tr("Record a milestone; a notification proposes the deadline it starts (--deadline auto records "
             "it); --public shows it on the campaign's public page."),
          { QStringLiteral("--title"), QStringLiteral("--note"), QStringLiteral("--deadline") },
          { QStringLiteral("--public") },
          &addMilestone },
        { QStringLiteral("milestone set"),
          QStringLiteral("ID FIELD VALUE"),
          tr("Change the date, title, note, kind or public (yes/no) of a milestone; deadlines it started "
             "follow its date."),
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
           "notes; of a milestone: date, title, note, kind, public."),
    };
}

} // namespace casedesk::cli

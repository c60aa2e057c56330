#include "cli/DeadlineCommands.h"

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

// --- deadline ... ----------------------------------------------------------------------------

int computeDeadline(CliContext& context, const CommandArgs& args)
{
    const DeadlineRule rule = ruleArgument(args.at(0));
    const QDate start = Values::isoDate(args.at(1), QStringLiteral("START_DATE"));
    if (start.year() < 1900 || start.year() > 2999)
        throw CommandFailure::usage(
            DeadlineCommands::tr("START_DATE: %1 is not a plausible date; check the year.").arg(args.at(1)));
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
    context.printTable({ DeadlineCommands::tr("Rule"), DeadlineCommands::tr("Article"),
                         DeadlineCommands::tr("Length"), DeadlineCommands::tr("Deadline") },
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
        query.campaignUuid = References::campaignUuid(context, args.value(kCampaign));
    const QList<DeadlineItem> items = DeadlineService(repository.database()).due(query);
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
        context.print(DeadlineCommands::tr("No open deadline is overdue or due within %n day(s).", nullptr,
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
    context.printTable({ DeadlineCommands::tr("ID"), DeadlineCommands::tr("Due"),
                         DeadlineCommands::tr("When"), DeadlineCommands::tr("Deadline"),
                         DeadlineCommands::tr("Procedure"), DeadlineCommands::tr("Campaign") },
                       rows);
    return kSuccess;
}

int explainDeadline(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const Milestone m = milestoneRef(repository, args.at(0));
    if (!m.isDeadline() || m.ruleId.isEmpty())
        throw CommandFailure::runtime(
            DeadlineCommands::tr("The milestone %1 is not a computed deadline.").arg(shortId(m.sync.uuid)));
    const ComputedDeadline computed = DeadlineService(repository.database()).explain(m);
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
    context.print(days == 0 ? DeadlineCommands::tr("Start-up reminders are off.")
                            : DeadlineCommands::tr(
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
        { DeadlineCommands::tr("Date"), DeadlineCommands::tr("Day"), DeadlineCommands::tr("Holiday") }, rows);
    return kSuccess;
}

int exportCalendar(CliContext& context, const CommandArgs& args)
{
    ProcedureRepository repository(context.database());
    const QUuid campaign
        = args.has(kCampaign) ? References::campaignUuid(context, args.value(kCampaign)) : QUuid();
    const QList<CalendarEntry> entries = DeadlineService(repository.database()).calendarEntries(campaign);
    const QList<CalendarEvent> events = ICalendarWriter::eventsFor(entries, [&](const CalendarEntry& entry) {
        return DeadlineService(repository.database()).explain(entry.milestone).explanation();
    });
    const QByteArray data = ICalendarWriter::write(events, Clock::nowUtc());
    if (!args.has(kOut) || args.value(kOut) == QLatin1String("-")) {
        if (context.jsonOutput())
            throw CommandFailure::usage(
                DeadlineCommands::tr("With --json, give the calendar file with --out FILE."));
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            throw CommandFailure::runtime(
                DeadlineCommands::tr("Cannot write the calendar to standard output."));
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
    context.print(DeadlineCommands::tr("Wrote %n event(s) to %1", nullptr, int(events.size())).arg(path));
    return kSuccess;
}

} // namespace

QList<Command> DeadlineCommands::deadlineCommands()
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

QStringList DeadlineCommands::deadlineNotes()
{
    QStringList notes;
    for (const DeadlineRule& rule : DeadlineRules::builtIn().all())
        notes.append(
            QStringLiteral("%1  %2, %3").arg(rule.id.leftJustified(18), rule.article, rule.lengthText()));
    return QStringList { tr("RULE:") } + notes;
}

QList<Command> DeadlineCommands::holidayCommands()
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

QList<Command> DeadlineCommands::calendarCommands()
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

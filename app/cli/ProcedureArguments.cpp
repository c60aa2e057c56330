#include "cli/ProcedureArguments.h"

#include "campaigns/CampaignRepository.h"
#include "cli/CliContext.h"
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

#include <cstdio>
#include <limits>

namespace casedesk::cli {

namespace {

template<typename Enum>
Enum codeArgument(const QString& what, const QString& code, std::optional<Enum> (*parse)(const QString&),
                  const QList<Enum>& all, QString (*format)(Enum))
{
    if (const std::optional<Enum> value = parse(code))
        return *value;
    throw unknownCode(what, code, codesOf(all, format));
}

} // namespace

CommandFailure unknownCode(const QString& what, const QString& given, const QStringList& codes)
{
    return CommandFailure::usage(ProcedureArguments::tr("%1: unknown value \"%2\"; use one of %3.")
                                     .arg(what, given, codes.join(QStringLiteral(", "))));
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
        ProcedureArguments::tr("RULE: there is no deadline rule \"%1\"; use one of %2 (see \"deadline "
                               "rules\").")
            .arg(id, rules.ids().join(QStringLiteral(", "))));
}

int intArgument(const QString& text, const QString& what, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw CommandFailure::usage(ProcedureArguments::tr("%1: \"%2\" is not a whole number from %3 to %4.")
                                        .arg(what, text)
                                        .arg(minimum)
                                        .arg(maximum));
    return value;
}

Procedure procedureRef(CliContext& context, ProcedureRepository& repository, const QString& reference)
{
    Q_UNUSED(context);
    const QUuid uuid
        = References::uuid(reference, [&](const QString& r, QString* e) { return repository.resolve(r, e); });
    if (std::optional<Procedure> procedure = repository.load(uuid))
        return *procedure;
    throw CommandFailure::runtime(ProcedureArguments::tr("The procedure %1 was just deleted.")
                                      .arg(uuid.toString(QUuid::WithoutBraces)));
}

Milestone milestoneRef(ProcedureRepository& repository, const QString& reference)
{
    const QUuid uuid = References::uuid(
        reference, [&](const QString& r, QString* e) { return repository.milestones().resolve(r, e); });
    if (std::optional<Milestone> milestone = repository.milestones().load(uuid))
        return *milestone;
    throw CommandFailure::runtime(ProcedureArguments::tr("The milestone %1 was just deleted.")
                                      .arg(uuid.toString(QUuid::WithoutBraces)));
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
                         { QStringLiteral("done"), m.done },
                         { QStringLiteral("public"), m.isPublic } };
    if (m.isDeadline() && !m.ruleId.isEmpty()) {
        object.insert(QStringLiteral("rule"), m.ruleId);
        object.insert(QStringLiteral("start"), m.startDate.toString(Qt::ISODate));
        object.insert(QStringLiteral("source"),
                      m.sourceUuid.isNull() ? QJsonValue() : QJsonValue(id(m.sourceUuid)));
        object.insert(QStringLiteral("computation"),
                      deadlineJson(DeadlineService(repository.database()).explain(m)));
    }
    return object;
}

// --- Printing --------------------------------------------------------------------------------

void printExplanation(CliContext& context, const QStringList& lines, const QString& indent)
{
    for (const QString& line : lines)
        context.print(indent + line);
}

QString milestoneLine(const Milestone& m, const QDate& today)
{
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(shortId(m.sync.uuid), m.date.toString(Qt::ISODate),
                            ProcedureCodes::milestoneKind(m.kind).leftJustified(13), m.title);
    if (m.isPublic)
        line += ProcedureArguments::tr("  [public]");
    if (m.isDeadline()) {
        if (m.done)
            line += ProcedureArguments::tr("  [met]");
        else
            line += QStringLiteral("  [%1]").arg(DeadlineListModel::daysText(int(today.daysTo(m.date))));
    }
    return line;
}

} // namespace casedesk::cli

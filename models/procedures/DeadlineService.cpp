#include "procedures/DeadlineService.h"

#include "procedures/DeadlineRules.h"
#include "procedures/MilestoneRepository.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace casedesk {

using SqlValues::uuidText;

DeadlineService::DeadlineService(Database& database)
    : m_database(database)
{
}

HolidayRegion DeadlineService::regionOf(const QUuid& procedureUuid)
{
    const std::optional<Procedure> procedure = ProcedureRepository(m_database).load(procedureUuid);
    return procedure ? procedure->region : HolidayRegion::Metropole;
}

ComputedDeadline DeadlineService::propose(const QUuid& sourceUuid, const QString& ruleId)
{
    const std::optional<Milestone> source = MilestoneRepository(m_database).load(sourceUuid);
    if (!source)
        throw DatabaseError(tr("No milestone has the identifier %1.").arg(uuidText(sourceUuid)));
    const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(ruleId);
    if (!rule)
        throw DatabaseError(tr("There is no deadline rule \"%1\"; known rules: %2.")
                                .arg(ruleId, DeadlineRules::builtIn().ids().join(QStringLiteral(", "))));
    return DeadlineCalculator::compute(*rule, source->date, regionOf(source->procedureUuid));
}

ComputedDeadline DeadlineService::explain(const Milestone& deadline)
{
    const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(deadline.ruleId);
    if (!rule || !deadline.startDate.isValid())
        return {};
    return DeadlineCalculator::compute(*rule, deadline.startDate, regionOf(deadline.procedureUuid));
}

QList<DeadlineItem> DeadlineService::due(const DeadlineQuery& query)
{
    QStringList conditions = { QStringLiteral("m.kind = 'deadline'"), QStringLiteral("m.deleted = 0"),
                               QStringLiteral("m.done = 0"),          QStringLiteral("p.deleted = 0"),
                               QStringLiteral("c.deleted = 0"),       QStringLiteral("m.date <= ?") };
    QVariantList values = { query.today.addDays(std::max(0, query.horizonDays)).toString(Qt::ISODate) };
    if (!query.includeOverdue) {
        conditions.append(QStringLiteral("m.date >= ?"));
        values.append(query.today.toString(Qt::ISODate));
    }
    if (!query.campaignUuid.isNull()) {
        conditions.append(QStringLiteral("c.uuid = ?"));
        values.append(uuidText(query.campaignUuid));
    }
    // ISO dates sort as text; overdue items come first because they are the earliest.
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT m.uuid, m.date, m.title, m.rule_id, p.uuid, p.court, p.court_name, p.case_number, "
            "c.uuid, c.title FROM milestones m JOIN procedures p ON p.uuid = m.procedure_uuid "
            "JOIN campaigns c ON c.uuid = p.campaign_uuid WHERE %1 ORDER BY m.date, m.id")
            .arg(conditions.join(QStringLiteral(" AND "))),
        values);
    QList<DeadlineItem> items;
    while (q.next()) {
        DeadlineItem item;
        item.milestoneUuid = QUuid::fromString(q.value(0).toString());
        item.due = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        item.title = q.value(2).toString();
        item.ruleId = q.value(3).toString();
        item.procedureUuid = QUuid::fromString(q.value(4).toString());
        Procedure procedure;
        procedure.court = ProcedureCodes::courtFromCode(q.value(5).toString()).value_or(Court::Other);
        procedure.courtName = q.value(6).toString();
        procedure.caseNumber = q.value(7).toString();
        item.procedureName = procedure.displayName();
        item.campaignUuid = QUuid::fromString(q.value(8).toString());
        item.campaignTitle = q.value(9).toString();
        item.daysRemaining = int(query.today.daysTo(item.due));
        items.append(item);
    }
    return items;
}

QList<CalendarEntry> DeadlineService::calendarEntries(const QUuid& campaignUuid)
{
    QString sql = QStringLiteral(
        "SELECT m.uuid, c.title FROM milestones m JOIN procedures p ON p.uuid = m.procedure_uuid "
        "JOIN campaigns c ON c.uuid = p.campaign_uuid "
        "WHERE m.deleted = 0 AND p.deleted = 0 AND c.deleted = 0");
    QVariantList values;
    if (!campaignUuid.isNull()) {
        sql += QStringLiteral(" AND c.uuid = ?");
        values.append(uuidText(campaignUuid));
    }
    sql += QStringLiteral(" ORDER BY m.date, m.id");
    QSqlQuery q = m_database.exec(sql, values);
    QList<std::pair<QUuid, QString>> rows;
    while (q.next())
        rows.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toString() });
    QList<CalendarEntry> entries;
    QHash<QUuid, Procedure> procedures;
    ProcedureRepository procedureRepository(m_database);
    MilestoneRepository milestones(m_database);
    for (const auto& [uuid, campaignTitle] : rows) {
        const std::optional<Milestone> milestone = milestones.load(uuid);
        if (!milestone)
            continue;
        if (!procedures.contains(milestone->procedureUuid)) {
            if (const std::optional<Procedure> procedure = procedureRepository.load(milestone->procedureUuid))
                procedures.insert(milestone->procedureUuid, *procedure);
        }
        entries.append({ procedures.value(milestone->procedureUuid), *milestone, campaignTitle });
    }
    return entries;
}

DeadlineUrgency DeadlineService::urgency(int daysRemaining)
{
    if (daysRemaining < 0)
        return DeadlineUrgency::Overdue;
    return daysRemaining <= kDueSoonDays ? DeadlineUrgency::DueSoon : DeadlineUrgency::Later;
}

DeadlineUrgency DeadlineService::urgency(const QDate& due, const QDate& today)
{
    return urgency(int(today.daysTo(due)));
}

QColor DeadlineService::colour(DeadlineUrgency urgency)
{
    switch (urgency) {
    case DeadlineUrgency::Overdue:
        return QColor(0xb0, 0x00, 0x20);
    case DeadlineUrgency::DueSoon:
        return QColor(0xa0, 0x50, 0x00);
    case DeadlineUrgency::Later:
        break;
    }
    return {};
}

} // namespace casedesk

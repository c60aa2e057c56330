#include "procedures/ProcedureJson.h"

#include "procedures/ProcedureRepository.h"
#include "storage/DatabaseError.h"

#include <QJsonObject>

namespace casedesk {

namespace {

// The data set is the desk's own: a problem in it stops the load, naming where.
void refuse(const QString& at, const QList<FieldProblem>& problems)
{
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const FieldProblem& problem : problems)
        lines.append(problem.message);
    throw DatabaseError(ProcedureJson::tr("%1: %2").arg(at, lines.join(QLatin1Char('\n'))));
}

} // namespace

void ProcedureJson::import(ProcedureRepository& repository, const QUuid& campaignUuid,
                           const QJsonArray& procedures, const QString& where, const QDate& today)
{
    QList<QUuid> stored;
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QJsonObject object = procedures.at(i).toObject();
        const QString at = tr("%1, procedure %2").arg(where).arg(i + 1);
        const auto fail = [&](const QString& field) {
            throw DatabaseError(tr("%1: the field \"%2\" is missing or wrong.").arg(at, field));
        };
        Procedure procedure;
        procedure.campaignUuid = campaignUuid;
        const auto court = ProcedureCodes::courtFromCode(object.value(QStringLiteral("court")).toString());
        const auto kind = ProcedureCodes::kindFromCode(object.value(QStringLiteral("kind")).toString());
        const auto status = ProcedureCodes::statusFromCode(
            object.value(QStringLiteral("status")).toString(QStringLiteral("pending")));
        const auto region = FrenchCalendar::regionFromCode(
            object.value(QStringLiteral("region")).toString(QStringLiteral("metropole")));
        if (!court)
            fail(QStringLiteral("court"));
        if (!kind)
            fail(QStringLiteral("kind"));
        if (!status)
            fail(QStringLiteral("status"));
        if (!region)
            fail(QStringLiteral("region"));
        procedure.court = *court;
        procedure.kind = *kind;
        procedure.status = *status;
        procedure.region = *region;
        procedure.courtName = object.value(QStringLiteral("courtName")).toString();
        procedure.caseNumber = object.value(QStringLiteral("caseNumber")).toString();
        procedure.lawyer = object.value(QStringLiteral("lawyer")).toString();
        procedure.parties = object.value(QStringLiteral("parties")).toString();
        procedure.notes = object.value(QStringLiteral("notes")).toString();
        if (object.contains(QStringLiteral("appeals"))) {
            const int appealed = object.value(QStringLiteral("appeals")).toInt(-1);
            if (appealed < 0 || appealed >= stored.size())
                fail(QStringLiteral("appeals"));
            procedure.appealsUuid = stored.at(appealed);
        }
        refuse(at, repository.create(procedure));
        const Procedure& created = procedure;
        stored.append(created.sync.uuid);

        const QJsonArray milestones = object.value(QStringLiteral("milestones")).toArray();
        for (qsizetype j = 0; j < milestones.size(); ++j) {
            const QJsonObject item = milestones.at(j).toObject();
            Milestone milestone;
            milestone.procedureUuid = created.sync.uuid;
            const auto milestoneKind
                = ProcedureCodes::milestoneKindFromCode(item.value(QStringLiteral("kind")).toString());
            milestone.date = item.contains(QStringLiteral("inDays"))
                ? today.addDays(item.value(QStringLiteral("inDays")).toInt())
                : QDate::fromString(item.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (!milestoneKind)
                fail(QStringLiteral("milestones[%1].kind").arg(j + 1));
            if (!milestone.date.isValid())
                fail(QStringLiteral("milestones[%1].date").arg(j + 1));
            milestone.kind = *milestoneKind;
            milestone.title = item.value(QStringLiteral("title")).toString();
            milestone.note = item.value(QStringLiteral("note")).toString();
            milestone.done = item.value(QStringLiteral("done")).toBool(false);
            milestone.isPublic = item.value(QStringLiteral("public")).toBool(false);
            refuse(
                at,
                repository.milestones().record(milestone, item.value(QStringLiteral("deadline")).toString()));
        }
    }
}

} // namespace casedesk

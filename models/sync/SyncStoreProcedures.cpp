// Procedures and their milestones between the association's desks: the platform keeps them for
// the desks only (a milestone marked public also shows on the campaign's public page). A pulled
// record is written as the other desk stored it: its deadlines were computed there and arrive as
// milestones of their own, so nothing is computed again here.
#include "sync/SyncStore.h"

#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::uuidText;

const QString kProcedure = QStringLiteral("procedure");
const QString kMilestone = QStringLiteral("milestone");

QUuid uuidOf(const QJsonObject& data, const QString& field)
{
    return QUuid::fromString(data.value(field).toString());
}

QDate dateOf(const QJsonObject& data, const QString& field)
{
    return QDate::fromString(data.value(field).toString(), Qt::ISODate);
}

Procedure procedureFromJson(const QUuid& uuid, const QJsonObject& data)
{
    Procedure p;
    p.sync.uuid = uuid;
    p.campaignUuid = uuidOf(data, QStringLiteral("campaignId"));
    // A code this version does not know (a newer desk's) is kept as "other", its name as typed.
    p.court = ProcedureCodes::courtFromCode(data.value(QStringLiteral("court")).toString())
                  .value_or(Court::Other);
    p.courtName = data.value(QStringLiteral("courtName")).toString();
    p.kind = ProcedureCodes::kindFromCode(data.value(QStringLiteral("kind")).toString())
                 .value_or(ProcedureKind::Other);
    p.caseNumber = data.value(QStringLiteral("caseNumber")).toString();
    p.lawyer = data.value(QStringLiteral("lawyer")).toString();
    p.parties = data.value(QStringLiteral("parties")).toString();
    p.status = ProcedureCodes::statusFromCode(data.value(QStringLiteral("status")).toString())
                   .value_or(ProcedureStatus::Pending);
    p.appealsUuid = uuidOf(data, QStringLiteral("appealsId"));
    p.region = FrenchCalendar::regionFromCode(data.value(QStringLiteral("region")).toString())
                   .value_or(HolidayRegion::Metropole);
    p.notes = data.value(QStringLiteral("notes")).toString();
    return p;
}

Milestone milestoneFromJson(const QUuid& uuid, const QJsonObject& data)
{
    Milestone m;
    m.sync.uuid = uuid;
    m.procedureUuid = uuidOf(data, QStringLiteral("procedureId"));
    m.kind = ProcedureCodes::milestoneKindFromCode(data.value(QStringLiteral("kind")).toString())
                 .value_or(MilestoneKind::Other);
    m.date = dateOf(data, QStringLiteral("date"));
    m.title = data.value(QStringLiteral("title")).toString();
    m.note = data.value(QStringLiteral("note")).toString();
    m.ruleId = data.value(QStringLiteral("ruleId")).toString();
    m.startDate = dateOf(data, QStringLiteral("startDate"));
    m.sourceUuid = uuidOf(data, QStringLiteral("sourceId"));
    m.done = data.value(QStringLiteral("done")).toBool();
    m.isPublic = data.value(QStringLiteral("public")).toBool() && m.kind != MilestoneKind::Deadline;
    return m;
}

} // namespace

std::optional<SyncStore::PullOutcome> SyncStore::keepBothSides(const QString& entity, const QUuid& uuid,
                                                               qint64 localRevision, qint64 version,
                                                               QJsonObject mine, const QJsonObject& envelope)
{
    if (!hasPendingChange(entity, uuid) && !hasOpenConflict(entity, uuid))
        return std::nullopt;
    // Both sides changed it: never overwrite the local edit; the user decides.
    if (mine.isEmpty())
        mine = { { QStringLiteral("deleted"), true } };
    const bool isNew = recordConflict({ 0, entity, uuid, localRevision, version, mine, envelope, {} });
    dropEntries(entity, uuid);
    return isNew ? PullOutcome::Conflict : PullOutcome::ConflictUpdated;
}

bool SyncStore::holds(const QString& entity, const QUuid& uuid)
{
    return m_database
               .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?").arg(tableOf(entity)),
                       { uuidText(uuid) })
               .toInt()
        > 0;
}

SyncStore::PullOutcome SyncStore::applyProcedure(const QJsonObject& envelope, QString* skipped)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    QSqlQuery local = m_database.exec(
        QStringLiteral("SELECT server_version, revision, deleted FROM procedures WHERE uuid = ?"),
        { uuidText(uuid) });
    const bool exists = local.next();
    if (exists && !local.value(0).isNull() && local.value(0).toLongLong() >= version)
        return PullOutcome::AlreadyKnown;
    if (exists) {
        if (const auto outcome = keepBothSides(kProcedure, uuid, local.value(1).toLongLong(), version,
                                               localProcedureJson(uuid), envelope))
            return *outcome;
    }
    if (envelope.value(QStringLiteral("deleted")).toBool()) {
        if (!exists || local.value(2).toBool())
            return PullOutcome::AlreadyKnown;
        tombstone(kProcedure, uuid, version);
        return PullOutcome::Applied;
    }
    const Procedure procedure = procedureFromJson(uuid, envelope.value(QStringLiteral("data")).toObject());
    if (!m_database
             .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ? AND deleted = 0"),
                     { uuidText(procedure.campaignUuid) })
             .toInt()) {
        *skipped = tr("The procedure \"%1\" received from the platform was left out: its campaign %2 is not "
                      "on this desk.")
                       .arg(procedure.displayName(), uuidText(procedure.campaignUuid));
        return PullOutcome::AlreadyKnown;
    }
    if (!procedure.appealsUuid.isNull() && !holds(kProcedure, procedure.appealsUuid)) {
        *skipped = tr("The procedure \"%1\" received from the platform was left out: the procedure it "
                      "appeals, %2, is not on this desk.")
                       .arg(procedure.displayName(), uuidText(procedure.appealsUuid));
        return PullOutcome::AlreadyKnown;
    }
    ProcedureRepository(m_database).storeReceived(procedure, version);
    return PullOutcome::Applied;
}

SyncStore::PullOutcome SyncStore::applyMilestone(const QJsonObject& envelope, QString* skipped)
{
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    QSqlQuery local = m_database.exec(
        QStringLiteral("SELECT server_version, revision, deleted FROM milestones WHERE uuid = ?"),
        { uuidText(uuid) });
    const bool exists = local.next();
    if (exists && !local.value(0).isNull() && local.value(0).toLongLong() >= version)
        return PullOutcome::AlreadyKnown;
    if (exists) {
        if (const auto outcome = keepBothSides(kMilestone, uuid, local.value(1).toLongLong(), version,
                                               localMilestoneJson(uuid), envelope))
            return *outcome;
    }
    if (envelope.value(QStringLiteral("deleted")).toBool()) {
        if (!exists || local.value(2).toBool())
            return PullOutcome::AlreadyKnown;
        tombstone(kMilestone, uuid, version);
        return PullOutcome::Applied;
    }
    const Milestone milestone = milestoneFromJson(uuid, envelope.value(QStringLiteral("data")).toObject());
    const bool sourceMissing = !milestone.sourceUuid.isNull() && !holds(kMilestone, milestone.sourceUuid);
    if (!holds(kProcedure, milestone.procedureUuid) || sourceMissing || !milestone.date.isValid()) {
        *skipped = tr("The milestone \"%1\" of %2 received from the platform was left out: its procedure "
                      "or the milestone that starts it is not on this desk.")
                       .arg(milestone.title, milestone.date.toString(Qt::ISODate));
        return PullOutcome::AlreadyKnown;
    }
    ProcedureRepository(m_database).storeReceived(milestone, version);
    return PullOutcome::Applied;
}

QJsonObject SyncStore::localProcedureJson(const QUuid& uuid)
{
    const std::optional<Procedure> p = ProcedureRepository(m_database).load(uuid);
    if (!p)
        return {};
    QJsonObject document { { QStringLiteral("campaignId"), uuidText(p->campaignUuid) },
                           { QStringLiteral("court"), ProcedureCodes::court(p->court) },
                           { QStringLiteral("courtName"), p->courtName },
                           { QStringLiteral("kind"), ProcedureCodes::kind(p->kind) },
                           { QStringLiteral("caseNumber"), p->caseNumber },
                           { QStringLiteral("lawyer"), p->lawyer },
                           { QStringLiteral("parties"), p->parties },
                           { QStringLiteral("status"), ProcedureCodes::status(p->status) },
                           { QStringLiteral("region"), FrenchCalendar::regionCode(p->region) },
                           { QStringLiteral("notes"), p->notes } };
    if (!p->appealsUuid.isNull())
        document.insert(QStringLiteral("appealsId"), uuidText(p->appealsUuid));
    return document;
}

QJsonObject SyncStore::localMilestoneJson(const QUuid& uuid)
{
    const std::optional<Milestone> m = ProcedureRepository(m_database).loadMilestone(uuid);
    if (!m)
        return {};
    // The campaign travels with the milestone so the platform can show a public one on its page.
    const QString campaign
        = m_database
              .scalar(QStringLiteral("SELECT campaign_uuid FROM procedures WHERE uuid = ?"),
                      { uuidText(m->procedureUuid) })
              .toString();
    QJsonObject document { { QStringLiteral("procedureId"), uuidText(m->procedureUuid) },
                           { QStringLiteral("campaignId"), campaign },
                           { QStringLiteral("kind"), ProcedureCodes::milestoneKind(m->kind) },
                           { QStringLiteral("date"), m->date.toString(Qt::ISODate) },
                           { QStringLiteral("title"), m->title },
                           { QStringLiteral("note"), m->note },
                           { QStringLiteral("done"), m->done },
                           { QStringLiteral("public"), m->isPublic } };
    if (!m->ruleId.isEmpty())
        document.insert(QStringLiteral("ruleId"), m->ruleId);
    if (m->startDate.isValid())
        document.insert(QStringLiteral("startDate"), m->startDate.toString(Qt::ISODate));
    if (!m->sourceUuid.isNull())
        document.insert(QStringLiteral("sourceId"), uuidText(m->sourceUuid));
    return document;
}

void SyncStore::writeProcedure(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    ProcedureRepository(m_database).storeReceived(procedureFromJson(uuid, data), version);
}

void SyncStore::writeMilestone(const QUuid& uuid, const QJsonObject& data, qint64 version)
{
    ProcedureRepository(m_database).storeReceived(milestoneFromJson(uuid, data), version);
}

} // namespace casedesk

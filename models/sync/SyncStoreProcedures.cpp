// Procedures and their milestones between the association's desks: the platform keeps them for
// the desks only (a milestone marked public also shows on the campaign's public page). A pulled
// record is written as the other desk stored it: its deadlines were computed there and arrive as
// milestones of their own, so nothing is computed again here.
#include "sync/SyncStore.h"

#include "common/Clock.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/SyncLog.h"

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
    m.isPublic = data.value(QStringLiteral("public")).toBool() && Milestone::mayBePublic(m.kind);
    return m;
}

} // namespace

SyncStore::LocalCopy SyncStore::localCopy(const QString& entity, const QUuid& uuid)
{
    Database::CachedQuery q = m_database.execCached(
        QStringLiteral("SELECT server_version, revision, deleted FROM %1 WHERE uuid = ?")
            .arg(tableOf(entity)),
        { uuidText(uuid) });
    LocalCopy local;
    if (!q.next())
        return local;
    local.exists = true;
    if (!q.value(0).isNull())
        local.serverVersion = q.value(0).toLongLong();
    local.revision = q.value(1).toLongLong();
    local.deleted = q.value(2).toBool();
    return local;
}

std::optional<SyncStore::PullOutcome> SyncStore::keepBothSides(const QString& entity, const QUuid& uuid,
                                                               const LocalCopy& local, qint64 version,
                                                               const std::function<QJsonObject()>& mine,
                                                               const QJsonObject& envelope)
{
    if (!local.exists || (!hasPendingChange(entity, uuid) && !hasOpenConflict(entity, uuid)))
        return std::nullopt;
    if (local.deleted && envelope.value(QStringLiteral("deleted")).toBool()
        && !hasOpenConflict(entity, uuid)) {
        // Deleted on both sides: nothing to decide, and nothing left to send.
        dropEntries(entity, uuid);
        m_database.exec(
            QStringLiteral("UPDATE %1 SET server_version = ? WHERE uuid = ?").arg(tableOf(entity)),
            { version, uuidText(uuid) });
        return PullOutcome::AlreadyKnown;
    }
    // Both sides changed it: never overwrite the local edit; the user decides.
    QJsonObject document = mine();
    if (document.isEmpty())
        document = { { QStringLiteral("deleted"), true } };
    const bool isNew = recordConflict({ 0, entity, uuid, local.revision, version, document, envelope, {} });
    dropEntries(entity, uuid);
    qCInfo(lcSync) << "conflict on pulled" << entity << uuidText(uuid);
    return isNew ? PullOutcome::Conflict : PullOutcome::ConflictUpdated;
}

QList<QUuid> SyncStore::liveMilestonesOf(const QUuid& procedureUuid)
{
    QSqlQuery live = m_database.exec(
        QStringLiteral("SELECT uuid FROM milestones WHERE procedure_uuid = ? AND deleted = 0"),
        { uuidText(procedureUuid) });
    QList<QUuid> milestones;
    while (live.next())
        milestones.append(QUuid::fromString(live.value(0).toString()));
    return milestones;
}

void SyncStore::tombstoneMilestonesOf(const QUuid& procedureUuid, bool queueDeletions)
{
    for (const QUuid& uuid : liveMilestonesOf(procedureUuid)) {
        const bool held = localCopy(kMilestone, uuid).serverVersion.has_value();
        dropEntries(kMilestone, uuid);
        const QVariant revision = m_database.scalar(
            QStringLiteral("UPDATE milestones SET deleted = 1, revision = revision + 1, updated_at = ? "
                           "WHERE uuid = ? RETURNING revision"),
            { Clock::nowUtcIso(), uuidText(uuid) });
        if (queueDeletions && held)
            Outbox::enqueue(m_database, kMilestone, uuid, Outbox::Operation::Delete, revision.toLongLong());
    }
}

void SyncStore::requeueMilestonesOf(const QUuid& procedureUuid)
{
    for (const QUuid& uuid : liveMilestonesOf(procedureUuid)) {
        if (!hasPendingChange(kMilestone, uuid))
            Outbox::enqueue(m_database, kMilestone, uuid, Outbox::Operation::Upsert,
                            localCopy(kMilestone, uuid).revision);
    }
}

bool SyncStore::waitsForDecision(const OutboxEntry& entry)
{
    if (entry.entity != kMilestone)
        return false;
    const QString procedure
        = m_database
              .scalar(QStringLiteral("SELECT procedure_uuid FROM milestones WHERE uuid = ?"),
                      { uuidText(entry.uuid) })
              .toString();
    return !procedure.isEmpty() && hasOpenConflict(kProcedure, QUuid::fromString(procedure));
}

int SyncStore::referenceDepth(const QString& entity, const QUuid& uuid)
{
    const QString column = entity == kProcedure ? QStringLiteral("appeals_uuid")
        : entity == kMilestone                  ? QStringLiteral("source_uuid")
                                                : QString();
    if (column.isEmpty())
        return 0;
    int depth = 0;
    QString current = uuidText(uuid);
    // Bounded: a loop in bad data must not hang the push.
    for (; depth < 64; ++depth) {
        current = m_database
                      .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(column, tableOf(entity)),
                              { current })
                      .toString();
        if (current.isEmpty())
            break;
    }
    return depth;
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
    const LocalCopy local = localCopy(kProcedure, uuid);
    if (local.knows(version))
        return PullOutcome::AlreadyKnown;
    const bool deleted = envelope.value(QStringLiteral("deleted")).toBool();
    if (const auto outcome = keepBothSides(
            kProcedure, uuid, local, version, [&] { return localProcedureJson(uuid); }, envelope))
        return *outcome;
    // Deleted elsewhere while this desk changed its timeline (a new hearing, a deadline met):
    // the procedure's deletion is a choice for the user, not a silent loss of those edits.
    if (deleted && local.exists && !local.deleted && hasPendingMilestones(uuid)) {
        const bool isNew = recordConflict(
            { 0, kProcedure, uuid, local.revision, version, localProcedureJson(uuid), envelope, {} });
        return isNew ? PullOutcome::Conflict : PullOutcome::ConflictUpdated;
    }
    if (deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        tombstone(kProcedure, uuid, version);
        tombstoneMilestonesOf(uuid, false); // their own deletions follow in the feed
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
    const LocalCopy local = localCopy(kMilestone, uuid);
    if (local.knows(version))
        return PullOutcome::AlreadyKnown;
    if (const auto outcome = keepBothSides(
            kMilestone, uuid, local, version, [&] { return localMilestoneJson(uuid); }, envelope))
        return *outcome;
    if (envelope.value(QStringLiteral("deleted")).toBool()) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        tombstone(kMilestone, uuid, version);
        return PullOutcome::Applied;
    }
    const Milestone milestone = milestoneFromJson(uuid, envelope.value(QStringLiteral("data")).toObject());
    const QString problem = milestoneProblem(milestone);
    if (!problem.isEmpty()) {
        *skipped = tr("The milestone \"%1\" received from the platform was left out: %2.")
                       .arg(milestone.title, problem);
        return PullOutcome::AlreadyKnown;
    }
    ProcedureRepository(m_database).storeReceived(milestone, version);
    return PullOutcome::Applied;
}

bool SyncStore::hasPendingMilestones(const QUuid& procedureUuid)
{
    return m_database
               .scalar(QStringLiteral("SELECT count(*) FROM milestones m WHERE m.procedure_uuid = ? AND "
                                      "(EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'milestone' AND "
                                      "o.entity_uuid = m.uuid) OR EXISTS (SELECT 1 FROM sync_conflicts c "
                                      "WHERE c.entity = 'milestone' AND c.entity_uuid = m.uuid AND "
                                      "c.resolved_at IS NULL))"),
                       { uuidText(procedureUuid) })
               .toInt()
        > 0;
}

QString SyncStore::milestoneProblem(const Milestone& milestone)
{
    if (!milestone.date.isValid())
        return tr("it has no valid date");
    QSqlQuery procedure = m_database.exec(QStringLiteral("SELECT deleted FROM procedures WHERE uuid = ?"),
                                          { uuidText(milestone.procedureUuid) });
    if (!procedure.next())
        return tr("its procedure %1 is not on this desk").arg(uuidText(milestone.procedureUuid));
    if (procedure.value(0).toBool())
        return tr("its procedure was deleted on this desk");
    if (milestone.sourceUuid == milestone.sync.uuid)
        return tr("it names itself as the milestone that starts it");
    if (!milestone.sourceUuid.isNull() && !holds(kMilestone, milestone.sourceUuid))
        return tr("the milestone that starts it, %1, is not on this desk")
            .arg(uuidText(milestone.sourceUuid));
    return {};
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

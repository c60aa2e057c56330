// Procedures and their milestones between the association's desks: the platform keeps them for
// the desks only (a milestone marked public also shows on the campaign's public page). A pulled
// record is written as the other desk stored it: its deadlines were computed there and arrive as
// milestones of their own, so nothing is computed again here.
#include "sync/kinds/KindEntries.h"

#include "campaigns/CampaignRepository.h"
#include "procedures/MilestoneRepository.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/ConflictStore.h"
#include "sync/PullRules.h"
#include "sync/kinds/KindSupport.h"

#include <QCoreApplication>

namespace casedesk {

namespace {

using SqlValues::uuidText;

class ProcedureSync
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureSync)
};

// A procedure: its campaign never moves, and the appeal link is decided with the court.
const ConflictFieldSpec kProcedureFields[] = {
    { "court", QT_TRANSLATE_NOOP("ConflictResolver", "Court") },
    { "courtName", QT_TRANSLATE_NOOP("ConflictResolver", "Court name") },
    { "kind", QT_TRANSLATE_NOOP("ConflictResolver", "Kind of procedure") },
    { "caseNumber", QT_TRANSLATE_NOOP("ConflictResolver", "Case number") },
    { "lawyer", QT_TRANSLATE_NOOP("ConflictResolver", "Lawyer") },
    { "parties", QT_TRANSLATE_NOOP("ConflictResolver", "Parties") },
    { "status", QT_TRANSLATE_NOOP("ConflictResolver", "Status") },
    { "appealsId", QT_TRANSLATE_NOOP("ConflictResolver", "Appeal of") },
    { "region", QT_TRANSLATE_NOOP("ConflictResolver", "Public holidays") },
    { "notes", QT_TRANSLATE_NOOP("ConflictResolver", "Notes") },
};

// A milestone: its procedure never moves; a computed deadline's rule and start come with its date.
const ConflictFieldSpec kMilestoneFields[] = {
    { "kind", QT_TRANSLATE_NOOP("ConflictResolver", "Kind") },
    { "date", QT_TRANSLATE_NOOP("ConflictResolver", "Date") },
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "note", QT_TRANSLATE_NOOP("ConflictResolver", "Note") },
    { "done", QT_TRANSLATE_NOOP("ConflictResolver", "Done") },
    { "public", QT_TRANSLATE_NOOP("ConflictResolver", "Public") },
};

Procedure procedureFrom(const QUuid& uuid, const QJsonObject& data)
{
    Procedure p;
    p.sync.uuid = uuid;
    p.campaignUuid = uuidField(data, QStringLiteral("campaignId"));
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
    p.appealsUuid = uuidField(data, QStringLiteral("appealsId"));
    p.region = FrenchCalendar::regionFromCode(data.value(QStringLiteral("region")).toString())
                   .value_or(HolidayRegion::Metropole);
    p.notes = data.value(QStringLiteral("notes")).toString();
    return p;
}

Milestone milestoneFrom(const QUuid& uuid, const QJsonObject& data)
{
    Milestone m;
    m.sync.uuid = uuid;
    m.procedureUuid = uuidField(data, QStringLiteral("procedureId"));
    m.kind = ProcedureCodes::milestoneKindFromCode(data.value(QStringLiteral("kind")).toString())
                 .value_or(MilestoneKind::Other);
    m.date = dateField(data, QStringLiteral("date"));
    m.title = data.value(QStringLiteral("title")).toString();
    m.note = data.value(QStringLiteral("note")).toString();
    m.ruleId = data.value(QStringLiteral("ruleId")).toString();
    m.startDate = dateField(data, QStringLiteral("startDate"));
    m.sourceUuid = uuidField(data, QStringLiteral("sourceId"));
    m.done = data.value(QStringLiteral("done")).toBool();
    m.isPublic = data.value(QStringLiteral("public")).toBool() && Milestone::mayBePublic(m.kind);
    return m;
}

QJsonObject procedureDocument(Database& database, const QUuid& uuid)
{
    const std::optional<Procedure> p = ProcedureRepository(database).load(uuid);
    if (!p)
        return {};
    QJsonObject json { { QStringLiteral("campaignId"), uuidText(p->campaignUuid) },
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
        json.insert(QStringLiteral("appealsId"), uuidText(p->appealsUuid));
    return json;
}

QJsonObject milestoneDocument(Database& database, const QUuid& uuid)
{
    const std::optional<Milestone> m = MilestoneRepository(database).load(uuid);
    if (!m)
        return {};
    // The campaign travels with the milestone so the platform can show a public one on its page.
    const QUuid campaign = ProcedureRepository(database).campaignOf(m->procedureUuid);
    QJsonObject json { { QStringLiteral("procedureId"), uuidText(m->procedureUuid) },
                       { QStringLiteral("campaignId"), campaign.isNull() ? QString() : uuidText(campaign) },
                       { QStringLiteral("kind"), ProcedureCodes::milestoneKind(m->kind) },
                       { QStringLiteral("date"), m->date.toString(Qt::ISODate) },
                       { QStringLiteral("title"), m->title },
                       { QStringLiteral("note"), m->note },
                       { QStringLiteral("done"), m->done },
                       { QStringLiteral("public"), m->isPublic } };
    if (!m->ruleId.isEmpty())
        json.insert(QStringLiteral("ruleId"), m->ruleId);
    if (m->startDate.isValid())
        json.insert(QStringLiteral("startDate"), m->startDate.toString(Qt::ISODate));
    if (!m->sourceUuid.isNull())
        json.insert(QStringLiteral("sourceId"), uuidText(m->sourceUuid));
    return json;
}

// Whether this desk changed one of the procedure's milestones (a new hearing, a deadline met)
// and has not sent it yet, or holds a conflict on one.
bool hasUnsentMilestones(Database& database, const QUuid& procedure)
{
    ConflictStore conflicts(database);
    const QString entity = KindEntries::milestone().entity;
    for (const QUuid& milestone : MilestoneRepository(database).uuidsOf(procedure)) {
        if (Outbox::hasPending(database, entity, milestone) || conflicts.hasOpenConflict(entity, milestone))
            return true;
    }
    return false;
}

// Why a pulled procedure cannot be stored here (translated); empty when it can.
QString procedureProblem(Database& database, const Procedure& procedure)
{
    if (!CampaignRepository(database).holdsLive(procedure.campaignUuid))
        return ProcedureSync::tr(
                   "The procedure \"%1\" received from the platform was left out: its campaign %2 "
                   "is not on this desk.")
            .arg(procedure.displayName(), uuidText(procedure.campaignUuid));
    if (!procedure.appealsUuid.isNull()
        && !SyncedTable(database, KindEntries::procedure().table).holds(procedure.appealsUuid))
        return ProcedureSync::tr(
                   "The procedure \"%1\" received from the platform was left out: the procedure "
                   "it appeals, %2, is not on this desk.")
            .arg(procedure.displayName(), uuidText(procedure.appealsUuid));
    return {};
}

PullOutcome applyProcedure(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    const SyncKind& kind = KindEntries::procedure();
    if (const auto outcome = PullRules::settle(context.database, kind, record, &local))
        return *outcome;
    // Deleted elsewhere while this desk changed its timeline (a new hearing, a deadline met):
    // the procedure's deletion is a choice for the user, not a silent loss of those edits.
    if (record.deleted && local.exists && !local.deleted && hasUnsentMilestones(context.database, record.id))
        return PullRules::recordConflict(context.database, kind, record, local);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        ProcedureRepository(context.database).removeReceived(record.id, record.version);
        // Its timeline goes with it; their own deletions follow in the feed.
        MilestoneRepository(context.database)
            .tombstoneAllOf(record.id, MilestoneRepository::QueueDeletions::None);
        return PullOutcome::Applied;
    }
    const Procedure procedure = procedureFrom(record.id, record.data);
    const QString problem = procedureProblem(context.database, procedure);
    if (!problem.isEmpty()) {
        context.notices.append(problem);
        return PullOutcome::AlreadyKnown;
    }
    ProcedureRepository(context.database).storeReceived(procedure, record.version);
    return PullOutcome::Applied;
}

// Why a pulled milestone cannot be stored here (translated); empty when it can.
QString milestoneProblem(Database& database, const Milestone& milestone)
{
    if (!milestone.date.isValid())
        return ProcedureSync::tr("it has no valid date");
    const SyncedTable::Copy procedure
        = SyncedTable(database, KindEntries::procedure().table).copy(milestone.procedureUuid);
    if (!procedure.exists)
        return ProcedureSync::tr("its procedure %1 is not on this desk")
            .arg(uuidText(milestone.procedureUuid));
    if (procedure.deleted)
        return ProcedureSync::tr("its procedure was deleted on this desk");
    if (milestone.sourceUuid == milestone.sync.uuid)
        return ProcedureSync::tr("it names itself as the milestone that starts it");
    if (!milestone.sourceUuid.isNull()
        && !SyncedTable(database, KindEntries::milestone().table).holds(milestone.sourceUuid))
        return ProcedureSync::tr("the milestone that starts it, %1, is not on this desk")
            .arg(uuidText(milestone.sourceUuid));
    return {};
}

PullOutcome applyMilestone(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::milestone(), record, &local))
        return *outcome;
    MilestoneRepository milestones(context.database);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        milestones.removeReceived(record.id, record.version);
        return PullOutcome::Applied;
    }
    const Milestone milestone = milestoneFrom(record.id, record.data);
    const QString problem = milestoneProblem(context.database, milestone);
    if (!problem.isEmpty()) {
        context.notices.append(
            ProcedureSync::tr("The milestone \"%1\" received from the platform was left out: %2.")
                .arg(milestone.title, problem));
        return PullOutcome::AlreadyKnown;
    }
    milestones.storeReceived(milestone, record.version);
    return PullOutcome::Applied;
}

void writeProcedure(Database& database, const QUuid& uuid, const QJsonObject& data,
                    std::optional<qint64> version)
{
    ProcedureRepository(database).storeReceived(procedureFrom(uuid, data), version.value_or(0));
}

void writeMilestone(Database& database, const QUuid& uuid, const QJsonObject& data,
                    std::optional<qint64> version)
{
    MilestoneRepository(database).storeReceived(milestoneFrom(uuid, data), version.value_or(0));
}

// A procedure is named as the procedures area names it: its court and case number.
QString procedureLabel(const QJsonObject& document)
{
    Procedure procedure;
    procedure.court = ProcedureCodes::courtFromCode(document.value(QStringLiteral("court")).toString())
                          .value_or(Court::Other);
    procedure.courtName = document.value(QStringLiteral("courtName")).toString();
    procedure.caseNumber = document.value(QStringLiteral("caseNumber")).toString();
    return procedure.displayName();
}

// The words of a procedure's codes, as the procedures area shows them.
std::optional<QString> procedureText(Database&, const QString& key, const QJsonValue& value)
{
    const QString code = value.toString();
    if (key == QLatin1String("court")) {
        const auto court = ProcedureCodes::courtFromCode(code);
        return court ? ProcedureText::court(*court) : code;
    }
    if (key == QLatin1String("kind")) {
        const auto kind = ProcedureCodes::kindFromCode(code);
        return kind ? ProcedureText::kind(*kind) : code;
    }
    if (key == QLatin1String("status")) {
        const auto status = ProcedureCodes::statusFromCode(code);
        return status ? ProcedureText::status(*status) : code;
    }
    if (key == QLatin1String("region")) {
        const auto region = FrenchCalendar::regionFromCode(code);
        return region ? FrenchCalendar::regionName(*region) : code;
    }
    return std::nullopt;
}

std::optional<QString> milestoneText(Database&, const QString& key, const QJsonValue& value)
{
    if (key != QLatin1String("kind"))
        return std::nullopt;
    const auto kind = ProcedureCodes::milestoneKindFromCode(value.toString());
    return kind ? ProcedureText::milestoneKind(*kind) : value.toString();
}

// A milestone of a procedure whose deletion elsewhere the user has not decided on yet waits
// with it.
bool milestoneWaits(Database& database, const QUuid& uuid)
{
    const QUuid procedure = MilestoneRepository(database).procedureOf(uuid);
    return !procedure.isNull()
        && ConflictStore(database).hasOpenConflict(KindEntries::procedure().entity, procedure);
}

void followProcedureDecision(Database& database, const QUuid& uuid, const DecidedConflict& decision)
{
    if (decision.mineGone)
        return;
    if (decision.deleted) // deleted as elsewhere: its timeline goes with it, everywhere
        MilestoneRepository(database).tombstoneAllOf(uuid, MilestoneRepository::QueueDeletions::OfSent);
    else if (decision.theirsGone) // kept: its timeline comes back too
        MilestoneRepository(database).requeueAllOf(uuid);
}

// A notification whose date was decided: the deadlines it starts follow that date here.
void followMilestoneDecision(Database& database, const QUuid& uuid, const DecidedConflict& decision)
{
    if (decision.deleted)
        return;
    MilestoneRepository milestones(database);
    if (const std::optional<Milestone> decided = milestones.load(uuid))
        milestones.moveDeadlinesStartedBy(*decided); // moves only the ones that differ
}

} // namespace

const SyncKind& KindEntries::procedure()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = ProcedureRepository::kEntity;
        k.wireKind = QStringLiteral("procedure");
        k.collection = QStringLiteral("procedures");
        k.table = ProcedureRepository::kTable;
        k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") },
                         { QStringLiteral("procedure"), QStringLiteral("appealsId") } };
        k.chainColumn = QStringLiteral("appeals_uuid");
        k.conflictFields = kProcedureFields;
        k.document = procedureDocument;
        k.applyPulled = applyProcedure;
        k.writeDecided = writeProcedure;
        k.tombstoneDecided = KindSupport::tombstoneReceived<ProcedureRepository>;
        k.label = procedureLabel;
        k.fieldText = procedureText;
        k.followDecision = followProcedureDecision;
        return k;
    }();
    return kind;
}

const SyncKind& KindEntries::milestone()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = MilestoneRepository::kEntity;
        k.wireKind = QStringLiteral("milestone");
        k.collection = QStringLiteral("milestones");
        k.table = MilestoneRepository::kTable;
        k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") },
                         { QStringLiteral("procedure"), QStringLiteral("procedureId") },
                         { QStringLiteral("milestone"), QStringLiteral("sourceId") } };
        k.chainColumn = QStringLiteral("source_uuid");
        k.conflictFields = kMilestoneFields;
        k.companions
            = { { QStringLiteral("date"),
                  { QStringLiteral("ruleId"), QStringLiteral("startDate"), QStringLiteral("sourceId") } } };
        k.document = milestoneDocument;
        k.applyPulled = applyMilestone;
        k.writeDecided = writeMilestone;
        k.tombstoneDecided = KindSupport::tombstoneReceived<MilestoneRepository>;
        k.label = KindSupport::titleLabel;
        k.fieldText = milestoneText;
        k.waitsForDecision = milestoneWaits;
        k.followDecision = followMilestoneDecision;
        return k;
    }();
    return kind;
}

} // namespace casedesk

#include "procedures/MilestoneRepository.h"

#include "common/Clock.h"
#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSignalBlocker>
#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::notNullText;
using SqlValues::optionalUuid;
using SqlValues::uuidText;

// The table's own columns after the sync columns, as milestoneFrom() reads them.
const QString kOwnColumns = QStringLiteral(
    "procedure_uuid, kind, date, title, note, rule_id, start_date, source_uuid, done, public");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

Milestone milestoneFrom(const QSqlQuery& q)
{
    Milestone m;
    m.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    m.procedureUuid = QUuid::fromString(q.value(c).toString());
    m.kind = ProcedureCodes::milestoneKindFromCode(q.value(c + 1).toString()).value_or(MilestoneKind::Other);
    m.date = QDate::fromString(q.value(c + 2).toString(), Qt::ISODate);
    m.title = q.value(c + 3).toString();
    m.note = q.value(c + 4).toString();
    m.ruleId = q.value(c + 5).toString();
    m.startDate = QDate::fromString(q.value(c + 6).toString(), Qt::ISODate);
    m.sourceUuid = QUuid::fromString(q.value(c + 7).toString());
    m.done = q.value(c + 8).toBool();
    m.isPublic = q.value(c + 9).toBool();
    return m;
}

// The editable fields, in the order the statements below list them.
QVariantList fieldValues(const Milestone& m)
{
    return { ProcedureCodes::milestoneKind(m.kind),
             dateValue(m.date),
             notNullText(m.title),
             notNullText(m.note),
             m.ruleId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.ruleId),
             dateValue(m.startDate),
             optionalUuid(m.sourceUuid),
             m.done ? 1 : 0,
             m.isPublic ? 1 : 0 };
}

// Dates a jurist types: a year like 0207 or 20077 is a typo, not a deadline.
bool plausible(const QDate& date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 2999;
}

} // namespace

MilestoneRepository::MilestoneRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> MilestoneRepository::check(const Milestone& milestone)
{
    QList<FieldProblem> problems;
    const std::optional<Procedure> procedure = ProcedureRepository(m_database).load(milestone.procedureUuid);
    if (!procedure)
        problems.append(
            { QStringLiteral("procedure"),
              tr("Procedure: no procedure has the identifier %1.").arg(uuidText(milestone.procedureUuid)) });
    if (!milestone.date.isValid())
        problems.append({ QStringLiteral("date"), tr("Date: a milestone needs a date.") });
    else if (!plausible(milestone.date))
        problems.append({ QStringLiteral("date"),
                          tr("Date: %1 is not a plausible date (year %2); check the year.")
                              .arg(milestone.date.toString(Qt::ISODate))
                              .arg(milestone.date.year()) });
    if (!milestone.ruleId.isEmpty()) {
        if (!DeadlineRules::builtIn().find(milestone.ruleId))
            problems.append({ QStringLiteral("rule"),
                              tr("Rule: there is no deadline rule \"%1\".").arg(milestone.ruleId) });
        if (milestone.kind != MilestoneKind::Deadline)
            problems.append({ QStringLiteral("rule"), tr("Rule: only a deadline is computed by a rule.") });
        if (!plausible(milestone.startDate))
            problems.append(
                { QStringLiteral("start"), tr("Start: a computed deadline needs its starting date.") });
    }
    if (milestone.isPublic && !Milestone::mayBePublic(milestone.kind))
        problems.append({ QStringLiteral("public"),
                          tr("Public: a deadline is the association's own and is never shown on the "
                             "campaign's public page.") });
    if (!milestone.sourceUuid.isNull()) {
        const QVariant owner = m_database.scalar(
            QStringLiteral("SELECT procedure_uuid FROM milestones WHERE uuid = ? AND deleted = 0"),
            { uuidText(milestone.sourceUuid) });
        if (!owner.isValid() || QUuid::fromString(owner.toString()) != milestone.procedureUuid)
            problems.append({ QStringLiteral("source"),
                              tr("Source: the milestone that starts this deadline must "
                                 "belong to the same procedure.") });
    }
    return problems;
}

QList<FieldProblem> MilestoneRepository::add(Milestone& milestone)
{
    if (milestone.title.trimmed().isEmpty())
        milestone.title = ProcedureText::milestoneKind(milestone.kind);
    const QList<FieldProblem> problems = check(milestone);
    if (!problems.isEmpty())
        return problems;
    if (milestone.sync.uuid.isNull())
        milestone.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO milestones (uuid, revision, created_at, updated_at, procedure_uuid, kind, "
            "date, title, note, rule_id, start_date, source_uuid, done, public) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList { uuidText(milestone.sync.uuid), now, now, uuidText(milestone.procedureUuid) }
            + fieldValues(milestone));
    enqueue(milestone.sync.uuid, 1, false);
    transaction.commit();
    SyncColumns::markCreated(milestone.sync, query.lastInsertId().toLongLong(), now);
    emit milestonesChanged(milestone.procedureUuid);
    return {};
}

QList<FieldProblem> MilestoneRepository::save(Milestone& milestone)
{
    const QList<FieldProblem> problems = check(milestone);
    if (!problems.isEmpty())
        return problems;
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .checkRevision(
            milestone.sync.uuid, milestone.sync.revision,
            tr("The milestone \"%1\" no longer exists; it was deleted elsewhere.").arg(milestone.title),
            tr("The milestone \"%1\" was changed elsewhere since it was opened; it has been reloaded.")
                .arg(milestone.title));
    const std::optional<Milestone> stored = load(milestone.sync.uuid);
    if (stored->procedureUuid != milestone.procedureUuid)
        throw DatabaseError(
            tr("The milestone \"%1\" cannot move to another procedure.").arg(milestone.title));
    const qint64 revision = milestone.sync.revision + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE milestones SET revision = ?, updated_at = ?, kind = ?, date = ?, "
                       "title = ?, note = ?, rule_id = ?, start_date = ?, source_uuid = ?, done = ?, "
                       "public = ? WHERE uuid = ?"),
        QVariantList { revision, now } + fieldValues(milestone)
            + QVariantList { uuidText(milestone.sync.uuid) });
    enqueue(milestone.sync.uuid, revision, false);
    if (stored->date != milestone.date)
        moveDeadlinesStartedBy(milestone);
    transaction.commit();
    SyncColumns::markSaved(milestone.sync, revision, now);
    emit milestonesChanged(milestone.procedureUuid);
    return {};
}

void MilestoneRepository::moveDeadlinesStartedBy(const Milestone& source)
{
    WriteTransaction transaction(m_database);
    // The deadlines this milestone started now start from its new date.
    m_database.exec(
        QStringLiteral("UPDATE milestones SET start_date = ? WHERE source_uuid = ? AND deleted = 0 "
                       "AND done = 0 AND rule_id IS NOT NULL"),
        { dateValue(source.date), uuidText(source.sync.uuid) });
    const std::optional<Procedure> procedure = ProcedureRepository(m_database).load(source.procedureUuid);
    recomputeDeadlines(QStringLiteral("source_uuid = ?"), { uuidText(source.sync.uuid) },
                       procedure ? procedure->region : HolidayRegion::Metropole);
    transaction.commit();
}

void MilestoneRepository::recomputeDeadlinesOf(const QUuid& procedureUuid, HolidayRegion region)
{
    recomputeDeadlines(QStringLiteral("procedure_uuid = ?"), { uuidText(procedureUuid) }, region);
}

void MilestoneRepository::recomputeDeadlines(const QString& whereSql, const QVariantList& values,
                                             HolidayRegion region)
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT uuid, revision, rule_id, start_date, date FROM milestones "
                                         "WHERE %1 AND deleted = 0 AND done = 0 AND kind = 'deadline' "
                                         "AND rule_id IS NOT NULL")
                              .arg(whereSql),
                          values);
    struct Change
    {
        QUuid uuid;
        qint64 revision;
        QDate due;
    };
    QList<Change> changes;
    while (q.next()) {
        const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(q.value(2).toString());
        const QDate start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (!rule || !start.isValid())
            continue;
        const ComputedDeadline computed = DeadlineCalculator::compute(*rule, start, region);
        if (computed.due.toString(Qt::ISODate) != q.value(4).toString())
            changes.append(
                { QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong() + 1, computed.due });
    }
    const QString now = Clock::nowUtcIso();
    for (const Change& change : changes) {
        m_database.exec(
            QStringLiteral("UPDATE milestones SET date = ?, revision = ?, updated_at = ? WHERE uuid = ?"),
            { dateValue(change.due), change.revision, now, uuidText(change.uuid) });
        enqueue(change.uuid, change.revision, false);
    }
}

void MilestoneRepository::setDone(const QUuid& uuid, bool done)
{
    WriteTransaction transaction(m_database);
    const std::optional<Milestone> milestone = load(uuid);
    if (!milestone)
        throw DatabaseError(tr("No milestone has the identifier %1.").arg(uuidText(uuid)));
    if (milestone->done == done)
        return;
    const qint64 revision = milestone->sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE milestones SET done = ?, revision = ?, updated_at = ? WHERE uuid = ?"),
        { done ? 1 : 0, revision, Clock::nowUtcIso(), uuidText(uuid) });
    enqueue(uuid, revision, false);
    transaction.commit();
    emit milestonesChanged(milestone->procedureUuid);
}

void MilestoneRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Milestone> milestone = load(uuid);
    if (!milestone)
        throw DatabaseError(tr("No milestone has the identifier %1.").arg(uuidText(uuid)));
    SyncedTable(m_database, kTable).removeLocal(kEntity, uuid, milestone->sync.revision);
    transaction.commit();
    emit milestonesChanged(milestone->procedureUuid);
}

std::optional<Milestone> MilestoneRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, kColumns, milestoneFrom);
}

QList<Milestone> MilestoneRepository::forProcedure(const QUuid& procedureUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM milestones WHERE procedure_uuid = ? AND deleted = 0 ORDER BY date, id")
            .arg(kColumns),
        { uuidText(procedureUuid) });
    QList<Milestone> list;
    while (q.next())
        list.append(milestoneFrom(q));
    return list;
}

std::optional<QUuid> MilestoneRepository::resolve(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(m_database, kTable, reference,
                                        ProcedureRepository::uuidPrefixWords(tr("Milestone")), errorMessage);
}

Milestone MilestoneRepository::addDeadline(const QUuid& sourceUuid, const QString& ruleId)
{
    const ComputedDeadline computed = DeadlineService(m_database).propose(sourceUuid, ruleId);
    const std::optional<Milestone> source = load(sourceUuid);
    Milestone deadline;
    deadline.procedureUuid = source->procedureUuid;
    deadline.kind = MilestoneKind::Deadline;
    deadline.date = computed.due;
    deadline.title = computed.rule.label();
    deadline.ruleId = ruleId;
    deadline.startDate = source->date;
    deadline.sourceUuid = sourceUuid;
    const QList<FieldProblem> problems = add(deadline);
    if (!problems.isEmpty()) // a rule's deadline from a stored milestone: only broken data gets here
        throw DatabaseError(problems.first().message);
    return deadline;
}

QList<FieldProblem> MilestoneRepository::record(Milestone& milestone, const QString& ruleId,
                                                Milestone* deadline)
{
    {
        const QSignalBlocker blocker(this);
        WriteTransaction transaction(m_database);
        const QList<FieldProblem> problems = add(milestone);
        if (!problems.isEmpty())
            return problems;
        if (!ruleId.isEmpty()) {
            const Milestone computed = addDeadline(milestone.sync.uuid, ruleId);
            if (deadline)
                *deadline = computed;
        }
        transaction.commit();
    }
    emit milestonesChanged(milestone.procedureUuid);
    return {};
}

QList<QUuid> MilestoneRepository::uuidsOf(const QUuid& procedureUuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT uuid FROM milestones WHERE procedure_uuid = ?"),
                                  { uuidText(procedureUuid) });
    QList<QUuid> uuids;
    while (q.next())
        uuids.append(QUuid::fromString(q.value(0).toString()));
    return uuids;
}

QUuid MilestoneRepository::procedureOf(const QUuid& uuid)
{
    return QUuid::fromString(
        m_database
            .scalar(QStringLiteral("SELECT procedure_uuid FROM milestones WHERE uuid = ?"),
                    { uuidText(uuid) })
            .toString());
}

void MilestoneRepository::tombstoneAllOf(const QUuid& procedureUuid, QueueDeletions queue)
{
    QSqlQuery live = m_database.exec(
        QStringLiteral("SELECT uuid, server_version IS NOT NULL FROM milestones WHERE procedure_uuid = ? "
                       "AND deleted = 0"),
        { uuidText(procedureUuid) });
    QList<std::pair<QUuid, bool>> milestones;
    while (live.next())
        milestones.append({ QUuid::fromString(live.value(0).toString()), live.value(1).toBool() });
    const QString now = Clock::nowUtcIso();
    for (const auto& [uuid, sent] : std::as_const(milestones)) {
        const qint64 revision
            = SqlValues::returned(m_database.exec(QStringLiteral("UPDATE milestones SET deleted = 1, "
                                                                 "revision = revision + 1, updated_at = ? "
                                                                 "WHERE uuid = ? RETURNING revision"),
                                                  { now, uuidText(uuid) }))
                  .toLongLong();
        if (queue == QueueDeletions::All || (queue == QueueDeletions::OfSent && sent))
            enqueue(uuid, revision, true);
        else
            Outbox::forget(m_database, kEntity, uuid);
    }
}

void MilestoneRepository::requeueAllOf(const QUuid& procedureUuid)
{
    for (const Milestone& milestone : forProcedure(procedureUuid)) {
        if (!Outbox::hasPending(m_database, kEntity, milestone.sync.uuid))
            enqueue(milestone.sync.uuid, milestone.sync.revision, false);
    }
}

void MilestoneRepository::storeReceived(const Milestone& milestone, qint64 serverVersion)
{
    WriteTransaction transaction(m_database);
    // As the other desk stored it: its deadlines were computed there and arrive as records.
    SyncedTable(m_database, kTable)
        .storeReceived(milestone.sync.uuid, serverVersion, kOwnColumns,
                       QVariantList { uuidText(milestone.procedureUuid) } + fieldValues(milestone));
    transaction.commit();
    emit milestonesChanged(milestone.procedureUuid);
}

void MilestoneRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, serverVersion);
}

void MilestoneRepository::enqueue(const QUuid& uuid, qint64 revision, bool deleted)
{
    Outbox::enqueue(m_database, kEntity, uuid,
                    deleted ? Outbox::Operation::Delete : Outbox::Operation::Upsert, revision);
}

} // namespace casedesk

#include "procedures/ProcedureRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSignalBlocker>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::instant;
using SqlValues::uuidText;

const QString kProcedureEntity = QStringLiteral("procedure");
const QString kMilestoneEntity = QStringLiteral("milestone");

const QString kProcedureColumns
    = QStringLiteral("id, uuid, revision, server_version, created_at, updated_at, deleted, campaign_uuid, "
                     "court, court_name, kind, "
                     "case_number, lawyer, parties, status, appeals_uuid, region, notes");

const QString kMilestoneColumns = QStringLiteral(
    "id, uuid, revision, server_version, created_at, updated_at, deleted, procedure_uuid, kind, "
    "date, title, note, rule_id, start_date, source_uuid, done, public");

QVariant optionalUuid(const QUuid& uuid)
{
    return uuid.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidText(uuid));
}

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

void readSync(const QSqlQuery& q, SyncState* sync)
{
    sync->localId = q.value(0).toLongLong();
    sync->uuid = QUuid::fromString(q.value(1).toString());
    sync->revision = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        sync->serverVersion = q.value(3).toLongLong();
    sync->createdAt = instant(q.value(4));
    sync->updatedAt = instant(q.value(5));
    sync->deleted = q.value(6).toBool();
}

Procedure procedureFrom(const QSqlQuery& q)
{
    Procedure p;
    readSync(q, &p.sync);
    p.campaignUuid = QUuid::fromString(q.value(7).toString());
    p.court = ProcedureCodes::courtFromCode(q.value(8).toString()).value_or(Court::Other);
    p.courtName = q.value(9).toString();
    p.kind = ProcedureCodes::kindFromCode(q.value(10).toString()).value_or(ProcedureKind::Other);
    p.caseNumber = q.value(11).toString();
    p.lawyer = q.value(12).toString();
    p.parties = q.value(13).toString();
    p.status = ProcedureCodes::statusFromCode(q.value(14).toString()).value_or(ProcedureStatus::Pending);
    p.appealsUuid = QUuid::fromString(q.value(15).toString());
    p.region = FrenchCalendar::regionFromCode(q.value(16).toString()).value_or(HolidayRegion::Metropole);
    p.notes = q.value(17).toString();
    return p;
}

Milestone milestoneFrom(const QSqlQuery& q)
{
    Milestone m;
    readSync(q, &m.sync);
    m.procedureUuid = QUuid::fromString(q.value(7).toString());
    m.kind = ProcedureCodes::milestoneKindFromCode(q.value(8).toString()).value_or(MilestoneKind::Other);
    m.date = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    m.title = q.value(10).toString();
    m.note = q.value(11).toString();
    m.ruleId = q.value(12).toString();
    m.startDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    m.sourceUuid = QUuid::fromString(q.value(14).toString());
    m.done = q.value(15).toBool();
    m.isPublic = q.value(16).toBool();
    return m;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// Dates a jurist types: a year like 0207 or 20077 is a typo, not a deadline.
bool plausible(const QDate& date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 2999;
}

QString problemsText(const QList<FieldProblem>& problems)
{
    QStringList lines;
    for (const FieldProblem& problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProcedureRepository::ProcedureRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> ProcedureRepository::check(const Procedure& procedure)
{
    QList<FieldProblem> problems;
    const QVariant campaign
        = m_database.scalar(QStringLiteral("SELECT title FROM campaigns WHERE uuid = ? AND deleted = 0"),
                            { uuidText(procedure.campaignUuid) });
    if (procedure.campaignUuid.isNull() || !campaign.isValid())
        problems.append(
            { QStringLiteral("campaign"),
              tr("Campaign: no campaign has the identifier %1.").arg(uuidText(procedure.campaignUuid)) });
    if (procedure.court == Court::Other && procedure.courtName.trimmed().isEmpty())
        problems.append({ QStringLiteral("court-name"), tr("Court: give the name of the court or body.") });
    if (!procedure.appealsUuid.isNull()) {
        if (procedure.appealsUuid == procedure.sync.uuid) {
            problems.append(
                { QStringLiteral("appeals"), tr("Appeal of: a procedure cannot appeal itself.") });
            return problems;
        }
        const std::optional<Procedure> appealed = load(procedure.appealsUuid);
        if (!appealed) {
            problems.append({ QStringLiteral("appeals"),
                              tr("Appeal of: no procedure has the identifier %1.")
                                  .arg(uuidText(procedure.appealsUuid)) });
        } else if (appealed->campaignUuid != procedure.campaignUuid) {
            problems.append(
                { QStringLiteral("appeals"),
                  tr("Appeal of: \"%1\" belongs to another campaign.").arg(appealed->displayName()) });
        } else if (!procedure.sync.uuid.isNull()) {
            // Walk up from the appealed procedure: meeting this one again would make a loop.
            QUuid current = appealed->appealsUuid;
            for (int guard = 0; !current.isNull() && guard < 1000; ++guard) {
                if (current == procedure.sync.uuid) {
                    problems.append(
                        { QStringLiteral("appeals"),
                          tr("Appeal of: \"%1\" already depends on this procedure; the appeal chain "
                             "would go round in a circle.")
                              .arg(appealed->displayName()) });
                    break;
                }
                current = QUuid::fromString(
                    m_database
                        .scalar(QStringLiteral("SELECT appeals_uuid FROM procedures WHERE uuid = ?"),
                                { uuidText(current) })
                        .toString());
            }
        }
    }
    return problems;
}

Procedure ProcedureRepository::create(const Procedure& draft)
{
    Procedure procedure = draft;
    const QList<FieldProblem> problems = check(procedure);
    if (!problems.isEmpty())
        throw DatabaseError(problemsText(problems));
    if (procedure.sync.uuid.isNull())
        procedure.sync.uuid = QUuid::createUuid();
    procedure.sync.revision = 1;
    procedure.sync.deleted = false;
    const QString now = Clock::nowUtcIso();

    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO procedures (uuid, revision, created_at, updated_at, campaign_uuid, court, "
            "court_name, kind, case_number, lawyer, parties, status, appeals_uuid, region, notes) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuidText(procedure.sync.uuid), now, now, uuidText(procedure.campaignUuid),
          ProcedureCodes::court(procedure.court), text(procedure.courtName),
          ProcedureCodes::kind(procedure.kind), text(procedure.caseNumber), text(procedure.lawyer),
          text(procedure.parties), ProcedureCodes::status(procedure.status),
          optionalUuid(procedure.appealsUuid), FrenchCalendar::regionCode(procedure.region),
          text(procedure.notes) });
    procedure.sync.localId = query.lastInsertId().toLongLong();
    Outbox::enqueue(m_database, kProcedureEntity, procedure.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();

    procedure.sync.createdAt = procedure.sync.updatedAt = instant(now);
    emit proceduresChanged(procedure.campaignUuid);
    return procedure;
}

void ProcedureRepository::save(Procedure& procedure)
{
    WriteTransaction transaction(m_database);
    QSqlQuery current = m_database.exec(
        QStringLiteral(
            "SELECT revision, region, campaign_uuid FROM procedures WHERE uuid = ? AND deleted = 0"),
        { uuidText(procedure.sync.uuid) });
    if (!current.next())
        throw StaleRecordError(tr("The procedure \"%1\" no longer exists; it was deleted elsewhere.")
                                   .arg(procedure.displayName()));
    if (current.value(0).toLongLong() != procedure.sync.revision)
        throw StaleRecordError(
            tr("The procedure \"%1\" was changed elsewhere since it was opened; it has been "
               "reloaded.")
                .arg(procedure.displayName()));
    if (QUuid::fromString(current.value(2).toString()) != procedure.campaignUuid)
        throw DatabaseError(
            tr("The procedure \"%1\" cannot move to another campaign.").arg(procedure.displayName()));
    const bool regionChanged = current.value(1).toString() != FrenchCalendar::regionCode(procedure.region);
    const QList<FieldProblem> problems = check(procedure);
    if (!problems.isEmpty())
        throw DatabaseError(problemsText(problems));

    const qint64 revision = procedure.sync.revision + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE procedures SET revision = ?, updated_at = ?, court = ?, court_name = ?, "
                       "kind = ?, case_number = ?, lawyer = ?, parties = ?, status = ?, appeals_uuid = ?, "
                       "region = ?, notes = ? WHERE uuid = ?"),
        { revision, now, ProcedureCodes::court(procedure.court), text(procedure.courtName),
          ProcedureCodes::kind(procedure.kind), text(procedure.caseNumber), text(procedure.lawyer),
          text(procedure.parties), ProcedureCodes::status(procedure.status),
          optionalUuid(procedure.appealsUuid), FrenchCalendar::regionCode(procedure.region),
          text(procedure.notes), uuidText(procedure.sync.uuid) });
    Outbox::enqueue(m_database, kProcedureEntity, procedure.sync.uuid, Outbox::Operation::Upsert, revision);
    if (regionChanged)
        recomputeDeadlines(QStringLiteral("procedure_uuid = ?"), { uuidText(procedure.sync.uuid) },
                           procedure.region);
    transaction.commit();

    procedure.sync.revision = revision;
    procedure.sync.updatedAt = instant(now);
    emit proceduresChanged(procedure.campaignUuid);
    if (regionChanged)
        emit milestonesChanged(procedure.sync.uuid);
}

void ProcedureRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Procedure> procedure = load(uuid);
    if (!procedure)
        throw DatabaseError(tr("No procedure has the identifier %1.").arg(uuidText(uuid)));
    QSqlQuery appeals = m_database.exec(
        QStringLiteral("SELECT %1 FROM procedures WHERE appeals_uuid = ? AND deleted = 0 LIMIT 1")
            .arg(kProcedureColumns),
        { uuidText(uuid) });
    if (appeals.next()) {
        throw DatabaseError(tr("The procedure \"%1\" is appealed by \"%2\"; delete the appeal first.")
                                .arg(procedure->displayName(), procedureFrom(appeals).displayName()));
    }
    const QString now = Clock::nowUtcIso();
    QSqlQuery children = m_database.exec(
        QStringLiteral("SELECT uuid, revision FROM milestones WHERE procedure_uuid = ? AND deleted = 0"),
        { uuidText(uuid) });
    QList<std::pair<QUuid, qint64>> milestones;
    while (children.next())
        milestones.append(
            { QUuid::fromString(children.value(0).toString()), children.value(1).toLongLong() + 1 });
    for (const auto& [child, revision] : milestones) {
        m_database.exec(
            QStringLiteral("UPDATE milestones SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
            { revision, now, uuidText(child) });
        enqueueMilestone(child, revision, true);
    }
    const qint64 revision = procedure->sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE procedures SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
        { revision, now, uuidText(uuid) });
    Outbox::enqueue(m_database, kProcedureEntity, uuid, Outbox::Operation::Delete, revision);
    transaction.commit();
    emit proceduresChanged(procedure->campaignUuid);
    emit milestonesChanged(uuid);
}

std::optional<Procedure> ProcedureRepository::load(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM procedures WHERE uuid = ? AND deleted = 0").arg(kProcedureColumns),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return procedureFrom(q);
}

QList<Procedure> ProcedureRepository::forCampaign(const QUuid& campaignUuid)
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT %1 FROM procedures WHERE campaign_uuid = ? AND deleted = 0 "
                                         "ORDER BY created_at, id")
                              .arg(kProcedureColumns),
                          { uuidText(campaignUuid) });
    QList<Procedure> all;
    while (q.next())
        all.append(procedureFrom(q));
    // Depth first from the first instances, so each appeal follows what it challenges.
    QList<Procedure> ordered;
    QSet<QUuid> placed;
    std::function<void(const QUuid&)> place = [&](const QUuid& parent) {
        for (const Procedure& procedure : all) {
            if (procedure.appealsUuid == parent && !placed.contains(procedure.sync.uuid)) {
                placed.insert(procedure.sync.uuid);
                ordered.append(procedure);
                place(procedure.sync.uuid);
            }
        }
    };
    place(QUuid());
    // An appeal of a deleted procedure has no live parent: still listed, at the end.
    for (const Procedure& procedure : all) {
        if (!placed.contains(procedure.sync.uuid)) {
            placed.insert(procedure.sync.uuid);
            ordered.append(procedure);
            place(procedure.sync.uuid);
        }
    }
    return ordered;
}

QList<Procedure> ProcedureRepository::appealChain(const QUuid& uuid)
{
    std::optional<Procedure> current = load(uuid);
    if (!current)
        return {};
    // Up to the first instance...
    for (int guard = 0; !current->appealsUuid.isNull() && guard < 1000; ++guard) {
        const std::optional<Procedure> parent = load(current->appealsUuid);
        if (!parent)
            break;
        current = parent;
    }
    // ...then the whole tree below it, in order.
    const QList<Procedure> campaign = forCampaign(current->campaignUuid);
    QList<Procedure> chain;
    QSet<QUuid> members { current->sync.uuid };
    for (const Procedure& procedure : campaign) {
        if (members.contains(procedure.sync.uuid) || members.contains(procedure.appealsUuid)) {
            members.insert(procedure.sync.uuid);
            chain.append(procedure);
        }
    }
    return chain;
}

int ProcedureRepository::appealDepth(const QUuid& uuid)
{
    int depth = 0;
    std::optional<Procedure> current = load(uuid);
    while (current && !current->appealsUuid.isNull() && depth < 1000) {
        current = load(current->appealsUuid);
        if (current)
            ++depth;
    }
    return depth;
}

namespace {

std::optional<QUuid> resolveIn(Database& database, const QString& table, const QString& reference,
                               const QString& what, QString* errorMessage)
{
    const QString key = reference.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    if (key.size() < 4) {
        *errorMessage
            = ProcedureRepository::tr("%1 identifier \"%2\" is too short; give at least 4 characters of "
                                      "its UUID.")
                  .arg(what, reference);
        return std::nullopt;
    }
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT uuid FROM %1 WHERE deleted = 0 AND uuid LIKE ? ESCAPE '\\' LIMIT 2")
            .arg(table),
        { escapeLike(key) + QLatin1Char('%') });
    QList<QUuid> found;
    while (query.next())
        found.append(QUuid::fromString(query.value(0).toString()));
    if (found.isEmpty()) {
        *errorMessage
            = ProcedureRepository::tr("No %1 has the identifier \"%2\".").arg(what.toLower(), reference);
        return std::nullopt;
    }
    if (found.size() > 1) {
        *errorMessage
            = ProcedureRepository::tr("%1 identifier \"%2\" matches several records; give more characters.")
                  .arg(what, reference);
        return std::nullopt;
    }
    return found.first();
}

} // namespace

std::optional<QUuid> ProcedureRepository::resolve(const QString& reference, QString* errorMessage)
{
    return resolveIn(m_database, QStringLiteral("procedures"), reference, tr("Procedure"), errorMessage);
}

std::optional<QUuid> ProcedureRepository::resolveMilestone(const QString& reference, QString* errorMessage)
{
    return resolveIn(m_database, QStringLiteral("milestones"), reference, tr("Milestone"), errorMessage);
}

QList<FieldProblem> ProcedureRepository::checkMilestone(const Milestone& milestone)
{
    QList<FieldProblem> problems;
    const std::optional<Procedure> procedure = load(milestone.procedureUuid);
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

Milestone ProcedureRepository::addMilestone(const Milestone& draft)
{
    Milestone milestone = draft;
    if (milestone.title.trimmed().isEmpty())
        milestone.title = ProcedureText::milestoneKind(milestone.kind);
    const QList<FieldProblem> problems = checkMilestone(milestone);
    if (!problems.isEmpty())
        throw DatabaseError(problemsText(problems));
    if (milestone.sync.uuid.isNull())
        milestone.sync.uuid = QUuid::createUuid();
    milestone.sync.revision = 1;
    milestone.sync.deleted = false;
    const QString now = Clock::nowUtcIso();

    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO milestones (uuid, revision, created_at, updated_at, procedure_uuid, kind, date, "
            "title, note, rule_id, start_date, source_uuid, done, public) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuidText(milestone.sync.uuid), now, now, uuidText(milestone.procedureUuid),
          ProcedureCodes::milestoneKind(milestone.kind), dateValue(milestone.date), text(milestone.title),
          text(milestone.note),
          milestone.ruleId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(milestone.ruleId),
          dateValue(milestone.startDate), optionalUuid(milestone.sourceUuid), milestone.done ? 1 : 0,
          milestone.isPublic ? 1 : 0 });
    milestone.sync.localId = query.lastInsertId().toLongLong();
    enqueueMilestone(milestone.sync.uuid, 1, false);
    transaction.commit();

    milestone.sync.createdAt = milestone.sync.updatedAt = instant(now);
    emit milestonesChanged(milestone.procedureUuid);
    return milestone;
}

void ProcedureRepository::saveMilestone(Milestone& milestone)
{
    const QList<FieldProblem> problems = checkMilestone(milestone);
    if (!problems.isEmpty())
        throw DatabaseError(problemsText(problems));
    WriteTransaction transaction(m_database);
    QSqlQuery current = m_database.exec(
        QStringLiteral(
            "SELECT revision, procedure_uuid, date FROM milestones WHERE uuid = ? AND deleted = 0"),
        { uuidText(milestone.sync.uuid) });
    if (!current.next())
        throw StaleRecordError(
            tr("The milestone \"%1\" no longer exists; it was deleted elsewhere.").arg(milestone.title));
    if (current.value(0).toLongLong() != milestone.sync.revision)
        throw StaleRecordError(
            tr("The milestone \"%1\" was changed elsewhere since it was opened; it has been "
               "reloaded.")
                .arg(milestone.title));
    if (QUuid::fromString(current.value(1).toString()) != milestone.procedureUuid)
        throw DatabaseError(
            tr("The milestone \"%1\" cannot move to another procedure.").arg(milestone.title));
    const bool dateChanged = current.value(2).toString() != milestone.date.toString(Qt::ISODate);

    const qint64 revision = milestone.sync.revision + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE milestones SET revision = ?, updated_at = ?, kind = ?, date = ?, title = ?, "
                       "note = ?, rule_id = ?, start_date = ?, source_uuid = ?, done = ?, public = ? "
                       "WHERE uuid = ?"),
        { revision, now, ProcedureCodes::milestoneKind(milestone.kind), dateValue(milestone.date),
          text(milestone.title), text(milestone.note),
          milestone.ruleId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(milestone.ruleId),
          dateValue(milestone.startDate), optionalUuid(milestone.sourceUuid), milestone.done ? 1 : 0,
          milestone.isPublic ? 1 : 0, uuidText(milestone.sync.uuid) });
    enqueueMilestone(milestone.sync.uuid, revision, false);
    if (dateChanged)
        moveDeadlinesStartedBy(milestone);
    transaction.commit();

    milestone.sync.revision = revision;
    milestone.sync.updatedAt = instant(now);
    emit milestonesChanged(milestone.procedureUuid);
}

void ProcedureRepository::moveDeadlinesStartedBy(const Milestone& source)
{
    WriteTransaction transaction(m_database);
    // The deadlines this milestone started now start from its new date.
    m_database.exec(
        QStringLiteral("UPDATE milestones SET start_date = ? WHERE source_uuid = ? AND deleted = 0 "
                       "AND done = 0 AND rule_id IS NOT NULL"),
        { dateValue(source.date), uuidText(source.sync.uuid) });
    const std::optional<Procedure> procedure = load(source.procedureUuid);
    recomputeDeadlines(QStringLiteral("source_uuid = ?"), { uuidText(source.sync.uuid) },
                       procedure ? procedure->region : HolidayRegion::Metropole);
    transaction.commit();
}

void ProcedureRepository::recomputeDeadlines(const QString& whereSql, const QVariantList& values,
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
        enqueueMilestone(change.uuid, change.revision, false);
    }
}

void ProcedureRepository::setMilestoneDone(const QUuid& uuid, bool done)
{
    WriteTransaction transaction(m_database);
    const std::optional<Milestone> milestone = loadMilestone(uuid);
    if (!milestone)
        throw DatabaseError(tr("No milestone has the identifier %1.").arg(uuidText(uuid)));
    if (milestone->done == done)
        return;
    const qint64 revision = milestone->sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE milestones SET done = ?, revision = ?, updated_at = ? WHERE uuid = ?"),
        { done ? 1 : 0, revision, Clock::nowUtcIso(), uuidText(uuid) });
    enqueueMilestone(uuid, revision, false);
    transaction.commit();
    emit milestonesChanged(milestone->procedureUuid);
}

void ProcedureRepository::removeMilestone(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Milestone> milestone = loadMilestone(uuid);
    if (!milestone)
        throw DatabaseError(tr("No milestone has the identifier %1.").arg(uuidText(uuid)));
    const qint64 revision = milestone->sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE milestones SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
        { revision, Clock::nowUtcIso(), uuidText(uuid) });
    enqueueMilestone(uuid, revision, true);
    transaction.commit();
    emit milestonesChanged(milestone->procedureUuid);
}

std::optional<Milestone> ProcedureRepository::loadMilestone(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM milestones WHERE uuid = ? AND deleted = 0").arg(kMilestoneColumns),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return milestoneFrom(q);
}

QList<Milestone> ProcedureRepository::milestones(const QUuid& procedureUuid)
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT %1 FROM milestones WHERE procedure_uuid = ? AND deleted = 0 "
                                         "ORDER BY date, id")
                              .arg(kMilestoneColumns),
                          { uuidText(procedureUuid) });
    QList<Milestone> list;
    while (q.next())
        list.append(milestoneFrom(q));
    return list;
}

ComputedDeadline ProcedureRepository::proposeDeadline(const QUuid& sourceUuid, const QString& ruleId)
{
    const std::optional<Milestone> source = loadMilestone(sourceUuid);
    if (!source)
        throw DatabaseError(tr("No milestone has the identifier %1.").arg(uuidText(sourceUuid)));
    const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(ruleId);
    if (!rule)
        throw DatabaseError(tr("There is no deadline rule \"%1\"; known rules: %2.")
                                .arg(ruleId, DeadlineRules::builtIn().ids().join(QStringLiteral(", "))));
    const std::optional<Procedure> procedure = load(source->procedureUuid);
    return DeadlineCalculator::compute(*rule, source->date,
                                       procedure ? procedure->region : HolidayRegion::Metropole);
}

Milestone ProcedureRepository::addDeadline(const QUuid& sourceUuid, const QString& ruleId)
{
    const ComputedDeadline computed = proposeDeadline(sourceUuid, ruleId);
    const std::optional<Milestone> source = loadMilestone(sourceUuid);
    Milestone deadline;
    deadline.procedureUuid = source->procedureUuid;
    deadline.kind = MilestoneKind::Deadline;
    deadline.date = computed.due;
    deadline.title = computed.rule.label();
    deadline.ruleId = ruleId;
    deadline.startDate = source->date;
    deadline.sourceUuid = sourceUuid;
    return addMilestone(deadline);
}

QList<Milestone> ProcedureRepository::recordMilestone(const Milestone& milestone, const QString& ruleId)
{
    QList<Milestone> stored;
    {
        const QSignalBlocker blocker(this);
        WriteTransaction transaction(m_database);
        stored.append(addMilestone(milestone));
        if (!ruleId.isEmpty())
            stored.append(addDeadline(stored.first().sync.uuid, ruleId));
        transaction.commit();
    }
    emit milestonesChanged(milestone.procedureUuid);
    return stored;
}

ComputedDeadline ProcedureRepository::explain(const Milestone& deadline)
{
    const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(deadline.ruleId);
    if (!rule || !deadline.startDate.isValid())
        return {};
    const std::optional<Procedure> procedure = load(deadline.procedureUuid);
    return DeadlineCalculator::compute(*rule, deadline.startDate,
                                       procedure ? procedure->region : HolidayRegion::Metropole);
}

QList<DeadlineItem> ProcedureRepository::deadlines(const DeadlineQuery& query)
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

QList<CalendarEntry> ProcedureRepository::calendarEntries(const QUuid& campaignUuid)
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
    for (const auto& [uuid, campaignTitle] : rows) {
        const std::optional<Milestone> milestone = loadMilestone(uuid);
        if (!milestone)
            continue;
        if (!procedures.contains(milestone->procedureUuid)) {
            if (const std::optional<Procedure> procedure = load(milestone->procedureUuid))
                procedures.insert(milestone->procedureUuid, *procedure);
        }
        entries.append({ procedures.value(milestone->procedureUuid), *milestone, campaignTitle });
    }
    return entries;
}

void ProcedureRepository::storeReceived(const Procedure& procedure, qint64 serverVersion)
{
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    // Revision bumped so an editor open on the procedure refuses to save over the received change.
    m_database.exec(
        QStringLiteral(
            "INSERT INTO procedures (uuid, revision, server_version, created_at, updated_at, campaign_uuid, "
            "court, court_name, kind, case_number, lawyer, parties, status, appeals_uuid, region, notes) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1, deleted = 0, "
            "server_version = excluded.server_version, updated_at = excluded.updated_at, "
            "campaign_uuid = excluded.campaign_uuid, court = excluded.court, "
            "court_name = excluded.court_name, kind = excluded.kind, case_number = excluded.case_number, "
            "lawyer = excluded.lawyer, parties = excluded.parties, status = excluded.status, "
            "appeals_uuid = excluded.appeals_uuid, region = excluded.region, notes = excluded.notes"),
        { uuidText(procedure.sync.uuid), serverVersion, now, now, uuidText(procedure.campaignUuid),
          ProcedureCodes::court(procedure.court), text(procedure.courtName),
          ProcedureCodes::kind(procedure.kind), text(procedure.caseNumber), text(procedure.lawyer),
          text(procedure.parties), ProcedureCodes::status(procedure.status),
          optionalUuid(procedure.appealsUuid), FrenchCalendar::regionCode(procedure.region),
          text(procedure.notes) });
    transaction.commit();
    emit proceduresChanged(procedure.campaignUuid);
}

void ProcedureRepository::storeReceived(const Milestone& milestone, qint64 serverVersion)
{
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    // As the other desk stored it: its deadlines were computed there and arrive as records.
    m_database.exec(
        QStringLiteral(
            "INSERT INTO milestones (uuid, revision, server_version, created_at, updated_at, procedure_uuid, "
            "kind, date, title, note, rule_id, start_date, source_uuid, done, public) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1, deleted = 0, "
            "server_version = excluded.server_version, updated_at = excluded.updated_at, "
            "procedure_uuid = excluded.procedure_uuid, kind = excluded.kind, date = excluded.date, "
            "title = excluded.title, note = excluded.note, rule_id = excluded.rule_id, "
            "start_date = excluded.start_date, source_uuid = excluded.source_uuid, done = excluded.done, "
            "public = excluded.public"),
        { uuidText(milestone.sync.uuid), serverVersion, now, now, uuidText(milestone.procedureUuid),
          ProcedureCodes::milestoneKind(milestone.kind), dateValue(milestone.date), text(milestone.title),
          text(milestone.note),
          milestone.ruleId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(milestone.ruleId),
          dateValue(milestone.startDate), optionalUuid(milestone.sourceUuid), milestone.done ? 1 : 0,
          milestone.isPublic ? 1 : 0 });
    transaction.commit();
    emit milestonesChanged(milestone.procedureUuid);
}

void ProcedureRepository::enqueueMilestone(const QUuid& uuid, qint64 revision, bool deleted)
{
    Outbox::enqueue(m_database, kMilestoneEntity, uuid,
                    deleted ? Outbox::Operation::Delete : Outbox::Operation::Upsert, revision);
}

} // namespace casedesk

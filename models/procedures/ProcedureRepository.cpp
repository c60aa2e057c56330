#include "procedures/ProcedureRepository.h"

#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSet>
#include <QSqlQuery>

#include <functional>

namespace casedesk {

namespace {

using SqlValues::notNullText;
using SqlValues::optionalUuid;
using SqlValues::uuidText;

// The table's own columns after the sync columns, as procedureFrom() reads them.
const QString kOwnColumns = QStringLiteral("campaign_uuid, court, court_name, kind, case_number, lawyer, "
                                           "parties, status, appeals_uuid, region, notes");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

Procedure procedureFrom(const QSqlQuery& q)
{
    Procedure p;
    p.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    p.campaignUuid = QUuid::fromString(q.value(c).toString());
    p.court = ProcedureCodes::courtFromCode(q.value(c + 1).toString()).value_or(Court::Other);
    p.courtName = q.value(c + 2).toString();
    p.kind = ProcedureCodes::kindFromCode(q.value(c + 3).toString()).value_or(ProcedureKind::Other);
    p.caseNumber = q.value(c + 4).toString();
    p.lawyer = q.value(c + 5).toString();
    p.parties = q.value(c + 6).toString();
    p.status = ProcedureCodes::statusFromCode(q.value(c + 7).toString()).value_or(ProcedureStatus::Pending);
    p.appealsUuid = QUuid::fromString(q.value(c + 8).toString());
    p.region = FrenchCalendar::regionFromCode(q.value(c + 9).toString()).value_or(HolidayRegion::Metropole);
    p.notes = q.value(c + 10).toString();
    return p;
}

// The editable fields, in the order the statements below list them.
QVariantList fieldValues(const Procedure& p)
{
    return { ProcedureCodes::court(p.court),
             notNullText(p.courtName),
             ProcedureCodes::kind(p.kind),
             notNullText(p.caseNumber),
             notNullText(p.lawyer),
             notNullText(p.parties),
             ProcedureCodes::status(p.status),
             optionalUuid(p.appealsUuid),
             FrenchCalendar::regionCode(p.region),
             notNullText(p.notes) };
}

} // namespace

ProcedureRepository::ProcedureRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_milestones(database)
{
}

QList<FieldProblem> ProcedureRepository::check(const Procedure& procedure)
{
    QList<FieldProblem> problems;
    if (procedure.campaignUuid.isNull() || !CampaignRepository(m_database).holdsLive(procedure.campaignUuid))
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

QList<FieldProblem> ProcedureRepository::create(Procedure& procedure)
{
    const QList<FieldProblem> problems = check(procedure);
    if (!problems.isEmpty())
        return problems;
    if (procedure.sync.uuid.isNull())
        procedure.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO procedures (uuid, revision, created_at, updated_at, campaign_uuid, court, "
            "court_name, kind, case_number, lawyer, parties, status, appeals_uuid, region, notes) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList { uuidText(procedure.sync.uuid), now, now, uuidText(procedure.campaignUuid) }
            + fieldValues(procedure));
    Outbox::enqueue(m_database, kEntity, procedure.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(procedure.sync, query.lastInsertId().toLongLong(), now);
    emit proceduresChanged(procedure.campaignUuid);
    return {};
}

QList<FieldProblem> ProcedureRepository::save(Procedure& procedure)
{
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .checkRevision(procedure.sync.uuid, procedure.sync.revision,
                       tr("The procedure \"%1\" no longer exists; it was deleted elsewhere.")
                           .arg(procedure.displayName()),
                       tr("The procedure \"%1\" was changed elsewhere since it was opened; it has been "
                          "reloaded.")
                           .arg(procedure.displayName()));
    const std::optional<Procedure> stored = load(procedure.sync.uuid);
    if (stored->campaignUuid != procedure.campaignUuid)
        throw DatabaseError(
            tr("The procedure \"%1\" cannot move to another campaign.").arg(procedure.displayName()));
    const QList<FieldProblem> problems = check(procedure);
    if (!problems.isEmpty())
        return problems;

    const qint64 revision = procedure.sync.revision + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE procedures SET revision = ?, updated_at = ?, court = ?, court_name = ?, "
                       "kind = ?, case_number = ?, lawyer = ?, parties = ?, status = ?, "
                       "appeals_uuid = ?, region = ?, notes = ? WHERE uuid = ?"),
        QVariantList { revision, now } + fieldValues(procedure)
            + QVariantList { uuidText(procedure.sync.uuid) });
    Outbox::enqueue(m_database, kEntity, procedure.sync.uuid, Outbox::Operation::Upsert, revision);
    const bool regionChanged = stored->region != procedure.region;
    if (regionChanged)
        m_milestones.recomputeDeadlinesOf(procedure.sync.uuid, procedure.region);
    transaction.commit();
    SyncColumns::markSaved(procedure.sync, revision, now);
    emit proceduresChanged(procedure.campaignUuid);
    if (regionChanged) // once committed, as the timeline's own writes tell it
        emit m_milestones.milestonesChanged(procedure.sync.uuid);
    return {};
}

void ProcedureRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Procedure> procedure = load(uuid);
    if (!procedure)
        throw DatabaseError(tr("No procedure has the identifier %1.").arg(uuidText(uuid)));
    QSqlQuery appeals = m_database.exec(
        QStringLiteral("SELECT %1 FROM procedures WHERE appeals_uuid = ? AND deleted = 0 LIMIT 1")
            .arg(kColumns),
        { uuidText(uuid) });
    if (appeals.next()) {
        throw DatabaseError(tr("The procedure \"%1\" is appealed by \"%2\"; delete the appeal first.")
                                .arg(procedure->displayName(), procedureFrom(appeals).displayName()));
    }
    m_milestones.tombstoneAllOf(uuid, MilestoneRepository::QueueDeletions::All);
    SyncedTable(m_database, kTable).removeLocal(kEntity, uuid, procedure->sync.revision);
    transaction.commit();
    emit proceduresChanged(procedure->campaignUuid);
    emit m_milestones.milestonesChanged(uuid); // once committed, as the timeline's own writes tell it
}

std::optional<Procedure> ProcedureRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, kColumns, procedureFrom);
}

QUuid ProcedureRepository::campaignOf(const QUuid& uuid)
{
    return QUuid::fromString(
        m_database
            .scalar(QStringLiteral("SELECT campaign_uuid FROM procedures WHERE uuid = ?"), { uuidText(uuid) })
            .toString());
}

QList<Procedure> ProcedureRepository::forCampaign(const QUuid& campaignUuid)
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT %1 FROM procedures WHERE campaign_uuid = ? AND deleted = 0 "
                                         "ORDER BY created_at, id")
                              .arg(kColumns),
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

std::optional<QUuid> ProcedureRepository::resolve(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(m_database, kTable, reference, uuidPrefixWords(tr("Procedure")),
                                        errorMessage);
}

SqlValues::UuidPrefixWords ProcedureRepository::uuidPrefixWords(const QString& what)
{
    return { tr("%1 identifier \"%2\" is too short; give at least 4 characters of its UUID.").arg(what),
             tr("No %1 has the identifier \"%2\".").arg(what.toLower()),
             tr("%1 identifier \"%2\" matches several records; give more characters.").arg(what) };
}

void ProcedureRepository::storeReceived(const Procedure& procedure, qint64 serverVersion)
{
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .storeReceived(procedure.sync.uuid, serverVersion, kOwnColumns,
                       QVariantList { uuidText(procedure.campaignUuid) } + fieldValues(procedure));
    transaction.commit();
    emit proceduresChanged(procedure.campaignUuid);
}

void ProcedureRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, serverVersion);
}

} // namespace casedesk

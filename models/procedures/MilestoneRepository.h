#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "procedures/Procedure.h"

#include <QObject>

#include <optional>

namespace casedesk {

class Database;

// Reads and writes the milestones of procedures (the one writer of the milestones table),
// computed deadlines included: a deadline follows its inputs (the date of the milestone that
// starts it, the procedure's holiday region) in the same transaction. Every write bumps the
// record's revision and queues it for sync; a refused write changes nothing.
class MilestoneRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("milestone");
    static inline const QString kTable = QStringLiteral("milestones");

    explicit MilestoneRepository(Database& database, QObject* parent = nullptr);

    QList<FieldProblem> check(const Milestone& milestone);
    // Stores a new milestone (titled after its kind when untitled) and fills in its identity;
    // returns the problems instead when check() finds any.
    QList<FieldProblem> add(Milestone& milestone);
    // Saves the fields; returns the problems instead when check() finds any. Throws
    // StaleRecordError when it changed elsewhere. When the date of a milestone that started
    // deadlines changes, the open deadlines it started are computed again.
    QList<FieldProblem> save(Milestone& milestone);
    void setDone(const QUuid& uuid, bool done);
    void remove(const QUuid& uuid);
    std::optional<Milestone> load(const QUuid& uuid);
    // The timeline, in date order.
    QList<Milestone> forProcedure(const QUuid& procedureUuid);
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    // The deadline `ruleId` computed from the date of milestone `sourceUuid` (DeadlineService),
    // stored as a milestone of the same procedure. Throws DatabaseError for an unknown source or
    // rule.
    Milestone addDeadline(const QUuid& sourceUuid, const QString& ruleId);
    // A milestone and, when `ruleId` is not empty, the deadline it starts, in one transaction:
    // both are stored or neither. Fills in the milestone's identity and *deadline; returns the
    // milestone's problems instead when it has any.
    QList<FieldProblem> record(Milestone& milestone, const QString& ruleId, Milestone* deadline = nullptr);
    // The open deadlines `source` started, computed again from its date (start date moved,
    // revisions bumped, queued): after its date changed here or by a decided sync conflict.
    void moveDeadlinesStartedBy(const Milestone& source);
    // The open computed deadlines of a procedure, computed again in `region` (its holidays moved).
    void recomputeDeadlinesOf(const QUuid& procedureUuid, HolidayRegion region);

    // A procedure's milestones, live or tombstoned (what a sync looks at).
    QList<QUuid> uuidsOf(const QUuid& procedureUuid);
    // The procedure of a milestone, live or tombstoned; null when the desk does not hold it.
    QUuid procedureOf(const QUuid& uuid);
    // Which deletions tombstoneAllOf() queues: every one (the procedure deleted here), those of the
    // milestones the platform holds (a deletion from elsewhere the user decided to follow), or none
    // (the platform's deletion: the milestones' own follow in the feed).
    enum class QueueDeletions
    {
        All,
        OfSent,
        None
    };
    // Tombstones the live milestones of a deleted procedure (revision bumped); pending entries of
    // the ones not queued again go.
    void tombstoneAllOf(const QUuid& procedureUuid, QueueDeletions queue);
    // Queues every live milestone of a procedure that has no pending entry (a procedure kept after
    // its deletion elsewhere: its timeline goes back to the platform with it).
    void requeueAllOf(const QUuid& procedureUuid);

    // For the sync: a milestone received from the platform, written as the other desk stored it
    // (its deadlines were computed there and arrive as records), with the platform's version;
    // never queued. The caller checked that what it refers to is on the desk.
    void storeReceived(const Milestone& milestone, qint64 serverVersion);
    // Tombstones a milestone deleted elsewhere (revision bumped, never queued).
    void removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);

signals:
    void milestonesChanged(const QUuid& procedureUuid);

private:
    void recomputeDeadlines(const QString& whereSql, const QVariantList& values, HolidayRegion region);
    void enqueue(const QUuid& uuid, qint64 revision, bool deleted);

    Database& m_database;
};

} // namespace casedesk

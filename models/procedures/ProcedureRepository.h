#pragma once

#include "campaigns/Association.h"
#include "procedures/DeadlineCalculator.h"
#include "procedures/Procedure.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace casedesk {

class Database;

// What the deadlines dashboard asks for.
struct DeadlineQuery
{
    QDate today;
    int horizonDays = 30; // open deadlines due up to today + horizonDays
    bool includeOverdue = true; // open deadlines already past
    QUuid campaignUuid; // null: every campaign
};

// One line of the deadlines dashboard.
struct DeadlineItem
{
    QUuid milestoneUuid;
    QDate due;
    QString title;
    QString ruleId;
    QUuid procedureUuid;
    QString procedureName;
    QUuid campaignUuid;
    QString campaignTitle;
    int daysRemaining = 0; // negative when overdue
    bool overdue() const { return daysRemaining < 0; }
};

// A milestone as the calendar export needs it.
struct CalendarEntry
{
    Procedure procedure;
    Milestone milestone;
    QString campaignTitle;
};

// Reads and writes procedures and their milestones. Every write is one transaction that bumps
// the record's revision and queues it for sync; a refused write changes nothing.
class ProcedureRepository : public QObject
{
    Q_OBJECT

public:
    explicit ProcedureRepository(Database& database, QObject* parent = nullptr);

    // What is wrong with `procedure` before it can be stored (unknown campaign, an appeal of a
    // procedure of another campaign, an appeal chain that loops); empty when it can be.
    QList<FieldProblem> check(const Procedure& procedure);
    // Stores a new procedure; throws DatabaseError with the problems when check() refuses it.
    Procedure create(const Procedure& procedure);
    // Saves the fields; throws StaleRecordError when it changed elsewhere since it was read. A new
    // holiday region recomputes the procedure's open deadlines.
    void save(Procedure& procedure);
    // Tombstones the procedure and its milestones; refused while an appeal of it exists.
    void remove(const QUuid& uuid);
    std::optional<Procedure> load(const QUuid& uuid);
    // A campaign's procedures, each appeal right after the procedure it challenges.
    QList<Procedure> forCampaign(const QUuid& campaignUuid);
    // Every procedure of the chain `uuid` belongs to: the first instance, its appeal, the pourvoi.
    QList<Procedure> appealChain(const QUuid& uuid);
    // How deep `uuid` sits in its chain (0 for a first instance).
    int appealDepth(const QUuid& uuid);
    // A full UUID or an unambiguous prefix of at least 4 characters.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    QList<FieldProblem> checkMilestone(const Milestone& milestone);
    Milestone addMilestone(const Milestone& milestone);
    // Saves the fields; when the date of a milestone that started deadlines changes, the open
    // deadlines it started are computed again in the same transaction.
    void saveMilestone(Milestone& milestone);
    void setMilestoneDone(const QUuid& uuid, bool done);
    void removeMilestone(const QUuid& uuid);
    std::optional<Milestone> loadMilestone(const QUuid& uuid);
    // The timeline, in date order.
    QList<Milestone> milestones(const QUuid& procedureUuid);
    std::optional<QUuid> resolveMilestone(const QString& reference, QString* errorMessage);

    // The deadline `ruleId` computed from the date of milestone `sourceUuid`, with the
    // procedure's holiday region: what recording a notification proposes.
    ComputedDeadline proposeDeadline(const QUuid& sourceUuid, const QString& ruleId);
    // Stores that deadline as a milestone of the same procedure.
    Milestone addDeadline(const QUuid& sourceUuid, const QString& ruleId);
    // A milestone and, when `ruleId` is not empty, the deadline it starts, in one transaction:
    // both are stored or neither. Returns the milestone, then the deadline.
    QList<Milestone> recordMilestone(const Milestone& milestone, const QString& ruleId);
    // The reasoning of a stored deadline, computed again from its rule and start (invalid when
    // it was entered by hand).
    ComputedDeadline explain(const Milestone& deadline);

    // The dashboard: open deadlines, overdue first then by due date.
    QList<DeadlineItem> deadlines(const DeadlineQuery& query);
    // Every milestone of live procedures, for the calendar export (optionally one campaign).
    QList<CalendarEntry> calendarEntries(const QUuid& campaignUuid = {});

    // The open deadlines `source` started, computed again from its date (start date moved,
    // revisions bumped, queued): after a sync conflict decided a new date for it.
    void moveDeadlinesStartedBy(const Milestone& source);
    // A procedure or milestone received from the platform, written as it is (inserted or
    // updated by UUID, revived if tombstoned here), with the platform's version; never queued.
    // The caller checked that what it refers to is on the desk (the foreign keys would refuse it).
    void storeReceived(const Procedure& procedure, qint64 serverVersion);
    void storeReceived(const Milestone& milestone, qint64 serverVersion);

signals:
    void proceduresChanged(const QUuid& campaignUuid);
    void milestonesChanged(const QUuid& procedureUuid);

private:
    void recomputeDeadlines(const QString& whereSql, const QVariantList& values, HolidayRegion region);
    void enqueueMilestone(const QUuid& uuid, qint64 revision, bool deleted);

    Database& m_database;
};

} // namespace casedesk

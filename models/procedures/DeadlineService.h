#pragma once

#include "procedures/DeadlineCalculator.h"
#include "procedures/Procedure.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

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

// How pressing an open deadline is, wherever it is shown (the dashboard, the start-up reminder,
// a procedure's timeline).
enum class DeadlineUrgency
{
    Later,
    DueSoon, // within kDueSoonDays
    Overdue
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

// What the deadlines are: a rule's deadline from a milestone, its reasoning, the open ones across
// campaigns and how pressing each is. Reads only; MilestoneRepository stores them.
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    // "Due soon": a deadline within a week, the usual time to prepare a filing.
    static constexpr int kDueSoonDays = 7;

    explicit DeadlineService(Database& database);

    // The deadline `ruleId` computed from the date of milestone `sourceUuid`, with the
    // procedure's holiday region: what recording a notification proposes. Throws DatabaseError
    // for an unknown milestone or rule.
    ComputedDeadline propose(const QUuid& sourceUuid, const QString& ruleId);
    // The reasoning of a stored deadline, computed again from its rule and start (invalid when
    // it was entered by hand).
    ComputedDeadline explain(const Milestone& deadline);
    // The dashboard: open deadlines, overdue first then by due date.
    QList<DeadlineItem> due(const DeadlineQuery& query);
    // Every milestone of live procedures, for the calendar export (optionally one campaign).
    QList<CalendarEntry> calendarEntries(const QUuid& campaignUuid = {});

    static DeadlineUrgency urgency(int daysRemaining);
    static DeadlineUrgency urgency(const QDate& due, const QDate& today);
    // The colour a view paints an urgency in (invalid: the view's own).
    static QColor colour(DeadlineUrgency urgency);

private:
    HolidayRegion regionOf(const QUuid& procedureUuid);

    Database& m_database;
};

} // namespace casedesk

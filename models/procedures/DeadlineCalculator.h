#pragma once

#include "procedures/DeadlineRules.h"
#include "procedures/FrenchCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace casedesk {

// One line of a deadline's reasoning.
struct DeadlineStep
{
    enum class Kind
    {
        Rule,
        Start,
        Count,
        Shift,
        Due
    };
    Kind kind = Kind::Rule;
    QDate date; // the date the step arrives at (the start, the raw end, the shifted day)
    QString text; // translated sentence
};

// A computed deadline and why it falls where it does.
struct ComputedDeadline
{
    DeadlineRule rule;
    HolidayRegion region = HolidayRegion::Metropole;
    QDate start; // the event that starts it (notification, publication, service)
    QDate rawEnd; // end of the period before any move over non-working days
    QDate due; // the last day the act can be done, until midnight
    QList<DeadlineStep> steps;

    bool isValid() const { return due.isValid(); }
    QStringList explanation() const;
    QList<DeadlineStep> shifts() const;
};

// French procedure's computation of time limits:
// - Code de procédure civile, art. 640-642: a period in days does not count its starting day; a
//   period in months ends on the same day-number, or on the last day of a month that has none;
//   a period that would end on a Saturday, Sunday or public holiday ends on the next working day.
// - Administrative courts' délai franc (CE Sect. 4 June 1954, Commune de Décines-Charpieu):
//   neither the starting day nor the last day counts, so the period ends one day later; a
//   decision notified on 1 October 2007 can be challenged until 2 December 2007, a Sunday, so
//   until Monday 3 December.
class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)

public:
    // An invalid result when `start` is not a valid date.
    static ComputedDeadline compute(const DeadlineRule& rule, const QDate& start, HolidayRegion region);
    // The next working day on or after `date`, with the reason for each day skipped.
    static QDate nextWorkingDay(const QDate& date, HolidayRegion region, QStringList* reasons = nullptr);
};

} // namespace casedesk

#include "procedures/DeadlineCalculator.h"

#include <QLocale>

namespace casedesk {

namespace {

QString date(const QDate& day)
{
    return FrenchCalendar::longDate(day);
}

QString monthName(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("MMMM yyyy"));
}

} // namespace

QStringList ComputedDeadline::explanation() const
{
    QStringList lines;
    for (const DeadlineStep& step : steps)
        lines.append(step.text);
    return lines;
}

QList<DeadlineStep> ComputedDeadline::shifts() const
{
    QList<DeadlineStep> list;
    for (const DeadlineStep& step : steps) {
        if (step.kind == DeadlineStep::Kind::Shift)
            list.append(step);
    }
    return list;
}

QDate DeadlineCalculator::nextWorkingDay(const QDate& day, HolidayRegion region, QStringList* reasons)
{
    QDate current = day;
    while (current.isValid()) {
        const std::optional<QString> reason = FrenchCalendar::nonWorkingReason(current, region);
        if (!reason)
            break;
        if (reasons)
            reasons->append(*reason);
        current = current.addDays(1);
    }
    return current;
}

ComputedDeadline DeadlineCalculator::compute(const DeadlineRule& rule, const QDate& start,
                                             HolidayRegion region)
{
    ComputedDeadline result;
    result.rule = rule;
    result.region = region;
    result.start = start;
    if (!start.isValid() || rule.length <= 0)
        return result;

    result.steps.append(
        { DeadlineStep::Kind::Rule, QDate(),
          tr("Rule %1: %2 (%3), %4.").arg(rule.id, rule.label(), rule.article, rule.lengthText()) });
    const QString event = rule.startingEvent().isEmpty() ? tr("the starting event") : rule.startingEvent();
    result.steps.append(
        { DeadlineStep::Kind::Start, start, tr("Starting point: %1, on %2.").arg(event, date(start)) });

    QDate end;
    QString count;
    const QString amount = rule.amountText();
    if (rule.unit == DeadlineRule::Unit::Days) {
        if (rule.franc) {
            end = start.addDays(rule.length + 1);
            count = tr("Délai franc: neither the starting day nor the last day counts, so %1 counted from "
                       "the day "
                       "after %2 end on %3.")
                        .arg(amount, date(start), date(end));
        } else {
            end = start.addDays(rule.length);
            count = tr("The starting day does not count (CPC art. 641): %1 counted from the day after %2 end "
                       "on %3.")
                        .arg(amount, date(start), date(end));
        }
    } else {
        // Months first, at the same day-number; QDate::addMonths falls back to the month's last day.
        const QDate origin = rule.franc ? start.addDays(1) : start;
        end = origin.addMonths(rule.length);
        const bool clamped = end.day() != origin.day();
        if (rule.franc) {
            count = clamped ? tr("Délai franc: neither the starting day nor the last day counts, so the "
                                 "period runs from %1 and "
                                 "ends %2 later on the same day-number; %3 has no day %4, so it ends on the "
                                 "last day of that "
                                 "month, %5.")
                                  .arg(date(origin), amount, monthName(end))
                                  .arg(origin.day())
                                  .arg(date(end))
                            : tr("Délai franc: neither the starting day nor the last day counts, so the "
                                 "period runs from %1 and "
                                 "ends %2 later on the same day-number, %3.")
                                  .arg(date(origin), amount, date(end));
        } else {
            count = clamped
                ? tr("%1 from %2 end on the same day-number (CPC art. 641); %3 has no day %4, so the "
                     "period ends on the last day of that month, %5.")
                      .arg(amount, date(origin), monthName(end))
                      .arg(origin.day())
                      .arg(date(end))
                : tr("%1 from %2 end on the same day-number (CPC art. 641): %3.")
                      .arg(amount, date(origin), date(end));
        }
    }
    result.rawEnd = end;
    result.steps.append({ DeadlineStep::Kind::Count, end, count });

    QDate due = end;
    if (rule.calendar == DeadlineRule::Calendar::WorkingDays) {
        const QString basis
            = rule.franc ? tr("case law of the Conseil d'État, as CPC art. 642") : tr("CPC art. 642");
        while (const std::optional<QString> reason = FrenchCalendar::nonWorkingReason(due, region)) {
            const QDate next = due.addDays(1);
            result.steps.append(
                { DeadlineStep::Kind::Shift, next,
                  tr("%1: the deadline moves to the next day, %2 (%3).").arg(*reason, date(next), basis) });
            due = next;
        }
    } else {
        result.steps.append({ DeadlineStep::Kind::Rule, due,
                              tr("This deadline is not extended when it ends on a non-working day.") });
    }
    result.due = due;
    result.steps.append({ DeadlineStep::Kind::Due, due,
                          tr("Due: %1, until midnight. Public holidays: %2.")
                              .arg(date(due), FrenchCalendar::regionName(region)) });
    return result;
}

} // namespace casedesk

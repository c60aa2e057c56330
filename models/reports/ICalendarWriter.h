#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casedesk {

struct CalendarEntry;

// An all-day event of the export.
struct CalendarEvent
{
    QString uid; // stable across exports, so calendars update the event instead of doubling it
    QDate date;
    QString summary;
    QString description;
    QStringList categories;
    int sequence = 0; // bumped with each change (the record's revision - 1)
    QDateTime lastModified;
    // Reminders, in minutes relative to the start of the day (negative: before).
    QList<int> alarmOffsetsMinutes;
};

// iCalendar (RFC 5545) for the lawyer's and the board's calendars: all-day events with
// display alarms, text escaped (3.3.11), lines folded at 75 octets (3.1) and ended by CRLF.
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    static QByteArray write(const QList<CalendarEvent>& events, const QDateTime& stamp);
    // Writes through QSaveFile: the file is complete or left as it was.
    static bool save(const QString& path, const QByteArray& data, QString* errorMessage);

    // The events for procedure milestones: open deadlines get reminders 7 days before, the day
    // before and the morning itself; hearings the day before. Descriptions carry the reasoning.
    static QList<CalendarEvent> eventsFor(const QList<CalendarEntry>& entries,
                                          const std::function<QStringList(const CalendarEntry&)>& explain);

    static QString escapeText(const QString& text);
    static QByteArray foldLine(const QByteArray& line);
};

} // namespace casedesk

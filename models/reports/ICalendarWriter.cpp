#include "reports/ICalendarWriter.h"

#include "procedures/DeadlineService.h"

#include <QSaveFile>

#include <algorithm>
#include <cstdlib>

namespace casedesk {

namespace {

QString utcStamp(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// RFC 5545 3.3.6: "-P6DT15H" for 6 days and 15 hours before.
QString durationValue(int minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    int rest = std::abs(minutes);
    const int days = rest / (24 * 60);
    rest %= 24 * 60;
    const int hours = rest / 60;
    const int mins = rest % 60;
    QString value = sign + QStringLiteral("P");
    if (days > 0)
        value += QString::number(days) + QLatin1Char('D');
    if (hours > 0 || mins > 0 || days == 0) {
        value += QLatin1Char('T');
        if (hours > 0 || mins == 0)
            value += QString::number(hours) + QLatin1Char('H');
        if (mins > 0)
            value += QString::number(mins) + QLatin1Char('M');
    }
    return value;
}

} // namespace

QString ICalendarWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QByteArray ICalendarWriter::foldLine(const QByteArray& line)
{
    // At most 75 octets per physical line, never inside a UTF-8 sequence; continuation lines
    // start with one space, which counts towards their 75.
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::write(const QList<CalendarEvent>& events, const QDateTime& stamp)
{
    QByteArray out;
    const auto line = [&out](const QString& text) {
        out += foldLine(text.toUtf8());
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//CaseDesk//CaseDesk procedures//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(tr("CaseDesk: procedures and deadlines")));
    for (const CalendarEvent& event : events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + event.uid);
        line(QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.date));
        line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(event.date.addDays(1)));
        line(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        if (!event.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        if (!event.categories.isEmpty()) {
            QStringList escaped;
            for (const QString& category : event.categories)
                escaped.append(escapeText(category));
            line(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
        }
        line(QStringLiteral("SEQUENCE:") + QString::number(std::max(0, event.sequence)));
        if (event.lastModified.isValid())
            line(QStringLiteral("LAST-MODIFIED:") + utcStamp(event.lastModified));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        for (const int offset : event.alarmOffsetsMinutes) {
            line(QStringLiteral("BEGIN:VALARM"));
            line(QStringLiteral("ACTION:DISPLAY"));
            line(QStringLiteral("DESCRIPTION:") + escapeText(event.summary));
            line(QStringLiteral("TRIGGER:") + durationValue(offset));
            line(QStringLiteral("END:VALARM"));
        }
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

bool ICalendarWriter::save(const QString& path, const QByteArray& data, QString* errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write the calendar file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *errorMessage = tr("Cannot write the calendar file %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QList<CalendarEvent>
ICalendarWriter::eventsFor(const QList<CalendarEntry>& entries,
                           const std::function<QStringList(const CalendarEntry&)>& explain)
{
    constexpr int kDay = 24 * 60;
    QList<CalendarEvent> events;
    for (const CalendarEntry& entry : entries) {
        const Milestone& milestone = entry.milestone;
        CalendarEvent event;
        event.uid = milestone.sync.uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@casedesk");
        event.date = milestone.date;
        const QString title
            = milestone.title.isEmpty() ? ProcedureText::milestoneKind(milestone.kind) : milestone.title;
        if (milestone.isDeadline()) {
            event.summary = milestone.done
                ? tr("Deadline met: %1 (%2)").arg(title, entry.procedure.displayName())
                : tr("DEADLINE: %1 (%2)").arg(title, entry.procedure.displayName());
        } else {
            event.summary = tr("%1 (%2)").arg(title, entry.procedure.displayName());
        }
        QStringList description = {
            tr("Campaign: %1").arg(entry.campaignTitle),
            tr("Procedure: %1, %2")
                .arg(ProcedureText::kind(entry.procedure.kind), entry.procedure.displayName()),
        };
        if (!entry.procedure.lawyer.isEmpty())
            description.append(tr("Lawyer: %1").arg(entry.procedure.lawyer));
        if (!milestone.note.isEmpty())
            description.append(milestone.note);
        const QStringList reasoning = explain ? explain(entry) : QStringList();
        if (!reasoning.isEmpty()) {
            description.append(QString());
            description += reasoning;
        }
        event.description = description.join(QLatin1Char('\n'));
        event.categories = { ProcedureText::milestoneKind(milestone.kind), QStringLiteral("CaseDesk") };
        event.sequence = int(std::max<qint64>(0, milestone.sync.revision - 1));
        event.lastModified = milestone.sync.updatedAt;
        if (milestone.isDeadline() && !milestone.done)
            event.alarmOffsetsMinutes = { -7 * kDay + 9 * 60, -kDay + 9 * 60, 8 * 60 };
        else if (milestone.kind == MilestoneKind::Hearing)
            event.alarmOffsetsMinutes = { -kDay + 9 * 60 };
        events.append(event);
    }
    return events;
}

} // namespace casedesk

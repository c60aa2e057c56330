// The iCalendar export parsed back: RFC 5545 structure, CRLF line ends, folded lines of at most
// 75 octets that never split a UTF-8 character, escaped text, all-day dates, stable UIDs and
// display alarms on open deadlines, and a file written whole through QSaveFile.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"
#include "reports/ICalendarWriter.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct Property
{
    QString name;
    QStringList parameters;
    QString value;
};

// A small RFC 5545 reader: unfolds, splits name;params:value and unescapes TEXT.
QList<Property> parse(const QByteArray& data, QString* problem)
{
    if (!data.endsWith("\r\n")) {
        *problem = QStringLiteral("does not end with CRLF");
        return {};
    }
    if (data.count('\n') != data.count("\r\n")) {
        *problem = QStringLiteral("a line ends with a bare LF");
        return {};
    }
    const QList<QByteArray> physical = data.left(data.size() - 2).split('\n');
    QList<QByteArray> logical;
    for (QByteArray line : physical) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > 75) {
            *problem = QStringLiteral("a line is longer than 75 octets: ") + QString::fromUtf8(line);
            return {};
        }
        if (QString::fromUtf8(line).contains(QChar::ReplacementCharacter)) {
            *problem = QStringLiteral("a fold splits a UTF-8 character");
            return {};
        }
        if (line.startsWith(' ')) {
            if (logical.isEmpty()) {
                *problem = QStringLiteral("continuation without a line");
                return {};
            }
            logical.last() += line.mid(1);
        } else {
            logical.append(line);
        }
    }
    QList<Property> properties;
    for (const QByteArray& raw : logical) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        QStringList head = line.left(colon).split(QLatin1Char(';'));
        Property property;
        property.name = head.takeFirst();
        property.parameters = head;
        QString value;
        const QString escaped = line.mid(colon + 1);
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            if (escaped.at(i) == QLatin1Char('\\') && i + 1 < escaped.size()) {
                const QChar next = escaped.at(++i);
                value
                    += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : next;
            } else {
                value += escaped.at(i);
            }
        }
        property.value = value;
        properties.append(property);
    }
    return properties;
}

QList<QList<Property>> components(const QList<Property>& properties, const QString& name)
{
    QList<QList<Property>> found;
    QList<Property>* current = nullptr;
    int depth = 0;
    for (const Property& property : properties) {
        if (property.name == QLatin1String("BEGIN") && property.value == name && depth == 0) {
            found.append(QList<Property>());
            current = &found.last();
            depth = 1;
            continue;
        }
        if (!current)
            continue;
        if (property.name == QLatin1String("BEGIN"))
            ++depth;
        if (property.name == QLatin1String("END") && --depth == 0) {
            current = nullptr;
            continue;
        }
        current->append(property);
    }
    return found;
}

QString valueOf(const QList<Property>& component, const QString& name)
{
    for (const Property& property : component) {
        if (property.name == name)
            return property.value;
    }
    return {};
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void escapingAndFolding()
    {
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("a;b,c\\d\ne")),
                 QStringLiteral("a\\;b\\,c\\\\d\\ne"));
        const QByteArray longLine = QByteArray("DESCRIPTION:") + QString(100, QChar(0x00e9)).toUtf8();
        const QByteArray folded = ICalendarWriter::foldLine(longLine);
        for (const QByteArray& part : folded.split('\n')) {
            QVERIFY(part.size() <= 76); // 75 octets + CR
        }
        QString problem;
        const QList<Property> back = parse(folded, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().value, QString(100, QChar(0x00e9)));
    }

    void exportParsesBack()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        ProcedureRepository repository(desk.database());
        const QUuid campaign
            = desk.campaigns()
                  .create(completeCampaign(clock.today(), QStringLiteral("Sivens, zone humide")))
                  .sync.uuid;
        Procedure procedure;
        procedure.campaignUuid = campaign;
        procedure.court = Court::TribunalAdministratif;
        procedure.courtName = QStringLiteral("Tribunal administratif de Toulouse");
        procedure.lawyer = QStringLiteral("Me Durand; cabinet Durand, Toulouse");
        procedure = createdProcedure(repository, procedure);
        Milestone hearing = milestoneOf(procedure.sync.uuid, MilestoneKind::Hearing, QDate(2026, 4, 2),
                                        QStringLiteral("Audience publique, salle 2"));
        hearing = addedMilestone(repository.milestones(), hearing);
        Milestone notification = hearing;
        notification.sync = {};
        notification.kind = MilestoneKind::Notification;
        notification.date = QDate(2026, 4, 20);
        notification.title = QStringLiteral("Jugement notifié");
        notification = addedMilestone(repository.milestones(), notification);
        const Milestone deadline
            = repository.milestones().addDeadline(notification.sync.uuid, QStringLiteral("cja-r811-2"));

        const QList<CalendarEntry> entries = DeadlineService(repository.database()).calendarEntries();
        QCOMPARE(entries.size(), 3);
        const QList<CalendarEvent> events
            = ICalendarWriter::eventsFor(entries, [&](const CalendarEntry& entry) {
                  return DeadlineService(repository.database()).explain(entry.milestone).explanation();
              });
        const QByteArray data = ICalendarWriter::write(events, clock.now());

        QString problem;
        const QList<Property> properties = parse(data, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(properties.first().name, QStringLiteral("BEGIN"));
        QCOMPARE(properties.first().value, QStringLiteral("VCALENDAR"));
        QCOMPARE(properties.last().value, QStringLiteral("VCALENDAR"));
        const QList<QList<Property>> calendars = components(properties, QStringLiteral("VCALENDAR"));
        QCOMPARE(calendars.size(), 1);
        QCOMPARE(valueOf(calendars.first(), QStringLiteral("VERSION")), QStringLiteral("2.0"));
        QVERIFY(!valueOf(calendars.first(), QStringLiteral("PRODID")).isEmpty());

        const QList<QList<Property>> vevents = components(calendars.first(), QStringLiteral("VEVENT"));
        QCOMPARE(vevents.size(), 3);
        for (const QList<Property>& event : vevents) {
            QVERIFY(valueOf(event, QStringLiteral("UID")).endsWith(QStringLiteral("@casedesk")));
            QCOMPARE(valueOf(event, QStringLiteral("DTSTAMP")), QStringLiteral("20260316T120000Z"));
        }
        // The deadline: all-day on its due date (20 April + 2 months franc = 21 June 2026, a
        // Sunday, so Monday 22 June), its reasoning in the description, three alarms.
        const QList<Property>& last = vevents.at(2);
        QCOMPARE(deadline.date, QDate(2026, 6, 22));
        QCOMPARE(valueOf(last, QStringLiteral("UID")),
                 deadline.sync.uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@casedesk"));
        for (const Property& property : last) {
            if (property.name == QLatin1String("DTSTART")) {
                QCOMPARE(property.parameters, QStringList { QStringLiteral("VALUE=DATE") });
                QCOMPARE(property.value, QStringLiteral("20260622"));
            }
            if (property.name == QLatin1String("DTEND"))
                QCOMPARE(property.value, QStringLiteral("20260623"));
        }
        QVERIFY(valueOf(last, QStringLiteral("SUMMARY")).startsWith(QStringLiteral("DEADLINE: ")));
        const QString description = valueOf(last, QStringLiteral("DESCRIPTION"));
        QVERIFY2(description.contains(QStringLiteral("Campaign: Sivens, zone humide")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Lawyer: Me Durand; cabinet Durand, Toulouse")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Sunday 21 June 2026 is a Sunday")),
                 qPrintable(description));
        const QList<QList<Property>> alarms = components(last, QStringLiteral("VALARM"));
        QCOMPARE(alarms.size(), 3);
        QStringList triggers;
        for (const QList<Property>& alarm : alarms) {
            QCOMPARE(valueOf(alarm, QStringLiteral("ACTION")), QStringLiteral("DISPLAY"));
            QVERIFY(!valueOf(alarm, QStringLiteral("DESCRIPTION")).isEmpty());
            triggers.append(valueOf(alarm, QStringLiteral("TRIGGER")));
        }
        QCOMPARE(
            triggers,
            (QStringList { QStringLiteral("-P6DT15H"), QStringLiteral("-PT15H"), QStringLiteral("PT8H") }));
        // The hearing: one alarm the day before; the notification: none.
        QCOMPARE(components(vevents.at(0), QStringLiteral("VALARM")).size(), 1);
        QCOMPARE(valueOf(vevents.at(0), QStringLiteral("SUMMARY")),
                 QStringLiteral("Audience publique, salle 2 (Tribunal administratif de Toulouse)"));
        QCOMPARE(components(vevents.at(1), QStringLiteral("VALARM")).size(), 0);

        // A deadline met keeps its event but loses its alarms.
        repository.milestones().setDone(deadline.sync.uuid, true);
        const QList<CalendarEvent> after
            = ICalendarWriter::eventsFor(DeadlineService(repository.database()).calendarEntries(), {});
        QVERIFY(after.at(2).alarmOffsetsMinutes.isEmpty());
        QCOMPARE(after.at(2).sequence, 1);

        // Saved whole, or not at all.
        QString error;
        const QString path = desk.filePath(QStringLiteral("deadlines.ics"));
        QVERIFY2(ICalendarWriter::save(path, data, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), data);
        QVERIFY(!ICalendarWriter::save(desk.filePath(QStringLiteral("missing/dir/x.ics")), data, &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir/x.ics")));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"

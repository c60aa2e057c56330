// The deadline engine against a table of cases, each citing the article it applies: days and
// months (CPC art. 640-642), the administrative délai franc, month ends, leap years, weekends,
// holidays and both holiday calendars. Expected dates were worked out by hand on a calendar.

#include "procedures/DeadlineCalculator.h"
#include "procedures/DeadlineRules.h"

#include <QLocale>
#include <QTest>

using namespace casedesk;

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(DeadlineRules::builtIn().loadError().isEmpty(),
                 qPrintable(DeadlineRules::builtIn().loadError()));
    }

    void requiredRulesArePresent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("months");
        QTest::addColumn<bool>("franc");
        QTest::addColumn<QString>("article");
        QTest::newRow("R421-1") << QStringLiteral("cja-r421-1") << 2 << true << true
                                << QStringLiteral("CJA, art. R421-1");
        QTest::newRow("R811-2") << QStringLiteral("cja-r811-2") << 2 << true << true
                                << QStringLiteral("CJA, art. R811-2");
        QTest::newRow("R821-1") << QStringLiteral("cja-r821-1") << 2 << true << true
                                << QStringLiteral("CJA, art. R821-1");
        QTest::newRow("538") << QStringLiteral("cpc-538") << 1 << true << false
                             << QStringLiteral("CPC, art. 538");
        QTest::newRow("538 gracieuse")
            << QStringLiteral("cpc-538-gracieuse") << 15 << false << false << QStringLiteral("CPC, art. 538");
        QTest::newRow("490") << QStringLiteral("cpc-490") << 15 << false << false
                             << QStringLiteral("CPC, art. 490");
        QTest::newRow("612") << QStringLiteral("cpc-612") << 2 << true << false
                             << QStringLiteral("CPC, art. 612");
        QTest::newRow("R523-1") << QStringLiteral("cja-r523-1") << 15 << false << true
                                << QStringLiteral("CJA, art. R523-1");
        QTest::newRow("L523-1") << QStringLiteral("cja-l523-1") << 15 << false << true
                                << QStringLiteral("CJA, art. L523-1");
    }

    void requiredRulesArePresent()
    {
        QFETCH(QString, id);
        QFETCH(int, length);
        QFETCH(bool, months);
        QFETCH(bool, franc);
        QFETCH(QString, article);
        const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(id);
        QVERIFY2(rule, qPrintable(id));
        QCOMPARE(rule->length, length);
        QCOMPARE(rule->unit == DeadlineRule::Unit::Months, months);
        QCOMPARE(rule->franc, franc);
        QCOMPARE(rule->article, article);
        QCOMPARE(rule->calendar, DeadlineRule::Calendar::WorkingDays);
        QVERIFY(!rule->labelEn.isEmpty());
        QVERIFY(!rule->labelFr.isEmpty());
    }

    void deadlines_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("rawEnd");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("shifts");

        // CJA R421-1, délai franc: the case law's own example. Notified 1 October 2007, the
        // period ends on 2 December 2007, a Sunday, so on Monday 3 December.
        QTest::newRow("R421-1 franc, Sunday (CE example)")
            << QStringLiteral("cja-r421-1") << QDate(2007, 10, 1) << QStringLiteral("metropole")
            << QDate(2007, 12, 2) << QDate(2007, 12, 3) << 1;
        // CJA R421-1: notified 3 January 2021, expires 4 March 2021 at midnight.
        QTest::newRow("R421-1 franc, plain weekday")
            << QStringLiteral("cja-r421-1") << QDate(2021, 1, 3) << QStringLiteral("metropole")
            << QDate(2021, 3, 4) << QDate(2021, 3, 4) << 0;
        // CJA R421-1: the franc end falls on All Saints' Day, a Sunday in 2026.
        QTest::newRow("R421-1 franc, All Saints on a Sunday")
            << QStringLiteral("cja-r421-1") << QDate(2026, 8, 31) << QStringLiteral("metropole")
            << QDate(2026, 11, 1) << QDate(2026, 11, 2) << 1;
        // CJA R811-2: from 31 December (day after 30 December) there is no 31 February: the
        // period ends on the last day of February.
        QTest::newRow("R811-2 franc, end of February")
            << QStringLiteral("cja-r811-2") << QDate(2010, 12, 30) << QStringLiteral("metropole")
            << QDate(2011, 2, 28) << QDate(2011, 2, 28) << 0;
        // CJA R811-2: crossing the year onto New Year's Day, a Saturday, then Sunday.
        QTest::newRow("R811-2 franc, New Year on a Saturday")
            << QStringLiteral("cja-r811-2") << QDate(2021, 10, 31) << QStringLiteral("metropole")
            << QDate(2022, 1, 1) << QDate(2022, 1, 3) << 2;
        // CJA R811-2 at the TA de Strasbourg: ends on Good Friday 2025, a working day in most of
        // France but a holiday in Alsace-Moselle, followed by Easter weekend and Easter Monday.
        QTest::newRow("R811-2 franc, Good Friday, metropole")
            << QStringLiteral("cja-r811-2") << QDate(2025, 2, 17) << QStringLiteral("metropole")
            << QDate(2025, 4, 18) << QDate(2025, 4, 18) << 0;
        QTest::newRow("R811-2 franc, Good Friday, Alsace-Moselle")
            << QStringLiteral("cja-r811-2") << QDate(2025, 2, 17) << QStringLiteral("alsace-moselle")
            << QDate(2025, 4, 18) << QDate(2025, 4, 22) << 4;
        // CJA R821-1: leap year, 29 February 2024 exists.
        QTest::newRow("R821-1 franc, 29 February in a leap year")
            << QStringLiteral("cja-r821-1") << QDate(2023, 12, 29) << QStringLiteral("metropole")
            << QDate(2024, 2, 29) << QDate(2024, 2, 29) << 0;
        // CJA R523-1, 15 days franc: 1 July 2024 + 15 + 1 = 17 July.
        QTest::newRow("R523-1 franc, 15 days")
            << QStringLiteral("cja-r523-1") << QDate(2024, 7, 1) << QStringLiteral("metropole")
            << QDate(2024, 7, 17) << QDate(2024, 7, 17) << 0;
        // CJA L523-1, 15 days franc, onto Assumption Day.
        QTest::newRow("L523-1 franc, Assumption")
            << QStringLiteral("cja-l523-1") << QDate(2024, 7, 30) << QStringLiteral("metropole")
            << QDate(2024, 8, 15) << QDate(2024, 8, 16) << 1;
        // CPC 538 + 641: one month from 31 January ends on the last day of February...
        QTest::newRow("538, 31 January to 28 February")
            << QStringLiteral("cpc-538") << QDate(2023, 1, 31) << QStringLiteral("metropole")
            << QDate(2023, 2, 28) << QDate(2023, 2, 28) << 0;
        // ...which is the 29th in a leap year.
        QTest::newRow("538, 31 January to 29 February (leap year)")
            << QStringLiteral("cpc-538") << QDate(2024, 1, 31) << QStringLiteral("metropole")
            << QDate(2024, 2, 29) << QDate(2024, 2, 29) << 0;
        // CPC 538 + 642: Bastille Day on a Friday, then the weekend: Monday.
        QTest::newRow("538, Bastille Day then weekend")
            << QStringLiteral("cpc-538") << QDate(2023, 6, 14) << QStringLiteral("metropole")
            << QDate(2023, 7, 14) << QDate(2023, 7, 17) << 3;
        // CPC 538 + 642: Whit Monday 2025 (Easter 20 April + 50 days).
        QTest::newRow("538, Whit Monday")
            << QStringLiteral("cpc-538") << QDate(2025, 5, 9) << QStringLiteral("metropole")
            << QDate(2025, 6, 9) << QDate(2025, 6, 10) << 1;
        // CPC 538 + 642: 8 May on a Friday, then the weekend.
        QTest::newRow("538, 8 May then weekend")
            << QStringLiteral("cpc-538") << QDate(2026, 4, 8) << QStringLiteral("metropole")
            << QDate(2026, 5, 8) << QDate(2026, 5, 11) << 3;
        // CPC 538: 26 December is a working day in most of France, a holiday in Alsace-Moselle.
        QTest::newRow("538, 26 December, metropole")
            << QStringLiteral("cpc-538") << QDate(2025, 11, 26) << QStringLiteral("metropole")
            << QDate(2025, 12, 26) << QDate(2025, 12, 26) << 0;
        QTest::newRow("538, 26 December, Alsace-Moselle")
            << QStringLiteral("cpc-538") << QDate(2025, 11, 26) << QStringLiteral("alsace-moselle")
            << QDate(2025, 12, 26) << QDate(2025, 12, 29) << 3;
        // CPC 538 (matière gracieuse), 15 days: lands on Ascension Day 2024.
        QTest::newRow("538 gracieuse, Ascension")
            << QStringLiteral("cpc-538-gracieuse") << QDate(2024, 4, 24) << QStringLiteral("metropole")
            << QDate(2024, 5, 9) << QDate(2024, 5, 10) << 1;
        // CPC 490 + 641: 15 days, the starting day not counted, onto Labour Day.
        QTest::newRow("490, Labour Day")
            << QStringLiteral("cpc-490") << QDate(2024, 4, 16) << QStringLiteral("metropole")
            << QDate(2024, 5, 1) << QDate(2024, 5, 2) << 1;
        // CPC 490: onto Easter Monday 2026.
        QTest::newRow("490, Easter Monday")
            << QStringLiteral("cpc-490") << QDate(2026, 3, 22) << QStringLiteral("metropole")
            << QDate(2026, 4, 6) << QDate(2026, 4, 7) << 1;
        // CPC 490: Good Friday 2026 is a working day in most of France...
        QTest::newRow("490, Good Friday, metropole")
            << QStringLiteral("cpc-490") << QDate(2026, 3, 19) << QStringLiteral("metropole")
            << QDate(2026, 4, 3) << QDate(2026, 4, 3) << 0;
        // ...but in Alsace-Moselle it moves over Good Friday, the weekend and Easter Monday.
        QTest::newRow("490, Good Friday, Alsace-Moselle")
            << QStringLiteral("cpc-490") << QDate(2026, 3, 19) << QStringLiteral("alsace-moselle")
            << QDate(2026, 4, 3) << QDate(2026, 4, 7) << 4;
        // CPC 612 + 641 + 642: two months from 31 December end on 29 February 2020, a Saturday.
        QTest::newRow("612, leap-year Saturday")
            << QStringLiteral("cpc-612") << QDate(2019, 12, 31) << QStringLiteral("metropole")
            << QDate(2020, 2, 29) << QDate(2020, 3, 2) << 2;
        // CPC 538: a start on a holiday does not matter, only the end does.
        QTest::newRow("538, starting on Armistice Day")
            << QStringLiteral("cpc-538") << QDate(2024, 11, 11) << QStringLiteral("metropole")
            << QDate(2024, 12, 11) << QDate(2024, 12, 11) << 0;
    }

    void deadlines()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, start);
        QFETCH(QString, region);
        QFETCH(QDate, rawEnd);
        QFETCH(QDate, due);
        QFETCH(int, shifts);
        const std::optional<DeadlineRule> found = DeadlineRules::builtIn().find(rule);
        QVERIFY(found);
        const ComputedDeadline result
            = DeadlineCalculator::compute(*found, start, *FrenchCalendar::regionFromCode(region));
        QVERIFY(result.isValid());
        QCOMPARE(result.start, start);
        QCOMPARE(result.rawEnd, rawEnd);
        QCOMPARE(result.due, due);
        QCOMPARE(result.shifts().size(), shifts);
        QVERIFY(!FrenchCalendar::nonWorkingReason(result.due, *FrenchCalendar::regionFromCode(region)));
        // The explanation names the rule and its article, the start, the raw end, every shift
        // and the due date.
        const QString text = result.explanation().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(rule), qPrintable(text));
        QVERIFY2(text.contains(found->article), qPrintable(text));
        QVERIFY2(text.contains(FrenchCalendar::longDate(start)), qPrintable(text));
        QVERIFY2(text.contains(FrenchCalendar::longDate(rawEnd)), qPrintable(text));
        QVERIFY2(result.explanation().last().contains(FrenchCalendar::longDate(due)), qPrintable(text));
    }

    void francExampleExplanation()
    {
        const ComputedDeadline result
            = DeadlineCalculator::compute(*DeadlineRules::builtIn().find(QStringLiteral("cja-r421-1")),
                                          QDate(2007, 10, 1), HolidayRegion::Metropole);
        const QStringList lines = result.explanation();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Rule cja-r421-1: Judicial review of an administrative decision "
                                "(recours contentieux) (CJA, art. R421-1), 2 months, délai franc."));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Starting point: notification or publication of the contested "
                                "decision, on Monday 1 October 2007."));
        QVERIFY2(
            lines.at(2).startsWith(QStringLiteral("Délai franc: neither the starting day nor the last day "
                                                  "counts")),
            qPrintable(lines.at(2)));
        QVERIFY(lines.at(2).endsWith(QStringLiteral("Sunday 2 December 2007.")));
        QCOMPARE(lines.at(3),
                 QStringLiteral("Sunday 2 December 2007 is a Sunday: the deadline moves to the next "
                                "day, Monday 3 December 2007 (case law of the Conseil d'État, as CPC "
                                "art. 642)."));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("Due: Monday 3 December 2007, until midnight")));
    }

    void monthEndIsExplained()
    {
        const ComputedDeadline result
            = DeadlineCalculator::compute(*DeadlineRules::builtIn().find(QStringLiteral("cpc-538")),
                                          QDate(2023, 1, 31), HolidayRegion::Metropole);
        QVERIFY2(result.explanation().at(2).contains(QStringLiteral("February 2023 has no day 31")),
                 qPrintable(result.explanation().at(2)));
    }

    void calendarDaysRuleIsNotExtended()
    {
        DeadlineRule rule = *DeadlineRules::builtIn().find(QStringLiteral("cpc-490"));
        rule.calendar = DeadlineRule::Calendar::CalendarDays;
        const ComputedDeadline result
            = DeadlineCalculator::compute(rule, QDate(2024, 4, 16), HolidayRegion::Metropole);
        QCOMPARE(result.due, QDate(2024, 5, 1));
        QVERIFY(result.shifts().isEmpty());
    }

    void invalidStartGivesInvalidResult()
    {
        const ComputedDeadline result = DeadlineCalculator::compute(
            *DeadlineRules::builtIn().find(QStringLiteral("cpc-538")), QDate(), HolidayRegion::Metropole);
        QVERIFY(!result.isValid());
        QVERIFY(result.explanation().isEmpty());
    }

    void frenchLabels()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const DeadlineRule rule = *DeadlineRules::builtIn().find(QStringLiteral("cpc-490"));
        QCOMPARE(rule.label(), QStringLiteral("Appel contre une ordonnance de référé"));
        QCOMPARE(FrenchCalendar::longDate(QDate(2007, 12, 2)), QStringLiteral("dimanche 2 décembre 2007"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void rulesFileIsChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray ok
            = R"("article": "X", "label": {"en": "L"}, "franc": false, "calendar": "working-days")";
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("damaged");
        QTest::newRow("empty") << QByteArray(R"({"rules": []})") << QStringLiteral("no rule");
        QTest::newRow("bad id") << QByteArray(R"({"rules": [{"id": "Bad Id", "days": 3, )" + ok + "}]}")
                                << QStringLiteral("id");
        QTest::newRow("both units") << QByteArray(R"({"rules": [{"id": "a", "days": 3, "months": 1, )" + ok
                                                  + "}]}")
                                    << QStringLiteral("either");
        QTest::newRow("zero length") << QByteArray(R"({"rules": [{"id": "a", "days": 0, )" + ok + "}]}")
                                     << QStringLiteral("positive");
        QTest::newRow("duplicate") << QByteArray(R"({"rules": [{"id": "a", "days": 1, )" + ok
                                                 + R"(}, {"id": "a", )" + R"("days": 2, )" + ok + "}]}")
                                   << QStringLiteral("twice");
        QTest::newRow("calendar") << QByteArray(
            R"({"rules": [{"id": "a", "days": 1, "article": "X", "label": )"
            R"({"en": "L"}, "franc": false, "calendar": "lunar"}]})")
                                  << QStringLiteral("calendar");
    }

    void rulesFileIsChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        DeadlineRules rules;
        QString error;
        QVERIFY(!DeadlineRules::parse(json, &rules, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(rules.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "tst_deadline_calculator.moc"

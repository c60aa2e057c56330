// FrenchCalendar: Easter against published dates, the public holidays of the Code du travail
// (art. L3133-1) and the Alsace-Moselle additions (art. L3134-13).

#include "procedures/FrenchCalendar.h"

#include <QLocale>
#include <QTest>

using namespace casedesk;

class TestFrenchCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void easter_data()
    {
        QTest::addColumn<QDate>("expected");
        // Published Easter Sundays (Gregorian), including the earliest (22 March) and latest
        // (25 April) possible dates.
        const QList<QDate> dates = {
            QDate(1818, 3, 22), QDate(1900, 4, 15), QDate(1943, 4, 25), QDate(1954, 4, 18),
            QDate(1961, 4, 2),  QDate(1981, 4, 19), QDate(1990, 4, 15), QDate(1999, 4, 4),
            QDate(2000, 4, 23), QDate(2001, 4, 15), QDate(2002, 3, 31), QDate(2003, 4, 20),
            QDate(2004, 4, 11), QDate(2005, 3, 27), QDate(2006, 4, 16), QDate(2007, 4, 8),
            QDate(2008, 3, 23), QDate(2009, 4, 12), QDate(2010, 4, 4),  QDate(2011, 4, 24),
            QDate(2012, 4, 8),  QDate(2013, 3, 31), QDate(2014, 4, 20), QDate(2015, 4, 5),
            QDate(2016, 3, 27), QDate(2017, 4, 16), QDate(2018, 4, 1),  QDate(2019, 4, 21),
            QDate(2020, 4, 12), QDate(2021, 4, 4),  QDate(2022, 4, 17), QDate(2023, 4, 9),
            QDate(2024, 3, 31), QDate(2025, 4, 20), QDate(2026, 4, 5),  QDate(2027, 3, 28),
            QDate(2028, 4, 16), QDate(2029, 4, 1),  QDate(2030, 4, 21), QDate(2035, 3, 25),
            QDate(2038, 4, 25), QDate(2040, 4, 1),  QDate(2100, 3, 28), QDate(2285, 3, 22),
        };
        for (const QDate& date : dates)
            QTest::addRow("%d", date.year()) << date;
    }

    void easter()
    {
        QFETCH(QDate, expected);
        const QDate computed = FrenchCalendar::easterSunday(expected.year());
        QCOMPARE(computed, expected);
        QCOMPARE(computed.dayOfWeek(), int(Qt::Sunday));
    }

    void easterAlwaysBetween22MarchAnd25April()
    {
        for (int year = 1583; year <= 4099; ++year) {
            const QDate easter = FrenchCalendar::easterSunday(year);
            QVERIFY2(easter.dayOfWeek() == Qt::Sunday, qPrintable(easter.toString(Qt::ISODate)));
            QVERIFY2(easter >= QDate(year, 3, 22) && easter <= QDate(year, 4, 25),
                     qPrintable(easter.toString()));
        }
        QVERIFY(!FrenchCalendar::easterSunday(1500).isValid());
    }

    void holidays2026Metropole()
    {
        const QList<Holiday> list = FrenchCalendar::holidays(2026, HolidayRegion::Metropole);
        QList<QDate> dates;
        QStringList codes;
        for (const Holiday& holiday : list) {
            dates.append(holiday.date);
            codes.append(holiday.code);
            QVERIFY(!holiday.name.isEmpty());
        }
        const QList<QDate> expected
            = { QDate(2026, 1, 1),  QDate(2026, 4, 6),   QDate(2026, 5, 1),  QDate(2026, 5, 8),
                QDate(2026, 5, 14), QDate(2026, 5, 25),  QDate(2026, 7, 14), QDate(2026, 8, 15),
                QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25) };
        QCOMPARE(dates, expected);
        QCOMPARE(codes.at(1), QStringLiteral("easter-monday"));
        QCOMPARE(codes.at(4), QStringLiteral("ascension"));
        QCOMPARE(codes.at(5), QStringLiteral("whit-monday"));
    }

    void alsaceMoselleAddsGoodFridayAndStStephen()
    {
        const QList<Holiday> metropole = FrenchCalendar::holidays(2025, HolidayRegion::Metropole);
        const QList<Holiday> alsace = FrenchCalendar::holidays(2025, HolidayRegion::AlsaceMoselle);
        QCOMPARE(metropole.size(), 11);
        QCOMPARE(alsace.size(), 13);
        QVERIFY(FrenchCalendar::holiday(QDate(2025, 4, 18), HolidayRegion::AlsaceMoselle));
        QVERIFY(!FrenchCalendar::holiday(QDate(2025, 4, 18), HolidayRegion::Metropole));
        QCOMPARE(FrenchCalendar::holiday(QDate(2025, 12, 26), HolidayRegion::AlsaceMoselle)->code,
                 QStringLiteral("st-stephen"));
        QVERIFY(!FrenchCalendar::holiday(QDate(2025, 12, 26), HolidayRegion::Metropole));
        for (int i = 1; i < alsace.size(); ++i)
            QVERIFY(alsace.at(i - 1).date <= alsace.at(i).date);
    }

    void ascensionOnLabourDay2008()
    {
        // Easter 23 March 2008: Ascension fell on 1 May, and Whit Monday on 12 May.
        const QList<Holiday> list = FrenchCalendar::holidays(2008, HolidayRegion::Metropole);
        int onFirstMay = 0;
        for (const Holiday& holiday : list)
            onFirstMay += holiday.date == QDate(2008, 5, 1) ? 1 : 0;
        QCOMPARE(onFirstMay, 2);
        QCOMPARE(FrenchCalendar::holiday(QDate(2008, 5, 12), HolidayRegion::Metropole)->code,
                 QStringLiteral("whit-monday"));
    }

    void nonWorkingReasons()
    {
        QCOMPARE(*FrenchCalendar::nonWorkingReason(QDate(2007, 12, 2), HolidayRegion::Metropole),
                 QStringLiteral("Sunday 2 December 2007 is a Sunday"));
        QCOMPARE(*FrenchCalendar::nonWorkingReason(QDate(2024, 5, 9), HolidayRegion::Metropole),
                 QStringLiteral("Thursday 9 May 2024 is Ascension Day, a public holiday"));
        QVERIFY(FrenchCalendar::nonWorkingReason(QDate(2020, 2, 29), HolidayRegion::Metropole)
                    ->contains(QStringLiteral("Saturday")));
        QVERIFY(!FrenchCalendar::nonWorkingReason(QDate(2007, 12, 3), HolidayRegion::Metropole));
    }

    void regionCodes()
    {
        for (const HolidayRegion region : FrenchCalendar::allRegions())
            QCOMPARE(FrenchCalendar::regionFromCode(FrenchCalendar::regionCode(region)), region);
        QVERIFY(!FrenchCalendar::regionFromCode(QStringLiteral("corse")));
    }
};

QTEST_GUILESS_MAIN(TestFrenchCalendar)
#include "tst_french_calendar.moc"

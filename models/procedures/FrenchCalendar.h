#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// Which public holidays apply: the national list (Code du travail, art. L3133-1) or, in the
// Bas-Rhin, Haut-Rhin and Moselle, that list plus Good Friday and 26 December (art. L3134-13).
enum class HolidayRegion
{
    Metropole,
    AlsaceMoselle
};

struct Holiday
{
    QDate date;
    QString code; // stable: "new-year", "easter-monday", ...
    QString name; // translated
};

class FrenchCalendar
{
    Q_DECLARE_TR_FUNCTIONS(FrenchCalendar)

public:
    // Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher),
    // for years 1583 to 9999.
    static QDate easterSunday(int year);
    // The public holidays of `year` in date order.
    static QList<Holiday> holidays(int year, HolidayRegion region);
    static std::optional<Holiday> holiday(const QDate& date, HolidayRegion region);
    // Why `date` is not a working day ("a Sunday", "Whit Monday, a public holiday"), or nothing
    // when it is one.
    static std::optional<QString> nonWorkingReason(const QDate& date, HolidayRegion region);

    static QString regionCode(HolidayRegion region); // "metropole", "alsace-moselle"
    static std::optional<HolidayRegion> regionFromCode(const QString& code);
    static QString regionName(HolidayRegion region);
    static QList<HolidayRegion> allRegions()
    {
        return { HolidayRegion::Metropole, HolidayRegion::AlsaceMoselle };
    }

    // "Sunday 2 December 2007" in the current locale.
    static QString longDate(const QDate& date);
};

} // namespace casedesk

#include "procedures/FrenchCalendar.h"

#include <QLocale>

#include <algorithm>

namespace casedesk {

QDate FrenchCalendar::easterSunday(int year)
{
    if (year < 1583 || year > 9999)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> FrenchCalendar::holidays(int year, HolidayRegion region)
{
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return {};
    QList<Holiday> list = {
        { QDate(year, 1, 1), QStringLiteral("new-year"), tr("New Year's Day") },
        { easter.addDays(1), QStringLiteral("easter-monday"), tr("Easter Monday") },
        { QDate(year, 5, 1), QStringLiteral("labour-day"), tr("Labour Day") },
        { QDate(year, 5, 8), QStringLiteral("victory-1945"), tr("Victory in Europe Day") },
        { easter.addDays(39), QStringLiteral("ascension"), tr("Ascension Day") },
        { easter.addDays(50), QStringLiteral("whit-monday"), tr("Whit Monday") },
        { QDate(year, 7, 14), QStringLiteral("bastille-day"), tr("Bastille Day") },
        { QDate(year, 8, 15), QStringLiteral("assumption"), tr("Assumption Day") },
        { QDate(year, 11, 1), QStringLiteral("all-saints"), tr("All Saints' Day") },
        { QDate(year, 11, 11), QStringLiteral("armistice"), tr("Armistice Day") },
        { QDate(year, 12, 25), QStringLiteral("christmas"), tr("Christmas Day") },
    };
    if (region == HolidayRegion::AlsaceMoselle) {
        list.append({ easter.addDays(-2), QStringLiteral("good-friday"), tr("Good Friday") });
        list.append(
            { QDate(year, 12, 26), QStringLiteral("st-stephen"), tr("St Stephen's Day (26 December)") });
    }
    // Ascension can fall on 1 or 8 May (it did in 2008): keep both names, in date order.
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return list;
}

std::optional<Holiday> FrenchCalendar::holiday(const QDate& date, HolidayRegion region)
{
    if (!date.isValid())
        return std::nullopt;
    for (const Holiday& candidate : holidays(date.year(), region)) {
        if (candidate.date == date)
            return candidate;
    }
    return std::nullopt;
}

std::optional<QString> FrenchCalendar::nonWorkingReason(const QDate& date, HolidayRegion region)
{
    if (const auto found = holiday(date, region))
        return tr("%1 is %2, a public holiday").arg(longDate(date), found->name);
    if (date.dayOfWeek() == Qt::Saturday)
        return tr("%1 is a Saturday").arg(longDate(date));
    if (date.dayOfWeek() == Qt::Sunday)
        return tr("%1 is a Sunday").arg(longDate(date));
    return std::nullopt;
}

QString FrenchCalendar::regionCode(HolidayRegion region)
{
    return region == HolidayRegion::AlsaceMoselle ? QStringLiteral("alsace-moselle")
                                                  : QStringLiteral("metropole");
}

std::optional<HolidayRegion> FrenchCalendar::regionFromCode(const QString& code)
{
    for (const HolidayRegion region : allRegions()) {
        if (regionCode(region) == code)
            return region;
    }
    return std::nullopt;
}

QString FrenchCalendar::regionName(HolidayRegion region)
{
    return region == HolidayRegion::AlsaceMoselle ? tr("Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)")
                                                  : tr("Metropolitan France");
}

QString FrenchCalendar::longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace casedesk

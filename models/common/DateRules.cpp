#include "common/DateRules.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

enum class Order
{
    DayMonthYear,
    MonthDayYear,
    YearMonthDay
};

Order orderOf(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype year = format.indexOf(QLatin1Char('y'));
    if (year >= 0 && year < day && year < month)
        return Order::YearMonthDay;
    return month >= 0 && month < day ? Order::MonthDayYear : Order::DayMonthYear;
}

int fullYear(const QString& digits)
{
    const int value = digits.toInt();
    return digits.size() <= 2 ? 2000 + value : value;
}

} // namespace

QString DateRules::displayFormat(const QLocale& locale)
{
    switch (orderOf(locale)) {
    case Order::YearMonthDay:
        return QStringLiteral("yyyy-MM-dd");
    case Order::MonthDayYear:
        return QStringLiteral("MM/dd/yyyy");
    case Order::DayMonthYear:
        break;
    }
    // The locale's own mark when it is one read() knows (the C locale writes "2 Mar 2026").
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression separator(QStringLiteral("[/.\\-]"));
    const QRegularExpressionMatch match = separator.match(format);
    const QString mark = match.hasMatch() ? match.captured() : QStringLiteral("/");
    return QStringLiteral("dd%1MM%1yyyy").arg(mark);
}

QString DateRules::format(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, displayFormat(locale)) : QString();
}

QString DateRules::readablePattern(const QString& qtFormat)
{
    //: The letters of a date pattern: day, as in DD/MM/YYYY (French: J for jour).
    const QString day = tr("D");
    //: The letters of a date pattern: month, as in DD/MM/YYYY.
    const QString month = tr("M");
    //: The letters of a date pattern: year, as in DD/MM/YYYY (French: A for année).
    const QString year = tr("Y");
    QString readable;
    for (const QChar c : qtFormat) {
        if (c == QLatin1Char('d'))
            readable += day;
        else if (c == QLatin1Char('M'))
            readable += month;
        else if (c == QLatin1Char('y'))
            readable += year;
        else if (c == QLatin1Char('H') || c == QLatin1Char('h'))
            readable += QLatin1Char('h');
        else
            readable += c;
    }
    return readable;
}

QString DateRules::pattern(const QLocale& locale)
{
    return readablePattern(displayFormat(locale));
}

QString DateRules::impossible(const QString& shown, int year, int month, int day, const QLocale& locale)
{
    if (month < 1 || month > 12)
        return tr("%1 is an impossible date: there is no month %2.").arg(shown).arg(month);
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        return tr("%1 is an impossible date: %2 %3 has %4 days.")
            .arg(shown, locale.standaloneMonthName(month, QLocale::LongFormat), QString::number(year))
            .arg(days);
    }
    return tr("%1 is an impossible date.").arg(shown);
}

DateRules::Reading DateRules::read(const QString& text, const QLocale& locale)
{
    Reading reading;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        reading.empty = true;
        return reading;
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})$"));
    const QRegularExpressionMatch match = shape.match(trimmed);
    const auto notADate = [&] {
        reading.problem = tr("\"%1\" is not a date; type it as %2, for example %3.")
                              .arg(trimmed, pattern(locale), format(QDate(2026, 12, 31), locale));
        return reading;
    };
    if (!match.hasMatch())
        return notADate();
    const QString a = match.captured(1);
    const QString b = match.captured(2);
    const QString c = match.captured(3);
    int year = 0;
    int month = 0;
    int day = 0;
    if (a.size() == 4) { // ISO, whatever the locale
        year = a.toInt();
        month = b.toInt();
        day = c.toInt();
    } else if (c.size() == 4 || c.size() <= 2) {
        if (a.size() > 2)
            return notADate();
        year = fullYear(c);
        const bool monthFirst = orderOf(locale) == Order::MonthDayYear;
        month = monthFirst ? a.toInt() : b.toInt();
        day = monthFirst ? b.toInt() : a.toInt();
    } else {
        return notADate();
    }
    reading.date = QDate(year, month, day);
    if (!reading.date.isValid()) {
        reading.impossible = true;
        reading.problem = impossible(trimmed, year, month, day, locale);
    }
    return reading;
}

DateRules::Reading DateRules::readWithFormat(const QString& text, const QString& qtFormat,
                                             const QLocale& locale)
{
    Reading reading;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        reading.empty = true;
        return reading;
    }
    reading.date = QDate::fromString(trimmed, qtFormat);
    if (reading.date.isValid())
        return reading;
    // Same shape as the format with numbers in its fields: an impossible date, else a wrong shape.
    QString regex = QStringLiteral("^");
    QList<QChar> fields;
    bool numeric = true;
    for (qsizetype i = 0; i < qtFormat.size() && numeric;) {
        const QChar c = qtFormat.at(i);
        qsizetype run = 1;
        while (i + run < qtFormat.size() && qtFormat.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            // Month or day names (MMM, ddd) have no numbers to check.
            numeric = run <= 2 || (c == QLatin1Char('y') && run == 4);
            regex += run == 1 ? QStringLiteral("(\\d{1,2})") : QStringLiteral("(\\d{%1})").arg(run);
            fields.append(c);
        } else {
            regex += QRegularExpression::escape(qtFormat.mid(i, run));
        }
        i += run;
    }
    if (numeric) {
        const QRegularExpressionMatch match = QRegularExpression(regex + QLatin1Char('$')).match(trimmed);
        if (match.hasMatch() && fields.size() == 3) {
            int year = 0;
            int month = 0;
            int day = 0;
            for (int i = 0; i < 3; ++i) {
                const QString value = match.captured(i + 1);
                if (fields.at(i) == QLatin1Char('y'))
                    year = fullYear(value);
                else if (fields.at(i) == QLatin1Char('M'))
                    month = value.toInt();
                else
                    day = value.toInt();
            }
            reading.impossible = true;
            reading.problem = impossible(trimmed, year, month, day, locale);
            return reading;
        }
    }
    reading.problem = tr("\"%1\" is not a date in the form %2.").arg(trimmed, readablePattern(qtFormat));
    return reading;
}

} // namespace casedesk

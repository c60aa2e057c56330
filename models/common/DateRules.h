#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace casedesk {

// Dates as people type and read them: one format everywhere, the locale's (31/12/2026 in
// French), with a four-digit year. A date that cannot exist (31/11/2026, 2027-13-45) is called
// impossible, which is not the same slip as a text that is no date at all.
class DateRules
{
    Q_DECLARE_TR_FUNCTIONS(DateRules)

public:
    struct Reading
    {
        QDate date; // valid when the text was a date
        bool empty = false; // nothing typed
        bool impossible = false; // shaped like a date, but no such day exists
        QString problem; // why the text is not a date, naming it; empty when it is one (or empty)
    };

    // The locale's numeric order (day/month/year in French) with any of / . - as separator, a
    // two-digit year read as 20xx; 2026-12-31 (ISO) is accepted everywhere too.
    static Reading read(const QString& text, const QLocale& locale = QLocale());
    // The date as this locale writes it, four-digit year: 31/12/2026, 12/31/2026 in US English.
    static QString format(const QDate& date, const QLocale& locale = QLocale());
    // The Qt format behind format(): dd/MM/yyyy in French.
    static QString displayFormat(const QLocale& locale = QLocale());
    // What to type, in words of the language: JJ/MM/AAAA in French, DD/MM/YYYY in English.
    static QString pattern(const QLocale& locale = QLocale());
    // A Qt date format (dd/MM/yyyy, yyyyMMdd...) as a person reads it: JJ/MM/AAAA.
    static QString readablePattern(const QString& qtFormat);

    // Reads `text` in the Qt `qtFormat` (a bank's CSV column): the date, or a problem that calls
    // an impossible date impossible and a wrong shape a wrong shape.
    static Reading readWithFormat(const QString& text, const QString& qtFormat,
                                  const QLocale& locale = QLocale());
    // "31/11/2026 is an impossible date: November 2026 has 30 days." `shown` is the text as typed.
    static QString impossible(const QString& shown, int year, int month, int day,
                              const QLocale& locale = QLocale());
};

} // namespace casedesk

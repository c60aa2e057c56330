#pragma once

#include "common/AmountRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace casedesk {
struct FeeSettings;
struct FieldProblem;
} // namespace casedesk

namespace casedesk::cli {

// The values commands take and print. Parsers throw CommandFailure::usage (exit 2) with a
// message that names the argument; formatters are for people (JSON output keeps cents and ISO
// strings) and follow the locale chosen with --lang.
class Values
{
    Q_DECLARE_TR_FUNCTIONS(Values)

public:
    // An amount in the current locale ("1 234,50", "1234.5", "12 €") within AmountRules' bounds
    // for `kind`; the message says what is wrong (negative, too big, not a number).
    static qint64 amount(const QString& text, const QString& what, AmountRules::Kind kind);
    // Strictly yyyy-mm-dd: the form scripts write and the JSON export uses. An impossible date
    // (2027-02-30) is called impossible.
    static QDate isoDate(const QString& text, const QString& what);
    // "5", "5.25", "5,25" or "5,25 %" -> basis points (525), from 0 to 100 %.
    static int basisPoints(const QString& text, const QString& what);
    // A 1-based line number as people count budget lines and press articles.
    static int lineNumber(const QString& text);
    // An absolute http or https address.
    static QUrl webAddress(const QString& text);
    // "yes" or "no", the stable words of the command line.
    static bool yesNo(const QString& text, const QString& what);
    // Refuses a value that is empty or only blanks; returns it trimmed.
    static QString required(const QString& text, const QString& what);

    static QString money(qint64 cents);
    static QString percent(int basisPoints);
    static QString date(const QDate& date); // ISO, "-" when unset
    static QString instant(const QDateTime& instant); // local time, minutes
    static QString yesNoText(bool value);
    // Goal, commission, flat fee and net for `goalCents`, amounts aligned, for printFields().
    static QList<std::pair<QString, QString>> feeBreakdown(const FeeSettings& settings, qint64 goalCents);
    // Pads shorter texts on the left so a column of amounts lines up on the decimal mark.
    static QStringList alignedRight(const QStringList& texts);
    // The messages of a check()'s problems, in order: the details of a refusal.
    static QStringList problemTexts(const QList<FieldProblem>& problems);
};

// The stable codes of every value of an enum, for usage messages: "draft, in_review, ...".
template<typename Enum>
QStringList codesOf(const QList<Enum>& values, QString (*code)(Enum))
{
    QStringList codes;
    for (const Enum value : values)
        codes.append(code(value));
    return codes;
}

} // namespace casedesk::cli

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace casedesk {

// Small field readers shared by the statement parsers (CAMT, OFX, CSV). Amounts are read from
// their decimal text straight into integer cents: never through a double.
namespace StatementFields {

// How one file writes its amounts.
struct AmountSyntax
{
    QChar decimalSeparator = QLatin1Char('.');
    QString thousandsSeparators; // characters to ignore between digits ("", " ", ".", U+00A0, U+202F)
    bool allowSign = false; // a leading '-' or '+' (or U+2212); CAMT amounts are unsigned
    bool allowCurrencySuffix = false; // CSV cells such as "12,50 €" or "12,50 EUR"
};

enum class AmountError
{
    None,
    Empty,
    NotANumber,
    TooManyDecimals, // a non-zero digit after the second decimal
    TooLarge
};

struct AmountReading
{
    qint64 cents = 0;
    AmountError error = AmountError::None;
    bool ok() const { return error == AmountError::None; }
};

// "1234.5" -> 123450, "-12,50" -> -1250 (with ',' and allowSign). Trailing zero decimals are
// exact and accepted ("1.500" -> 150); any other third decimal is refused.
AmountReading parseCents(QStringView text, const AmountSyntax& syntax);

// A short, translated description of the error for messages ("more than 2 decimals").
QString describe(AmountError error);

// ISO 8601 date, or the date part of a date-time ("2024-01-15T10:30:00+01:00"), as written
// (no time-zone shift: the bank's own calendar day is the booking day).
std::optional<QDate> parseIsoDate(QStringView text);

// Upper case, no spaces. "fr76 3000 4000 ..." -> "FR763000400...".
QString normaliseIban(QStringView text);
// Country code, check digits and the ISO 13616 mod-97 check.
bool isValidIban(QStringView normalisedIban);

// A date layout made of d, dd, M, MM, yy, yyyy and literal characters (as in Qt's format
// strings), read without QDateTimeParser: faster, strict on digits, and "yy" is 2000-2069 /
// 1970-1999 instead of Qt 6.4's 1900s.
class DatePattern
{
public:
    explicit DatePattern(const QString& format = QString());
    bool isValid() const { return m_valid; }
    const QString& format() const { return m_format; }
    std::optional<QDate> parse(QStringView text) const;

private:
    enum class Kind
    {
        Day,
        Month,
        Year2,
        Year4,
        Literal
    };
    struct Part
    {
        Kind kind;
        int minDigits = 0;
        QChar literal;
    };

    QString m_format;
    QList<Part> m_parts;
    bool m_valid = false;
};

} // namespace StatementFields
} // namespace casedesk

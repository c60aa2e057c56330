#include "donations/statements/StatementFields.h"

#include <QCoreApplication>

namespace casedesk::StatementFields {

namespace {

// 15 integer digits: far beyond any bank balance, and cents still fit in a qint64.
constexpr int kMaxIntegerDigits = 15;

bool isMinus(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2212);
}

QStringView stripCurrencySuffix(QStringView text)
{
    if (text.endsWith(QChar(0x20AC)))
        return text.chopped(1).trimmed();
    if (text.endsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        return text.chopped(3).trimmed();
    return text;
}

int digitValue(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ? c.unicode() - '0' : -1;
}

bool isGroupOfThree(QStringView text, qsizetype from)
{
    if (from + 3 > text.size())
        return false;
    for (qsizetype i = from; i < from + 3; ++i) {
        if (digitValue(text.at(i)) < 0)
            return false;
    }
    return from + 3 == text.size() || digitValue(text.at(from + 3)) < 0;
}

} // namespace

AmountReading parseCents(QStringView text, const AmountSyntax& syntax)
{
    text = text.trimmed();
    if (syntax.allowCurrencySuffix)
        text = stripCurrencySuffix(text);
    if (text.isEmpty())
        return { 0, AmountError::Empty };

    bool negative = false;
    if (syntax.allowSign && (isMinus(text.front()) || text.front() == QLatin1Char('+'))) {
        negative = isMinus(text.front());
        text = text.sliced(1).trimmed();
    }

    qint64 units = 0;
    int integerDigits = 0;
    int decimals = 0;
    qint64 fraction = 0; // the first two decimals, in cents
    bool inFraction = false;
    bool lastWasDigit = false;
    bool anyDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const int digit = digitValue(c);
        if (digit >= 0) {
            lastWasDigit = true;
            anyDigit = true;
            if (!inFraction) {
                if (integerDigits == 0 && digit == 0)
                    continue; // leading zeros do not count towards the size limit
                if (++integerDigits > kMaxIntegerDigits)
                    return { 0, AmountError::TooLarge };
                units = units * 10 + digit;
            } else if (++decimals <= 2) {
                fraction = fraction * 10 + digit;
            } else if (digit != 0) {
                return { 0, AmountError::TooManyDecimals };
            }
            continue;
        }
        if (c == syntax.decimalSeparator && !inFraction) {
            inFraction = true;
            lastWasDigit = false;
            continue;
        }
        // A thousands separator only after a digit of the integer part and before a group of
        // exactly three digits: "12.50" is not 1250 when '.' groups thousands.
        if (!inFraction && lastWasDigit && syntax.thousandsSeparators.contains(c)
            && isGroupOfThree(text, i + 1)) {
            lastWasDigit = false;
            continue;
        }
        return { 0, AmountError::NotANumber };
    }
    if (!anyDigit)
        return { 0, AmountError::NotANumber };
    if (decimals == 1)
        fraction *= 10;
    const qint64 cents = units * 100 + fraction;
    return { negative ? -cents : cents, AmountError::None };
}

QString describe(AmountError error)
{
    switch (error) {
    case AmountError::None:
        return {};
    case AmountError::Empty:
        return QCoreApplication::translate("casedesk::StatementFields", "the amount is empty");
    case AmountError::NotANumber:
        return QCoreApplication::translate("casedesk::StatementFields", "the amount is not a number");
    case AmountError::TooManyDecimals:
        return QCoreApplication::translate("casedesk::StatementFields",
                                           "the amount has more than 2 decimals");
    case AmountError::TooLarge:
        return QCoreApplication::translate("casedesk::StatementFields", "the amount is too large");
    }
    return {};
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    text = text.trimmed();
    // "YYYY-MM-DD", optionally followed by "T..." (a date-time) or a zone ("Z", "+01:00").
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return std::nullopt;
    if (text.size() > 10) {
        const QChar next = text.at(10);
        if (next != QLatin1Char('T') && next != QLatin1Char('Z') && next != QLatin1Char('+')
            && next != QLatin1Char('-'))
            return std::nullopt;
    }
    int values[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int field = 0; field < 3; ++field) {
        for (int i = 0; i < lengths[field]; ++i) {
            const int digit = digitValue(text.at(starts[field] + i));
            if (digit < 0)
                return std::nullopt;
            values[field] = values[field] * 10 + digit;
        }
    }
    const QDate date(values[0], values[1], values[2]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString normaliseIban(QStringView text)
{
    QString iban;
    iban.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            iban.append(c.toUpper());
    }
    return iban;
}

bool isValidIban(QStringView iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!iban.at(0).isUpper() || !iban.at(1).isUpper() || digitValue(iban.at(2)) < 0
        || digitValue(iban.at(3)) < 0)
        return false;
    // Move the first four characters to the end, letters become 10..35, then mod 97 == 1.
    int remainder = 0;
    for (qsizetype k = 0; k < iban.size(); ++k) {
        const QChar c = iban.at((k + 4) % iban.size());
        const int digit = digitValue(c);
        if (digit >= 0) {
            remainder = (remainder * 10 + digit) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

DatePattern::DatePattern(const QString& format)
    : m_format(format)
{
    bool hasDay = false, hasMonth = false, hasYear = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('d') && run <= 2) {
            m_parts.append({ Kind::Day, int(run), {} });
            hasDay = true;
        } else if (c == QLatin1Char('M') && run <= 2) {
            m_parts.append({ Kind::Month, int(run), {} });
            hasMonth = true;
        } else if (c == QLatin1Char('y') && (run == 2 || run == 4)) {
            m_parts.append({ run == 2 ? Kind::Year2 : Kind::Year4, int(run), {} });
            hasYear = true;
        } else if (c.isLetter()) {
            return; // MMM, ddd, hh...: not a date layout we read
        } else {
            for (qsizetype k = 0; k < run; ++k)
                m_parts.append({ Kind::Literal, 0, c });
        }
        i += run;
    }
    m_valid = hasDay && hasMonth && hasYear;
}

std::optional<QDate> DatePattern::parse(QStringView text) const
{
    if (!m_valid)
        return std::nullopt;
    text = text.trimmed();
    int day = 0, month = 0, year = 0;
    qsizetype pos = 0;
    for (const Part& part : m_parts) {
        if (part.kind == Kind::Literal) {
            if (pos >= text.size() || text.at(pos) != part.literal)
                return std::nullopt;
            ++pos;
            continue;
        }
        // d and M take one or two digits; dd, MM, yy, yyyy exactly their width.
        const int maxDigits = (part.kind == Kind::Day || part.kind == Kind::Month) ? 2 : part.minDigits;
        int value = 0, digits = 0;
        while (digits < maxDigits && pos < text.size() && digitValue(text.at(pos)) >= 0) {
            value = value * 10 + digitValue(text.at(pos));
            ++digits;
            ++pos;
        }
        if (digits < part.minDigits)
            return std::nullopt;
        switch (part.kind) {
        case Kind::Day:
            day = value;
            break;
        case Kind::Month:
            month = value;
            break;
        case Kind::Year2:
            year = value < 70 ? 2000 + value : 1900 + value;
            break;
        case Kind::Year4:
            year = value;
            break;
        case Kind::Literal:
            break;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace casedesk::StatementFields

#include "common/Money.h"

#include <QRegularExpression>

namespace casedesk::Money {

namespace {

QString currencySymbol(const QString& code)
{
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    return code;
}

// The amount without its sign, computed in unsigned arithmetic so the smallest qint64 has a
// magnitude too (negating it would overflow).
QString magnitudeText(qint64 cents, const QLocale& locale)
{
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    QString text = locale.toString(qulonglong(magnitude / 100));
    text += locale.decimalPoint();
    text += QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace

QString formatNumber(qint64 cents, const QLocale& locale)
{
    const QString text = magnitudeText(cents, locale);
    return cents < 0 ? locale.negativeSign() + text : text;
}

QString format(qint64 cents, const QLocale& locale, const QString& currencyCode)
{
    // Qt knows where each locale puts the symbol; ask it with a placeholder amount and put our
    // exact integer formatting in its place (no double ever touches the amount).
    const QString number = magnitudeText(cents, locale);
    QString pattern = locale.toCurrencyString(1.0, currencySymbol(currencyCode), 2);
    const QString one = locale.toString(1.0, 'f', 2);
    pattern.replace(one, number);
    if (cents < 0 && !pattern.startsWith(locale.negativeSign()))
        pattern.prepend(locale.negativeSign());
    return pattern;
}

std::optional<qint64> parse(const QString& input, const QLocale& locale)
{
    QString text = input;
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}€]|EUR")));
    if (text.isEmpty())
        return std::nullopt;
    // Strip group separators only where they really group thousands ("1,234.50" in English), so
    // "12,50" typed by a French habit in an English locale still reads as 12.50, not 1250.
    const QString group = locale.groupSeparator();
    if (!group.trimmed().isEmpty() && group != locale.decimalPoint()) {
        const QRegularExpression grouped(
            QStringLiteral("^\\d{1,3}(?:%1\\d{3})+(?:%2\\d*)?$")
                .arg(QRegularExpression::escape(group), QRegularExpression::escape(locale.decimalPoint())));
        if (grouped.match(text).hasMatch())
            text.remove(group);
    }
    // Accept either "," or "." as the decimal mark when only one kind is present.
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,15})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 units = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return units * 100 + fraction.toLongLong();
}

} // namespace casedesk::Money

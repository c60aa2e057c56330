#include "cli/Values.h"

#include "campaigns/Association.h"
#include "campaigns/Fees.h"
#include "cli/CliContext.h"
#include "common/DateRules.h"
#include "common/Money.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace casedesk::cli {

qint64 Values::amount(const QString& text, const QString& what, AmountRules::Kind kind)
{
    const AmountRules::Reading reading = AmountRules::read(kind, text, QLocale());
    if (!reading.cents)
        throw CommandFailure::usage(tr("%1: %2").arg(what, reading.problem));
    return *reading.cents;
}

QDate Values::isoDate(const QString& text, const QString& what)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (shape.match(text).hasMatch() && !date.isValid()) {
        const DateRules::Reading reading = DateRules::readWithFormat(text, QStringLiteral("yyyy-MM-dd"));
        throw CommandFailure::usage(tr("%1: %2").arg(what, reading.problem));
    }
    if (!shape.match(text).hasMatch())
        throw CommandFailure::usage(tr("%1: \"%2\" is not a date; write it as yyyy-mm-dd.").arg(what, text));
    return date;
}

int Values::basisPoints(const QString& text, const QString& what)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = shape.match(trimmed);
    const bool negative = trimmed.startsWith(QLatin1Char('-'));
    if (!match.hasMatch() && !negative) {
        throw CommandFailure::usage(
            tr("%1: \"%2\" is not a percentage; write it like 5 or 5.25.").arg(what, text));
    }
    const int whole = match.captured(1).toInt();
    const int hundredths = match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    const int points = whole * 100 + hundredths;
    if (negative || points > 10000)
        throw CommandFailure::usage(tr("%1: \"%2\" must be between 0 and 100.").arg(what, text));
    return points;
}

int Values::lineNumber(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1)
        throw CommandFailure::usage(tr("N: \"%1\" is not a line number (1 for the first line).").arg(text));
    return number;
}

QUrl Values::webAddress(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        throw CommandFailure::usage(
            tr("URL: \"%1\" is not a web address; it must start with http:// or https://.").arg(text));
    }
    return url;
}

bool Values::yesNo(const QString& text, const QString& what)
{
    if (text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("no"))
        return false;
    throw CommandFailure::usage(tr("%1: write yes or no, not \"%2\".").arg(what, text));
}

QString Values::required(const QString& text, const QString& what)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw CommandFailure::usage(tr("%1 must not be empty.").arg(what));
    return trimmed;
}

QString Values::money(qint64 cents)
{
    return Money::format(cents, QLocale());
}

QString Values::percent(int basisPoints)
{
    const QLocale locale;
    const QString number = locale.toString(basisPoints / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    //: A percentage; French puts a (narrow no-break) space before the sign.
    return tr("%1%").arg(number);
}

QString Values::date(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString Values::instant(const QDateTime& instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QStringLiteral("-");
}

QString Values::yesNoText(bool value)
{
    return value ? tr("yes") : tr("no");
}

QList<std::pair<QString, QString>> Values::feeBreakdown(const FeeSettings& settings, qint64 goalCents)
{
    const FeeBreakdown fees = computeFees(goalCents, settings);
    const QStringList amounts = alignedRight({ money(fees.grossCents), money(-fees.commissionCents),
                                               money(-fees.flatFeeCents), money(fees.netCents) });
    return {
        { tr("Goal"), amounts.at(0) },
        { tr("Commission (%1)").arg(percent(settings.commissionBasisPoints)), amounts.at(1) },
        { tr("Flat campaign fee"), amounts.at(2) },
        { tr("Net for the action"), amounts.at(3) },
    };
}

QStringList Values::alignedRight(const QStringList& texts)
{
    qsizetype width = 0;
    for (const QString& text : texts)
        width = std::max(width, text.size());
    QStringList aligned;
    for (const QString& text : texts)
        aligned.append(text.rightJustified(width, QLatin1Char(' ')));
    return aligned;
}

QStringList Values::problemTexts(const QList<FieldProblem>& problems)
{
    QStringList texts;
    for (const FieldProblem& problem : problems)
        texts.append(problem.message);
    return texts;
}

} // namespace casedesk::cli

#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace casedesk {

// Money is always integer cents (qint64); these turn it into text and back for one locale.
namespace Money {

// "10 000,00 €" in French, "€10,000.00" in English.
QString format(qint64 cents, const QLocale& locale = QLocale(),
               const QString& currencyCode = QStringLiteral("EUR"));
// The plain number with the locale's separators, no currency: "10 000,00".
QString formatNumber(qint64 cents, const QLocale& locale = QLocale());
// Accepts what people type: "1 234,5", "1234.50", "1,234.50 €", "12". Rejects more than two
// decimals, negative amounts and anything that is not a number.
std::optional<qint64> parse(const QString& text, const QLocale& locale = QLocale());

} // namespace Money
} // namespace casedesk

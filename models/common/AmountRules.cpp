#include "common/AmountRules.h"

#include "common/Money.h"

#include <QRegularExpression>

namespace casedesk {

qint64 AmountRules::minimumCents(Kind kind)
{
    switch (kind) {
    case Kind::Donation:
    case Kind::Threshold:
        return 1;
    case Kind::Goal:
    case Kind::BudgetLine:
    case Kind::FlatFee:
    case Kind::Receipt:
    case Kind::Counterpart:
        return 0;
    }
    return 0;
}

qint64 AmountRules::maximumCents(Kind kind)
{
    switch (kind) {
    case Kind::Goal:
        return kMaxGoalCents;
    case Kind::BudgetLine:
        return kMaxBudgetLineCents;
    case Kind::Donation:
    case Kind::Threshold:
    case Kind::Counterpart:
        return kMaxDonationCents;
    case Kind::FlatFee:
        return kMaxFlatFeeCents;
    case Kind::Receipt:
        return kMaxReceiptCents;
    }
    return 0;
}

QString AmountRules::fieldName(Kind kind)
{
    switch (kind) {
    case Kind::Goal:
        return tr("Funding goal");
    case Kind::BudgetLine:
        return tr("Budget line amount");
    case Kind::Donation:
        return tr("Amount");
    case Kind::FlatFee:
        return tr("Flat fee per campaign");
    case Kind::Threshold:
        return tr("Confirmation threshold");
    case Kind::Receipt:
        return tr("Receipt amount");
    case Kind::Counterpart:
        return tr("Counterpart");
    }
    return {};
}

QString AmountRules::problem(Kind kind, qint64 cents, const QLocale& locale)
{
    const QString field = fieldName(kind);
    if (cents < 0)
        return tr("%1: an amount cannot be negative.").arg(field);
    if (cents < minimumCents(kind)) {
        return kind == Kind::Donation
            ? tr("%1: a donation is more than 0 (a refund is a status, not a negative amount).").arg(field)
            : tr("%1: give an amount of at least %2.").arg(field, Money::format(minimumCents(kind), locale));
    }
    if (cents > maximumCents(kind)) {
        return tr("%1: %2 is more than the %3 CaseDesk accepts here; check the number of zeros.")
            .arg(field, Money::format(cents, locale), Money::format(maximumCents(kind), locale));
    }
    return {};
}

AmountRules::Reading AmountRules::read(Kind kind, const QString& text, const QLocale& locale)
{
    const QString trimmed = text.trimmed();
    const QString field = fieldName(kind);
    const QString example = Money::formatNumber(123450, locale);
    if (trimmed.isEmpty()) {
        const QString why = problem(kind, 0, locale);
        return why.isEmpty() ? Reading { qint64(0), {} } : Reading { std::nullopt, why };
    }
    if (const std::optional<qint64> cents = Money::parse(trimmed, locale)) {
        const QString why = problem(kind, *cents, locale);
        return why.isEmpty() ? Reading { cents, {} } : Reading { std::nullopt, why };
    }
    // Money::parse refused it: say which of the usual slips it is.
    static const QRegularExpression minus(QStringLiteral("^[-\\x{2212}]"));
    if (minus.match(trimmed).hasMatch() && Money::parse(trimmed.mid(1), locale))
        return { std::nullopt, tr("%1: an amount cannot be negative (\"%2\").").arg(field, trimmed) };
    static const QRegularExpression decimals(QStringLiteral("[.,]\\d{3,}$"));
    if (decimals.match(trimmed).hasMatch() && !trimmed.contains(QLatin1Char(' ')))
        return { std::nullopt,
                 tr("%1: \"%2\" has more than two decimals; type euros and cents, for example %3.")
                     .arg(field, trimmed, example) };
    static const QRegularExpression digits(QStringLiteral("\\d{16,}"));
    if (digits.match(QString(trimmed).remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]"))))
            .hasMatch())
        return { std::nullopt,
                 tr("%1: \"%2\" is more than the %3 CaseDesk accepts here; check the number of zeros.")
                     .arg(field, trimmed, Money::format(maximumCents(kind), locale)) };
    return {
        std::nullopt,
        tr("%1: \"%2\" is not an amount; type euros and cents, for example %3.").arg(field, trimmed, example)
    };
}

QString AmountRules::confirmationQuestion(qint64 cents, qint64 thresholdCents, const QLocale& locale)
{
    return tr("A gift of %1 is above the %2 the treasurer set for a confirmation. Record it as typed?")
        .arg(Money::format(cents, locale), Money::format(thresholdCents, locale));
}

} // namespace casedesk

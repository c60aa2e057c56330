#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace casedesk {

// The bounds of every amount a person types, in one place for the window and casedesk-cli.
// They are far above what an association's legal action raises or spends, and far below the
// typing slips they catch: a goal of 99,999,999,999,999 EUR, a 999,999,999 EUR cheque.
class AmountRules
{
    Q_DECLARE_TR_FUNCTIONS(AmountRules)

public:
    enum class Kind
    {
        Goal, // a campaign's funding goal: 0 while drafting
        BudgetLine, // one line of a campaign's budget
        Donation, // a gift typed by hand: more than 0
        FlatFee, // the platform's flat fee per campaign
        Threshold, // the gift amount above which the desk asks for a confirmation
        Receipt, // the amount a tax receipt states: one gift or a donor's year of gifts
        Counterpart // the value of a reward the donor received for a gift: 0 when none
    };

    static constexpr qint64 kMaxGoalCents = 200'000'000; // 2,000,000 EUR
    static constexpr qint64 kMaxBudgetLineCents = kMaxGoalCents;
    static constexpr qint64 kMaxDonationCents = 100'000'000; // 1,000,000 EUR
    static constexpr qint64 kMaxFlatFeeCents = 1'000'000; // 10,000 EUR
    static constexpr qint64 kMaxReceiptCents = 100'000'000'000; // 1,000,000,000 EUR: "un milliard d'euros"
    // A typed gift above this asks "are you sure?" until the treasurer sets another threshold.
    static constexpr qint64 kDefaultConfirmationCents = 500'000; // 5,000 EUR

    static qint64 minimumCents(Kind kind);
    static qint64 maximumCents(Kind kind);
    // The field as the window labels it: "Funding goal", "Amount"...
    static QString fieldName(Kind kind);

    // Empty when `cents` is within the bounds of `kind`, else one sentence that names the field,
    // the amount and the bound.
    static QString problem(Kind kind, qint64 cents, const QLocale& locale = QLocale());

    // What a person typed, read and checked: the amount, or why it was refused (not a number,
    // negative, more than two decimals, out of bounds). Empty text reads as 0.
    struct Reading
    {
        std::optional<qint64> cents;
        QString problem;
    };
    static Reading read(Kind kind, const QString& text, const QLocale& locale = QLocale());

    // Whether a typed gift of `cents` needs the treasurer's confirmation at `thresholdCents`.
    static bool needsConfirmation(qint64 cents, qint64 thresholdCents) { return cents > thresholdCents; }
    static QString confirmationQuestion(qint64 cents, qint64 thresholdCents,
                                        const QLocale& locale = QLocale());
};

} // namespace casedesk

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace casedesk {

class SettingsRepository;

// How a French number is written on a tax receipt. Both are correct French: the traditional
// spelling hyphenates only inside numbers below a hundred not joined by "et" (deux cent un,
// vingt et un); the 1990 rectified spelling joins every numeral with hyphens (deux-cent-un,
// vingt-et-un), except million and milliard, which are nouns.
enum class FrenchSpelling
{
    Traditional,
    Rectified1990
};

// Amounts in words, as a receipt for a gift writes them beside the figures (the Cerfa's
// "somme en toutes lettres"): "mille quatre-vingts euros et cinquante centimes".
//
// The rules: vingt and cent take an s only when multiplied and ending the number, or before
// million(s) and milliard(s), which are nouns (quatre-vingts, deux cents millions, but
// quatre-vingt-un, deux cent mille); mille is invariable and never "un mille"; "et" only in 21,
// 31, 41, 51, 61 and 71 (not 81 nor 91); "d'euros" after a number that ends in million(s) or
// milliard(s).
class AmountInWords
{
    Q_DECLARE_TR_FUNCTIONS(AmountInWords)

public:
    // The largest whole number written: just under a thousand milliards (a trillion).
    static constexpr qint64 kMaxNumber = 999'999'999'999;
    static constexpr qint64 kMaxCents = kMaxNumber * 100 + 99;

    // 0 to kMaxNumber in words ("zéro", "vingt et un", "deux cents millions"); an empty string
    // outside that range.
    static QString number(qint64 value, FrenchSpelling spelling);
    // An amount in euros and centimes ("un euro", "cinquante centimes", "un million d'euros et
    // deux centimes"); an empty string when negative or above kMaxCents.
    static QString euros(qint64 cents, FrenchSpelling spelling);

    // The stable codes of the command line and the desk's setting: "traditional", "1990".
    static QString code(FrenchSpelling spelling);
    static std::optional<FrenchSpelling> fromCode(const QString& code);
    // For people: "traditional (deux cent vingt et un)", "1990 (deux-cent-vingt-et-un)".
    static QString label(FrenchSpelling spelling);

    // The desk's choice for its receipts (traditional until the treasurer chooses).
    static FrenchSpelling deskSpelling(SettingsRepository& settings);
    static void setDeskSpelling(SettingsRepository& settings, FrenchSpelling spelling);
};

} // namespace casedesk

#include "receipts/AmountInWords.h"

#include "settings/SettingsRepository.h"

#include <QStringList>

namespace casedesk {

namespace {

const QString kSettingKey = QStringLiteral("receipts.spelling");

// The words are French whatever the interface language: a French tax receipt is written in
// French. They are therefore not translated.
const char* const kBelowSeventeen[]
    = { "zéro", "un",  "deux", "trois", "quatre", "cinq",     "six",    "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize" };
const char* const kTens[] = { "", "dix", "vingt", "trente", "quarante", "cinquante", "soixante" };

QString word(const char* text)
{
    return QString::fromUtf8(text);
}

// 0 to 19: the units and the teens, dix-sept to dix-neuf hyphenated in both spellings.
QString belowTwenty(int value)
{
    if (value < 17)
        return word(kBelowSeventeen[value]);
    return QStringLiteral("dix-") + word(kBelowSeventeen[value - 10]);
}

// 1 to 99 in the traditional spelling; the rectified one differs only by "-et-" for " et ".
// `plural`: the number ends here (or before million, milliard), so quatre-vingts takes its s.
QString belowHundred(int value, bool plural)
{
    if (value < 20)
        return belowTwenty(value);
    if (value < 70) {
        const int unit = value % 10;
        const QString tens = word(kTens[value / 10]);
        if (unit == 0)
            return tens;
        return unit == 1 ? tens + QStringLiteral(" et un") : tens + QLatin1Char('-') + belowTwenty(unit);
    }
    if (value < 80) // 70 is sixty-ten: soixante-dix, soixante et onze, soixante-douze...
        return value == 71 ? QStringLiteral("soixante et onze")
                           : QStringLiteral("soixante-") + belowTwenty(value - 60);
    if (value == 80)
        return plural ? QStringLiteral("quatre-vingts") : QStringLiteral("quatre-vingt");
    return QStringLiteral("quatre-vingt-") + belowTwenty(value - 80); // never "et": quatre-vingt-un
}

// 1 to 999. `plural` as above, for cents as for vingts.
QString belowThousand(int value, bool plural, FrenchSpelling spelling)
{
    const QString separator
        = spelling == FrenchSpelling::Rectified1990 ? QStringLiteral("-") : QStringLiteral(" ");
    const int hundreds = value / 100;
    const int rest = value % 100;
    QStringList words;
    if (hundreds == 1)
        words.append(QStringLiteral("cent"));
    else if (hundreds > 1)
        words.append(belowTwenty(hundreds) + separator
                     + (rest == 0 && plural ? QStringLiteral("cents") : QStringLiteral("cent")));
    if (rest > 0) {
        QString tensAndUnits = belowHundred(rest, plural);
        if (spelling == FrenchSpelling::Rectified1990)
            tensAndUnits.replace(QStringLiteral(" et "), QStringLiteral("-et-"));
        words.append(tensAndUnits);
    }
    return words.join(separator);
}

// A count of millions or milliards: "un million", "deux cents millions" (the noun keeps cents'
// s), "vingt et un milliards".
QString countOf(int count, const QString& noun, FrenchSpelling spelling)
{
    return belowThousand(count, true, spelling) + QLatin1Char(' ') + noun
        + (count > 1 ? QStringLiteral("s") : QString());
}

// 1 to 999,999: "mille", "deux cent mille" (before mille, cent keeps no s), "mille un".
QString belowMillion(int value, FrenchSpelling spelling)
{
    const QString separator
        = spelling == FrenchSpelling::Rectified1990 ? QStringLiteral("-") : QStringLiteral(" ");
    const int thousands = value / 1000;
    const int rest = value % 1000;
    QStringList words;
    if (thousands == 1)
        words.append(QStringLiteral("mille"));
    else if (thousands > 1)
        words.append(belowThousand(thousands, false, spelling) + separator + QStringLiteral("mille"));
    if (rest > 0)
        words.append(belowThousand(rest, true, spelling));
    return words.join(separator);
}

bool endsWithANoun(qint64 value)
{
    return value >= 1'000'000 && value % 1'000'000 == 0;
}

} // namespace

QString AmountInWords::number(qint64 value, FrenchSpelling spelling)
{
    if (value < 0 || value > kMaxNumber)
        return {};
    if (value == 0)
        return word(kBelowSeventeen[0]);
    const int milliards = int(value / 1'000'000'000);
    const int millions = int(value / 1'000'000 % 1000);
    const int rest = int(value % 1'000'000);
    // Million and milliard are nouns: a space around them in both spellings.
    QStringList parts;
    if (milliards > 0)
        parts.append(countOf(milliards, QStringLiteral("milliard"), spelling));
    if (millions > 0)
        parts.append(countOf(millions, QStringLiteral("million"), spelling));
    if (rest > 0)
        parts.append(belowMillion(rest, spelling));
    return parts.join(QLatin1Char(' '));
}

QString AmountInWords::euros(qint64 cents, FrenchSpelling spelling)
{
    if (cents < 0 || cents > kMaxCents)
        return {};
    const qint64 whole = cents / 100;
    const int centimes = int(cents % 100);
    QString text;
    if (whole > 0 || centimes == 0) {
        text = number(whole, spelling);
        if (endsWithANoun(whole))
            text += QStringLiteral(" d'euros");
        else
            text += whole > 1 ? QStringLiteral(" euros") : QStringLiteral(" euro");
    }
    if (centimes > 0) {
        if (!text.isEmpty())
            text += QStringLiteral(" et ");
        text += number(centimes, spelling)
            + (centimes > 1 ? QStringLiteral(" centimes") : QStringLiteral(" centime"));
    }
    return text;
}

QString AmountInWords::code(FrenchSpelling spelling)
{
    return spelling == FrenchSpelling::Rectified1990 ? QStringLiteral("1990") : QStringLiteral("traditional");
}

std::optional<FrenchSpelling> AmountInWords::fromCode(const QString& code)
{
    if (code == QLatin1String("traditional"))
        return FrenchSpelling::Traditional;
    if (code == QLatin1String("1990"))
        return FrenchSpelling::Rectified1990;
    return std::nullopt;
}

QString AmountInWords::label(FrenchSpelling spelling)
{
    return spelling == FrenchSpelling::Rectified1990
        ? tr("1990 rectified spelling (%1)").arg(number(221, spelling))
        : tr("traditional spelling (%1)").arg(number(221, spelling));
}

FrenchSpelling AmountInWords::deskSpelling(SettingsRepository& settings)
{
    return fromCode(settings.value(kSettingKey)).value_or(FrenchSpelling::Traditional);
}

void AmountInWords::setDeskSpelling(SettingsRepository& settings, FrenchSpelling spelling)
{
    settings.setValue(kSettingKey, code(spelling));
}

} // namespace casedesk

#include "donations/ledger/BankAccount.h"

namespace casedesk {

namespace {

bool hasIbanShape(const QString& iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!iban.at(0).isUpper() || !iban.at(1).isUpper() || !iban.at(2).isDigit() || !iban.at(3).isDigit())
        return false;
    for (const QChar c : iban) {
        const bool alphanumeric = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!alphanumeric)
            return false;
    }
    return true;
}

// ISO 7064 mod 97-10: the first four characters move to the end, letters become 10..35, and
// the number must leave 1. Computed digit by digit, so no big integers are needed.
int mod97(const QString& iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder;
}

} // namespace

QString Iban::normalise(const QString& text)
{
    QString iban;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            iban += c.toUpper();
    }
    return iban;
}

bool Iban::isValid(const QString& text)
{
    const QString iban = normalise(text);
    return hasIbanShape(iban) && mod97(iban) == 1;
}

QString Iban::problem(const QString& text)
{
    const QString iban = normalise(text);
    if (iban.isEmpty())
        return tr("The IBAN is empty.");
    if (!hasIbanShape(iban))
        return tr("\"%1\" is not an IBAN: it must start with a two-letter country code and two check "
                  "digits, followed by 11 to 30 letters or digits.")
            .arg(text.trimmed());
    if (mod97(iban) != 1)
        return tr("The IBAN \"%1\" has wrong check digits (mod-97 check): a character is probably "
                  "mistyped.")
            .arg(grouped(iban));
    return {};
}

QString Iban::grouped(const QString& text)
{
    const QString iban = normalise(text);
    QStringList groups;
    for (int i = 0; i < iban.size(); i += 4)
        groups.append(iban.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace casedesk

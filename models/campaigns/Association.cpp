#include "campaigns/Association.h"

#include "receipts/Receipt.h"

#include <QRegularExpression>

namespace casedesk {

bool AssociationRules::isValidRna(const QString& rna)
{
    // W, the prefecture code (3 characters, letters for Corsica and overseas: W2B..., W9M...), then
    // a 6-digit serial.
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("W[0-9][0-9A-Z]{2}[0-9]{6}")));
    return shape.match(rna).hasMatch();
}

bool AssociationRules::luhnValid(const QString& digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits.at(i).isDigit())
            return false;
        int digit = digits.at(i).digitValue();
        if (doubleIt) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool AssociationRules::isValidSiren(const QString& siren)
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(QStringLiteral("\\d{9}")));
    return shape.match(siren).hasMatch() && luhnValid(siren);
}

QList<FieldProblem> AssociationRules::validate(const Association& association)
{
    QList<FieldProblem> problems;
    if (association.name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Name: the association's name is required.") });
    if (!association.rna.isEmpty() && !isValidRna(association.rna)) {
        problems.append(
            { QStringLiteral("rna"),
              tr("RNA number: \"%1\" is not valid; expected W, the 3-character prefecture code and 6 digits "
                 "(for example W313012345 or W2B1001234).")
                  .arg(association.rna) });
    }
    if (!association.siren.isEmpty()) {
        static const QRegularExpression nineDigits(
            QRegularExpression::anchoredPattern(QStringLiteral("\\d{9}")));
        if (!nineDigits.match(association.siren).hasMatch()) {
            problems.append(
                { QStringLiteral("siren"),
                  tr("SIREN: \"%1\" is not valid; expected exactly 9 digits.").arg(association.siren) });
        } else if (!luhnValid(association.siren)) {
            problems.append({ QStringLiteral("siren"),
                              tr("SIREN: \"%1\" fails its check digit (Luhn); check for a typing error.")
                                  .arg(association.siren) });
        }
    }
    if (!association.receiptCategory.isEmpty()
        && !ReceiptCodes::categoryFromCode(association.receiptCategory)) {
        problems.append({ QStringLiteral("receiptCategory"),
                          tr("Receipt category: \"%1\" is not one of the Cerfa's boxes.")
                              .arg(association.receiptCategory) });
    }
    return problems;
}

} // namespace casedesk

#pragma once

#include "storage/SyncState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casedesk {

// The association that runs the desk: who takes the legal action and signs the tax receipts.
struct Association
{
    SyncState sync;
    QString name;
    QString legalForm;
    QString rna; // Répertoire national des associations: "W" + 9 digits
    QString siren; // 9 digits with a Luhn check digit; optional for small associations
    QString address;
    QString purpose;
    bool generalInterest = false; // "d'intérêt général": may issue tax receipts
    QString signatoryName;
    QString signatoryRole;
    // What a tax receipt prints besides (issue 13): the Cerfa box the association ticks (a code of
    // ReceiptCodes::category; empty until chosen), the place of signing, and a signature image.
    QString receiptCategory;
    QString receiptPlace;
    QByteArray signaturePng;
};

struct FieldProblem
{
    QString field; // stable key: "rna", "siren", ...
    QString message; // translated, names the field
};

class AssociationRules
{
    Q_DECLARE_TR_FUNCTIONS(AssociationRules)

public:
    static bool isValidRna(const QString& rna);
    static bool isValidSiren(const QString& siren);
    static bool luhnValid(const QString& digits);
    // Problems with what is filled in; empty optional fields are fine (completeness for
    // publication is the workflow's business).
    static QList<FieldProblem> validate(const Association& association);
};

} // namespace casedesk

#pragma once

#include "receipts/Receipt.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casedesk {

struct Association;

// The register of a year's tax receipts as a PDF/A-1b file: every number in order with its issue
// date, donor, kind, amount and status (a cancelled one marked, with its reason and the number
// that replaced it), then the totals. It is what a tax inspection checks the receipts against
// (LPF art. L14 A). In French whatever the interface speaks, like the receipts themselves.
class RegisterPdf
{
    Q_DECLARE_TR_FUNCTIONS(RegisterPdf)

public:
    // Writes the register at path atomically. Returns an empty string when written, or a sentence
    // naming the file that says why not (nothing is left under that name then).
    static QString write(int year, const QList<Receipt>& receipts, const Association& association,
                         const QString& path);
};

} // namespace casedesk

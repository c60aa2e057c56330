#pragma once

#include "receipts/Receipt.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casedesk {

// The totals of a year's register: what a tax inspection checks the receipts against (LPF art.
// L14 A). Issued receipts add up to the receipted part of the gifts they cover.
struct RegisterTotals
{
    int issued = 0;
    int cancelled = 0;
    qint64 issuedCents = 0;
    qint64 giftsCents = 0; // the gifts the issued receipts cover, before counterparts
    qint64 counterpartsCents = 0; // deducted from them
    bool addsUp() const { return issuedCents == giftsCents - counterpartsCents; }
};

// The register of the receipts numbered in a year, every number in order, as CSV (safe for
// spreadsheets, as the donations export) for the treasurer's tools.
class ReceiptRegister
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRegister)

public:
    static RegisterTotals totals(const QList<Receipt>& receipts);
    // Writes atomically; an error sentence naming the file, or empty.
    static QString writeCsv(const QList<Receipt>& receipts, const QString& path);
};

} // namespace casedesk

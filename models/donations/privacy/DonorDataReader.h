#pragma once

#include "donations/privacy/DonorData.h"

#include <optional>

namespace casedesk {

class Database;

// Reads everything the desk holds about one donor (DonorData): the donor's row, every live gift
// with the bank lines and payout it was reconciled with, and the receipts issued. Read-only; the
// restricted archive is never read here.
class DonorDataReader
{
public:
    explicit DonorDataReader(Database& database);

    // None when no live donor has that UUID.
    std::optional<DonorData> read(const QUuid& donor);

private:
    QList<BankLineReference> bankLinesOf(const QString& targetUuid);
    std::optional<PayoutReference> payout(const QString& uuid);
    QList<DonorGiftData> gifts(const QUuid& donor);
    QList<DonorReceiptData> receipts(const QUuid& donor);

    Database& m_database;
};

} // namespace casedesk

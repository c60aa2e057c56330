#include "donations/ledger/Donation.h"

#include "common/CodeTable.h"

#include <array>

namespace casedesk {

namespace {

constexpr std::array<std::pair<DonationMethod, const char*>, 6> kMethods = { {
    { DonationMethod::Platform, "platform" },
    { DonationMethod::Card, "card" },
    { DonationMethod::Transfer, "transfer" },
    { DonationMethod::Cheque, "cheque" },
    { DonationMethod::Cash, "cash" },
    { DonationMethod::DirectDebit, "direct_debit" },
} };

constexpr std::array<std::pair<DonationStatus, const char*>, 4> kStatuses = { {
    { DonationStatus::Pending, "pending" },
    { DonationStatus::Paid, "paid" },
    { DonationStatus::Refunded, "refunded" },
    { DonationStatus::Cancelled, "cancelled" },
} };

} // namespace

QString DonationCodes::method(DonationMethod method)
{
    return CodeTable::codeOf(kMethods, method);
}

std::optional<DonationMethod> DonationCodes::methodFromCode(const QString& code)
{
    return CodeTable::valueOf(kMethods, code);
}

QList<DonationMethod> DonationCodes::methods()
{
    return CodeTable::valuesOf(kMethods);
}

QString DonationCodes::status(DonationStatus status)
{
    return CodeTable::codeOf(kStatuses, status);
}

std::optional<DonationStatus> DonationCodes::statusFromCode(const QString& code)
{
    return CodeTable::valueOf(kStatuses, code);
}

QList<DonationStatus> DonationCodes::statuses()
{
    return CodeTable::valuesOf(kStatuses);
}

QString DonationCodes::methodLabel(DonationMethod method)
{
    switch (method) {
    case DonationMethod::Platform:
        return tr("Platform");
    case DonationMethod::Card:
        return tr("Card");
    case DonationMethod::Transfer:
        return tr("Transfer");
    case DonationMethod::Cheque:
        return tr("Cheque");
    case DonationMethod::Cash:
        return tr("Cash");
    case DonationMethod::DirectDebit:
        return tr("Direct debit");
    }
    return {};
}

QString DonationCodes::statusLabel(DonationStatus status)
{
    switch (status) {
    case DonationStatus::Pending:
        return tr("Pending");
    case DonationStatus::Paid:
        return tr("Paid");
    case DonationStatus::Refunded:
        return tr("Refunded");
    case DonationStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace casedesk

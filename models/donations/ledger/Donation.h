#pragma once

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace casedesk {

enum class DonationMethod
{
    Platform,
    Card,
    Transfer,
    Cheque,
    Cash,
    DirectDebit
};

enum class DonationStatus
{
    Pending,
    Paid,
    Refunded,
    Cancelled
};

// A gift to a campaign. Amounts are positive cents; a refund is a status, not a negative line.
// Syncable: entity "donation" in the outbox.
struct Donation
{
    SyncState sync;
    QUuid campaignUuid;
    QUuid donorUuid; // null for an anonymous gift
    qint64 amountCents = 0;
    QString currency = QStringLiteral("EUR");
    QDate date;
    DonationMethod method = DonationMethod::Transfer;
    QString platform; // "ulule", "helloasso"; empty unless method is Platform
    QString platformOrderId;
    DonationStatus status = DonationStatus::Paid;
    QUuid payoutUuid; // the platform payout that paid it out, when known
    bool reconciled = false; // set by the reconciliation engine, read-only here
    QString importKey; // "platform:orderId" for imported donations; empty when typed by hand
    QString note;
    // The value of a counterpart the donor received (a platform's reward, a book): at most the
    // amount; a tax receipt deducts it unless it is small ("disproportion marquée"). 0 when none.
    qint64 counterpartCents = 0;
};

// A platform's transfer to the association's bank: what it covers, what it kept.
// Syncable: entity "payout".
struct Payout
{
    SyncState sync;
    QUuid campaignUuid;
    QString platform;
    QString reference;
    QDate date;
    qint64 grossCents = 0;
    qint64 commissionCents = 0;
    qint64 paymentFeesCents = 0;
    qint64 netCents = 0;
    bool reconciled = false;
    QString importKey; // "platform:reference"
};

// Stable codes (database, JSON, command line) and translated labels.
class DonationCodes
{
    Q_DECLARE_TR_FUNCTIONS(DonationCodes)

public:
    static QString method(DonationMethod method); // "platform", "card", ..., "direct_debit"
    static std::optional<DonationMethod> methodFromCode(const QString& code);
    static QList<DonationMethod> methods();
    static QString status(DonationStatus status); // "pending", "paid", "refunded", "cancelled"
    static std::optional<DonationStatus> statusFromCode(const QString& code);
    static QList<DonationStatus> statuses();

    static QString methodLabel(DonationMethod method); // "Cheque" / "Chèque"
    static QString statusLabel(DonationStatus status);
};

} // namespace casedesk

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace casedesk {

// A bank line a gift or a payout was matched with (an accepted reconciliation match).
struct BankLineReference
{
    QString uuid;
    QDate bookingDate;
    qint64 amountCents = 0;
    QString label;
    QString reference; // the bank's own reference of the line
    QString accountIban;
};

// The platform payout that paid a gift out, and the bank lines it was matched with.
struct PayoutReference
{
    QString uuid;
    QString platform;
    QString reference;
    QDate date;
    qint64 netCents = 0;
    QList<BankLineReference> bankLines;
};

// One gift as the ledger holds it, with where it was reconciled.
struct DonorGiftData
{
    QString uuid;
    QDate date;
    qint64 amountCents = 0;
    QString currency;
    QString campaignUuid;
    QString campaignTitle;
    QString status; // DonationCodes: "paid", "refunded", ...
    QString method; // DonationCodes: "transfer", "platform", ...
    QString platform;
    QString platformOrderId;
    qint64 counterpartCents = 0; // the value of a reward received in return
    QString note;
    std::optional<PayoutReference> payout;
    QList<BankLineReference> bankLines; // matched with the gift itself
};

// One tax receipt issued to the donor (as the receipts register holds it).
struct DonorReceiptData
{
    QString uuid;
    QString number;
    int year = 0;
    QString kind; // ReceiptCodes: "gift", "annual"
    qint64 amountCents = 0;
    QString status; // ReceiptCodes: "issued", "cancelled"
    QDate issuedOn;
    QDate periodFrom;
    QDate periodTo;
    QDate cancelledOn;
    QStringList giftUuids; // the gifts it covers
};

// Everything the desk holds about one donor: what an access or portability request is answered
// with (DonorDataExport). Never the restricted archive of an erased donor.
struct DonorData
{
    QUuid uuid;
    QString name;
    QString email;
    QString address;
    QString legalKind; // "person", "company"
    QString siren;
    QString platformRef;
    QString notes;
    QString receiptChoice; // "per_gift", "annual", "none"
    bool consentToContact = false;
    QString consentDate; // as recorded (a date), empty when none
    QString consentSource;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime erasedAt; // invalid unless erased
    QList<DonorGiftData> gifts; // oldest first
    QList<DonorReceiptData> receipts; // in register order
};

} // namespace casedesk

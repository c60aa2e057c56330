#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// Donations and payouts as read from a crowdfunding platform's export (Ulule orders, HelloAsso
// payments and cash-outs; JSON from their APIs or their CSV exports). Amounts in cents.
struct PlatformDonor
{
    QString platformRef; // the platform's id for the person, when it gives one
    QString name;
    QString email;
    QString address; // street, postal code, city, country as one multi-line text
    bool consentToContact = false;
};

struct PlatformDonation
{
    QString platform; // "ulule", "helloasso"
    QString orderId; // the platform's order / payment id: the duplicate key
    QString campaignRef; // the platform's project / form id or slug
    PlatformDonor donor;
    qint64 amountCents = 0; // what the donor gave (gross), positive
    QString currency;
    QDate date;
    QString status; // "pending", "paid", "refunded", "cancelled"
    QString payoutRef; // the cash-out that paid it out, when the export says
    int sourceLine = 0;
};

struct PlatformPayout
{
    QString platform;
    QString reference; // the platform's payout / cash-out id: the duplicate key
    QString campaignRef;
    QDate date;
    qint64 grossCents = 0;
    qint64 commissionCents = 0; // the platform's own commission
    qint64 paymentFeesCents = 0; // card / payment processor fees
    qint64 netCents = 0; // what reaches the bank: gross - commission - fees
    QStringList orderIds; // the donations it covers, when the export lists them
    int sourceLine = 0;
};

struct ParsedPlatformExport
{
    QString platform;
    QString format; // "ulule-json", "ulule-csv", "helloasso-json", "helloasso-csv"
    QList<PlatformDonation> donations;
    QList<PlatformPayout> payouts;
};

} // namespace casedesk

#pragma once

#include "donations/ImportProblem.h"
#include "donations/platform/PlatformData.h"

#include <QCoreApplication>

namespace casedesk {

enum class PlatformFormat
{
    Unknown,
    UluleJson, // the Ulule API's orders: {"orders": [...], "meta": {...}} or a bare array
    UluleCsv, // the Ulule back office's export of contributions (French headers)
    HelloAssoJson, // the HelloAsso API v5 payments: {"data": [...], "pagination": {...}} or an array
    HelloAssoCsv // the HelloAsso back office's export of payments (French headers, ';', 12,50)
};

// Crowdfunding platforms' exports: which one a file is, and its donations and payouts. Pure
// parsing: nothing is written; the first problem stops the read and says where it is.
class PlatformImport
{
    Q_DECLARE_TR_FUNCTIONS(PlatformImport)

public:
    // From the JSON keys or the CSV header; Unknown when neither platform's shape is recognised
    // (or the file cannot be read).
    static PlatformFormat detect(const QString& path);
    // "ulule-json", "ulule-csv", "helloasso-json", "helloasso-csv", "" for Unknown.
    static QString formatCode(PlatformFormat format);

    // Detects the format, then reads the file. False with `problem` set on the first error.
    static bool parse(const QString& path, ParsedPlatformExport* result, ImportProblem* problem);
    static bool parse(const QString& path, PlatformFormat format, ParsedPlatformExport* result,
                      ImportProblem* problem);
};

// The Ulule readers. Statuses: processing, awaiting-confirmation, payment-invalid -> pending;
// payment-completed, payment-done -> paid; cancelled, error -> cancelled; payment-reimbursed,
// refunded (or "refunded": true) -> refunded. Amounts in euros, at most two decimals.
class UluleReader
{
    Q_DECLARE_TR_FUNCTIONS(UluleReader)

public:
    static bool readJson(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                         ImportProblem* problem);
    static bool readCsv(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                        ImportProblem* problem);
    // "paid", "pending"... or empty when the status is not one Ulule uses.
    static QString statusFor(const QString& ululeStatus);
};

// The HelloAsso readers. States: Authorized, Registered -> paid; Pending, Waiting*, Init ->
// pending; Refused, Canceled, Abandoned, Error, Deleted -> cancelled; Refunded, Refunding,
// Contested -> refunded. Amounts in cents (JSON) or euros with a decimal comma (CSV). The
// voluntary contribution to HelloAsso (amountTip) is not the association's: it is taken off the
// donation. HelloAsso keeps no commission, so its cash-outs have commission and fees 0; a
// cash-out is the payments that share its idCashOut, and lists their payment ids.
class HelloAssoReader
{
    Q_DECLARE_TR_FUNCTIONS(HelloAssoReader)

public:
    static bool readJson(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                         ImportProblem* problem);
    static bool readCsv(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                        ImportProblem* problem);
    static QString statusFor(const QString& helloAssoState);
};

} // namespace casedesk

#pragma once

#include "donations/privacy/DonorData.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace casedesk {

class Database;

enum class DonorExportFormat
{
    Json,
    Pdf
};

// A donor's complete data, for a request of access or portability (GDPR art. 15 and 20): as JSON
// for machines and as a readable PDF in the interface's language. Each file is written atomically
// (QSaveFile: an older file stays whole until the new one is complete) and each export is logged
// in the privacy log. The restricted archive of an erased donor is never in it.
//
// The JSON document (keys stable; amounts in integer cents, dates YYYY-MM-DD, instants ISO 8601
// UTC; absent values are "" or null as noted):
//   format        "casedesk-donor-data"
//   version       1
//   exportedAt    instant;  exportedBy  the desk's user
//   donor         uuid, name, email, address, legalKind ("person"|"company"), siren, platformRef,
//                 notes, receiptChoice ("per_gift"|"annual"|"none"), createdAt, updatedAt,
//                 erasedAt (instant or null)
//   consent       toContact (bool), date (as recorded, or null), source
//   gifts[]       uuid, date, amountCents, currency, campaign (title), campaignUuid, status, method,
//                 platform, order, counterpartCents, note,
//                 bankLines[] (uuid, date, amountCents, label, reference, account: IBAN),
//                 payout (null, or uuid, platform, reference, date, netCents, bankLines[])
//   receipts[]    uuid, number, year, kind ("gift"|"annual"), amountCents, status
//                 ("issued"|"cancelled"), issuedOn, periodFrom, periodTo, cancelledOn (or null),
//                 gifts[] (the UUIDs of the gifts it covers)
//   totals        gifts (count), paidCents, refundedCents
class DonorDataExport
{
    Q_DECLARE_TR_FUNCTIONS(DonorDataExport)

public:
    static inline const QString kFormatName = QStringLiteral("casedesk-donor-data");
    static constexpr int kFormatVersion = 1;

    explicit DonorDataExport(Database& database);

    static QString formatCode(DonorExportFormat format); // "json", "pdf"
    static std::optional<DonorExportFormat> formatFromCode(const QString& code);
    // By the file's name: ".pdf" is a PDF, anything else JSON.
    static DonorExportFormat formatForPath(const QString& path);

    static QJsonObject toJson(const DonorData& data, const QDateTime& exportedAt, const QString& exportedBy);
    // What the PDF shows, in the interface's language (tr(), the default QLocale).
    static QString html(const DonorData& data, const QDateTime& exportedAt, const QString& exportedBy);

    struct Result
    {
        bool ok = false;
        QString errorMessage;
        int gifts = 0;
        int receipts = 0;
    };
    // Reads the donor and writes the file, then logs the export with `why` (the GDPR articles
    // when empty). A PDF needs a QGuiApplication (fonts). Throws DatabaseError on a storage error.
    Result write(const QUuid& donor, const QString& path, DonorExportFormat format, const QString& why = {});

private:
    Database& m_database;
};

} // namespace casedesk

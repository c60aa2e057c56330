#include "reports/DonationExport.h"

#include "reports/CsvWriter.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QSaveFile>

namespace casedesk {

namespace {

QList<CsvCell> cellsOf(const DonationRow& row)
{
    // Codes rather than translated labels for method and status: a spreadsheet filters on them
    // the same way whatever the language the export was made in.
    return { CsvCell::ofText(row.date.toString(Qt::ISODate)),
             CsvCell::ofText(row.donorName),
             CsvCell::ofText(row.campaignTitle),
             CsvCell::ofAmount(row.amountCents),
             CsvCell::ofText(row.currency),
             CsvCell::ofText(DonationCodes::method(row.method)),
             CsvCell::ofText(DonationCodes::status(row.status)),
             CsvCell::ofText(row.platform),
             CsvCell::ofText(row.platformOrderId),
             CsvCell::ofText(row.reconciled ? QStringLiteral("yes") : QStringLiteral("no")),
             CsvCell::ofText(SqlValues::uuidText(row.uuid)) };
}

} // namespace

DonationExport::Result DonationExport::write(DonationRepository& repository, const DonationQuery& query,
                                             const QString& path, QChar separator)
{
    Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorMessage
            = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    CsvWriter writer(&file, separator);
    writer.writeTextRow({ tr("Date"), tr("Donor"), tr("Campaign"), tr("Amount"), tr("Currency"), tr("Method"),
                          tr("Status"), tr("Platform"), tr("Order"), tr("Reconciled"), tr("Donation id") });
    repository.forEachRow(query, [&](const DonationRow& row) {
        writer.writeRow(cellsOf(row));
        return writer.ok();
    });
    if (!writer.ok() || !file.commit()) {
        result.errorMessage
            = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result; // QSaveFile drops the temporary copy; an older export stays as it was
    }
    result.ok = true;
    result.rows = writer.rowsWritten() - 1;
    return result;
}

} // namespace casedesk

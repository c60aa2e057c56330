#include "reports/DonorExport.h"

#include "donations/ledger/DonorRepository.h"
#include "reports/CsvWriter.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QSaveFile>

namespace casedesk {

namespace {

constexpr int kPage = 1000;

QList<CsvCell> cellsOf(const DonorRow& row)
{
    return { CsvCell::ofText(row.name),
             CsvCell::ofText(row.email),
             CsvCell::ofText(row.consentToContact ? QStringLiteral("yes") : QStringLiteral("no")),
             CsvCell::ofText(QString::number(row.donationCount)),
             CsvCell::ofAmount(row.paidCents),
             CsvCell::ofText(SqlValues::uuidText(row.uuid)) };
}

} // namespace

DonationExport::Result DonorExport::write(DonorRepository& repository, const QString& search,
                                          const QString& path, QChar separator)
{
    DonationExport::Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorMessage
            = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    CsvWriter writer(&file, separator);
    writer.writeTextRow(
        { tr("Name"), tr("E-mail"), tr("May be contacted"), tr("Donations"), tr("Given"), tr("Donor id") });
    for (int offset = 0; writer.ok(); offset += kPage) {
        const QList<DonorRow> page = repository.rows(search, offset, kPage);
        for (const DonorRow& row : page)
            writer.writeRow(cellsOf(row));
        if (page.size() < kPage)
            break;
    }
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

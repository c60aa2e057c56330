#include "receipts/ReceiptRegister.h"

#include "reports/CsvWriter.h"

#include <QSaveFile>

namespace casedesk {

RegisterTotals ReceiptRegister::totals(const QList<Receipt>& receipts)
{
    RegisterTotals totals;
    for (const Receipt& receipt : receipts) {
        if (receipt.status == ReceiptStatus::Cancelled) {
            ++totals.cancelled;
            continue;
        }
        ++totals.issued;
        totals.issuedCents += receipt.amountCents;
        for (const ReceiptGift& gift : receipt.gifts) {
            totals.giftsCents += gift.giftCents;
            totals.counterpartsCents += gift.counterpartCents;
        }
    }
    return totals;
}

QString ReceiptRegister::writeCsv(const QList<Receipt>& receipts, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: the register cannot be written: %2").arg(path, file.errorString());
    CsvWriter csv(&file);
    csv.writeTextRow({ tr("number"), tr("issued on"), tr("donor"), tr("form"), tr("kind"), tr("period from"),
                       tr("period to"), tr("gifts"), tr("counterparts deducted"), tr("amount"), tr("status"),
                       tr("cancelled on"), tr("reason"), tr("replaces") });
    for (const Receipt& r : receipts) {
        qint64 gifts = 0;
        qint64 counterparts = 0;
        for (const ReceiptGift& gift : r.gifts) {
            gifts += gift.giftCents;
            counterparts += gift.counterpartCents;
        }
        csv.writeRow({ CsvCell::ofText(r.number), CsvCell::ofText(r.issuedOn.toString(Qt::ISODate)),
                       CsvCell::ofText(r.donorName), CsvCell::ofText(ReceiptCodes::form(r.form)),
                       CsvCell::ofText(ReceiptCodes::kind(r.kind)),
                       CsvCell::ofText(r.periodFrom.toString(Qt::ISODate)),
                       CsvCell::ofText(r.periodTo.toString(Qt::ISODate)), CsvCell::ofAmount(gifts),
                       CsvCell::ofAmount(counterparts), CsvCell::ofAmount(r.amountCents),
                       CsvCell::ofText(ReceiptCodes::status(r.status)),
                       CsvCell::ofText(r.cancelledOn.toString(Qt::ISODate)), CsvCell::ofText(r.cancelReason),
                       CsvCell::ofText(r.replacesNumber) });
    }
    if (!csv.ok() || !file.commit())
        return tr("%1: the register cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace casedesk

#include "cli/ReceiptOutput.h"

#include "cli/CliContext.h"
#include "cli/Values.h"

#include <QJsonArray>

namespace casedesk::cli {

namespace {

QString period(const Receipt& receipt)
{
    if (receipt.periodFrom == receipt.periodTo)
        return Values::date(receipt.periodFrom);
    return ReceiptOutput::tr("%1 to %2")
        .arg(Values::date(receipt.periodFrom), Values::date(receipt.periodTo));
}

QString statusText(const Receipt& receipt)
{
    if (receipt.status == ReceiptStatus::Cancelled) {
        return ReceiptOutput::tr("cancelled on %1: %2")
            .arg(Values::date(receipt.cancelledOn), receipt.cancelReason);
    }
    return ReceiptCodes::statusLabel(receipt.status);
}

} // namespace

QJsonObject ReceiptOutput::receiptJson(const Receipt& r, bool withGifts)
{
    QJsonObject json { { QStringLiteral("id"), r.sync.uuid.toString(QUuid::WithoutBraces) },
                       { QStringLiteral("number"), r.number },
                       { QStringLiteral("kind"), ReceiptCodes::kind(r.kind) },
                       { QStringLiteral("form"), ReceiptCodes::form(r.form) },
                       { QStringLiteral("donorId"), r.donorUuid.toString(QUuid::WithoutBraces) },
                       { QStringLiteral("donorName"), r.donorName },
                       { QStringLiteral("donorAddress"), r.donorAddress },
                       { QStringLiteral("donorSiren"), r.donorSiren },
                       { QStringLiteral("amountCents"), r.amountCents },
                       { QStringLiteral("periodFrom"), r.periodFrom.toString(Qt::ISODate) },
                       { QStringLiteral("periodTo"), r.periodTo.toString(Qt::ISODate) },
                       { QStringLiteral("issuedOn"), r.issuedOn.toString(Qt::ISODate) },
                       { QStringLiteral("status"), ReceiptCodes::status(r.status) },
                       { QStringLiteral("cancelledOn"), r.cancelledOn.toString(Qt::ISODate) },
                       { QStringLiteral("cancelReason"), r.cancelReason },
                       { QStringLiteral("replaces"), r.replacesNumber },
                       { QStringLiteral("file"), r.fileName },
                       { QStringLiteral("pdfSha256"), r.pdfSha256 } };
    if (withGifts) {
        QJsonArray gifts;
        for (const ReceiptGift& gift : r.gifts) {
            gifts.append(QJsonObject {
                { QStringLiteral("donationId"), gift.donationUuid.toString(QUuid::WithoutBraces) },
                { QStringLiteral("date"), gift.date.toString(Qt::ISODate) },
                { QStringLiteral("method"), ReceiptCodes::method(gift.method) },
                { QStringLiteral("giftCents"), gift.giftCents },
                { QStringLiteral("counterpartCents"), gift.counterpartCents },
                { QStringLiteral("receiptedCents"), gift.receiptedCents } });
        }
        json.insert(QStringLiteral("gifts"), gifts);
    }
    return json;
}

QJsonObject ReceiptOutput::previewJson(const ReceiptBatchPreview& preview)
{
    QJsonArray skipped;
    for (const SkippedDonor& donor : preview.plan.skipped) {
        skipped.append(
            QJsonObject { { QStringLiteral("donorId"), donor.donorUuid.toString(QUuid::WithoutBraces) },
                          { QStringLiteral("donorName"), donor.donorName },
                          { QStringLiteral("reason"), ReceiptPlanner::reasonCode(donor.reason) },
                          { QStringLiteral("gifts"), donor.giftCount },
                          { QStringLiteral("amountCents"), donor.amountCents } });
    }
    int annual = 0;
    for (const PlannedReceipt& receipt : preview.plan.receipts)
        annual += receipt.kind == ReceiptKind::Annual ? 1 : 0;
    return { { QStringLiteral("receipts"), int(preview.plan.receipts.size()) },
             { QStringLiteral("annual"), annual },
             { QStringLiteral("totalCents"), preview.plan.totalCents() },
             { QStringLiteral("pdfsToComplete"), preview.pdfsToComplete },
             { QStringLiteral("skipped"), skipped },
             { QStringLiteral("refusals"), QJsonArray::fromStringList(preview.refusals) } };
}

QJsonObject ReceiptOutput::resultJson(const ReceiptBatchResult& result)
{
    return { { QStringLiteral("issued"), result.issued },
             { QStringLiteral("pdfsWritten"), result.pdfsWritten },
             { QStringLiteral("alreadyIssued"), result.alreadyIssued },
             { QStringLiteral("cancelled"), result.cancelled },
             { QStringLiteral("error"), result.error },
             { QStringLiteral("mailMerge"), result.mailMergeFile },
             { QStringLiteral("files"), QJsonArray::fromStringList(result.files) } };
}

void ReceiptOutput::printReceipt(CliContext& context, const Receipt& r)
{
    QList<std::pair<QString, QString>> fields {
        { tr("Number"), r.number },
        { tr("Form"), ReceiptCodes::formLabel(r.form) },
        { tr("Kind"), ReceiptCodes::kindLabel(r.kind) },
        { tr("Donor"),
          r.donorSiren.isEmpty() ? r.donorName : tr("%1 (SIREN %2)").arg(r.donorName, r.donorSiren) },
        { tr("Address"), r.donorAddress },
        { tr("Amount"), Values::money(r.amountCents) },
        { tr("Gifts of"), period(r) },
        { tr("Issued on"), Values::date(r.issuedOn) },
        { tr("Status"), statusText(r) },
    };
    if (!r.replacesNumber.isEmpty())
        fields.append({ tr("Replaces"), r.replacesNumber });
    fields.append({ tr("PDF"), r.fileName.isEmpty() ? tr("not written yet") : r.fileName });
    context.printFields(fields);
    QList<QStringList> rows;
    for (const ReceiptGift& gift : r.gifts) {
        rows.append({ Values::date(gift.date), ReceiptCodes::methodCerfaText(gift.method),
                      Values::money(gift.giftCents), Values::money(gift.counterpartCents),
                      Values::money(gift.receiptedCents) });
    }
    context.print();
    context.printTable({ tr("Gift"), tr("Method"), tr("Given"), tr("Counterpart"), tr("Receipted") }, rows,
                       { 2, 3, 4 });
}

void ReceiptOutput::printList(CliContext& context, const QList<Receipt>& receipts)
{
    if (receipts.isEmpty()) {
        context.print(tr("No receipt."));
        return;
    }
    QList<QStringList> rows;
    for (const Receipt& r : receipts) {
        rows.append({ r.number, Values::date(r.issuedOn), r.donorName, ReceiptCodes::kindLabel(r.kind),
                      period(r), Values::money(r.amountCents), statusText(r) });
    }
    context.printTable(
        { tr("Number"), tr("Issued"), tr("Donor"), tr("Kind"), tr("Gifts of"), tr("Amount"), tr("Status") },
        rows, { 5 });
}

void ReceiptOutput::printPreview(CliContext& context, const ReceiptBatchPreview& preview)
{
    for (const QString& refusal : preview.refusals)
        context.print(tr("Cannot issue: %1").arg(refusal));
    context.print(tr("%n receipt(s) to issue, %1 in all.", nullptr, int(preview.plan.receipts.size()))
                      .arg(Values::money(preview.plan.totalCents())));
    if (preview.pdfsToComplete > 0)
        context.print(tr("%n receipt(s) numbered by a stopped batch still need their PDF.", nullptr,
                         preview.pdfsToComplete));
    if (preview.plan.skipped.isEmpty())
        return;
    context.print(tr("Skipped:"));
    QList<QStringList> rows;
    for (const SkippedDonor& donor : preview.plan.skipped) {
        rows.append({ donor.donorName, ReceiptPlanner::reasonLabel(donor.reason),
                      QString::number(donor.giftCount), Values::money(donor.amountCents) });
    }
    context.printTable({ tr("Donor"), tr("Why"), tr("Gifts"), tr("Amount") }, rows, { 2, 3 });
}

void ReceiptOutput::printResult(CliContext& context, const ReceiptBatchResult& result)
{
    context.print(tr("%n receipt(s) issued.", nullptr, result.issued));
    if (result.pdfsWritten != result.issued)
        context.print(tr("%n PDF(s) written.", nullptr, result.pdfsWritten));
    if (result.alreadyIssued > 0)
        context.print(tr("%n receipt(s) left to another process that issued them meanwhile.", nullptr,
                         result.alreadyIssued));
    if (result.cancelled)
        context.print(tr("Stopped: run the same command again to continue."));
    if (!result.mailMergeFile.isEmpty())
        context.print(tr("Mail merge: %1").arg(result.mailMergeFile));
}

} // namespace casedesk::cli

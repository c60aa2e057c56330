#include "donations/privacy/DonorDataExport.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "donations/ledger/Donation.h"
#include "donations/privacy/DonorDataReader.h"
#include "donations/privacy/PrivacyRepository.h"
#include "receipts/Receipt.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace casedesk {

namespace {

// The log's "why" when the person exporting gave none.
const QString kDefaultWhy = QStringLiteral("GDPR art. 15, 20 (access, portability)");

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instantJson(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(Clock::toIso(instant)) : QJsonValue(QJsonValue::Null);
}

QJsonArray bankLinesJson(const QList<BankLineReference>& lines)
{
    QJsonArray array;
    for (const BankLineReference& line : lines)
        array.append(QJsonObject { { QStringLiteral("uuid"), line.uuid },
                                   { QStringLiteral("date"), dateJson(line.bookingDate) },
                                   { QStringLiteral("amountCents"), line.amountCents },
                                   { QStringLiteral("label"), line.label },
                                   { QStringLiteral("reference"), line.reference },
                                   { QStringLiteral("account"), line.accountIban } });
    return array;
}

QJsonObject giftJson(const DonorGiftData& gift)
{
    QJsonValue payout(QJsonValue::Null);
    if (gift.payout)
        payout = QJsonObject { { QStringLiteral("uuid"), gift.payout->uuid },
                               { QStringLiteral("platform"), gift.payout->platform },
                               { QStringLiteral("reference"), gift.payout->reference },
                               { QStringLiteral("date"), dateJson(gift.payout->date) },
                               { QStringLiteral("netCents"), gift.payout->netCents },
                               { QStringLiteral("bankLines"), bankLinesJson(gift.payout->bankLines) } };
    return { { QStringLiteral("uuid"), gift.uuid },
             { QStringLiteral("date"), dateJson(gift.date) },
             { QStringLiteral("amountCents"), gift.amountCents },
             { QStringLiteral("currency"), gift.currency },
             { QStringLiteral("campaign"), gift.campaignTitle },
             { QStringLiteral("campaignUuid"), gift.campaignUuid },
             { QStringLiteral("status"), gift.status },
             { QStringLiteral("method"), gift.method },
             { QStringLiteral("platform"), gift.platform },
             { QStringLiteral("order"), gift.platformOrderId },
             { QStringLiteral("counterpartCents"), gift.counterpartCents },
             { QStringLiteral("note"), gift.note },
             { QStringLiteral("bankLines"), bankLinesJson(gift.bankLines) },
             { QStringLiteral("payout"), payout } };
}

QJsonObject receiptJson(const DonorReceiptData& receipt)
{
    return { { QStringLiteral("uuid"), receipt.uuid },
             { QStringLiteral("number"), receipt.number },
             { QStringLiteral("year"), receipt.year },
             { QStringLiteral("kind"), receipt.kind },
             { QStringLiteral("amountCents"), receipt.amountCents },
             { QStringLiteral("status"), receipt.status },
             { QStringLiteral("issuedOn"), dateJson(receipt.issuedOn) },
             { QStringLiteral("periodFrom"), dateJson(receipt.periodFrom) },
             { QStringLiteral("periodTo"), dateJson(receipt.periodTo) },
             { QStringLiteral("cancelledOn"), dateJson(receipt.cancelledOn) },
             { QStringLiteral("gifts"), QJsonArray::fromStringList(receipt.giftUuids) } };
}

struct Totals
{
    qint64 paidCents = 0;
    qint64 refundedCents = 0;
};

Totals totalsOf(const DonorData& data)
{
    Totals totals;
    for (const DonorGiftData& gift : data.gifts) {
        if (gift.status == DonationCodes::status(DonationStatus::Paid))
            totals.paidCents += gift.amountCents;
        else if (gift.status == DonationCodes::status(DonationStatus::Refunded))
            totals.refundedCents += gift.amountCents;
    }
    return totals;
}

QString escaped(const QString& text)
{
    return text.trimmed().isEmpty()
        ? QStringLiteral("—")
        : text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString field(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), escaped(value));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top:14px\">%1</h3>").arg(text.toHtmlEscaped());
}

QString tableOf(const QStringList& headers, const QList<QStringList>& rows)
{
    QString table
        = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString& header : headers)
        table += QStringLiteral("<th align=\"left\">%1</th>").arg(header.toHtmlEscaped());
    table += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        table += QStringLiteral("<tr>");
        for (const QString& cell : row)
            table += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        table += QStringLiteral("</tr>");
    }
    return table + QStringLiteral("</table>");
}

QString legalKindLabel(const QString& code)
{
    return code == QLatin1String("company") ? DonorDataExport::tr("Company") : DonorDataExport::tr("Person");
}

QString receiptChoiceLabel(const QString& code)
{
    if (code == QLatin1String("annual"))
        return DonorDataExport::tr("One a year");
    if (code == QLatin1String("none"))
        return DonorDataExport::tr("None");
    return DonorDataExport::tr("One per gift");
}

QString bankLinesText(const QList<BankLineReference>& lines)
{
    QStringList texts;
    for (const BankLineReference& line : lines)
        texts.append(DonorDataExport::tr("bank line of %1, %2")
                         .arg(dateText(line.bookingDate), line.label.simplified()));
    return texts.join(QLatin1Char('\n'));
}

QString reconciliationText(const DonorGiftData& gift)
{
    QStringList texts;
    if (!gift.bankLines.isEmpty())
        texts.append(bankLinesText(gift.bankLines));
    if (gift.payout) {
        texts.append(
            DonorDataExport::tr("payout %1 of %2").arg(gift.payout->reference, dateText(gift.payout->date)));
        if (!gift.payout->bankLines.isEmpty())
            texts.append(bankLinesText(gift.payout->bankLines));
    }
    return texts.join(QLatin1Char('\n'));
}

QStringList giftCells(const DonorGiftData& gift)
{
    const std::optional<DonationMethod> method = DonationCodes::methodFromCode(gift.method);
    const std::optional<DonationStatus> status = DonationCodes::statusFromCode(gift.status);
    return { dateText(gift.date),
             gift.campaignTitle,
             Money::format(gift.amountCents, QLocale(), gift.currency),
             method ? DonationCodes::methodLabel(*method) : gift.method,
             status ? DonationCodes::statusLabel(*status) : gift.status,
             gift.counterpartCents > 0 ? Money::format(gift.counterpartCents, QLocale(), gift.currency)
                                       : QString(),
             reconciliationText(gift) };
}

QStringList receiptCells(const DonorReceiptData& receipt)
{
    const std::optional<ReceiptKind> kind = ReceiptCodes::kindFromCode(receipt.kind);
    const std::optional<ReceiptStatus> status = ReceiptCodes::statusFromCode(receipt.status);
    const QString period = receipt.periodFrom == receipt.periodTo
        ? dateText(receipt.periodFrom)
        : DonorDataExport::tr("%1 to %2").arg(dateText(receipt.periodFrom), dateText(receipt.periodTo));
    return { receipt.number,
             kind ? ReceiptCodes::kindLabel(*kind) : receipt.kind,
             dateText(receipt.issuedOn),
             period,
             Money::format(receipt.amountCents),
             status ? ReceiptCodes::statusLabel(*status) : receipt.status };
}

} // namespace

QString DonorDataExport::html(const DonorData& data, const QDateTime& exportedAt, const QString& exportedBy)
{
    QString body = QStringLiteral("<p style=\"font-size:15pt; font-weight:bold\">%1</p>")
                       .arg(tr("Personal data held about %1").arg(data.name).toHtmlEscaped());
    body += QStringLiteral("<p>%1</p>")
                .arg(tr("Exported on %1 by %2. This document lists everything the association's desk holds "
                        "about this donor (GDPR articles 15 and 20); a machine-readable copy exists as JSON.")
                         .arg(QLocale().toString(exportedAt.toLocalTime(), QLocale::ShortFormat), exportedBy)
                         .toHtmlEscaped());
    body += heading(tr("Identity")) + QStringLiteral("<table cellspacing=\"2\">");
    body += field(tr("Name"), data.name);
    body += field(tr("E-mail"), data.email);
    body += field(tr("Address"), data.address);
    body += field(tr("Person or company"), legalKindLabel(data.legalKind));
    body += field(tr("SIREN"), data.siren);
    body += field(tr("Platform reference"), data.platformRef);
    body += field(tr("Tax receipts"), receiptChoiceLabel(data.receiptChoice));
    body += field(tr("Notes"), data.notes);
    body += field(tr("Recorded on"), QLocale().toString(data.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (data.erasedAt.isValid())
        body += field(tr("Erased on"), QLocale().toString(data.erasedAt.toLocalTime(), QLocale::ShortFormat));
    body += QStringLiteral("</table>");

    body += heading(tr("Consent to be contacted")) + QStringLiteral("<table cellspacing=\"2\">");
    body += field(tr("Agrees to be contacted"), data.consentToContact ? tr("Yes") : tr("No"));
    body += field(tr("Given on"), data.consentDate);
    body += field(tr("Source"), data.consentSource);
    body += QStringLiteral("</table>");

    body += heading(tr("Gifts (%1)").arg(data.gifts.size()));
    if (data.gifts.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(tr("No gift.").toHtmlEscaped());
    } else {
        QList<QStringList> rows;
        for (const DonorGiftData& gift : data.gifts)
            rows.append(giftCells(gift));
        body += tableOf({ tr("Date"), tr("Campaign"), tr("Amount"), tr("Method"), tr("Status"),
                          tr("Counterpart"), tr("Reconciled with") },
                        rows);
        const Totals totals = totalsOf(data);
        body += QStringLiteral("<p>%1</p>")
                    .arg(tr("Paid: %1. Refunded: %2.")
                             .arg(Money::format(totals.paidCents), Money::format(totals.refundedCents))
                             .toHtmlEscaped());
    }

    body += heading(tr("Tax receipts (%1)").arg(data.receipts.size()));
    if (data.receipts.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(tr("No receipt.").toHtmlEscaped());
    } else {
        QList<QStringList> rows;
        for (const DonorReceiptData& receipt : data.receipts)
            rows.append(receiptCells(receipt));
        body += tableOf(
            { tr("Number"), tr("Kind"), tr("Issued on"), tr("Period"), tr("Amount"), tr("Status") }, rows);
    }
    return QStringLiteral(
               "<html><body style=\"font-family:'DejaVu Sans', sans-serif; font-size:9pt\">%1</body></html>")
        .arg(body);
}

DonorDataExport::DonorDataExport(Database& database)
    : m_database(database)
{
}

QString DonorDataExport::formatCode(DonorExportFormat format)
{
    return format == DonorExportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("json");
}

std::optional<DonorExportFormat> DonorDataExport::formatFromCode(const QString& code)
{
    if (code == QLatin1String("json"))
        return DonorExportFormat::Json;
    if (code == QLatin1String("pdf"))
        return DonorExportFormat::Pdf;
    return std::nullopt;
}

DonorExportFormat DonorDataExport::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? DonorExportFormat::Pdf
                                                                     : DonorExportFormat::Json;
}

QJsonObject DonorDataExport::toJson(const DonorData& data, const QDateTime& exportedAt,
                                    const QString& exportedBy)
{
    QJsonArray gifts;
    for (const DonorGiftData& gift : data.gifts)
        gifts.append(giftJson(gift));
    QJsonArray receipts;
    for (const DonorReceiptData& receipt : data.receipts)
        receipts.append(receiptJson(receipt));
    const Totals totals = totalsOf(data);
    return {
        { QStringLiteral("format"), kFormatName },
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("exportedAt"), instantJson(exportedAt) },
        { QStringLiteral("exportedBy"), exportedBy },
        { QStringLiteral("donor"),
          QJsonObject { { QStringLiteral("uuid"), SqlValues::uuidText(data.uuid) },
                        { QStringLiteral("name"), data.name },
                        { QStringLiteral("email"), data.email },
                        { QStringLiteral("address"), data.address },
                        { QStringLiteral("legalKind"), data.legalKind },
                        { QStringLiteral("siren"), data.siren },
                        { QStringLiteral("platformRef"), data.platformRef },
                        { QStringLiteral("notes"), data.notes },
                        { QStringLiteral("receiptChoice"), data.receiptChoice },
                        { QStringLiteral("createdAt"), instantJson(data.createdAt) },
                        { QStringLiteral("updatedAt"), instantJson(data.updatedAt) },
                        { QStringLiteral("erasedAt"), instantJson(data.erasedAt) } } },
        { QStringLiteral("consent"),
          QJsonObject {
              { QStringLiteral("toContact"), data.consentToContact },
              { QStringLiteral("date"),
                data.consentDate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(data.consentDate) },
              { QStringLiteral("source"), data.consentSource } } },
        { QStringLiteral("gifts"), gifts },
        { QStringLiteral("receipts"), receipts },
        { QStringLiteral("totals"),
          QJsonObject { { QStringLiteral("gifts"), int(data.gifts.size()) },
                        { QStringLiteral("paidCents"), totals.paidCents },
                        { QStringLiteral("refundedCents"), totals.refundedCents } } },
    };
}

DonorDataExport::Result DonorDataExport::write(const QUuid& donor, const QString& path,
                                               DonorExportFormat format, const QString& why)
{
    Result result;
    const QString nativePath = QDir::toNativeSeparators(path);
    if (format == DonorExportFormat::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        result.errorMessage = tr("Cannot write %1: fonts are not available in this program.").arg(nativePath);
        return result;
    }
    // The log's line and the file go together: the line is committed only once the file is whole.
    WriteTransaction transaction(m_database);
    const std::optional<DonorData> data = DonorDataReader(m_database).read(donor);
    if (!data) {
        result.errorMessage = tr("No donor has the identifier %1.").arg(SqlValues::uuidText(donor));
        return result;
    }
    const QDateTime now = Clock::nowUtc();
    const QString actor = PrivacyRepository::currentActor();
    PrivacyRepository(m_database)
        .log(PrivacyAction::Export, donor, formatCode(format) + QLatin1Char(' ') + QFileInfo(path).fileName(),
             why.trimmed().isEmpty() ? kDefaultWhy : why.trimmed());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorMessage = tr("Cannot write %1: %2").arg(nativePath, file.errorString());
        return result;
    }
    if (format == DonorExportFormat::Json) {
        file.write(QJsonDocument(toJson(*data, now, actor)).toJson(QJsonDocument::Indented));
    } else {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Personal data held about %1").arg(data->name));
        writer.setCreator(QStringLiteral("CaseDesk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html(*data, now, actor));
        document.print(&writer);
    }
    if (!file.commit()) {
        result.errorMessage = tr("Cannot write %1: %2").arg(nativePath, file.errorString());
        return result; // the log's line is rolled back with the transaction
    }
    transaction.commit();
    result.ok = true;
    result.gifts = int(data->gifts.size());
    result.receipts = int(data->receipts.size());
    return result;
}

} // namespace casedesk

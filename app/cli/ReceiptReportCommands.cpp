// receipts todo | register | declaration: what the treasurer checks and files.
#include "campaigns/AssociationRepository.h"
#include "cli/CliContext.h"
#include "cli/ReceiptCommands.h"
#include "cli/ReceiptOutput.h"
#include "cli/Values.h"
#include "donations/ledger/Donation.h"
#include "receipts/ReceiptRegister.h"
#include "receipts/ReceiptRepository.h"
#include "receipts/RegisterPdf.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

int ReceiptReportCommands::todo(CliContext& context, const CommandArgs&)
{
    const QList<ReceiptToRedo> rows = ReceiptRepository(context.database()).toRedo();
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const ReceiptToRedo& row : rows) {
            array.append(QJsonObject {
                { QStringLiteral("receipt"), row.number },
                { QStringLiteral("donorName"), row.donorName },
                { QStringLiteral("donationId"), row.donationUuid.toString(QUuid::WithoutBraces) },
                { QStringLiteral("giftDate"), row.giftDate.toString(Qt::ISODate) },
                { QStringLiteral("giftCents"), row.giftCents },
                { QStringLiteral("giftStatus"), row.giftStatus } });
        }
        context.printJson(array);
        return kSuccess;
    }
    if (rows.isEmpty()) {
        context.print(tr("No receipt to redo: every receipted gift is still paid."));
        return kSuccess;
    }
    QList<QStringList> table;
    for (const ReceiptToRedo& row : rows) {
        const auto status = DonationCodes::statusFromCode(row.giftStatus);
        table.append({ row.number, row.donorName, Values::date(row.giftDate), Values::money(row.giftCents),
                       status ? DonationCodes::statusLabel(*status) : tr("deleted") });
    }
    context.printTable({ tr("Receipt"), tr("Donor"), tr("Gift"), tr("Amount"), tr("Gift is now") }, table,
                       { 3 });
    context.print(tr(
        "Cancel each (receipts cancel) or replace it by one for the gifts still paid (receipts replace)."));
    return kSuccess;
}

int ReceiptReportCommands::registerFile(CliContext& context, const CommandArgs& args)
{
    const int year = ReceiptCommands::year(args, true);
    const QString out = Values::required(args.value(QStringLiteral("--out")), QStringLiteral("--out"));
    ReceiptRepository receipts(context.database());
    const QList<Receipt> rows = receipts.ofYear(year);
    QString error;
    if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        error = RegisterPdf::write(year, rows, AssociationRepository(context.database()).load(), out);
    else if (out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        error = ReceiptRegister::writeCsv(rows, out);
    else
        throw CommandFailure::usage(tr("--out: \"%1\" must end in .csv or .pdf.").arg(out));
    if (!error.isEmpty())
        return context.fail(error);
    const RegisterTotals totals = ReceiptRegister::totals(rows);
    const QList<int> gaps = receipts.gapsIn(year);
    if (context.jsonOutput()) {
        QJsonArray missing;
        for (const int gap : gaps)
            missing.append(gap);
        context.printJson(QJsonObject { { QStringLiteral("year"), year },
                                        { QStringLiteral("file"), out },
                                        { QStringLiteral("issued"), totals.issued },
                                        { QStringLiteral("cancelled"), totals.cancelled },
                                        { QStringLiteral("issuedCents"), totals.issuedCents },
                                        { QStringLiteral("giftsCents"), totals.giftsCents },
                                        { QStringLiteral("counterpartsCents"), totals.counterpartsCents },
                                        { QStringLiteral("addsUp"), totals.addsUp() },
                                        { QStringLiteral("missingNumbers"), missing } });
        return kSuccess;
    }
    context.printFields({ { tr("Register"), out },
                          { tr("Receipts issued"), QString::number(totals.issued) },
                          { tr("Cancelled"), QString::number(totals.cancelled) },
                          { tr("Amount receipted"), Values::money(totals.issuedCents) },
                          { tr("Gifts covered"), Values::money(totals.giftsCents) },
                          { tr("Counterparts deducted"), Values::money(totals.counterpartsCents) } });
    if (!gaps.isEmpty())
        return context.fail(
            tr("Numbers missing from the register of %1: %n.", nullptr, int(gaps.size())).arg(year));
    return kSuccess;
}

int ReceiptReportCommands::declaration(CliContext& context, const CommandArgs& args)
{
    const ReceiptDeclaration d
        = ReceiptRepository(context.database()).declaration(ReceiptCommands::year(args, true));
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("year"), d.year },
                                        { QStringLiteral("totalCents"), d.totalCents },
                                        { QStringLiteral("receipts"), d.receiptCount },
                                        { QStringLiteral("cancelledLeftOut"), d.cancelledLeftOut },
                                        { QStringLiteral("deadline"), d.deadline.toString(Qt::ISODate) } });
        return kSuccess;
    }
    context.printFields({ { tr("Gifts received in"), QString::number(d.year) },
                          { tr("Total on the receipts"), Values::money(d.totalCents) },
                          { tr("Number of receipts"), QString::number(d.receiptCount) },
                          { tr("Cancelled, left out"), QString::number(d.cancelledLeftOut) },
                          { tr("Deadline"), Values::date(d.deadline) } });
    context.print(
        tr("Art. 222 bis CGI: declared with the results return (2065-SD, frame L; or 2070-SD), or for an "
           "association that files neither, on demarches-simplifiees.fr (\"déclaration des dons\"). The "
           "deadline is the second working day after 1 May for a financial year that ends on 31 December; "
           "three months after the close otherwise."));
    return kSuccess;
}

} // namespace casedesk::cli

#include "cli/DonationOutput.h"

#include "cli/CliContext.h"
#include "cli/Values.h"
#include "storage/SqlValues.h"

#include <QJsonValue>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

} // namespace

QJsonObject DonationOutput::rowJson(const DonationRow& row)
{
    return { { QStringLiteral("uuid"), uuidText(row.uuid) },
             { QStringLiteral("date"), row.date.toString(Qt::ISODate) },
             { QStringLiteral("donor"), row.donorName },
             { QStringLiteral("donorUuid"), row.donorUuid.isNull() ? QString() : uuidText(row.donorUuid) },
             { QStringLiteral("campaign"), row.campaignTitle },
             { QStringLiteral("campaignUuid"), uuidText(row.campaignUuid) },
             { QStringLiteral("amountCents"), row.amountCents },
             { QStringLiteral("counterpartCents"), row.counterpartCents },
             { QStringLiteral("currency"), row.currency },
             { QStringLiteral("method"), DonationCodes::method(row.method) },
             { QStringLiteral("status"), DonationCodes::status(row.status) },
             { QStringLiteral("platform"), row.platform },
             { QStringLiteral("order"), row.platformOrderId },
             { QStringLiteral("reconciled"), row.reconciled } };
}

QStringList DonationOutput::rowCells(const DonationRow& row)
{
    return { uuidText(row.uuid).left(8),
             Values::date(row.date),
             row.donorName,
             row.campaignTitle,
             Values::money(row.amountCents),
             DonationCodes::methodLabel(row.method),
             DonationCodes::statusLabel(row.status),
             row.platformOrderId,
             Values::yesNoText(row.reconciled) };
}

QStringList DonationOutput::headers()
{
    return { tr("ID"),     tr("Date"),   tr("Donor"), tr("Campaign"),  tr("Amount"),
             tr("Method"), tr("Status"), tr("Order"), tr("Reconciled") };
}

void DonationOutput::printRows(CliContext& context, const QList<DonationRow>& rows)
{
    QList<QStringList> cells;
    for (const DonationRow& row : rows)
        cells.append(rowCells(row));
    context.printTable(headers(), cells, rightAligned());
}

QJsonObject DonationOutput::donationJson(const Donation& donation, const DonationRow& row)
{
    QJsonObject json = rowJson(row);
    json.insert(QStringLiteral("note"), donation.note);
    json.insert(QStringLiteral("revision"), donation.sync.revision);
    return json;
}

void DonationOutput::printDonation(CliContext& context, const Donation& donation, const DonationRow& row)
{
    QList<std::pair<QString, QString>> fields {
        { tr("ID"), uuidText(row.uuid) },
        { tr("Date"), Values::date(row.date) },
        { tr("Campaign"), row.campaignTitle },
        { tr("Donor"), row.donorName.isEmpty() ? tr("(anonymous)") : row.donorName },
        { tr("Amount"), Values::money(row.amountCents) },
        { tr("Counterpart"), row.counterpartCents > 0 ? Values::money(row.counterpartCents) : tr("none") },
        { tr("Method"), DonationCodes::methodLabel(row.method) },
        { tr("Status"), DonationCodes::statusLabel(row.status) },
    };
    if (!row.platformOrderId.isEmpty())
        fields.append({ tr("Order"), row.platform + QLatin1Char(' ') + row.platformOrderId });
    fields.append({ tr("Reconciled"), Values::yesNoText(row.reconciled) });
    if (!donation.note.isEmpty())
        fields.append({ tr("Note"), donation.note });
    context.printFields(fields);
}

QJsonObject DonationOutput::donorJson(const Donor& donor)
{
    return { { QStringLiteral("uuid"), uuidText(donor.sync.uuid) },
             { QStringLiteral("name"), donor.name },
             { QStringLiteral("email"), donor.email },
             { QStringLiteral("address"), donor.address },
             { QStringLiteral("consentToContact"), donor.consentToContact },
             { QStringLiteral("legalKind"), DonorCodes::legalKind(donor.legalKind) },
             { QStringLiteral("siren"), donor.siren },
             { QStringLiteral("receiptChoice"), DonorCodes::receiptChoice(donor.receiptChoice) },
             { QStringLiteral("consentDate"),
               donor.consentDate.isValid() ? QJsonValue(donor.consentDate.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("consentSource"), donor.consentSource },
             { QStringLiteral("notes"), donor.notes } };
}

QList<std::pair<QString, QString>> DonationOutput::donorFields(const Donor& donor)
{
    QString kind = DonorCodes::legalKindLabel(donor.legalKind);
    if (!donor.siren.isEmpty())
        kind = tr("%1, SIREN %2").arg(kind, donor.siren);
    QString consent = Values::yesNoText(donor.consentToContact);
    if (donor.consentDate.isValid() || !donor.consentSource.isEmpty()) {
        const QString when
            = donor.consentDate.isValid() ? Values::date(donor.consentDate) : tr("date unknown");
        consent = donor.consentSource.isEmpty() ? tr("%1 (%2)").arg(consent, when)
                                                : tr("%1 (%2, %3)").arg(consent, when, donor.consentSource);
    }
    QList<std::pair<QString, QString>> fields { { tr("Name"), donor.name },
                                                { tr("Donor is"), kind },
                                                { tr("E-mail"), donor.email },
                                                { tr("Address"), donor.address },
                                                { tr("Receipts"),
                                                  DonorCodes::receiptChoiceLabel(donor.receiptChoice) },
                                                { tr("Consent to contact"), consent } };
    if (!donor.notes.isEmpty())
        fields.append({ tr("Notes"), donor.notes });
    return fields;
}

} // namespace casedesk::cli

#include "donations/platform/PlatformImport.h"
#include "donations/platform/PlatformParsing.h"

#include <QHash>

namespace casedesk {

using namespace PlatformParsing;

namespace {

const QString kHelloAsso = QStringLiteral("helloasso");
const QString kPaid = QStringLiteral("paid");

const QHash<QString, QString>& apiStates()
{
    static const QHash<QString, QString> states = {
        { QStringLiteral("authorized"), kPaid },
        { QStringLiteral("registered"), kPaid },
        { QStringLiteral("pending"), QStringLiteral("pending") },
        { QStringLiteral("waiting"), QStringLiteral("pending") },
        { QStringLiteral("waitingbankvalidation"), QStringLiteral("pending") },
        { QStringLiteral("waitingbankwithdraw"), QStringLiteral("pending") },
        { QStringLiteral("waitingauthentication"), QStringLiteral("pending") },
        { QStringLiteral("init"), QStringLiteral("pending") },
        { QStringLiteral("refused"), QStringLiteral("cancelled") },
        { QStringLiteral("canceled"), QStringLiteral("cancelled") },
        { QStringLiteral("abandoned"), QStringLiteral("cancelled") },
        { QStringLiteral("error"), QStringLiteral("cancelled") },
        { QStringLiteral("deleted"), QStringLiteral("cancelled") },
        { QStringLiteral("refunded"), QStringLiteral("refunded") },
        { QStringLiteral("refunding"), QStringLiteral("refunded") },
        { QStringLiteral("contested"), QStringLiteral("refunded") },
    };
    return states;
}

// The back office's French words, by their column key.
const QHash<QString, QString>& frenchStates()
{
    static const QHash<QString, QString> states = {
        { QStringLiteral("valide"), kPaid },
        { QStringLiteral("autorise"), kPaid },
        { QStringLiteral("enregistre"), kPaid },
        { QStringLiteral("en attente"), QStringLiteral("pending") },
        { QStringLiteral("refuse"), QStringLiteral("cancelled") },
        { QStringLiteral("annule"), QStringLiteral("cancelled") },
        { QStringLiteral("abandonne"), QStringLiteral("cancelled") },
        { QStringLiteral("rembourse"), QStringLiteral("refunded") },
        { QStringLiteral("remboursement en cours"), QStringLiteral("refunded") },
        { QStringLiteral("conteste"), QStringLiteral("refunded") },
    };
    return states;
}

QString joined(const QStringList& parts, QChar separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(separator);
}

QString addressOf(const QString& street, const QString& zip, const QString& city, const QString& country)
{
    return joined({ street, joined({ zip, city }, QLatin1Char(' ')), country }, QLatin1Char('\n'));
}

PlatformDonor jsonPayer(const JsonCursor& payment)
{
    PlatformDonor donor;
    const JsonCursor payer = payment.field(QStringLiteral("payer"));
    if (payer.isMissing())
        return donor;
    payer.requireObject();
    const auto text = [&payer](const char* name) {
        return payer.field(QString::fromLatin1(name)).text();
    };
    donor.name = joined({ text("firstName"), text("lastName") }, QLatin1Char(' '));
    if (donor.name.isEmpty())
        donor.name = text("company");
    donor.email = text("email");
    donor.address = addressOf(text("address"), text("zipCode"), text("city"), text("country"));
    return donor;
}

QString jsonState(const JsonCursor& payment)
{
    const JsonCursor field = payment.field(QStringLiteral("state"));
    const QString given = field.requiredText();
    const QString status = HelloAssoReader::statusFor(given);
    if (status.isEmpty())
        fail(field.path(),
             HelloAssoReader::tr("unknown state \"%1\" (expected Authorized, Registered, Pending, "
                                 "Refused, Canceled, Refunded, Refunding, Contested...)")
                 .arg(given));
    return status;
}

// The association's part: the payment less the voluntary contribution to HelloAsso.
qint64 jsonAmount(const JsonCursor& payment)
{
    const JsonCursor amountField = payment.field(QStringLiteral("amount"));
    const qint64 amount = amountField.wholeCents();
    if (amount <= 0)
        fail(amountField.path(), HelloAssoReader::tr("the amount must be more than zero"));
    const JsonCursor tipField = payment.field(QStringLiteral("amountTip"));
    const qint64 tip = tipField.isMissing() ? 0 : tipField.wholeCents();
    if (tip < 0 || tip >= amount)
        fail(tipField.path(),
             HelloAssoReader::tr("the contribution to HelloAsso must be less than the payment"));
    return amount - tip;
}

PlatformDonation jsonPayment(const JsonCursor& payment, QDate* cashOutDate)
{
    payment.requireObject();
    PlatformDonation donation;
    donation.platform = kHelloAsso;
    donation.orderId = payment.field(QStringLiteral("id")).requiredText();
    donation.amountCents = jsonAmount(payment);
    donation.date = payment.field(QStringLiteral("date")).requiredDate();
    donation.status = jsonState(payment);
    donation.currency = QStringLiteral("EUR");
    donation.donor = jsonPayer(payment);
    const JsonCursor order = payment.field(QStringLiteral("order"));
    donation.campaignRef = order.field(QStringLiteral("formSlug")).text();
    if (donation.campaignRef.isEmpty())
        donation.campaignRef = payment.field(QStringLiteral("formSlug")).text();
    donation.payoutRef = payment.field(QStringLiteral("idCashOut")).text();
    *cashOutDate = payment.field(QStringLiteral("cashOutDate")).optionalDate();
    return donation;
}

// A cash-out per idCashOut, over the paid payments it carried; HelloAsso keeps no commission.
void addPayout(ParsedPlatformExport* parsed, const PlatformDonation& donation, const QDate& cashOutDate)
{
    if (donation.payoutRef.isEmpty() || donation.status != kPaid)
        return;
    auto payout = std::find_if(parsed->payouts.begin(), parsed->payouts.end(),
                               [&](const PlatformPayout& p) { return p.reference == donation.payoutRef; });
    if (payout == parsed->payouts.end()) {
        PlatformPayout created;
        created.platform = kHelloAsso;
        created.reference = donation.payoutRef;
        created.campaignRef = donation.campaignRef;
        created.sourceLine = donation.sourceLine;
        parsed->payouts.append(created);
        payout = parsed->payouts.end() - 1;
    }
    const QDate date = cashOutDate.isValid() ? cashOutDate : donation.date;
    payout->date = std::max(payout->date, date);
    payout->grossCents += donation.amountCents;
    payout->netCents = payout->grossCents - payout->commissionCents - payout->paymentFeesCents;
    payout->orderIds.append(donation.orderId);
}

} // namespace

QString HelloAssoReader::statusFor(const QString& helloAssoState)
{
    const QString code = helloAssoState.trimmed().toLower();
    if (const auto found = apiStates().constFind(code); found != apiStates().cend())
        return *found;
    return frenchStates().value(columnKey(helloAssoState));
}

bool HelloAssoReader::readJson(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                               ImportProblem* problem)
{
    const std::optional<QJsonValue> root = parseJson(data, path, problem);
    if (!root)
        return false;
    ParsedPlatformExport parsed;
    parsed.platform = kHelloAsso;
    parsed.format = QStringLiteral("helloasso-json");
    try {
        const JsonCursor document(*root, QString());
        const JsonCursor payments = root->isArray() ? document : document.field(QStringLiteral("data"));
        if (root->isObject() && payments.isMissing())
            fail(QStringLiteral("data"), tr("expected HelloAsso payments ({\"data\": [...]})"));
        for (const JsonCursor& payment : payments.elements()) {
            QDate cashOutDate;
            const PlatformDonation donation = jsonPayment(payment, &cashOutDate);
            parsed.donations.append(donation);
            addPayout(&parsed, donation, cashOutDate);
        }
    } catch (const FieldError& error) {
        *problem = { path, error.line, error.location, error.message };
        return false;
    }
    *result = parsed;
    return true;
}

// The columns of the back office's CSV export of payments, as far as we know them: ';' between
// fields, amounts with a decimal comma. Several spellings each; see docs/imports.md.
bool HelloAssoReader::readCsv(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                              ImportProblem* problem)
{
    const std::optional<CsvTable> table = PlatformParsing::readCsv(data, path, problem);
    if (!table)
        return false;
    ParsedPlatformExport parsed;
    parsed.platform = kHelloAsso;
    parsed.format = QStringLiteral("helloasso-csv");
    try {
        const auto column = [&](const QStringList& names, bool required) {
            const int index = table->column(names);
            if (index < 0 && required)
                fail(QString(), tr("missing column \"%1\"").arg(names.first()), 1);
            return index;
        };
        const int id = column({ QStringLiteral("Numéro de paiement"), QStringLiteral("Référence paiement"),
                                QStringLiteral("Id paiement") },
                              true);
        const int date = column({ QStringLiteral("Date du paiement"), QStringLiteral("Date") }, true);
        const int amount = column({ QStringLiteral("Montant"), QStringLiteral("Montant total"),
                                    QStringLiteral("Montant du paiement") },
                                  true);
        const int status = column({ QStringLiteral("Statut du paiement"), QStringLiteral("Statut") }, true);
        const int tip
            = column({ QStringLiteral("Contribution"), QStringLiteral("Montant de la contribution") }, false);
        const int first = column({ QStringLiteral("Prénom payeur"), QStringLiteral("Prénom") }, false);
        const int last = column({ QStringLiteral("Nom payeur"), QStringLiteral("Nom") }, false);
        const int email = column({ QStringLiteral("Email payeur"), QStringLiteral("Email") }, false);
        const int street = column({ QStringLiteral("Adresse payeur"), QStringLiteral("Adresse") }, false);
        const int zip
            = column({ QStringLiteral("Code postal payeur"), QStringLiteral("Code postal") }, false);
        const int city = column({ QStringLiteral("Ville payeur"), QStringLiteral("Ville") }, false);
        const int country = column({ QStringLiteral("Pays payeur"), QStringLiteral("Pays") }, false);
        const int form = column({ QStringLiteral("Formulaire"), QStringLiteral("Nom de la campagne"),
                                  QStringLiteral("Campagne") },
                                false);
        const int payoutRef
            = column({ QStringLiteral("Numéro de versement"), QStringLiteral("Référence versement") }, false);
        const int payoutDate
            = column({ QStringLiteral("Date du versement"), QStringLiteral("Date de versement") }, false);
        for (int r = 0; r < table->rows.size(); ++r) {
            const QStringList& row = table->rows.at(r);
            const int line = table->rowLines.at(r);
            const auto cell = [&row](int index) {
                return index < 0 ? QString() : row.at(index).trimmed();
            };
            const auto money = [&](int index) -> qint64 {
                const std::optional<qint64> cents = decimalToCents(cell(index), QLatin1Char(','));
                if (!cents || *cents < 0)
                    fail(table->header.at(index),
                         tr("expected an amount such as 25,00, found \"%1\"").arg(cell(index)), line);
                return *cents;
            };
            PlatformDonation donation;
            donation.platform = kHelloAsso;
            donation.sourceLine = line;
            donation.orderId = cell(id);
            if (donation.orderId.isEmpty())
                fail(table->header.at(id), tr("the payment number is empty"), line);
            donation.date = dateFromText(cell(date));
            if (!donation.date.isValid())
                fail(table->header.at(date),
                     tr("expected a date such as 14/03/2026, found \"%1\"").arg(cell(date)), line);
            const qint64 gross = money(amount);
            const qint64 contribution = tip >= 0 && !cell(tip).isEmpty() ? money(tip) : 0;
            if (gross <= 0 || contribution >= gross)
                fail(table->header.at(amount),
                     tr("expected an amount such as 25,00, found \"%1\"").arg(cell(amount)), line);
            donation.amountCents = gross - contribution;
            donation.status = statusFor(cell(status));
            if (donation.status.isEmpty())
                fail(table->header.at(status), tr("unknown state \"%1\"").arg(cell(status)), line);
            donation.currency = QStringLiteral("EUR");
            donation.campaignRef = cell(form);
            donation.donor.name = joined({ cell(first), cell(last) }, QLatin1Char(' '));
            donation.donor.email = cell(email);
            donation.donor.address = addressOf(cell(street), cell(zip), cell(city), cell(country));
            donation.payoutRef = cell(payoutRef);
            parsed.donations.append(donation);
            addPayout(&parsed, donation, dateFromText(cell(payoutDate)));
        }
    } catch (const FieldError& error) {
        *problem = { path, error.line, error.location, error.message };
        return false;
    }
    *result = parsed;
    return true;
}

} // namespace casedesk

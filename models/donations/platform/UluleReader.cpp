#include "donations/platform/PlatformImport.h"
#include "donations/platform/PlatformParsing.h"

#include <QHash>

namespace casedesk {

using namespace PlatformParsing;

namespace {

const QString kUlule = QStringLiteral("ulule");

const QHash<QString, QString>& ululeStatuses()
{
    static const QHash<QString, QString> statuses = {
        { QStringLiteral("processing"), QStringLiteral("pending") },
        { QStringLiteral("awaiting-confirmation"), QStringLiteral("pending") },
        { QStringLiteral("payment-invalid"), QStringLiteral("pending") },
        { QStringLiteral("payment-completed"), QStringLiteral("paid") },
        { QStringLiteral("payment-done"), QStringLiteral("paid") },
        { QStringLiteral("cancelled"), QStringLiteral("cancelled") },
        { QStringLiteral("error"), QStringLiteral("cancelled") },
        { QStringLiteral("payment-reimbursed"), QStringLiteral("refunded") },
        { QStringLiteral("refunded"), QStringLiteral("refunded") },
    };
    return statuses;
}

// The back office's words for the same statuses (French export), by their column key.
const QHash<QString, QString>& frenchStatuses()
{
    static const QHash<QString, QString> statuses = {
        { QStringLiteral("en cours"), QStringLiteral("pending") },
        { QStringLiteral("en attente"), QStringLiteral("pending") },
        { QStringLiteral("paiement invalide"), QStringLiteral("pending") },
        { QStringLiteral("payee"), QStringLiteral("paid") },
        { QStringLiteral("validee"), QStringLiteral("paid") },
        { QStringLiteral("paiement effectue"), QStringLiteral("paid") },
        { QStringLiteral("paiement termine"), QStringLiteral("paid") },
        { QStringLiteral("annulee"), QStringLiteral("cancelled") },
        { QStringLiteral("erreur"), QStringLiteral("cancelled") },
        { QStringLiteral("remboursee"), QStringLiteral("refunded") },
    };
    return statuses;
}

QString joinedName(const QString& first, const QString& last)
{
    return (first.trimmed() + QLatin1Char(' ') + last.trimmed()).trimmed();
}

QString addressText(const QStringList& street, const QString& postalCode, const QString& city,
                    const QString& country)
{
    QStringList lines;
    for (const QString& line : street) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    const QString town = joinedName(postalCode, city);
    if (!town.isEmpty())
        lines.append(town);
    if (!country.trimmed().isEmpty())
        lines.append(country.trimmed());
    return lines.join(QLatin1Char('\n'));
}

QString jsonAddress(const JsonCursor& order)
{
    const JsonCursor address = order.has(QStringLiteral("shipping_address"))
        ? order.field(QStringLiteral("shipping_address"))
        : order.field(QStringLiteral("billing_address"));
    if (address.isMissing())
        return {};
    address.requireObject();
    return addressText({ address.field(QStringLiteral("address1")).text(),
                         address.field(QStringLiteral("address2")).text() },
                       address.field(QStringLiteral("postal_code")).text(),
                       address.field(QStringLiteral("city")).text(),
                       address.field(QStringLiteral("country")).text());
}

PlatformDonor jsonDonor(const JsonCursor& order)
{
    PlatformDonor donor;
    const JsonCursor user = order.field(QStringLiteral("user"));
    if (!user.isMissing()) {
        user.requireObject();
        donor.platformRef = user.field(QStringLiteral("id")).text();
        donor.name = user.field(QStringLiteral("name")).text();
        if (donor.name.isEmpty())
            donor.name = joinedName(user.field(QStringLiteral("first_name")).text(),
                                    user.field(QStringLiteral("last_name")).text());
        donor.email = user.field(QStringLiteral("email")).text();
    }
    donor.address = jsonAddress(order);
    return donor;
}

QString jsonStatus(const JsonCursor& order)
{
    const JsonCursor field = order.field(QStringLiteral("status"));
    const QString given = field.requiredText();
    const QString status = UluleReader::statusFor(given);
    if (status.isEmpty()) {
        QStringList known = ululeStatuses().keys();
        known.sort();
        fail(field.path(),
             UluleReader::tr("unknown status \"%1\" (expected one of: %2)")
                 .arg(given, known.join(QStringLiteral(", "))));
    }
    // "refunded": true wins over a status written before the refund.
    return order.field(QStringLiteral("refunded")).value().toBool() ? QStringLiteral("refunded") : status;
}

PlatformDonation jsonOrder(const JsonCursor& order)
{
    order.requireObject();
    PlatformDonation donation;
    donation.platform = kUlule;
    donation.orderId = order.field(QStringLiteral("id")).requiredText();
    donation.date = order.field(QStringLiteral("created_at")).requiredDate();
    donation.status = jsonStatus(order);
    const JsonCursor amount
        = order.firstField({ QStringLiteral("order_total"), QStringLiteral("total_amount"),
                             QStringLiteral("total"), QStringLiteral("amount") });
    donation.amountCents = amount.euroCents();
    if (donation.amountCents <= 0)
        fail(amount.path(), UluleReader::tr("the amount must be more than zero"));
    const JsonCursor project = order.field(QStringLiteral("project"));
    donation.campaignRef = order.has(QStringLiteral("project_id"))
        ? order.field(QStringLiteral("project_id")).text()
        : project.field(QStringLiteral("id")).text();
    donation.currency = order.field(QStringLiteral("currency")).text();
    if (donation.currency.isEmpty())
        donation.currency = project.field(QStringLiteral("currency")).text();
    if (donation.currency.isEmpty())
        donation.currency = QStringLiteral("EUR");
    donation.donor = jsonDonor(order);
    return donation;
}

} // namespace

QString UluleReader::statusFor(const QString& ululeStatus)
{
    const QString code = ululeStatus.trimmed().toLower();
    if (const auto found = ululeStatuses().constFind(code); found != ululeStatuses().cend())
        return *found;
    return frenchStatuses().value(columnKey(ululeStatus));
}

bool UluleReader::readJson(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                           ImportProblem* problem)
{
    const std::optional<QJsonValue> root = parseJson(data, path, problem);
    if (!root)
        return false;
    ParsedPlatformExport parsed;
    parsed.platform = kUlule;
    parsed.format = QStringLiteral("ulule-json");
    try {
        const JsonCursor document(*root, QString());
        const JsonCursor orders = root->isArray() ? document : document.field(QStringLiteral("orders"));
        if (root->isObject() && orders.isMissing())
            fail(QStringLiteral("orders"),
                 tr("expected the orders of a Ulule project ({\"orders\": [...]})"));
        for (const JsonCursor& order : orders.elements())
            parsed.donations.append(jsonOrder(order));
    } catch (const FieldError& error) {
        *problem = { path, error.line, error.location, error.message };
        return false;
    }
    *result = parsed;
    return true;
}

// The columns of the back office's CSV export of contributions, as we know them from exports
// users showed us; several spellings each. See docs/imports.md.
bool UluleReader::readCsv(const QByteArray& data, const QString& path, ParsedPlatformExport* result,
                          ImportProblem* problem)
{
    const std::optional<CsvTable> table = PlatformParsing::readCsv(data, path, problem);
    if (!table)
        return false;
    const auto column = [&](const QStringList& names, bool required) {
        const int index = table->column(names);
        if (index < 0 && required)
            fail(QString(), tr("missing column \"%1\"").arg(names.first()), 1);
        return index;
    };
    ParsedPlatformExport parsed;
    parsed.platform = kUlule;
    parsed.format = QStringLiteral("ulule-csv");
    try {
        const int id = column({ QStringLiteral("Numéro de commande"), QStringLiteral("Commande"),
                                QStringLiteral("Id commande"), QStringLiteral("Référence commande") },
                              true);
        const int date = column({ QStringLiteral("Date de la commande"), QStringLiteral("Date"),
                                  QStringLiteral("Date de contribution") },
                                true);
        const int amount = column({ QStringLiteral("Montant"), QStringLiteral("Montant (€)"),
                                    QStringLiteral("Montant total"), QStringLiteral("Total") },
                                  true);
        const int status
            = column({ QStringLiteral("Statut"), QStringLiteral("Statut de la commande") }, true);
        const int first = column({ QStringLiteral("Prénom") }, false);
        const int last = column({ QStringLiteral("Nom") }, false);
        const int email = column(
            { QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Adresse email") }, false);
        const int street = column({ QStringLiteral("Adresse") }, false);
        const int street2
            = column({ QStringLiteral("Complément d'adresse"), QStringLiteral("Adresse 2") }, false);
        const int postal = column({ QStringLiteral("Code postal") }, false);
        const int city = column({ QStringLiteral("Ville") }, false);
        const int country = column({ QStringLiteral("Pays") }, false);
        const int project = column({ QStringLiteral("Projet"), QStringLiteral("Id projet") }, false);
        for (int r = 0; r < table->rows.size(); ++r) {
            const QStringList& row = table->rows.at(r);
            const int line = table->rowLines.at(r);
            const auto cell = [&row](int index) {
                return index < 0 ? QString() : row.at(index).trimmed();
            };
            PlatformDonation donation;
            donation.platform = kUlule;
            donation.sourceLine = line;
            donation.orderId = cell(id);
            if (donation.orderId.isEmpty())
                fail(table->header.at(id), tr("the order number is empty"), line);
            donation.date = dateFromText(cell(date));
            if (!donation.date.isValid())
                fail(table->header.at(date),
                     tr("expected a date such as 14/03/2026, found \"%1\"").arg(cell(date)), line);
            const QChar mark = cell(amount).contains(QLatin1Char(',')) ? QLatin1Char(',') : QLatin1Char('.');
            const std::optional<qint64> cents = decimalToCents(cell(amount), mark);
            if (!cents || *cents <= 0)
                fail(table->header.at(amount),
                     tr("expected an amount such as 25,00, found \"%1\"").arg(cell(amount)), line);
            donation.amountCents = *cents;
            donation.status = statusFor(cell(status));
            if (donation.status.isEmpty())
                fail(table->header.at(status), tr("unknown status \"%1\"").arg(cell(status)), line);
            donation.currency = QStringLiteral("EUR");
            donation.campaignRef = cell(project);
            donation.donor.name = joinedName(cell(first), cell(last));
            donation.donor.email = cell(email);
            donation.donor.address
                = addressText({ cell(street), cell(street2) }, cell(postal), cell(city), cell(country));
            parsed.donations.append(donation);
        }
    } catch (const FieldError& error) {
        *problem = { path, error.line, error.location, error.message };
        return false;
    }
    *result = parsed;
    return true;
}

} // namespace casedesk

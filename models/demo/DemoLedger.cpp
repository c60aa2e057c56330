#include "demo/DemoLedger.h"

#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/LedgerImport.h"
#include "storage/DatabaseError.h"

#include <QMap>

#include <QRegularExpression>
#include <QStringList>
#include <functional>

namespace casedesk::DemoLedger {

namespace {

// Fictional people: common French first and last names, combined.
const QStringList kFirstNames
    = { QStringLiteral("Camille"), QStringLiteral("Louis"),  QStringLiteral("Léa"),
        QStringLiteral("Hugo"),    QStringLiteral("Chloé"),  QStringLiteral("Jules"),
        QStringLiteral("Manon"),   QStringLiteral("Arthur"), QStringLiteral("Inès"),
        QStringLiteral("Gabriel"), QStringLiteral("Zoé"),    QStringLiteral("Nathan"),
        QStringLiteral("Élise"),   QStringLiteral("Théo"),   QStringLiteral("Margaux") };
const QStringList kLastNames
    = { QStringLiteral("Martin"),  QStringLiteral("Bernard"), QStringLiteral("Dubois"),
        QStringLiteral("Thomas"),  QStringLiteral("Robert"),  QStringLiteral("Richard"),
        QStringLiteral("Petit"),   QStringLiteral("Durand"),  QStringLiteral("Leroy"),
        QStringLiteral("Moreau"),  QStringLiteral("Simon"),   QStringLiteral("Laurent"),
        QStringLiteral("Lefèvre"), QStringLiteral("Michel"),  QStringLiteral("Garcia"),
        QStringLiteral("Roux"),    QStringLiteral("Fournier") };
// What people give to such campaigns, in cents.
const QList<qint64> kAmounts = { 1000, 1500, 2000, 2000, 2500, 3000, 5000, 5000, 7500, 10000, 15000, 20000 };

// The demo platform's rates (not any real platform's tariff): 4 % commission, 2.5 % payment fees.
constexpr qint64 kCommissionPerMille = 40;
constexpr qint64 kFeesPerMille = 25;
// The example IBAN of the French banking federation: valid, and nobody's account.
const QString kDemoIban = QStringLiteral("FR7630006000011234567890189");

// "Élise" -> "elise": the part of a demo e-mail address made from a name.
QString asciiLower(const QString& name)
{
    static const QRegularExpression notLetter(QStringLiteral("[^a-z]"));
    return name.toLower().normalized(QString::NormalizationForm_D).remove(notLetter);
}

PlatformDonor demoDonor(int index)
{
    PlatformDonor donor;
    const QString first = kFirstNames.at(index % kFirstNames.size());
    const QString last = kLastNames.at((index * 7 + index / kFirstNames.size()) % kLastNames.size());
    donor.platformRef = QStringLiteral("demo-donor-%1").arg(index);
    donor.name = first + QLatin1Char(' ') + last;
    donor.email = QStringLiteral("%1.%2.%3@exemple.org").arg(asciiLower(first), asciiLower(last)).arg(index);
    donor.address = QStringLiteral("%1 rue des Lilas\n31000 Toulouse\nFrance").arg(index % 90 + 1);
    donor.consentToContact = index % 3 != 0;
    return donor;
}

// One campaign's platform gifts over the last months, paid out at the end of each month.
ParsedPlatformExport platformExport(const DemoCampaign& campaign, int firstDonor, const QDate& today)
{
    ParsedPlatformExport data;
    data.platform = QStringLiteral("demo");
    data.format = QStringLiteral("demo");
    QMap<QDate, PlatformPayout> payouts;
    for (int i = 0; i < campaign.donationCount; ++i) {
        PlatformDonation donation;
        donation.platform = data.platform;
        donation.orderId = QStringLiteral("D-%1-%2").arg(campaign.platformRef).arg(1000 + i);
        donation.campaignRef = campaign.platformRef;
        donation.donor = demoDonor(firstDonor + i);
        donation.amountCents = kAmounts.at((i * 5 + i / 3) % kAmounts.size());
        donation.currency = QStringLiteral("EUR");
        donation.date = today.addDays(-(120 * (campaign.donationCount - i)) / campaign.donationCount - 1);
        donation.status = i % 41 == 17 ? QStringLiteral("refunded") : QStringLiteral("paid");
        const QDate monthEnd(donation.date.year(), donation.date.month(), donation.date.daysInMonth());
        if (donation.status == QLatin1String("paid") && monthEnd < today) {
            PlatformPayout& payout = payouts[monthEnd];
            payout.reference
                = QStringLiteral("PO-%1-%2").arg(campaign.platformRef, monthEnd.toString(u"yyyyMM"));
            payout.grossCents += donation.amountCents;
            payout.orderIds << donation.orderId;
            donation.payoutRef = payout.reference;
        }
        data.donations << donation;
    }
    for (auto it = payouts.begin(); it != payouts.end(); ++it) {
        PlatformPayout payout = it.value();
        payout.platform = data.platform;
        payout.campaignRef = campaign.platformRef;
        payout.date = it.key().addDays(2);
        payout.commissionCents = payout.grossCents * kCommissionPerMille / 1000;
        payout.paymentFeesCents = payout.grossCents * kFeesPerMille / 1000;
        payout.netCents = payout.grossCents - payout.commissionCents - payout.paymentFeesCents;
        data.payouts << payout;
    }
    return data;
}

// What the treasurer adds after the import, so that the receipts have their cases: a few donors
// are companies with their SIREN (fictional, with a right Luhn digit), some want one receipt a
// year and one wants none; some said when and where they agreed to be contacted; a few gifts came
// with a reward, most worth little beside the gift ("disproportion marquée": at most a quarter of
// it and 73 EUR a year), one worth more.
struct DemoCompany
{
    int donor;
    const char* name;
    const char* email;
    const char* siren;
    ReceiptChoice choice;
};

const DemoCompany kCompanies[] = {
    { 5, "Scierie Dubois SARL", "contact@scierie-dubois.exemple.org", "900100207", ReceiptChoice::PerGift },
    { 48, "Boulangerie du Capitole", "compta@boulangerie-capitole.exemple.org", "900100306",
      ReceiptChoice::Annual },
    { 130, "Atelier Vélo Garonne SAS", "bonjour@atelier-velo-garonne.exemple.org", "900100405",
      ReceiptChoice::PerGift },
};
const int kAnnualDonors[] = { 2, 17, 77, 140, 201 };
constexpr int kNoReceiptDonor = 11;

struct DemoReward
{
    qint64 giftCents;
    qint64 counterpartCents;
    const char* note;
};

const DemoReward kRewards[] = {
    { 2000, 500, "Contrepartie : autocollant et carte postale" },
    { 5000, 800, "Contrepartie : affiche sérigraphiée" },
    { 10000, 2500, "Contrepartie : livre « Chronique d'une zone humide »" },
    { 7500, 1500, "Contrepartie : sac en toile et affiche" },
    { 15000, 6000, "Contrepartie : journée de visite de la zone humide avec déjeuner" }, // 40 %: deducted
};

// Saves the donor `index` after `change`; a desk with fewer demo donors has none to change.
void changeDonor(DonorRepository& donors, int index, const std::function<void(Donor&)>& change)
{
    std::optional<Donor> donor = donors.findByPlatformRef(QStringLiteral("demo-donor-%1").arg(index));
    if (!donor)
        return;
    change(*donor);
    const QList<FieldProblem> problems = donors.save(*donor);
    if (!problems.isEmpty())
        throw DatabaseError(problems.first().message);
}

void addReceiptCases(Database& database, const QList<ParsedPlatformExport>& exports)
{
    DonorRepository donors(database);
    DonationRepository donations(database);
    int index = 0;
    QList<bool> rewarded(std::size(kRewards), false);
    for (const ParsedPlatformExport& data : exports) {
        for (const PlatformDonation& gift : data.donations) {
            const int donorIndex = index++;
            // Consent as a treasurer records it: the platform's form on the day of the gift, or a
            // paper slip signed at a public meeting months before.
            if (gift.donor.consentToContact && (donorIndex % 8 == 1 || donorIndex % 8 == 5)) {
                changeDonor(donors, donorIndex, [&](Donor& donor) {
                    const bool paper = donorIndex % 8 == 5;
                    donor.consentDate = paper ? gift.date.addDays(-200) : gift.date;
                    donor.consentSource = paper
                        ? QStringLiteral("bulletin papier, réunion publique")
                        : QStringLiteral("formulaire de la plateforme (démonstration)");
                });
            }
            if (gift.status != QLatin1String("paid"))
                continue;
            for (std::size_t r = 0; r < std::size(kRewards); ++r) {
                if (rewarded.at(r) || gift.amountCents != kRewards[r].giftCents)
                    continue;
                rewarded[r] = true;
                const auto found = donations.findByImportKey(gift.platform + QLatin1Char(':') + gift.orderId);
                std::optional<Donation> donation = found ? donations.load(found->first) : std::nullopt;
                if (!donation)
                    throw DatabaseError(QStringLiteral("demo gift %1 is missing").arg(gift.orderId));
                donation->counterpartCents = kRewards[r].counterpartCents;
                donation->note = QString::fromUtf8(kRewards[r].note);
                const QList<FieldProblem> problems = donations.save(*donation);
                if (!problems.isEmpty())
                    throw DatabaseError(problems.first().message);
                break;
            }
        }
    }
    for (const DemoCompany& company : kCompanies) {
        changeDonor(donors, company.donor, [&](Donor& donor) {
            donor.name = QString::fromUtf8(company.name);
            donor.email = QString::fromUtf8(company.email);
            donor.legalKind = DonorLegalKind::Company;
            donor.siren = QString::fromUtf8(company.siren);
            donor.receiptChoice = company.choice;
        });
    }
    for (const int annual : kAnnualDonors)
        changeDonor(donors, annual, [](Donor& donor) { donor.receiptChoice = ReceiptChoice::Annual; });
    changeDonor(donors, kNoReceiptDonor, [](Donor& donor) {
        donor.receiptChoice = ReceiptChoice::None;
        donor.notes = QStringLiteral("Ne souhaite pas de reçu fiscal.");
    });
}

StatementLine bankLine(const QDate& date, qint64 cents, const QString& label, const QString& reference)
{
    StatementLine line;
    line.bookingDate = date;
    line.valueDate = date;
    line.amountCents = cents;
    line.currency = QStringLiteral("EUR");
    line.label = label;
    line.bankReference = reference;
    return line;
}

// The association's account over the same months: the payouts arriving a few days later, a
// lawyer's invoice and the bank's fees.
ParsedStatement bankStatement(const QList<PlatformPayout>& payouts, const QDate& today)
{
    ParsedStatement statement;
    statement.format = QStringLiteral("demo");
    statement.accountIban = kDemoIban;
    statement.accountName = QStringLiteral("Compte courant (démonstration)");
    statement.currency = QStringLiteral("EUR");
    statement.statementId = QStringLiteral("DEMO-%1").arg(today.toString(u"yyyyMM"));
    statement.fromDate = today.addDays(-150);
    statement.toDate = today.addDays(-1);
    statement.openingBalanceCents = 254300;
    int reference = 1;
    const auto next = [&] {
        return QStringLiteral("DEMO%1").arg(reference++, 6, 10, QLatin1Char('0'));
    };
    for (const PlatformPayout& payout : payouts) {
        const QDate credited = payout.date.addDays(3);
        if (credited < today)
            statement.lines << bankLine(credited, payout.netCents,
                                        QStringLiteral("VIR SEPA PLATEFORME DEMO %1").arg(payout.reference),
                                        next());
    }
    statement.lines << bankLine(today.addDays(-75), -360000,
                                QStringLiteral("VIR SEPA CABINET D'AVOCATS (DEMO) HONORAIRES APPEL"), next());
    for (int month = 4; month >= 1; --month)
        statement.lines << bankLine(today.addDays(-30 * month + 5), -450,
                                    QStringLiteral("FRAIS TENUE DE COMPTE"), next());
    std::sort(statement.lines.begin(), statement.lines.end(),
              [](const StatementLine& a, const StatementLine& b) { return a.bookingDate < b.bookingDate; });
    qint64 closing = *statement.openingBalanceCents;
    for (int i = 0; i < statement.lines.size(); ++i) {
        statement.lines[i].sourceLine = i + 1;
        closing += statement.lines.at(i).amountCents;
    }
    statement.closingBalanceCents = closing;
    return statement;
}

} // namespace

void load(Database& database, const QList<DemoCampaign>& campaigns, const QDate& today)
{
    LedgerImport importer(database);
    QList<PlatformPayout> allPayouts;
    QList<ParsedPlatformExport> exports;
    int firstDonor = 0;
    for (const DemoCampaign& campaign : campaigns) {
        const ParsedPlatformExport data = platformExport(campaign, firstDonor, today);
        firstDonor += campaign.donationCount;
        const PlatformPreview preview
            = importer.previewPlatform(data, QStringLiteral("demo.json"), campaign.uuid);
        importer.commitPlatform(preview);
        allPayouts += data.payouts;
        exports.append(data);
    }
    addReceiptCases(database, exports);
    const ParsedStatement statement = bankStatement(allPayouts, today);
    importer.commitStatement(importer.previewStatement(statement, QStringLiteral("releve-demo.xml")));
}

} // namespace casedesk::DemoLedger

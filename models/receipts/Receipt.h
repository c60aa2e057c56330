#pragma once

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

// Which Cerfa a receipt follows: n° 11580*05 for individuals (art. 200 CGI), n° 16216 for
// companies (art. 238 bis CGI). A donor with a SIREN or recorded as a company is a company.
enum class ReceiptForm
{
    Individual,
    Company
};

// One receipt per gift, or one per donor and calendar year listing every gift (the "reçu
// récapitulatif annuel").
enum class ReceiptKind
{
    Gift,
    Annual
};

enum class ReceiptStatus
{
    Issued,
    Cancelled
};

// The Cerfa's "mode de versement" boxes. Cards, transfers and direct debits share one box.
enum class ReceiptMethod
{
    Cash,
    Cheque,
    Transfer // "virement, prélèvement, carte bancaire"
};

// The box of the Cerfa's beneficiary section that the association ticks (its profile says which).
enum class ReceiptCategory
{
    PublicUtility, // association ou fondation reconnue d'utilité publique
    GeneralInterestEnvironment, // œuvre d'intérêt général: défense de l'environnement naturel
    GeneralInterestSocial, // … à caractère social
    GeneralInterestHumanitarian, // … à caractère humanitaire
    GeneralInterestPhilanthropic, // … à caractère philanthropique
    GeneralInterestEducational, // … à caractère éducatif
    GeneralInterestCultural, // … à caractère culturel
    FreeCare // aide gratuite aux personnes en difficulté (repas, soins, logement): art. 200-1 ter
};

// One gift a receipt covers: what was given, the counterpart's value deducted, what is receipted.
struct ReceiptGift
{
    QUuid donationUuid;
    QDate date;
    ReceiptMethod method = ReceiptMethod::Transfer;
    qint64 giftCents = 0;
    qint64 counterpartCents = 0; // 0 when none, or when of "disproportion marquée"
    qint64 receiptedCents = 0;
    QString campaignTitle;
};

// A tax receipt as issued: the donor's identity as printed (copied, not referenced: a receipt is
// never rewritten; a mistake is cancelled and replaced). Syncable: entity "receipt".
struct Receipt
{
    SyncState sync;
    QString number; // "2027-00001": the year, then the order within it
    int year = 0;
    int sequence = 0;
    ReceiptKind kind = ReceiptKind::Gift;
    ReceiptForm form = ReceiptForm::Individual;
    QUuid donorUuid;
    QString donorName;
    QString donorAddress;
    QString donorSiren;
    qint64 amountCents = 0; // the sum of the gifts' receipted amounts
    QDate periodFrom; // the gift's date for a per-gift receipt
    QDate periodTo;
    QDate issuedOn;
    QString issuingDesk;
    ReceiptStatus status = ReceiptStatus::Issued;
    QDate cancelledOn;
    QString cancelReason;
    QUuid replacesUuid;
    QString replacesNumber; // read with the receipt, for printing "remplace le reçu n° …"
    QString fileName; // the PDF's name, e.g. "recu-2027-00001.pdf"
    QString pdfSha256;
    QList<ReceiptGift> gifts;

    // The methods of its gifts, each once, in the Cerfa's order.
    QList<ReceiptMethod> methods() const;
};

class ReceiptCodes
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCodes)

public:
    static QString form(ReceiptForm form); // "individual", "company"
    static std::optional<ReceiptForm> formFromCode(const QString& code);
    static QString kind(ReceiptKind kind); // "gift", "annual"
    static std::optional<ReceiptKind> kindFromCode(const QString& code);
    static QString status(ReceiptStatus status); // "issued", "cancelled"
    static std::optional<ReceiptStatus> statusFromCode(const QString& code);
    static QString method(ReceiptMethod method); // "cash", "cheque", "transfer"
    static std::optional<ReceiptMethod> methodFromCode(const QString& code);
    static QString
    category(ReceiptCategory category); // "public_utility", "general_interest_environment", ...
    static std::optional<ReceiptCategory> categoryFromCode(const QString& code);
    static QList<ReceiptCategory> categories();

    // For people, in the interface's language.
    static QString formLabel(ReceiptForm form);
    static QString kindLabel(ReceiptKind kind);
    static QString statusLabel(ReceiptStatus status);
    static QString categoryLabel(ReceiptCategory category);
    // The Cerfa's own wording, in French whatever the interface language (printed on receipts).
    static QString categoryCerfaText(ReceiptCategory category);
    static QString methodCerfaText(ReceiptMethod method);

    // "2027-00001"
    static QString number(int year, int sequence);
};

} // namespace casedesk

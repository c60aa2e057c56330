#pragma once

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// Who the donor is for the tax: a person (receipt Cerfa n° 11580, art. 200 CGI) or a company
// (Cerfa n° 16216, art. 238 bis CGI).
enum class DonorLegalKind
{
    Person,
    Company
};

// The receipts the donor wants: one per gift as gifts arrive, one a year listing the year's
// gifts, or none at all.
enum class ReceiptChoice
{
    PerGift,
    Annual,
    None
};

// A person or organisation that gave. Entered by hand or matched/created by a platform import
// (platformRef, else e-mail). Syncable: entity "donor" in the outbox.
struct Donor
{
    SyncState sync;
    QString name;
    QString email;
    QString address; // one multi-line text: street, postal code, city, country
    bool consentToContact = false;
    QString platformRef; // the platform's id for the person; empty when entered by hand
    QString notes;
    DonorLegalKind legalKind = DonorLegalKind::Person;
    QString siren; // a company's 9 digits; empty for a person or when unknown
    ReceiptChoice receiptChoice = ReceiptChoice::PerGift;
    QDate consentDate; // when the donor agreed to be contacted; invalid when unknown
    QString consentSource; // where: "formulaire Ulule", "bulletin papier"...
};

// Stable codes (database, JSON, command line) and translated labels of a donor's choices.
class DonorCodes
{
    Q_DECLARE_TR_FUNCTIONS(DonorCodes)

public:
    static QString legalKind(DonorLegalKind kind); // "person", "company"
    static std::optional<DonorLegalKind> legalKindFromCode(const QString& code);
    static QList<DonorLegalKind> legalKinds();
    static QString legalKindLabel(DonorLegalKind kind); // "Person" / "Particulier"

    static QString receiptChoice(ReceiptChoice choice); // "per_gift", "annual", "none"
    static std::optional<ReceiptChoice> receiptChoiceFromCode(const QString& code);
    static QList<ReceiptChoice> receiptChoices();
    static QString receiptChoiceLabel(ReceiptChoice choice); // "A receipt per gift"
};

namespace DonorNames {

// The key donors and donations sort and search on (donors.sort_key, donations.donor_sort_key):
// lower case, accents and other combining marks removed, blanks collapsed, so "Élodie  Durand"
// and "elodie durand" sort together and a typed "elo" finds both. Prefix search on this key
// uses the (deleted, sort_key) indexes.
QString sortKey(const QString& name);

} // namespace DonorNames
} // namespace casedesk

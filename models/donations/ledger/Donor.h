#pragma once

#include "storage/SyncState.h"

#include <QString>

namespace casedesk {

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
};

namespace DonorNames {

// The key donors and donations sort and search on (donors.sort_key, donations.donor_sort_key):
// lower case, accents and other combining marks removed, blanks collapsed, so "Élodie  Durand"
// and "elodie durand" sort together and a typed "elo" finds both. Prefix search on this key
// uses the (deleted, sort_key) indexes.
QString sortKey(const QString& name);

} // namespace DonorNames
} // namespace casedesk

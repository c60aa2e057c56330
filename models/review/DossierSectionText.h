#pragma once

#include "review/DossierSnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// A section of a frozen dossier as rich text (the HTML subset QTextDocument reads), for the Review
// area's reader: what the board votes on, read from the snapshot, never from the live campaign.
class DossierSectionText
{
    Q_DECLARE_TR_FUNCTIONS(DossierSectionText)

public:
    // `key` is one of DossierSnapshot::sections()' keys; an unknown key gives an empty text.
    static QString html(const DossierSnapshot& snapshot, const QString& key);
};

} // namespace casedesk

#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// Gifts and donors on the command line: donations list|add|export, donors list|show (and the
// donors' rights, DonorRightsCommands: export|erase|retention|log). Imports
// are ImportCommands, bank accounts and the ledger summary LedgerCommands.
class DonationCommands
{
    Q_DECLARE_TR_FUNCTIONS(DonationCommands)

public:
    static QList<Command> donationCommands();
    static QStringList donationNotes();
    static QList<Command> donorCommands();
};

} // namespace casedesk::cli

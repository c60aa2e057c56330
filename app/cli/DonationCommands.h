#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// Gifts on the command line: donations list|add|show|edit|export. Donors are DonorCommands,
// imports ImportCommands, bank accounts and the ledger summary LedgerCommands.
class DonationCommands
{
    Q_DECLARE_TR_FUNCTIONS(DonationCommands)

public:
    static QList<Command> donationCommands();
    static QStringList donationNotes();
};

} // namespace casedesk::cli

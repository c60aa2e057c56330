#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// The ledger on the command line: import statement|platform, donations list|add|export,
// donors list|show, accounts add|list, ledger summary.
class DonationCommands
{
    Q_DECLARE_TR_FUNCTIONS(DonationCommands)

public:
    static QList<Command> importCommands();
    static QStringList importNotes();
    static QList<Command> donationCommands();
    static QStringList donationNotes();
    static QList<Command> donorCommands();
    static QList<Command> accountCommands();
    static QList<Command> ledgerCommands();
};

} // namespace casedesk::cli

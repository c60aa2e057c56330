#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// The ledger's bank side and totals on the command line: accounts add|list, ledger summary.
class LedgerCommands
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)

public:
    static QList<Command> accountCommands();
    static QList<Command> ledgerCommands();
};

} // namespace casedesk::cli

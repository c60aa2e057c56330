#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// Files into the ledger on the command line: import statement (CAMT.053, OFX, CSV) and import
// platform (Ulule, HelloAsso exports), each with --dry-run.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
};

} // namespace casedesk::cli

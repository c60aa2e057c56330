#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// desk backup --out FILE and desk restore FILE --to NEW.db, each with [--passphrase-file FILE].
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    static QList<Command> commands();
};

} // namespace casedesk::cli

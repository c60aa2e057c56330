#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// sync --server URL; conflicts list.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static QList<Command> syncCommands();
    static QList<Command> conflictCommands();
    static QStringList syncNotes();
};

} // namespace casedesk::cli

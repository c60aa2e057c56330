#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// reconcile [--auto], reconcile accept|reject|match|unmatch|close|reopen|periods.
class ReconcileCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
};

} // namespace casedesk::cli

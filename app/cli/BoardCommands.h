#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// board list, add, edit, retire, rules, owner: the association's board, the statutes' rules
// for its decisions, and the member this desk belongs to.
class BoardCommands
{
    Q_DECLARE_TR_FUNCTIONS(BoardCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
};

} // namespace casedesk::cli

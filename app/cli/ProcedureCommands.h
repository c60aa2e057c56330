#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// procedure list|show|add|set|delete, procedure milestone add|set|done|delete|deadline.
// The deadline, holidays and calendar groups are in DeadlineCommands.
class ProcedureCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCommands)

public:
    static QList<Command> procedureCommands();
    static QStringList procedureNotes();
};

} // namespace casedesk::cli

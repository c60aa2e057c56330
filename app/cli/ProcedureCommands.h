#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// procedure list|show|add|set|delete, procedure milestone add|set|done|delete|deadline;
// deadline RULE START_DATE, deadline rules|due|explain|horizon; holidays YEAR;
// calendar export.
class ProcedureCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCommands)

public:
    static QList<Command> procedureCommands();
    static QStringList procedureNotes();
    static QList<Command> deadlineCommands();
    static QStringList deadlineNotes();
    static QList<Command> holidayCommands();
    static QList<Command> calendarCommands();
};

} // namespace casedesk::cli

#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// deadline RULE START_DATE, deadline rules|due|explain|horizon; holidays YEAR; calendar export.
class DeadlineCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommands)

public:
    static QList<Command> deadlineCommands();
    static QStringList deadlineNotes();
    static QList<Command> holidayCommands();
    static QList<Command> calendarCommands();
};

} // namespace casedesk::cli

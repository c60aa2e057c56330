#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// The desk-wide groups: association show|set, settings fees, demo load, desk info|check and
// desk backup|restore (BackupCommands).
class DeskCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeskCommands)

public:
    static QList<Command> associationCommands();
    static QStringList associationNotes();
    static QList<Command> settingsCommands();
    static QList<Command> demoCommands();
    static QList<Command> deskCommands();
};

} // namespace casedesk::cli

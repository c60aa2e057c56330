#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// campaign list, show, export, create, set, budget add|remove, press add|remove, status,
// delete, history.
class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)

public:
    static QList<Command> commands();
    // The codes and field names the commands accept, for --help.
    static QStringList notes();
};

} // namespace casedesk::cli

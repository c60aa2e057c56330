#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// news list, add, publish, unpublish, delete: a campaign's news updates.
class NewsCommands
{
    Q_DECLARE_TR_FUNCTIONS(NewsCommands)

public:
    static QList<Command> commands();
};

} // namespace casedesk::cli

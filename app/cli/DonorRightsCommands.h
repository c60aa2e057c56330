#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// Donors' rights over their data (GDPR), in the donors group: donors export|erase|retention|log.
class DonorRightsCommands
{
    Q_DECLARE_TR_FUNCTIONS(DonorRightsCommands)

public:
    static QList<Command> commands();
};

} // namespace casedesk::cli

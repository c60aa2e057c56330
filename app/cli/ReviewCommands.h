#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// review start, show, comment, vote, recuse, record, decide, resolve: a campaign's review by its
// board; and board key, the signing key a member votes with from this computer.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
    static QList<Command> boardKeyCommands();
};

} // namespace casedesk::cli

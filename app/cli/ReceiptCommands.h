#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// receipts words AMOUNT [--spelling traditional|1990]: the amount as a tax receipt writes it.
// The receipts themselves (issue, list, register, declaration) come with the receipts register.
class ReceiptCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
    // settings receipts [--spelling S]: the desk's spelling of amounts in words.
    static Command spellingSetting();
};

} // namespace casedesk::cli

#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

class CliContext;

// receipts issue|list|show|cancel|replace|pdf|todo|register|declaration|words: the treasurer's
// tax receipts (issue 13).
class ReceiptCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
    // --year YEAR (2000 to 2200); this year when it is not given and not `required`.
    static int year(const CommandArgs& args, bool required);
    // settings receipts [...]: the spelling of amounts in words, the issuing desk, the threshold
    // and the counterparts' ceiling.
    static Command spellingSetting();
};

// The year's reports: what to redo after refunds, the register, the declaration.
class ReceiptReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptReportCommands)

public:
    static int todo(CliContext& context, const CommandArgs& args);
    static int registerFile(CliContext& context, const CommandArgs& args);
    static int declaration(CliContext& context, const CommandArgs& args);
};

} // namespace casedesk::cli

#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// evidence add, list, show, set, move, remove, verify, bordereau, export, gc, limit. The two that
// write for the court, bordereau and export, are EvidenceExportCommands.
class EvidenceCommands
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
};

} // namespace casedesk::cli

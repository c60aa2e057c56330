#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// The board's documents: `dossier export` (the dossier PDF, in French or English) and
// `review minutes` (the extract of the minutes of a round, in French). Both write a PDF, so
// EvidenceExportCommands::makeApplication lists them.
class ReviewPdfCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdfCommands)

public:
    // The `dossier` group's table.
    static QList<Command> dossierCommands();
    // `review minutes`, for the `review` group's table.
    static Command minutesCommand();
};

} // namespace casedesk::cli

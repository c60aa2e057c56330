#pragma once

#include "cli/CommandTable.h"

#include <memory>

class QCoreApplication;

namespace casedesk::cli {

// The evidence commands that write for the court: evidence bordereau (the PDF list of pieces) and
// evidence export (the pieces copied with their bordereau). Both take the bordereau's header from
// the campaign's procedure, and options override it. EvidenceCommands lists them in its table.
class EvidenceExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceExportCommands)

public:
    static Command bordereauCommand();
    static Command exportCommand();

    // PDF output needs fonts, which Qt only provides under a QGuiApplication. The commands that
    // write a PDF get one on the "offscreen" platform (no display needed); every other command
    // keeps the plain, lighter QCoreApplication.
    static std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);
};

} // namespace casedesk::cli

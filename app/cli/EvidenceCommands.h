#pragma once

#include "cli/CommandTable.h"

#include <memory>

class QCoreApplication;

namespace casedesk::cli {

// evidence add, list, show, set, move, remove, verify, bordereau, export, gc, limit.
class EvidenceCommands
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommands)

public:
    static QList<Command> commands();
    static QStringList notes();

    // PDF output needs fonts, which Qt only provides under a QGuiApplication. The commands that
    // write a PDF get one on the "offscreen" platform (no display needed); every other command
    // keeps the plain, lighter QCoreApplication.
    static std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);
};

} // namespace casedesk::cli

// casedesk-cli: the command-line twin of the CaseDesk window, for scripts, tests and benchmarks.
// This file only wires: the application, the global options and the table of command groups.

#include "cli/BoardCommands.h"
#include "cli/CampaignCommands.h"
#include "cli/CliContext.h"
#include "cli/CommandTable.h"
#include "cli/DeadlineCommands.h"
#include "cli/DeskCommands.h"
#include "cli/DonationCommands.h"
#include "cli/DonorCommands.h"
#include "cli/EvidenceCommands.h"
#include "cli/EvidenceExportCommands.h"
#include "cli/ImportCommands.h"
#include "cli/LedgerCommands.h"
#include "cli/NewsCommands.h"
#include "cli/ProcedureCommands.h"
#include "cli/ReceiptCommands.h"
#include "cli/ReconcileCommands.h"
#include "cli/ReviewCommands.h"
#include "cli/ReviewPdfCommands.h"
#include "cli/SyncCommands.h"
#include "common/AppSetup.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace casedesk;
using namespace casedesk::cli;

namespace {

// One line per command group: a new area (evidence, deadline, import...) is one more line here.
QList<CommandGroup> commandGroups()
{
    return {
        { QStringLiteral("campaign"), &CampaignCommands::commands, &CampaignCommands::notes },
        { QStringLiteral("association"), &DeskCommands::associationCommands,
          &DeskCommands::associationNotes },
        { QStringLiteral("settings"), &DeskCommands::settingsCommands },
        { QStringLiteral("demo"), &DeskCommands::demoCommands },
        { QStringLiteral("desk"), &DeskCommands::deskCommands },
        // board key, the signing key of a member's votes, is the review's.
        { QStringLiteral("board"),
          [] { return BoardCommands::commands() + ReviewCommands::boardKeyCommands(); },
          &BoardCommands::notes },
        { QStringLiteral("procedure"), &ProcedureCommands::procedureCommands,
          &ProcedureCommands::procedureNotes },
        { QStringLiteral("deadline"), &DeadlineCommands::deadlineCommands, &DeadlineCommands::deadlineNotes },
        { QStringLiteral("holidays"), &DeadlineCommands::holidayCommands },
        { QStringLiteral("calendar"), &DeadlineCommands::calendarCommands },
        { QStringLiteral("evidence"), &EvidenceCommands::commands, &EvidenceCommands::notes },
        { QStringLiteral("news"), &NewsCommands::commands },
        { QStringLiteral("sync"), &SyncCommands::syncCommands, &SyncCommands::syncNotes },
        { QStringLiteral("conflicts"), &SyncCommands::conflictCommands },
        { QStringLiteral("import"), &ImportCommands::commands, &ImportCommands::notes },
        { QStringLiteral("donations"), &DonationCommands::donationCommands,
          &DonationCommands::donationNotes },
        { QStringLiteral("donors"), &DonorCommands::commands, &DonorCommands::notes },
        { QStringLiteral("accounts"), &LedgerCommands::accountCommands },
        { QStringLiteral("ledger"), &LedgerCommands::ledgerCommands },
        { QStringLiteral("reconcile"), &ReconcileCommands::commands, &ReconcileCommands::notes },
        { QStringLiteral("receipts"), &ReceiptCommands::commands, &ReceiptCommands::notes },
        // review minutes (a PDF) joins the review group's own table.
        { QStringLiteral("review"),
          [] { return ReviewCommands::commands() << ReviewPdfCommands::minutesCommand(); },
          &ReviewCommands::notes },
        { QStringLiteral("dossier"), &ReviewPdfCommands::dossierCommands },
    };
}

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication (offscreen) only for the commands that write a PDF (fonts); see
    // EvidenceExportCommands.
    const std::unique_ptr<QCoreApplication> application = EvidenceExportCommands::makeApplication(argc, argv);
    QCoreApplication& app = *application;
    AppSetup::setIdentity();
    // Scripts read stderr for errors only; QT_LOGGING_RULES can still turn the chatter back on.
    QLoggingCategory::setFilterRules(QStringLiteral("casedesk.*.debug=false\ncasedesk.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // Before the full parse: its own error messages are translated too.
    AppSetup::installTranslations(app, CliContext::requestedLanguage(arguments));

    CliContext context;
    switch (context.parseGlobalOptions(arguments)) {
    case CliContext::Start::ShowHelp:
        context.print(CommandTable::helpText(commandGroups()));
        return kSuccess;
    case CliContext::Start::ShowVersion:
        context.print(CommandTable::versionText());
        return kSuccess;
    case CliContext::Start::UsageError:
        return kUsageError;
    case CliContext::Start::RunCommand:
        break;
    }
    return CommandTable::dispatch(context, commandGroups(), context.commandArguments());
}

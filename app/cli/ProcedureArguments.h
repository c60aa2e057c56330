#pragma once

// What the procedure and deadline command groups share: reading arguments (codes, rules, regions,
// references to campaigns, procedures and milestones) and writing records as JSON or text.

#include "cli/CommandTable.h"
#include "cli/Values.h"
#include "procedures/DeadlineCalculator.h"
#include "procedures/Procedure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace casedesk {
class ProcedureRepository;
}

namespace casedesk::cli {

class CliContext;
class CommandFailure;

inline const QString kRegion = QStringLiteral("--region");
inline const QString kCampaign = QStringLiteral("--campaign");
inline const QString kOut = QStringLiteral("--out");

class ProcedureArguments
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureArguments)
};

CommandFailure unknownCode(const QString& what, const QString& given, const QStringList& codes);
Court courtArgument(const QString& code);
ProcedureKind kindArgument(const QString& code);
ProcedureStatus statusArgument(const QString& code);
MilestoneKind milestoneKindArgument(const QString& code);
HolidayRegion regionArgument(const CommandArgs& args);
DeadlineRule ruleArgument(const QString& id);
int intArgument(const QString& text, const QString& what, int minimum, int maximum);

// Malformed references are usage errors; unknown ones runtime errors (they may exist on another desk).
Procedure procedureRef(CliContext& context, ProcedureRepository& repository, const QString& reference);
Milestone milestoneRef(ProcedureRepository& repository, const QString& reference);

QString shortId(const QUuid& uuid);
QString id(const QUuid& uuid);

QJsonObject deadlineJson(const ComputedDeadline& deadline);
QJsonObject procedureJson(const Procedure& p);
QJsonObject milestoneJson(ProcedureRepository& repository, const Milestone& m);

void printExplanation(CliContext& context, const QStringList& lines,
                      const QString& indent = QStringLiteral("  "));
QString milestoneLine(const Milestone& m, const QDate& today);

} // namespace casedesk::cli

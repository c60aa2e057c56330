#include "procedures/Procedure.h"

#include "common/CodeTable.h"

#include <array>

namespace casedesk {

namespace {

using CodeTable::codeOf;
using CodeTable::valueOf;
using CodeTable::valuesOf;

constexpr std::array<std::pair<Court, const char*>, 9> kCourts = { {
    { Court::TribunalAdministratif, "tribunal-administratif" },
    { Court::CourAdministrativeAppel, "cour-administrative-appel" },
    { Court::ConseilEtat, "conseil-etat" },
    { Court::TribunalJudiciaire, "tribunal-judiciaire" },
    { Court::CourAppel, "cour-appel" },
    { Court::CourCassation, "cour-cassation" },
    { Court::TribunalCorrectionnel, "tribunal-correctionnel" },
    { Court::Parquet, "parquet" },
    { Court::Other, "other" },
} };

constexpr std::array<std::pair<ProcedureKind, const char*>, 11> kKinds = { {
    { ProcedureKind::RecoursExcesPouvoir, "recours-exces-pouvoir" },
    { ProcedureKind::PleinContentieux, "plein-contentieux" },
    { ProcedureKind::RefereSuspension, "refere-suspension" },
    { ProcedureKind::RefereLiberte, "refere-liberte" },
    { ProcedureKind::Appeal, "appel" },
    { ProcedureKind::Cassation, "pourvoi" },
    { ProcedureKind::CivilAction, "assignation" },
    { ProcedureKind::CivilRefere, "refere-civil" },
    { ProcedureKind::Complaint, "plainte" },
    { ProcedureKind::ComplaintCivilParty, "plainte-partie-civile" },
    { ProcedureKind::Other, "other" },
} };

constexpr std::array<std::pair<ProcedureStatus, const char*>, 5> kStatuses = { {
    { ProcedureStatus::Preparing, "preparing" },
    { ProcedureStatus::Pending, "pending" },
    { ProcedureStatus::Decided, "decided" },
    { ProcedureStatus::Closed, "closed" },
    { ProcedureStatus::Withdrawn, "withdrawn" },
} };

constexpr std::array<std::pair<MilestoneKind, const char*>, 8> kMilestoneKinds = { {
    { MilestoneKind::ContestedAct, "contested-act" },
    { MilestoneKind::Filing, "filing" },
    { MilestoneKind::Pleading, "pleading" },
    { MilestoneKind::Hearing, "hearing" },
    { MilestoneKind::Decision, "decision" },
    { MilestoneKind::Notification, "notification" },
    { MilestoneKind::Deadline, "deadline" },
    { MilestoneKind::Other, "other" },
} };

} // namespace

QString Procedure::displayName() const
{
    const QString name = courtName.trimmed().isEmpty() ? ProcedureText::court(court) : courtName.trimmed();
    return caseNumber.trimmed().isEmpty() ? name
                                          : ProcedureText::tr("%1, no. %2").arg(name, caseNumber.trimmed());
}

namespace ProcedureCodes {
QString court(Court value)
{
    return codeOf(kCourts, value);
}
std::optional<Court> courtFromCode(const QString& code)
{
    return valueOf(kCourts, code);
}
QString kind(ProcedureKind value)
{
    return codeOf(kKinds, value);
}
std::optional<ProcedureKind> kindFromCode(const QString& code)
{
    return valueOf(kKinds, code);
}
QString status(ProcedureStatus value)
{
    return codeOf(kStatuses, value);
}
std::optional<ProcedureStatus> statusFromCode(const QString& code)
{
    return valueOf(kStatuses, code);
}
QString milestoneKind(MilestoneKind value)
{
    return codeOf(kMilestoneKinds, value);
}
std::optional<MilestoneKind> milestoneKindFromCode(const QString& code)
{
    return valueOf(kMilestoneKinds, code);
}
QList<Court> allCourts()
{
    return valuesOf(kCourts);
}
QList<ProcedureKind> allKinds()
{
    return valuesOf(kKinds);
}
QList<ProcedureStatus> allStatuses()
{
    return valuesOf(kStatuses);
}
QList<MilestoneKind> allMilestoneKinds()
{
    return valuesOf(kMilestoneKinds);
}
} // namespace ProcedureCodes

QString ProcedureText::court(Court value)
{
    switch (value) {
    case Court::TribunalAdministratif:
        return tr("Tribunal administratif");
    case Court::CourAdministrativeAppel:
        return tr("Cour administrative d'appel");
    case Court::ConseilEtat:
        return tr("Conseil d'État");
    case Court::TribunalJudiciaire:
        return tr("Tribunal judiciaire");
    case Court::CourAppel:
        return tr("Cour d'appel");
    case Court::CourCassation:
        return tr("Cour de cassation");
    case Court::TribunalCorrectionnel:
        return tr("Tribunal correctionnel");
    case Court::Parquet:
        return tr("Public prosecutor (parquet)");
    case Court::Other:
        return tr("Other court or body");
    }
    return {};
}

QString ProcedureText::kind(ProcedureKind value)
{
    switch (value) {
    case ProcedureKind::RecoursExcesPouvoir:
        return tr("Recours pour excès de pouvoir");
    case ProcedureKind::PleinContentieux:
        return tr("Recours de plein contentieux");
    case ProcedureKind::RefereSuspension:
        return tr("Référé-suspension");
    case ProcedureKind::RefereLiberte:
        return tr("Référé-liberté");
    case ProcedureKind::Appeal:
        return tr("Appeal (appel)");
    case ProcedureKind::Cassation:
        return tr("Appeal on points of law (pourvoi en cassation)");
    case ProcedureKind::CivilAction:
        return tr("Civil action (assignation)");
    case ProcedureKind::CivilRefere:
        return tr("Civil interim relief (référé)");
    case ProcedureKind::Complaint:
        return tr("Complaint (plainte)");
    case ProcedureKind::ComplaintCivilParty:
        return tr("Complaint as civil party (plainte avec constitution de partie civile)");
    case ProcedureKind::Other:
        return tr("Other");
    }
    return {};
}

QString ProcedureText::status(ProcedureStatus value)
{
    switch (value) {
    case ProcedureStatus::Preparing:
        return tr("Being prepared");
    case ProcedureStatus::Pending:
        return tr("Pending");
    case ProcedureStatus::Decided:
        return tr("Decided");
    case ProcedureStatus::Closed:
        return tr("Closed");
    case ProcedureStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString ProcedureText::milestoneKind(MilestoneKind value)
{
    switch (value) {
    case MilestoneKind::ContestedAct:
        return tr("Contested decision published or notified");
    case MilestoneKind::Filing:
        return tr("Filing");
    case MilestoneKind::Pleading:
        return tr("Pleadings exchanged");
    case MilestoneKind::Hearing:
        return tr("Hearing");
    case MilestoneKind::Decision:
        return tr("Decision");
    case MilestoneKind::Notification:
        return tr("Notification of the decision");
    case MilestoneKind::Deadline:
        return tr("Deadline");
    case MilestoneKind::Other:
        return tr("Other");
    }
    return {};
}

namespace DeadlineProposals {

QStringList forMilestone(const Procedure& procedure, MilestoneKind kind)
{
    const bool administrative = procedure.court == Court::TribunalAdministratif
        || procedure.court == Court::CourAdministrativeAppel || procedure.court == Court::ConseilEtat;
    if (kind == MilestoneKind::ContestedAct)
        return administrative ? QStringList { QStringLiteral("cja-r421-1") } : QStringList {};
    if (kind != MilestoneKind::Notification)
        return {};
    switch (procedure.court) {
    case Court::TribunalAdministratif:
        if (procedure.kind == ProcedureKind::RefereSuspension)
            return { QStringLiteral("cja-r523-1") };
        if (procedure.kind == ProcedureKind::RefereLiberte)
            return { QStringLiteral("cja-l523-1") };
        return { QStringLiteral("cja-r811-2") };
    case Court::CourAdministrativeAppel:
        return { QStringLiteral("cja-r821-1") };
    case Court::TribunalJudiciaire:
        if (procedure.kind == ProcedureKind::CivilRefere)
            return { QStringLiteral("cpc-490") };
        return { QStringLiteral("cpc-538"), QStringLiteral("cpc-538-gracieuse") };
    case Court::CourAppel:
        return { QStringLiteral("cpc-612") };
    case Court::ConseilEtat:
    case Court::CourCassation:
    case Court::TribunalCorrectionnel:
    case Court::Parquet:
    case Court::Other:
        return {};
    }
    return {};
}

} // namespace DeadlineProposals
} // namespace casedesk

#pragma once

#include "procedures/FrenchCalendar.h"
#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

enum class Court
{
    TribunalAdministratif,
    CourAdministrativeAppel,
    ConseilEtat,
    TribunalJudiciaire,
    CourAppel,
    CourCassation,
    TribunalCorrectionnel,
    Parquet,
    Other
};

enum class ProcedureKind
{
    RecoursExcesPouvoir,
    PleinContentieux,
    RefereSuspension,
    RefereLiberte,
    Appeal,
    Cassation,
    CivilAction,
    CivilRefere,
    Complaint,
    ComplaintCivilParty,
    Other
};

enum class ProcedureStatus
{
    Preparing,
    Pending,
    Decided,
    Closed,
    Withdrawn
};

enum class MilestoneKind
{
    ContestedAct,
    Filing,
    Pleading,
    Hearing,
    Decision,
    Notification,
    Deadline,
    Other
};

// One action before one court: a recours, an appeal, a pourvoi, a complaint. `appealsUuid` links
// an appeal to the procedure whose decision it challenges, which makes the appeal chain.
struct Procedure
{
    SyncState sync;
    QUuid campaignUuid;
    Court court = Court::TribunalAdministratif;
    QString courtName; // "Tribunal administratif de Toulouse"
    ProcedureKind kind = ProcedureKind::RecoursExcesPouvoir;
    QString caseNumber;
    QString lawyer;
    QString parties;
    ProcedureStatus status = ProcedureStatus::Preparing;
    QUuid appealsUuid;
    HolidayRegion region = HolidayRegion::Metropole;
    QString notes;

    // "Tribunal administratif de Toulouse, no 1500123" or the court type when no name is given.
    QString displayName() const;
};

// A dated fact on a procedure's timeline. A deadline carries the rule and the starting date it
// was computed from (and the milestone that started it), so its reasoning can be shown again.
struct Milestone
{
    SyncState sync;
    QUuid procedureUuid;
    MilestoneKind kind = MilestoneKind::Filing;
    QDate date; // for a deadline: the due date
    QString title;
    QString note;
    QString ruleId; // deadlines computed by a rule
    QDate startDate; // the rule's starting point
    QUuid sourceUuid; // the milestone that started the deadline
    bool done = false; // a deadline met (the act was filed) or dropped on purpose
    // Shown on the campaign's public page (kind, date and title only, never the note). A deadline
    // is the association's own and is never public.
    bool isPublic = false;

    bool isDeadline() const { return kind == MilestoneKind::Deadline; }
    // A deadline is the association's own business: never shown on the public page.
    static bool mayBePublic(MilestoneKind kind) { return kind != MilestoneKind::Deadline; }
};

// Stable codes used in the database, JSON and the command line.
namespace ProcedureCodes {
QString court(Court court);
std::optional<Court> courtFromCode(const QString& code);
QString kind(ProcedureKind kind);
std::optional<ProcedureKind> kindFromCode(const QString& code);
QString status(ProcedureStatus status);
std::optional<ProcedureStatus> statusFromCode(const QString& code);
QString milestoneKind(MilestoneKind kind);
std::optional<MilestoneKind> milestoneKindFromCode(const QString& code);

QList<Court> allCourts();
QList<ProcedureKind> allKinds();
QList<ProcedureStatus> allStatuses();
QList<MilestoneKind> allMilestoneKinds();
} // namespace ProcedureCodes

// The words users see for the procedure enums, translated.
class ProcedureText
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureText)

public:
    static QString court(Court court);
    static QString kind(ProcedureKind kind);
    static QString status(ProcedureStatus status);
    static QString milestoneKind(MilestoneKind kind);
};

// Which deadlines a milestone starts, by the court and kind of the procedure: the notification
// of a tribunal administratif's judgment starts the appeal (CJA R811-2), that of a cour
// administrative d'appel's decision the pourvoi (CJA R821-1), and so on. The first id is the
// usual case; the others are alternatives the jurist may pick (matière gracieuse).
namespace DeadlineProposals {
QStringList forMilestone(const Procedure& procedure, MilestoneKind kind);
}

} // namespace casedesk

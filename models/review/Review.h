#pragma once

#include "board/BoardMember.h"
#include "board/BoardRules.h"
#include "storage/SyncState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

enum class RoundStatus
{
    Open,
    Approved,
    Rejected,
    Superseded // the dossier changed (or went back to draft) before a decision: never reused
};

enum class VoteChoice
{
    Approve,
    Reject,
    Abstain
};

enum class VoteForm
{
    Signed, // cast on the member's own desk, signed with the member's key
    Recorded // recorded by the secretary from a meeting, an e-mail, a letter or a call
};

enum class RecordedFrom
{
    None,
    Meeting,
    Email,
    Letter,
    Phone
};

// A member in office when the round opened, as the round keeps them.
struct RoundMember
{
    QUuid uuid;
    QString name;
    BoardRole role = BoardRole::Administrator;
    QString publicKey;
};

// One submission of a dossier to the board: a frozen snapshot, its fingerprint, and the members
// and rules as they were when it opened.
struct ReviewRound
{
    SyncState sync;
    QUuid campaignUuid;
    int number = 1;
    QString fingerprint; // SHA-256 of the snapshot, 64 hex digits
    QByteArray snapshot; // DossierSnapshot's canonical JSON
    BoardRules rules;
    QList<RoundMember> members;
    QDateTime openedAt; // UTC
    QString openedBy; // a member's name, or the desk's staff
    // The desk that captured the snapshot (ReceiptPolicy::deskId): only it holds the whole dossier
    // (desk-only fields, private pieces, its fee settings) to tell whether it changed since.
    QString openedOnDesk;
    RoundStatus status = RoundStatus::Open;
    QDateTime closedAt;
    QString closedBy;
    QString decision; // the explanation, as recorded when decided
    QString supersededBecause; // what changed: "Piece P-14 added", "Back to draft"

    bool isOpen() const { return status == RoundStatus::Open; }
};

struct ReviewVote
{
    SyncState sync;
    QUuid roundUuid;
    QUuid memberUuid;
    VoteChoice choice = VoteChoice::Approve;
    QString reason; // required for a rejection
    QDateTime castAt; // UTC, to the millisecond
    VoteForm form = VoteForm::Signed;
    QUuid recordedBy; // the secretary, for a recorded vote
    RecordedFrom recordedFrom = RecordedFrom::None;
    QString recordedNote; // "séance du 12 novembre", "courriel du 3 décembre"
    QByteArray signature; // 64 bytes for a signed vote
};

// How a vote's form reads once checked against the member's public key.
enum class VoteCheck
{
    SignedAndVerified,
    RecordedBySecretary,
    SignatureInvalid
};

struct Recusal
{
    SyncState sync;
    QUuid roundUuid;
    QUuid memberUuid;
    QString nature; // the interest declared
    QDateTime declaredAt;
    QUuid recordedBy; // the secretary, when not declared on the member's own desk
};

struct ReviewComment
{
    SyncState sync;
    QUuid roundUuid;
    QString section; // DossierSnapshot's section keys: "case", "budget/<uuid>", "evidence/P-3"...
    QUuid parentUuid; // a reply names the comment it answers
    QUuid authorUuid; // a member, or null for the desk's staff
    QString authorName;
    QString body;
    QDateTime writtenAt;
    bool resolved = false;
    QDateTime resolvedAt;
    QString resolvedBy;
};

namespace ReviewCodes {
QString roundStatus(RoundStatus status);
std::optional<RoundStatus> roundStatusFromCode(const QString& code);
QString choice(VoteChoice choice);
std::optional<VoteChoice> choiceFromCode(const QString& code);
QString form(VoteForm form);
std::optional<VoteForm> formFromCode(const QString& code);
QString recordedFrom(RecordedFrom from);
std::optional<RecordedFrom> recordedFromFromCode(const QString& code);
// Translated words for the UI and the minutes.
QString roundStatusName(RoundStatus status);
QString choiceName(VoteChoice choice);
QString recordedFromName(RecordedFrom from);
QString voteCheckName(VoteCheck check);
} // namespace ReviewCodes

// "3f2a 91c0": the first eight hex digits of a fingerprint, in two groups.
QString shortFingerprint(const QString& fingerprint);

} // namespace casedesk

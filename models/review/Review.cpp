#include "review/Review.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace casedesk {

namespace ReviewCodes {

namespace {

using CodeTable::codeOf;
using CodeTable::valueOf;

constexpr std::array<std::pair<RoundStatus, const char*>, 4> kRoundStatuses = { {
    { RoundStatus::Open, "open" },
    { RoundStatus::Approved, "approved" },
    { RoundStatus::Rejected, "rejected" },
    { RoundStatus::Superseded, "superseded" },
} };

constexpr std::array<std::pair<VoteChoice, const char*>, 3> kChoices = { {
    { VoteChoice::Approve, "approve" },
    { VoteChoice::Reject, "reject" },
    { VoteChoice::Abstain, "abstain" },
} };

constexpr std::array<std::pair<VoteForm, const char*>, 2> kForms = { {
    { VoteForm::Signed, "signed" },
    { VoteForm::Recorded, "recorded" },
} };

// None is the empty code, as review_votes.recorded_from stores it for a signed vote.
constexpr std::array<std::pair<RecordedFrom, const char*>, 5> kRecordedFrom = { {
    { RecordedFrom::None, "" },
    { RecordedFrom::Meeting, "meeting" },
    { RecordedFrom::Email, "email" },
    { RecordedFrom::Letter, "letter" },
    { RecordedFrom::Phone, "phone" },
} };

QString translated(const char* text)
{
    return QCoreApplication::translate("ReviewCodes", text);
}

} // namespace

QString roundStatus(RoundStatus status)
{
    return codeOf(kRoundStatuses, status);
}

std::optional<RoundStatus> roundStatusFromCode(const QString& code)
{
    return valueOf(kRoundStatuses, code);
}

QString choice(VoteChoice choice)
{
    return codeOf(kChoices, choice);
}

std::optional<VoteChoice> choiceFromCode(const QString& code)
{
    return valueOf(kChoices, code);
}

QString form(VoteForm form)
{
    return codeOf(kForms, form);
}

std::optional<VoteForm> formFromCode(const QString& code)
{
    return valueOf(kForms, code);
}

QString recordedFrom(RecordedFrom from)
{
    return codeOf(kRecordedFrom, from);
}

std::optional<RecordedFrom> recordedFromFromCode(const QString& code)
{
    return valueOf(kRecordedFrom, code);
}

QString roundStatusName(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Open:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Open"));
    case RoundStatus::Approved:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Approved"));
    case RoundStatus::Rejected:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Rejected"));
    case RoundStatus::Superseded:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Superseded"));
    }
    return {};
}

QString choiceName(VoteChoice choice)
{
    switch (choice) {
    case VoteChoice::Approve:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Approve"));
    case VoteChoice::Reject:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Reject"));
    case VoteChoice::Abstain:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "Abstain"));
    }
    return {};
}

QString recordedFromName(RecordedFrom from)
{
    switch (from) {
    case RecordedFrom::None:
        return {};
    case RecordedFrom::Meeting:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "a meeting"));
    case RecordedFrom::Email:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "an e-mail"));
    case RecordedFrom::Letter:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "a letter"));
    case RecordedFrom::Phone:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "a phone call"));
    }
    return {};
}

QString voteCheckName(VoteCheck check)
{
    switch (check) {
    case VoteCheck::SignedAndVerified:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "signed and verified"));
    case VoteCheck::RecordedBySecretary:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "recorded by the secretary"));
    case VoteCheck::SignatureInvalid:
        return translated(QT_TRANSLATE_NOOP("ReviewCodes", "signature invalid"));
    }
    return {};
}

} // namespace ReviewCodes

QString shortFingerprint(const QString& fingerprint)
{
    const QString head = fingerprint.left(8).toLower();
    if (head.size() <= 4)
        return head;
    return head.left(4) + QLatin1Char(' ') + head.mid(4);
}

} // namespace casedesk

#include "review/VotePanel.h"

#include "board/BoardRepository.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "review/RecordVoteDialog.h"
#include "review/ReviewRepository.h"
#include "review/VoteSignature.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casedesk {

VotePanel::VotePanel(ReviewRepository& reviews, BoardRepository& board, QWidget* parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_board(board)
    , m_status(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_reason(new QPlainTextEdit(this))
    , m_cast(new QPushButton(tr("Cast my signed vote"), this))
    , m_makeKey(new QPushButton(tr("Create my signing key"), this))
    , m_recuse(new QPushButton(tr("Declare a conflict of interest…"), this))
    , m_record(new QPushButton(tr("Record a vote…"), this))
    , m_secretaryNote(new QLabel(this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    auto* voteBox = new QGroupBox(tr("Vote"), this);
    auto* voteLayout = new QVBoxLayout(voteBox);
    auto* choices = new QHBoxLayout;
    for (VoteChoice choice : { VoteChoice::Approve, VoteChoice::Reject, VoteChoice::Abstain }) {
        auto* button = new QRadioButton(ReviewCodes::choiceName(choice), voteBox);
        m_choices->addButton(button, int(choice));
        choices->addWidget(button);
    }
    choices->addStretch(1);
    voteLayout->addLayout(choices);
    m_reason->setPlaceholderText(tr("Reason (required to reject; shown in the minutes)"));
    m_reason->setMaximumHeight(80);
    m_reason->setTabChangesFocus(true);
    voteLayout->addWidget(m_reason);
    auto* castRow = new QHBoxLayout;
    castRow->addWidget(m_makeKey);
    castRow->addStretch(1);
    castRow->addWidget(m_cast);
    voteLayout->addLayout(castRow);
    m_cast->setToolTip(
        tr("Signs the vote with your key, kept in this computer's keychain: the signature covers "
           "the dossier's fingerprint, you, the vote, its reason and its time."));
    m_makeKey->setToolTip(
        tr("Makes your signing key: the private half stays in this computer's keychain, the "
           "public half goes with your name in the board list so every desk can verify your "
           "votes."));
    m_recuse->setToolTip(
        tr("A member with an interest in the case is recused: counted neither for the quorum nor "
           "in the votes."));
    m_secretaryNote->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(voteBox);
    layout->addWidget(m_recuse, 0, Qt::AlignLeft);
    auto* secretaryBox = new QGroupBox(tr("Secretary"), this);
    auto* secretaryLayout = new QVBoxLayout(secretaryBox);
    secretaryLayout->addWidget(m_secretaryNote);
    secretaryLayout->addWidget(m_record, 0, Qt::AlignLeft);
    layout->addWidget(secretaryBox);
    layout->addStretch(1);

    connect(m_cast, &QPushButton::clicked, this, [this] {
        if (const std::optional<VoteChoice> choice = chosen())
            cast(*choice, m_reason->toPlainText().trimmed());
    });
    connect(m_makeKey, &QPushButton::clicked, this, &VotePanel::makeSigningKey);
    connect(m_recuse, &QPushButton::clicked, this, &VotePanel::askRecuse);
    connect(m_record, &QPushButton::clicked, this, &VotePanel::openRecordDialog);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] { showState(); });
    showState();
}

void VotePanel::setRound(const std::optional<ReviewRound>& round)
{
    m_round = round;
    showState();
}

std::optional<VoteChoice> VotePanel::chosen() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? std::nullopt : std::optional<VoteChoice>(VoteChoice(id));
}

void VotePanel::showState()
{
    std::optional<BoardMember> owner;
    std::optional<ReviewVote> mine;
    bool recused = false;
    runOrReport(
        [&] {
            const ReviewActor actor = m_reviews.deskActor();
            if (actor.member)
                owner = m_board.load(*actor.member);
            if (!m_round || !owner)
                return;
            for (const ReviewVote& vote : m_reviews.currentVotes(m_round->sync.uuid)) {
                if (vote.memberUuid == owner->sync.uuid)
                    mine = vote;
            }
            for (const Recusal& recusal : m_reviews.recusals(m_round->sync.uuid))
                recused = recused || recusal.memberUuid == owner->sync.uuid;
        },
        [this](const QString& message) { emit refused(message); });
    const bool open = m_round && m_round->isOpen();
    const bool hasKey = owner && !owner->publicKey.isEmpty();
    QString status;
    if (!owner)
        status = tr(
            "This desk belongs to no board member, so it casts no vote. A member votes from their own desk "
            "(Association ▸ Board ▸ This desk belongs to), or the secretary records the vote.");
    else if (!m_round)
        status
            = tr("You are %1. No round is open on this campaign.").arg(owner->nameWithRole().toHtmlEscaped());
    else if (recused)
        status = tr("You are %1, recused in this round for a conflict of interest.")
                     .arg(owner->nameWithRole().toHtmlEscaped());
    else if (mine)
        status = tr("You are %1. Your vote: <b>%2</b>, %3. %4")
                     .arg(owner->nameWithRole().toHtmlEscaped(), ReviewCodes::choiceName(mine->choice),
                          QLocale().toString(mine->castAt.toLocalTime(), QLocale::ShortFormat),
                          open ? tr("You may change it until the round is decided.") : QString());
    else
        status = open
            ? tr("You are %1. You have not voted yet.").arg(owner->nameWithRole().toHtmlEscaped())
            : tr("You are %1. You did not vote in this round.").arg(owner->nameWithRole().toHtmlEscaped());
    if (owner && !hasKey)
        status
            += QStringLiteral("<br>") + tr("You have no signing key yet: create it once on this computer.");
    m_status->setText(status);
    const bool canVote = owner && open && !recused;
    for (QAbstractButton* button : m_choices->buttons())
        button->setEnabled(canVote && hasKey);
    m_reason->setEnabled(canVote && hasKey);
    m_cast->setEnabled(canVote && hasKey && chosen().has_value());
    m_makeKey->setVisible(owner && !hasKey);
    m_recuse->setEnabled(owner && open && !recused && !mine);
    const bool secretary = owner && owner->role == BoardRole::Secretary;
    m_record->setEnabled(secretary && open);
    m_secretaryNote->setText(secretary
                                 ? tr("A vote given at a meeting, by e-mail, letter or telephone is recorded "
                                      "here, marked as recorded by you.")
                                 : tr("Only the secretary's desk records votes given at a meeting or by "
                                      "e-mail."));
}

bool VotePanel::cast(VoteChoice choice, const QString& reason)
{
    if (!m_round)
        return false;
    const ReviewActor actor = m_reviews.deskActor();
    if (!actor.member)
        return false;
    QString problem;
    const std::optional<QByteArray> key = SigningKeys::privateKey(*actor.member, &problem);
    if (!key) {
        Dialogs::warn(this, tr("Vote"), tr("Your signing key could not be read: %1").arg(problem));
        emit refused(problem);
        return false;
    }
    QString refusal;
    std::optional<ReviewVote> vote;
    runOrReport(
        [&] { vote = m_reviews.vote(m_round->sync.uuid, *actor.member, choice, reason, *key, &refusal); },
        [&](const QString& message) { refusal = message; });
    if (!vote) {
        Dialogs::warn(this, tr("Vote"), refusal);
        emit refused(refusal);
        return false;
    }
    m_reason->clear();
    emit changed();
    return true;
}

bool VotePanel::makeSigningKey()
{
    const ReviewActor actor = m_reviews.deskActor();
    if (!actor.member)
        return false;
    QString problem;
    bool keychainRefused = false;
    std::optional<QString> publicKey;
    runOrReport([&] { publicKey = SigningKeys::create(m_board, *actor.member, &problem, &keychainRefused); },
                [&](const QString& message) { problem = message; });
    if (!publicKey) {
        Dialogs::warn(
            this, tr("Signing key"),
            keychainRefused
                ? tr("The key could not be kept in this computer's keychain, so no key was made: %1")
                      .arg(problem)
                : problem);
        return false;
    }
    emit changed();
    return true;
}

void VotePanel::askRecuse()
{
    bool ok = false;
    const QString nature
        = QInputDialog::getMultiLineText(this, tr("Conflict of interest"),
                                         tr("The interest you have in this case (it goes in the minutes). "
                                            "You will be recused: counted neither "
                                            "for the quorum nor in the votes."),
                                         {}, &ok);
    if (ok)
        declareInterest(nature.trimmed());
}

bool VotePanel::declareInterest(const QString& nature)
{
    const ReviewActor actor = m_reviews.deskActor();
    if (!m_round || !actor.member)
        return false;
    QString refusal;
    std::optional<Recusal> recusal;
    runOrReport(
        [&] {
            recusal = m_reviews.recuse(m_round->sync.uuid, *actor.member, nature, std::nullopt, &refusal);
        },
        [&](const QString& message) { refusal = message; });
    if (!recusal) {
        Dialogs::warn(this, tr("Conflict of interest"), refusal);
        emit refused(refusal);
        return false;
    }
    emit changed();
    return true;
}

void VotePanel::openRecordDialog()
{
    const ReviewActor actor = m_reviews.deskActor();
    if (!m_round || !actor.member)
        return;
    RecordVoteDialog dialog(m_reviews, *m_round, *actor.member, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

} // namespace casedesk

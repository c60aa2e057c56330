#include "review/RecordVoteDialog.h"

#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "review/ReviewRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

RecordVoteDialog::RecordVoteDialog(ReviewRepository& reviews, const ReviewRound& round,
                                   const QUuid& secretary, QWidget* parent)
    : QDialog(parent)
    , m_reviews(reviews)
    , m_round(round)
    , m_secretary(secretary)
    , m_member(new QComboBox(this))
    , m_choice(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record a vote"));
    for (const RoundMember& member : round.members) {
        if (member.uuid != secretary)
            m_member->addItem(member.name, member.uuid);
    }
    for (VoteChoice choice : { VoteChoice::Approve, VoteChoice::Reject, VoteChoice::Abstain })
        m_choice->addItem(ReviewCodes::choiceName(choice), int(choice));
    for (RecordedFrom from :
         { RecordedFrom::Meeting, RecordedFrom::Email, RecordedFrom::Letter, RecordedFrom::Phone })
        m_from->addItem(ReviewCodes::recordedFromName(from), int(from));
    m_reason->setMaximumHeight(80);
    m_reason->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. board meeting of 12 November, e-mail of 3 December"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("&Vote:"), m_choice);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Given by:"), m_from);
    form->addRow(tr("&Where and when:"), m_note);
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Round %1, dossier %2. The vote is marked as recorded by you, with where it came "
                        "from.")
                         .arg(round.number)
                         .arg(shortFingerprint(round.fingerprint)),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel));
}

void RecordVoteDialog::accept()
{
    QString refusal;
    std::optional<ReviewVote> vote;
    runOrReport(
        [&] {
            vote = m_reviews.record(
                m_round.sync.uuid, m_member->currentData().toUuid(),
                VoteChoice(m_choice->currentData().toInt()), m_reason->toPlainText().trimmed(), m_secretary,
                RecordedFrom(m_from->currentData().toInt()), m_note->text().trimmed(), &refusal);
        },
        [&](const QString& message) { refusal = message; });
    if (!vote) {
        m_problem->setText(refusal);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace casedesk

#include "review/DecisionPanel.h"

#include "board/BoardRepository.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "review/ReviewRepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

DecisionPanel::DecisionPanel(ReviewRepository& reviews, CampaignRepository& campaigns, BoardRepository& board,
                             QWidget* parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_campaigns(campaigns)
    , m_board(board)
    , m_members(new QTableWidget(0, 3, this))
    , m_decision(new QLabel(this))
    , m_decide(new QPushButton(tr("Record the decision…"), this))
    , m_approve(new QPushButton(tr("Approve the campaign"), this))
{
    m_members->setHorizontalHeaderLabels({ tr("Member"), tr("Vote"), tr("Form") });
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setWordWrap(true);
    m_members->setAccessibleName(tr("Members and their votes"));
    m_decision->setWordWrap(true);
    m_decision->setTextFormat(Qt::RichText);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decide->setToolTip(
        tr("Closes the round with the decision its votes make under the statutes; a rejection "
           "sends the campaign back to draft with the reasons."));
    m_approve->setToolTip(
        tr("Moves the campaign to Approved: only after the board approved the dossier as it is "
           "now."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_decide);
    buttons->addWidget(m_approve);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
    connect(m_decide, &QPushButton::clicked, this, [this] {
        if (Dialogs::confirm(
                this, tr("Record the decision"),
                tr("Record the board's decision on round %1 now? Votes can no longer change once it is "
                   "recorded.")
                    .arg(m_round ? m_round->number : 0),
                tr("Record")))
            recordDecision();
    });
    connect(m_approve, &QPushButton::clicked, this, &DecisionPanel::approveCampaign);
}

void DecisionPanel::setRound(const QUuid& campaignUuid, const std::optional<ReviewRound>& round)
{
    m_campaign = campaignUuid;
    m_round = round;
    showMembers();
    showDecision();
}

void DecisionPanel::showMembers()
{
    m_members->setRowCount(0);
    if (!m_round)
        return;
    QList<ReviewVote> votes;
    QList<Recusal> recusals;
    runOrReport(
        [&] {
            votes = m_reviews.currentVotes(m_round->sync.uuid);
            recusals = m_reviews.recusals(m_round->sync.uuid);
        },
        [this](const QString& message) { emit refused(message); });
    QHash<QUuid, QString> names;
    for (const RoundMember& member : m_round->members)
        names.insert(member.uuid, member.name);
    for (const RoundMember& member : m_round->members) {
        QString vote = tr("not voted");
        QString form;
        for (const Recusal& recusal : recusals) {
            if (recusal.memberUuid == member.uuid)
                vote = tr("recused: %1").arg(recusal.nature);
        }
        for (const ReviewVote& cast : votes) {
            if (cast.memberUuid != member.uuid)
                continue;
            vote = ReviewCodes::choiceName(cast.choice);
            if (!cast.reason.isEmpty())
                vote += QStringLiteral(" — ") + cast.reason;
            const VoteCheck check = m_reviews.checkOf(*m_round, cast);
            form = ReviewCodes::voteCheckName(check);
            if (check == VoteCheck::RecordedBySecretary)
                form = tr("recorded by %1 from %2 (%3)")
                           .arg(names.value(cast.recordedBy, tr("the secretary")),
                                ReviewCodes::recordedFromName(cast.recordedFrom), cast.recordedNote);
        }
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        m_members->setItem(row, 0,
                           new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
                               member.name, BoardCodes::roleName(member.role))));
        m_members->setItem(row, 1, new QTableWidgetItem(vote));
        auto* formItem = new QTableWidgetItem(form);
        if (form == ReviewCodes::voteCheckName(VoteCheck::SignatureInvalid))
            formItem->setForeground(QColor(0xb9, 0x1c, 0x1c));
        m_members->setItem(row, 2, formItem);
    }
    m_members->resizeRowsToContents();
}

void DecisionPanel::showDecision()
{
    if (!m_round) {
        m_decision->setText(QString());
        m_decide->setEnabled(false);
        m_approve->setEnabled(false);
        return;
    }
    Decision decision;
    ReviewStanding standing;
    bool inReview = false;
    runOrReport(
        [&] {
            decision = m_reviews.decisionOf(*m_round);
            standing = m_reviews.standing(m_campaign);
            const std::optional<Campaign> campaign = m_campaigns.load(m_campaign);
            inReview = campaign && campaign->status == CampaignStatus::InReview;
        },
        [this](const QString& message) { emit refused(message); });
    QString html;
    if (m_round->isOpen())
        html = tr("<b>If the decision were recorded now:</b>");
    else if (m_round->status == RoundStatus::Superseded)
        html = tr("<b>Never decided</b> (superseded). The votes as they stood:");
    else
        html = tr("<b>Decision recorded</b> on %1 by %2:")
                   .arg(QLocale().toString(m_round->closedAt.toLocalTime().date(), QLocale::LongFormat),
                        m_round->closedBy.toHtmlEscaped());
    html += QStringLiteral("<br>") + decision.explanation.join(QLatin1Char(' ')).toHtmlEscaped();
    if (!decision.rejectionReasons.isEmpty())
        html += QStringLiteral("<br>")
            + tr("Reasons given: %1")
                  .arg(decision.rejectionReasons.join(QStringLiteral("; ")).toHtmlEscaped());
    m_decision->setText(html);
    m_decide->setEnabled(m_round->isOpen() && decision.quorumMet());
    m_approve->setEnabled(inReview && standing.approvedOnCurrentSnapshot && standing.latest
                          && standing.latest->sync.uuid == m_round->sync.uuid);
}

bool DecisionPanel::recordDecision()
{
    if (!m_round)
        return false;
    QString refusal;
    std::optional<Decision> decision;
    runOrReport([&] { decision = m_reviews.decide(m_round->sync.uuid, m_reviews.deskActor(), &refusal); },
                [&](const QString& message) { refusal = message; });
    if (!decision) {
        Dialogs::warn(this, tr("Record the decision"), refusal);
        emit refused(refusal);
        return false;
    }
    emit campaignChanged(m_campaign);
    emit changed();
    return true;
}

bool DecisionPanel::approveCampaign()
{
    TransitionCheck check;
    QString failure;
    runOrReport(
        [&] {
            AssociationRepository associations(m_reviews.database());
            check = m_campaigns.changeStatus(m_campaign, CampaignStatus::Approved, associations.load());
        },
        [&](const QString& message) { failure = message; });
    if (!failure.isEmpty() || !check.allowed) {
        const QString message = failure.isEmpty() ? check.reasons.join(QLatin1Char('\n')) : failure;
        Dialogs::warn(this, tr("Approve the campaign"), message);
        emit refused(message);
        return false;
    }
    emit campaignChanged(m_campaign);
    emit changed();
    return true;
}

} // namespace casedesk

#pragma once

#include "review/Review.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

class BoardRepository;
class CampaignRepository;
class ReviewRepository;

// The round's members and their votes (each with its form checked: signed and verified, recorded
// by the secretary, or signature invalid), the decision the votes make under the statutes,
// explained in sentences, and the two acts that follow: recording the decision, and approving
// the campaign once the board approved the dossier as it is now.
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    DecisionPanel(ReviewRepository& reviews, CampaignRepository& campaigns, BoardRepository& board,
                  QWidget* parent = nullptr);

    void setRound(const QUuid& campaignUuid, const std::optional<ReviewRound>& round);

    QTableWidget* memberTable() const { return m_members; }
    QLabel* decisionLabel() const { return m_decision; }
    QPushButton* decideButton() const { return m_decide; }
    QPushButton* approveButton() const { return m_approve; }

    // What the buttons do once confirmed (for tests); a refusal is emitted and false returned.
    bool recordDecision();
    bool approveCampaign();

signals:
    void changed();
    void refused(const QString& message);
    void campaignChanged(const QUuid& campaignUuid);

private:
    void showMembers();
    void showDecision();

    ReviewRepository& m_reviews;
    CampaignRepository& m_campaigns;
    BoardRepository& m_board;
    QUuid m_campaign;
    std::optional<ReviewRound> m_round;
    QTableWidget* m_members;
    QLabel* m_decision;
    QPushButton* m_decide;
    QPushButton* m_approve;
};

} // namespace casedesk

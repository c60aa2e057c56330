#pragma once

#include "review/Review.h"

#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace casedesk {

class BoardRepository;
class CampaignRepository;
class Database;
class DecisionPanel;
class DossierReader;
class ReviewRepository;
class RoundHistoryPane;
class VotePanel;

// The Review area, the board members' own: the campaigns waiting for this desk owner's vote and
// every campaign with its review state; the chosen round's dossier read section by section with
// its comments beside it; the vote; the decision explained; the rounds and what changed.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(Database& database, CampaignRepository& campaigns, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void setCampaign(const QUuid& campaignUuid);
    QUuid currentCampaign() const;
    std::optional<ReviewRound> currentRound() const { return m_round; }

    ReviewRepository& reviews() const { return *m_reviews; }
    QTreeWidget* campaignTree() const { return m_tree; }
    QComboBox* roundBox() const { return m_roundBox; }
    QLabel* headerLabel() const { return m_header; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* submitButton() const { return m_submit; }
    DossierReader* reader() const { return m_reader; }
    VotePanel* votePanel() const { return m_vote; }
    DecisionPanel* decisionPanel() const { return m_decision; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    // Reads everything again (a sync, another window, the campaign editor changed the desk).
    void reload();
    void submitForReview();
    void exportDossier();
    void exportMinutes();

public:
    // What the export buttons do once the file (and language) are chosen: a failure is shown
    // (Dialogs::warn) and false returned. For tests too.
    bool writeDossier(const QString& path, const QString& language);
    bool writeMinutes(const QString& path);

signals:
    // A review write changed the campaign (its status): the other areas reload.
    void campaignChanged(const QUuid& campaignUuid);
    void statusMessage(const QString& message);

private:
    QWidget* buildCampaignSide();
    QWidget* buildRoundSide();
    void reloadCampaigns();
    void reloadRounds();
    void showRound();
    void showHeader();
    void showMessage(const QString& message, bool isError);
    void afterWrite();

    Database& m_database;
    CampaignRepository& m_campaigns;
    std::unique_ptr<BoardRepository> m_board;
    std::unique_ptr<ReviewRepository> m_reviews;
    std::optional<ReviewRound> m_round;
    QTreeWidget* m_tree;
    QComboBox* m_roundBox;
    QLabel* m_header;
    QLabel* m_message;
    QPushButton* m_submit;
    QPushButton* m_exportDossier;
    QPushButton* m_exportMinutes;
    DossierReader* m_reader;
    QTabWidget* m_tabs;
    VotePanel* m_vote;
    DecisionPanel* m_decision;
    RoundHistoryPane* m_history;
};

} // namespace casedesk

#pragma once

#include "campaigns/Association.h" // FieldProblem

#include <QUuid>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace casedesk {

class CampaignRepository;
class ProcedureRepository;
struct Milestone;
struct Procedure;

// The Procedures area: a campaign's procedures as appeal chains (an appeal under the decision
// it challenges), the selected procedure's particulars and its timeline of milestones, and the
// reasoning of the selected deadline.
class ProceduresPage : public QWidget
{
    Q_OBJECT

public:
    ProceduresPage(ProcedureRepository& procedures, CampaignRepository& campaigns, QWidget* parent = nullptr);

    void setCampaign(const QUuid& campaignUuid);
    QUuid currentCampaign() const;
    void selectProcedure(const QUuid& procedureUuid);
    QUuid currentProcedure() const;
    void selectMilestone(const QUuid& milestoneUuid);
    QUuid currentMilestone() const;

    QComboBox* campaignBox() const { return m_campaign; }
    QTreeWidget* procedureTree() const { return m_tree; }
    QTreeWidget* timeline() const { return m_timeline; }
    QPlainTextEdit* explanationView() const { return m_explanation; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void reloadCampaigns();
    void newProcedure();
    void newAppeal();
    void editProcedure();
    void deleteProcedure();
    void newMilestone();
    void editMilestone();
    void toggleMilestoneDone();
    void deleteMilestone();

private:
    QWidget* buildProcedureSide();
    QWidget* buildTimelineSide();
    void reloadProcedures();
    void reloadTimeline();
    void showMilestoneDetails();
    void updateButtons();
    void showError(const QString& message);
    void openProcedureDialog(const Procedure& procedure);
    // Runs a repository write; a refused write shows its message and changes nothing.
    // A write at the page's edge: its error or its problems shown above the lists; true when done.
    bool attempt(const std::function<void()>& write);
    bool attemptChecked(const std::function<QList<FieldProblem>()>& write);

    ProcedureRepository& m_procedures;
    CampaignRepository& m_campaigns;
    QComboBox* m_campaign;
    QTreeWidget* m_tree;
    QLabel* m_header;
    QTreeWidget* m_timeline;
    QPlainTextEdit* m_explanation;
    QLabel* m_message;
    QPushButton* m_newAppeal;
    QPushButton* m_editProcedure;
    QPushButton* m_deleteProcedure;
    QPushButton* m_newMilestone;
    QPushButton* m_editMilestone;
    QPushButton* m_doneMilestone;
    QPushButton* m_deleteMilestone;
};

} // namespace casedesk

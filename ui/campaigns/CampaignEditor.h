#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/Fees.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace casedesk {

class AssociationRepository;
class BudgetLinesEditor;
class CampaignRepository;
class DateEdit;
class FeePanel;
class MarkdownEditor;
class MoneyEdit;
class NewsEditor;
class PressArticlesEditor;
class SettingsRepository;

// Edits one campaign. Every change is saved shortly after the user stops typing (and at once
// when the campaign is left or the window closes), so a crash or a power cut loses at most the
// last fraction of a second. Drafts are editable; later statuses are shown read-only, and look
// it. A value a field refuses (a negative goal, an impossible date) is said under the field,
// and nothing is saved until it is fixed. Each save is a step of history(): Edit > Undo goes
// back through the campaign's fields, budget and press, saving again, until another campaign
// is selected.
class CampaignEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 400;

    CampaignEditor(CampaignRepository& campaigns, AssociationRepository& associations,
                   SettingsRepository& settings, QWidget* parent = nullptr);

    // Shows another campaign after saving this one; false (and nothing changes) when the pending
    // edits could not be saved.
    bool setCampaign(const QUuid& uuid);
    QUuid campaignUuid() const { return m_campaign.sync.uuid; }
    // Saves now if anything is waiting; returns false when the save failed.
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty; }

    // Named parts, for tests and keyboard focus.
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLineEdit* courtEdit() const { return m_court; }
    MoneyEdit* goalEdit() const { return m_goal; }
    DateEdit* endDateEdit() const { return m_endDate; }
    QLabel* budgetWarningLabel() const { return m_budgetWarning; }
    QTabWidget* tabs() const { return m_tabs; }
    QUndoStack* history() const { return m_history; }
    // Why nothing is being saved: the fields' refusals, or empty.
    QString refusal() const { return m_refusal; }
    MarkdownEditor* descriptionEditor() const { return m_description; }
    BudgetLinesEditor* budgetEditor() const { return m_budget; }
    NewsEditor* newsEditor() const { return m_news; }
    QLabel* messageLabel() const { return m_message; }
    QWidget* transitionButton(CampaignStatus target) const;

public slots:
    // Edit > Undo and Redo: a step of history(), saved. Undo first takes back text not saved yet.
    void undoEdit();
    void redoEdit();
    void requestTransition(CampaignStatus target);
    void deleteCampaign();
    void refreshFees();

signals:
    // "Saved at 14:02", "Saving…", or the problem: for the status bar.
    void saveStateChanged(const QString& text);
    // A field refuses what is typed (empty: none does any more): the window says "not saved".
    void unsavedChanged(const QString& reason);

private:
    QWidget* buildCaseTab();
    QWidget* buildBudgetTab();
    QWidget* buildHistoryTab();
    void connectEdits();
    // Every field a person types into: undo goes to the window, read-only looks read-only.
    QList<QWidget*> typedFields() const;
    void markDirty();
    bool save();
    void showCampaign();
    void rebuildTransitionButtons();
    void showMessage(const QString& text, bool problem);
    void showRefusal(CampaignStatus target, const QStringList& reasons);
    void updateReviewChecklist();
    void collectInto(Campaign& campaign) const;
    QString fieldRefusals() const;
    void setRefusal(const QString& reason);
    void onFieldProblemChanged();
    void updateBudgetWarning();
    void restore(const Campaign& state);
    void resetHistory();
    QString describeChange(const Campaign& before, const Campaign& after) const;

    CampaignRepository& m_campaigns;
    AssociationRepository& m_associations;
    SettingsRepository& m_settings;
    Campaign m_campaign;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_pendingReview = false; // a refused "submit for review" checklist is on screen
    bool m_applyingHistory = false; // an undo or redo is being shown and saved
    QString m_refusal;

    QLabel* m_heading;
    QLabel* m_statusBadge;
    QHBoxLayout* m_transitionBar;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QLineEdit* m_title;
    QPlainTextEdit* m_summary;
    QComboBox* m_cause;
    QPlainTextEdit* m_harm;
    QPlainTextEdit* m_legalBasis;
    QLineEdit* m_court;
    QLineEdit* m_opposingParty;
    MarkdownEditor* m_description;
    MoneyEdit* m_goal;
    DateEdit* m_endDate;
    QLabel* m_budgetWarning;
    BudgetLinesEditor* m_budget;
    FeePanel* m_fees;
    PressArticlesEditor* m_press;
    QPlainTextEdit* m_howMoneyUsed;
    NewsEditor* m_news;
    QListWidget* m_statusHistory;
    QTimer* m_autosave;
    QUndoStack* m_history;
    QList<QWidget*> m_transitionButtons;
};

} // namespace casedesk

#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/Fees.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace casedesk {

class AssociationRepository;
class BudgetLinesEditor;
class CampaignBudgetForm;
class CampaignCaseForm;
class CampaignRepository;
class DateEdit;
class MarkdownEditor;
class MoneyEdit;
class NewsEditor;
class PressArticlesEditor;
class SettingsRepository;
class StatusHistoryList;

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
    QLineEdit* titleEdit() const;
    QPlainTextEdit* summaryEdit() const;
    QLineEdit* courtEdit() const;
    MoneyEdit* goalEdit() const;
    DateEdit* endDateEdit() const;
    QLabel* budgetWarningLabel() const;
    QTabWidget* tabs() const { return m_tabs; }
    QUndoStack* history() const { return m_history; }
    // Why nothing is being saved: the fields' refusals, or empty.
    QString refusal() const { return m_refusal; }
    MarkdownEditor* descriptionEditor() const { return m_description; }
    BudgetLinesEditor* budgetEditor() const;
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
    CampaignCaseForm* m_case;
    MarkdownEditor* m_description;
    CampaignBudgetForm* m_budgetForm;
    PressArticlesEditor* m_press;
    QPlainTextEdit* m_howMoneyUsed;
    NewsEditor* m_news;
    StatusHistoryList* m_statusHistory;
    QTimer* m_autosave;
    QUndoStack* m_history;
    QList<QWidget*> m_transitionButtons;
};

} // namespace casedesk

#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/Fees.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace casedesk {

class AssociationRepository;
class BudgetLinesEditor;
class CampaignRepository;
class FeePanel;
class MarkdownEditor;
class MoneyEdit;
class NewsEditor;
class PressArticlesEditor;
class SettingsRepository;

// Edits one campaign. Every change is saved shortly after the user stops typing (and at once
// when the campaign is left or the window closes), so a crash or a power cut loses at most the
// last fraction of a second. Drafts are editable; later statuses are shown read-only.
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
    MarkdownEditor* descriptionEditor() const { return m_description; }
    BudgetLinesEditor* budgetEditor() const { return m_budget; }
    NewsEditor* newsEditor() const { return m_news; }
    QLabel* messageLabel() const { return m_message; }
    QWidget* transitionButton(CampaignStatus target) const;

public slots:
    void requestTransition(CampaignStatus target);
    void deleteCampaign();
    void refreshFees();

signals:
    // "Saved at 14:02", "Saving…", or the problem: for the status bar.
    void saveStateChanged(const QString& text);

private:
    QWidget* buildCaseTab();
    QWidget* buildBudgetTab();
    QWidget* buildHistoryTab();
    void connectEdits();
    void markDirty();
    bool save();
    void showCampaign();
    void rebuildTransitionButtons();
    void showMessage(const QString& text, bool problem);
    void showRefusal(CampaignStatus target, const QStringList& reasons);
    void updateReviewChecklist();
    void collectInto(Campaign& campaign) const;

    CampaignRepository& m_campaigns;
    AssociationRepository& m_associations;
    SettingsRepository& m_settings;
    Campaign m_campaign;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_pendingReview = false; // a refused "submit for review" checklist is on screen

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
    QDateEdit* m_endDate;
    BudgetLinesEditor* m_budget;
    FeePanel* m_fees;
    PressArticlesEditor* m_press;
    QPlainTextEdit* m_howMoneyUsed;
    NewsEditor* m_news;
    QListWidget* m_history;
    QTimer* m_autosave;
    QList<QWidget*> m_transitionButtons;
};

} // namespace casedesk

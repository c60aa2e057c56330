#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

class QLabel;

namespace casedesk {

class BudgetLinesEditor;
class DateEdit;
class FeePanel;
class MoneyEdit;
class SettingsRepository;

// The campaign editor's "Budget and fees" tab: the funding goal and end date, what the
// platform's fees leave for the case (FeePanel), the budget lines, and a warning when the budget
// asks for more than reaches the case. Shows a campaign, gives back what is typed and what the
// fields refuse; saving is the editor's.
class CampaignBudgetForm : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignBudgetForm(SettingsRepository& settings, QWidget* parent = nullptr);

    void load(const Campaign& campaign);
    void collectInto(Campaign& campaign) const;
    void setReadOnly(bool readOnly);
    QList<QWidget*> typedFields() const;
    // What the fields refuse now, one sentence each.
    QStringList problems() const;
    // The fee panel and the budget warning for the goal and lines on screen (the fee settings
    // changed, or the goal).
    void refreshFees();

    MoneyEdit* goalEdit() const { return m_goal; }
    DateEdit* endDateEdit() const { return m_endDate; }
    QLabel* budgetWarningLabel() const { return m_budgetWarning; }
    BudgetLinesEditor* budgetEditor() const { return m_budget; }

signals:
    void edited();
    // A field started or stopped refusing what is typed.
    void problemsChanged();

private:
    void updateBudgetWarning();

    SettingsRepository& m_settings;
    Campaign m_campaign; // as shown: the rest of what the warning weighs
    MoneyEdit* m_goal;
    DateEdit* m_endDate;
    BudgetLinesEditor* m_budget;
    FeePanel* m_fees;
    QLabel* m_budgetWarning;
};

} // namespace casedesk

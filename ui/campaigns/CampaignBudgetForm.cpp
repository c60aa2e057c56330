#include "campaigns/CampaignBudgetForm.h"

#include "campaigns/BudgetLinesEditor.h"
#include "campaigns/CampaignRules.h"
#include "campaigns/FeePanel.h"
#include "common/DateEdit.h"
#include "common/MoneyEdit.h"
#include "settings/SettingsRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

CampaignBudgetForm::CampaignBudgetForm(SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_goal(new MoneyEdit(this, AmountRules::Kind::Goal))
    , m_endDate(new DateEdit(this))
    , m_budget(new BudgetLinesEditor(this))
    , m_fees(new FeePanel(this))
    , m_budgetWarning(new QLabel(this))
{
    m_goal->setAccessibleName(tr("Funding goal"));
    m_endDate->setOptional(true, tr("not set"));
    m_endDate->setAccessibleName(tr("End date"));
    m_budgetWarning->setWordWrap(true);
    m_budgetWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fef3c7; color: #78350f; padding: 6px; }"));
    m_budgetWarning->hide();

    auto* goalForm = new QFormLayout;
    goalForm->addRow(tr("Funding &goal (€)"), m_goal);
    goalForm->addRow(QString(), m_goal->problemLabel());
    goalForm->addRow(tr("&End date"), m_endDate);
    goalForm->addRow(QString(), m_endDate->problemLabel());
    auto* top = new QHBoxLayout;
    top->addLayout(goalForm, 1);
    top->addWidget(m_fees, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_budgetWarning);
    layout->addWidget(new QLabel(tr("Budget lines"), this));
    layout->addWidget(m_budget, 1);

    connect(m_goal, &MoneyEdit::centsEdited, this, [this] {
        refreshFees();
        emit edited();
    });
    connect(m_endDate, &DateEdit::dateEdited, this, &CampaignBudgetForm::edited);
    connect(m_budget, &BudgetLinesEditor::edited, this, [this] {
        updateBudgetWarning();
        emit edited();
    });
    connect(m_goal, &MoneyEdit::problemChanged, this, &CampaignBudgetForm::problemsChanged);
    connect(m_endDate, &DateEdit::problemChanged, this, &CampaignBudgetForm::problemsChanged);
    connect(m_budget, &BudgetLinesEditor::problemsChanged, this, &CampaignBudgetForm::problemsChanged);
}

void CampaignBudgetForm::load(const Campaign& campaign)
{
    m_campaign = campaign;
    m_goal->setCents(campaign.goalCents);
    m_endDate->setDate(campaign.endDate);
    m_budget->setLines(campaign.budgetLines);
    refreshFees();
}

void CampaignBudgetForm::collectInto(Campaign& campaign) const
{
    campaign.goalCents = m_goal->cents();
    campaign.endDate = m_endDate->date();
    campaign.budgetLines = m_budget->lines();
}

void CampaignBudgetForm::setReadOnly(bool readOnly)
{
    m_goal->setReadOnly(readOnly);
    m_endDate->setReadOnly(readOnly);
    m_budget->setReadOnly(readOnly);
}

QList<QWidget*> CampaignBudgetForm::typedFields() const
{
    return { m_goal, m_endDate->lineEdit(), m_budget->table() };
}

QStringList CampaignBudgetForm::problems() const
{
    QStringList reasons;
    if (!m_goal->problem().isEmpty())
        reasons.append(m_goal->problem());
    if (!m_endDate->problem().isEmpty())
        reasons.append(tr("End date: %1").arg(m_endDate->problem()));
    reasons += m_budget->problems();
    return reasons;
}

void CampaignBudgetForm::refreshFees()
{
    m_fees->show(m_goal->cents(), m_settings.feeSettings());
    updateBudgetWarning();
}

void CampaignBudgetForm::updateBudgetWarning()
{
    Campaign shown = m_campaign;
    shown.goalCents = m_goal->cents();
    shown.budgetLines = m_budget->lines();
    const QString warning = CampaignRules::budgetWarning(shown, m_settings.feeSettings(), locale());
    m_budgetWarning->setText(warning);
    m_budgetWarning->setVisible(!warning.isEmpty());
}

} // namespace casedesk

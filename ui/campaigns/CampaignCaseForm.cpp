#include "campaigns/CampaignCaseForm.h"

#include "campaigns/CampaignText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

QPlainTextEdit* shortTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 2) + 12);
    return edit;
}

CampaignCaseForm::CampaignCaseForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_summary(shortTextEdit(this, 2))
    , m_cause(new QComboBox(this))
    , m_harm(shortTextEdit(this, 3))
    , m_legalBasis(shortTextEdit(this, 3))
    , m_court(new QLineEdit(this))
    , m_opposingParty(new QLineEdit(this))
{
    m_title->setPlaceholderText(tr("A short, clear title for donors"));
    m_title->setMaxLength(200);
    m_summary->setPlaceholderText(tr("One or two sentences that say what the action is about"));
    for (Cause cause : CampaignCodes::allCauses())
        m_cause->addItem(CampaignText::cause(cause), CampaignCodes::cause(cause));
    m_harm->setPlaceholderText(tr("What harm does the action fight? (wetland destroyed, health risk…)"));
    m_legalBasis->setPlaceholderText(tr("Articles, principles and the kind of action (recours pour excès de "
                                        "pouvoir, référé-suspension…)"));
    m_court->setPlaceholderText(tr("e.g. Tribunal administratif de Toulouse"));
    m_opposingParty->setPlaceholderText(tr("e.g. Préfet du Tarn"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Summary"), m_summary);
    form->addRow(tr("Ca&use"), m_cause);
    form->addRow(tr("&Harm fought"), m_harm);
    form->addRow(tr("&Legal basis"), m_legalBasis);
    form->addRow(tr("C&ourt"), m_court);
    form->addRow(tr("O&pposing party"), m_opposingParty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    // textChanged, not textEdited: a field's own undo (its context menu) is saved like typing.
    for (QLineEdit* edit : { m_title, m_court, m_opposingParty })
        connect(edit, &QLineEdit::textChanged, this, &CampaignCaseForm::edited);
    for (QPlainTextEdit* edit : { m_summary, m_harm, m_legalBasis })
        connect(edit, &QPlainTextEdit::textChanged, this, &CampaignCaseForm::edited);
    connect(m_cause, &QComboBox::activated, this, &CampaignCaseForm::edited);
    connect(m_title, &QLineEdit::textEdited, this, &CampaignCaseForm::titleEdited);
}

void CampaignCaseForm::load(const Campaign& campaign)
{
    m_title->setText(campaign.title);
    m_summary->setPlainText(campaign.summary);
    m_cause->setCurrentIndex(m_cause->findData(CampaignCodes::cause(campaign.cause)));
    m_harm->setPlainText(campaign.harm);
    m_legalBasis->setPlainText(campaign.legalBasis);
    m_court->setText(campaign.court);
    m_opposingParty->setText(campaign.opposingParty);
}

void CampaignCaseForm::collectInto(Campaign& campaign) const
{
    campaign.title = m_title->text().trimmed();
    campaign.summary = m_summary->toPlainText().trimmed();
    campaign.cause = CampaignCodes::causeFromCode(m_cause->currentData().toString()).value_or(Cause::Other);
    campaign.harm = m_harm->toPlainText().trimmed();
    campaign.legalBasis = m_legalBasis->toPlainText().trimmed();
    campaign.court = m_court->text().trimmed();
    campaign.opposingParty = m_opposingParty->text().trimmed();
}

void CampaignCaseForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : { m_title, m_court, m_opposingParty })
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : { m_summary, m_harm, m_legalBasis })
        edit->setReadOnly(readOnly);
    m_cause->setEnabled(!readOnly);
}

QList<QWidget*> CampaignCaseForm::typedFields() const
{
    return { m_title, m_summary, m_harm, m_legalBasis, m_court, m_opposingParty };
}

} // namespace casedesk

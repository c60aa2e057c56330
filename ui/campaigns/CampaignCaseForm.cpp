#include "campaigns/CampaignCaseForm.h"

#include "campaigns/CampaignText.h"
#include "common/MoneyEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
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
    , m_board(new QGroupBox(tr("Before the board"), this))
    , m_lawyer(new QLineEdit(m_board))
    , m_assessment(shortTextEdit(m_board, 3))
    , m_risks(shortTextEdit(m_board, 3))
    , m_adverseCosts(new MoneyEdit(m_board, AmountRules::Kind::Goal))
    , m_whyAssociation(shortTextEdit(m_board, 3))
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

    auto* content = new QWidget(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Summary"), m_summary);
    form->addRow(tr("Ca&use"), m_cause);
    form->addRow(tr("&Harm fought"), m_harm);
    form->addRow(tr("&Legal basis"), m_legalBasis);
    form->addRow(tr("C&ourt"), m_court);
    form->addRow(tr("O&pposing party"), m_opposingParty);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(m_board);
    layout->addStretch();
    buildBoardGroup();
    // The tab grows with the board's group: it scrolls rather than stretch the window.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // textChanged, not textEdited: a field's own undo (its context menu) is saved like typing.
    for (QLineEdit* edit : { m_title, m_court, m_opposingParty, m_lawyer })
        connect(edit, &QLineEdit::textChanged, this, &CampaignCaseForm::edited);
    for (QPlainTextEdit* edit : { m_summary, m_harm, m_legalBasis, m_assessment, m_risks, m_whyAssociation })
        connect(edit, &QPlainTextEdit::textChanged, this, &CampaignCaseForm::edited);
    connect(m_adverseCosts, &MoneyEdit::centsEdited, this, &CampaignCaseForm::edited);
    connect(m_adverseCosts, &MoneyEdit::problemChanged, this, &CampaignCaseForm::problemsChanged);
    connect(m_cause, &QComboBox::activated, this, &CampaignCaseForm::edited);
    connect(m_title, &QLineEdit::textEdited, this, &CampaignCaseForm::titleEdited);
}

// What a board asks before it lets the association sue in its name, each field saying why.
void CampaignCaseForm::buildBoardGroup()
{
    auto* intro
        = new QLabel(tr("The board approves an action on what it reads here. These fields stay on "
                        "this desk and the association's: they are never published with the campaign."),
                     m_board);
    intro->setWordWrap(true);
    m_lawyer->setPlaceholderText(tr("e.g. Me Claire Dupuis, barreau de Toulouse"));
    m_lawyer->setToolTip(tr("The board asks who will plead: it approves an action, and the lawyer who will "
                            "carry it."));
    m_assessment->setPlaceholderText(
        tr("The lawyer's view of the chances of success, and on what they rest"));
    m_assessment->setToolTip(
        tr("The board asks for the lawyer's own assessment of the prospects: members "
           "decide whether the association's money and name are well spent on this case."));
    m_risks->setPlaceholderText(
        tr("What may go wrong: inadmissibility, a long procedure, costs, reputation…"));
    m_risks->setToolTip(tr("The board asks for the risks, adverse costs included: a lost case can cost the "
                           "association more than the lawyer's fees."));
    m_adverseCosts->setAccessibleName(tr("Adverse costs"));
    m_adverseCosts->setToolTip(
        tr("What the court may order the association to pay the other side if it loses "
           "(article 700 CPC, L. 761-1 CJA): the board weighs it against the reserves."));
    m_whyAssociation->setPlaceholderText(tr("Why this association, and not another or the people affected"));
    m_whyAssociation->setToolTip(tr("The board asks why the association is the one to act: its purpose, its "
                                    "standing to sue (agrément, statutes) and what it adds to the case."));
    auto* form = new QFormLayout(m_board);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(intro);
    form->addRow(tr("Law&yer in charge"), m_lawyer);
    form->addRow(tr("Lawyer's &assessment"), m_assessment);
    form->addRow(tr("&Risks"), m_risks);
    form->addRow(tr("Ad&verse costs (€)"), m_adverseCosts);
    form->addRow(QString(), m_adverseCosts->problemLabel());
    form->addRow(tr("Why the assoc&iation"), m_whyAssociation);
}

QStringList CampaignCaseForm::problems() const
{
    return m_adverseCosts->problem().isEmpty() ? QStringList() : QStringList { m_adverseCosts->problem() };
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
    m_lawyer->setText(campaign.lawyer);
    m_assessment->setPlainText(campaign.lawyerAssessment);
    m_risks->setPlainText(campaign.risks);
    m_adverseCosts->setCents(campaign.adverseCostsCents);
    m_whyAssociation->setPlainText(campaign.whyAssociation);
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
    campaign.lawyer = m_lawyer->text().trimmed();
    campaign.lawyerAssessment = m_assessment->toPlainText().trimmed();
    campaign.risks = m_risks->toPlainText().trimmed();
    campaign.adverseCostsCents = m_adverseCosts->cents();
    campaign.whyAssociation = m_whyAssociation->toPlainText().trimmed();
}

void CampaignCaseForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit :
         { m_title, m_court, m_opposingParty, m_lawyer, static_cast<QLineEdit*>(m_adverseCosts) })
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : { m_summary, m_harm, m_legalBasis, m_assessment, m_risks, m_whyAssociation })
        edit->setReadOnly(readOnly);
    m_cause->setEnabled(!readOnly);
}

QList<QWidget*> CampaignCaseForm::typedFields() const
{
    return { m_title,  m_summary,    m_harm,  m_legalBasis,   m_court,         m_opposingParty,
             m_lawyer, m_assessment, m_risks, m_adverseCosts, m_whyAssociation };
}

} // namespace casedesk

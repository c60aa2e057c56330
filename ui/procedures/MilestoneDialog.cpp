#include "procedures/MilestoneDialog.h"

#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "procedures/DeadlineCalculator.h"
#include "procedures/ProcedureRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

MilestoneDialog::MilestoneDialog(ProcedureRepository& repository, const Procedure& procedure,
                                 const Milestone& milestone, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_procedure(procedure)
    , m_milestone(milestone)
    , m_editing(!milestone.sync.uuid.isNull())
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_title(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_public(new QCheckBox(this))
    , m_deadlineBox(new QWidget(this))
    , m_withDeadline(new QCheckBox(m_deadlineBox))
    , m_rule(new QComboBox(m_deadlineBox))
    , m_explanation(new QPlainTextEdit(m_deadlineBox))
    , m_problems(makeProblemLabel(this))
{
    setWindowTitle(m_editing ? tr("Edit milestone") : tr("New milestone — %1").arg(procedure.displayName()));
    setMinimumWidth(640);

    for (const MilestoneKind kind : ProcedureCodes::allMilestoneKinds())
        m_kind->addItem(ProcedureText::milestoneKind(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(milestone.kind))));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMinimumDate(QDate(1900, 1, 1));
    m_date->setMaximumDate(QDate(2999, 12, 31));
    m_date->setDate(milestone.date.isValid() ? milestone.date : Clock::today());
    m_title->setText(milestone.title);
    m_title->setPlaceholderText(tr("Left empty: the kind of milestone"));
    m_note->setPlainText(milestone.note);
    m_note->setMaximumHeight(70);
    m_public->setText(tr("Show on the campaign's public page (kind, date and title; never the note)"));
    m_public->setChecked(milestone.isPublic);

    // A computed deadline follows its rule: its date changes with the milestone that starts it.
    const bool computed = m_editing && milestone.isDeadline() && !milestone.ruleId.isEmpty();
    m_kind->setEnabled(!computed);
    m_date->setEnabled(!computed);
    if (computed)
        m_date->setToolTip(tr("Computed by rule %1 from %2; change the date of the milestone that starts it.")
                               .arg(milestone.ruleId, milestone.startDate.toString(Qt::ISODate)));

    m_withDeadline->setText(tr("Also record the deadline this starts:"));
    m_withDeadline->setChecked(true);
    m_explanation->setReadOnly(true);
    m_explanation->setMinimumHeight(130);
    auto* deadlineLayout = new QVBoxLayout(m_deadlineBox);
    deadlineLayout->setContentsMargins(0, 8, 0, 0);
    deadlineLayout->addWidget(m_withDeadline);
    deadlineLayout->addWidget(m_rule);
    deadlineLayout->addWidget(m_explanation);
    m_deadlineBox->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_public);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_deadlineBox);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MilestoneDialog::updatePublicChoice);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MilestoneDialog::updateProposal);
    connect(m_date, &QDateEdit::dateChanged, this, &MilestoneDialog::updateProposal);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &MilestoneDialog::updateProposal);
    connect(m_withDeadline, &QCheckBox::toggled, m_rule, &QWidget::setEnabled);
    connect(m_withDeadline, &QCheckBox::toggled, m_explanation, &QWidget::setEnabled);
    updatePublicChoice();
    updateProposal();
}

// Offered only for the kinds the repository accepts on the public page (Milestone::mayBePublic).
void MilestoneDialog::updatePublicChoice()
{
    const bool allowed = Milestone::mayBePublic(MilestoneKind(m_kind->currentData().toInt()));
    m_public->setEnabled(allowed);
    if (!allowed)
        m_public->setChecked(false);
}

void MilestoneDialog::updateProposal()
{
    if (m_editing)
        return;
    const MilestoneKind kind = MilestoneKind(m_kind->currentData().toInt());
    const QStringList proposals = DeadlineProposals::forMilestone(m_procedure, kind);
    const QString current = m_rule->currentData().toString();
    const QSignalBlocker blocker(m_rule);
    const QStringList shown = [this] {
        QStringList ids;
        for (int i = 0; i < m_rule->count(); ++i)
            ids.append(m_rule->itemData(i).toString());
        return ids;
    }();
    // Proposals first, then every other rule for the unusual case.
    QStringList ids = proposals;
    for (const DeadlineRule& rule : DeadlineRules::builtIn().all()) {
        if (!ids.contains(rule.id))
            ids.append(rule.id);
    }
    if (shown != ids || m_rule->property("proposals").toStringList() != proposals) {
        m_rule->setProperty("proposals", proposals);
        m_rule->clear();
        for (const QString& id : ids) {
            const DeadlineRule rule = *DeadlineRules::builtIn().find(id);
            m_rule->addItem(tr("%1 — %2 (%3)").arg(rule.label(), rule.lengthText(), rule.article), rule.id);
            if (id == proposals.value(proposals.size() - 1) && proposals.size() < ids.size())
                m_rule->insertSeparator(m_rule->count());
        }
        m_rule->setCurrentIndex(0);
        if (!current.isEmpty() && !proposals.isEmpty() && proposals.contains(current))
            m_rule->setCurrentIndex(m_rule->findData(current));
        // A new kind of milestone: its proposal is kept unless the jurist unticks it.
        m_withDeadline->setChecked(!proposals.isEmpty());
    }
    m_deadlineBox->setVisible(!proposals.isEmpty());
    if (proposals.isEmpty()) {
        m_explanation->clear();
        return;
    }
    const std::optional<DeadlineRule> rule = DeadlineRules::builtIn().find(m_rule->currentData().toString());
    if (!rule)
        return;
    const ComputedDeadline deadline = DeadlineCalculator::compute(*rule, m_date->date(), m_procedure.region);
    m_explanation->setPlainText(tr("Due: %1").arg(FrenchCalendar::longDate(deadline.due))
                                + QStringLiteral("\n\n") + deadline.explanation().join(QLatin1Char('\n')));
}

Milestone MilestoneDialog::milestone() const
{
    Milestone m = m_milestone;
    m.procedureUuid = m_procedure.sync.uuid;
    m.kind = MilestoneKind(m_kind->currentData().toInt());
    m.date = m_date->date();
    m.title = m_title->text().trimmed();
    m.note = m_note->toPlainText();
    m.isPublic = m_public->isChecked();
    return m;
}

QString MilestoneDialog::deadlineRuleId() const
{
    if (m_editing || !m_deadlineBox->isVisibleTo(this) || !m_withDeadline->isChecked())
        return {};
    return m_rule->currentData().toString();
}

void MilestoneDialog::accept()
{
    Milestone candidate = milestone();
    if (candidate.title.isEmpty())
        candidate.title = ProcedureText::milestoneKind(candidate.kind);
    if (showFieldProblems(m_problems, m_repository.milestones().check(candidate)))
        return;
    QDialog::accept();
}

} // namespace casedesk

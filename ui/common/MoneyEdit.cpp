#include "common/MoneyEdit.h"

#include "common/FieldProblems.h"
#include "common/Money.h"

#include <QLabel>

namespace casedesk {

MoneyEdit::MoneyEdit(QWidget* parent, AmountRules::Kind kind)
    : QLineEdit(parent)
    , m_kind(kind)
    , m_problemLabel(makeProblemLabel(parent ? parent : this))
{
    setAlignment(Qt::AlignRight);
    setPlaceholderText(Money::formatNumber(0));
    connect(this, &QLineEdit::textEdited, this, &MoneyEdit::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_problem.isEmpty())
            setText(Money::formatNumber(m_cents, locale()));
    });
}

void MoneyEdit::setCents(qint64 cents)
{
    m_cents = cents;
    setText(Money::formatNumber(cents, locale()));
    setProblem({});
}

void MoneyEdit::onTextEdited(const QString& text)
{
    const AmountRules::Reading reading = AmountRules::read(m_kind, text, locale());
    setProblem(reading.problem);
    if (reading.cents && *reading.cents != m_cents) {
        m_cents = *reading.cents;
        emit centsEdited(m_cents);
    }
}

void MoneyEdit::setProblem(const QString& problem)
{
    // The label may also carry what the form's repository said: any edit replaces it.
    showProblem(m_problemLabel, problem);
    if (problem == m_problem)
        return;
    m_problem = problem;
    setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    // Said in words beside the field; the tooltip repeats it for a field whose label is hidden.
    setToolTip(problem);
    emit problemChanged(problem);
}

} // namespace casedesk

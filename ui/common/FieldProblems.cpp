#include "common/FieldProblems.h"

#include <QLabel>

namespace casedesk {

QString fieldProblemsText(const QList<FieldProblem>& problems)
{
    QStringList lines;
    for (const FieldProblem& problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

bool showFieldProblems(QLabel* label, const QList<FieldProblem>& problems)
{
    label->setText(fieldProblemsText(problems));
    label->setVisible(!problems.isEmpty());
    return !problems.isEmpty();
}

QLabel* makeProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& problem)
{
    if (!label)
        return;
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void showMessage(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b91c1c;") : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace casedesk

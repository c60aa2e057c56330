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

} // namespace casedesk

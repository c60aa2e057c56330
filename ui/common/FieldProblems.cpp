#include "common/FieldProblems.h"

#include <QLabel>

namespace casedesk {

bool showFieldProblems(QLabel* label, const QList<FieldProblem>& problems)
{
    QStringList lines;
    for (const FieldProblem& problem : problems)
        lines.append(problem.message);
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
    return !problems.isEmpty();
}

} // namespace casedesk

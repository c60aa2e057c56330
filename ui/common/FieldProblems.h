#pragma once

#include "campaigns/Association.h"

class QLabel;

namespace casedesk {

// Shows a form's problems, one per line, in `label` (hidden when there are none). Returns true
// when there were problems, so a dialog's accept() can stop there.
bool showFieldProblems(QLabel* label, const QList<FieldProblem>& problems);
// The problems' messages, one per line.
QString fieldProblemsText(const QList<FieldProblem>& problems);

} // namespace casedesk

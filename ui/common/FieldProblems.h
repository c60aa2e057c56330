#pragma once

#include "campaigns/Association.h"

class QLabel;
class QWidget;

namespace casedesk {

// Shows a form's problems, one per line, in `label` (hidden when there are none). Returns true
// when there were problems, so a dialog's accept() can stop there.
bool showFieldProblems(QLabel* label, const QList<FieldProblem>& problems);
// The problems' messages, one per line.
QString fieldProblemsText(const QList<FieldProblem>& problems);

// A label for the problem of one field, placed beside (under) it: red words, wrapped so a long
// sentence never widens the window, hidden while there is nothing to say.
QLabel* makeProblemLabel(QWidget* parent);
void showProblem(QLabel* label, const QString& problem);

// A page's message line: `text` in red when it reports a problem, in the usual colour when it
// reports what was done; hidden while there is nothing to say.
void showMessage(QLabel* label, const QString& text, bool problem);

} // namespace casedesk

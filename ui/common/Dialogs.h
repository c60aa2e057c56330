#pragma once

#include <QDialogButtonBox>
#include <QString>

#include <optional>

class QDialog;
class QWidget;

namespace casedesk::Dialogs {

// A yes/no question before something that cannot be undone. Tests answer it in advance with
// setNextAnswer(), so modal flows run without a person (the KeePassXC way).
bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& confirmLabel);
void setNextAnswer(std::optional<bool> answer);

// A refusal or failure the user must read (a repository's message). With an answer set by
// setNextAnswer(), the box is not shown and the answer is used up; the text is kept for
// takeLastWarning() either way, so a test can check what the user was told.
void warn(QWidget* parent, const QString& title, const QString& message);
// Figures the user asked for (a declaration's), in a box; kept for takeLastWarning() like warn().
void inform(QWidget* parent, const QString& title, const QString& message);
QString takeLastWarning();

// The buttons a dialog ends with, `standard` ones and any added later: an accepting one goes
// through the dialog's accept() (where it checks its form first), a rejecting one closes it.
QDialogButtonBox* buttonBox(QDialog* dialog, QDialogButtonBox::StandardButtons standard);

} // namespace casedesk::Dialogs

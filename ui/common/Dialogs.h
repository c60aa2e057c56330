#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace casedesk::Dialogs {

// A yes/no question before something that cannot be undone. Tests answer it in advance with
// setNextAnswer(), so modal flows run without a person (the KeePassXC way).
bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& confirmLabel);
void setNextAnswer(std::optional<bool> answer);

} // namespace casedesk::Dialogs

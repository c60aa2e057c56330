#include "common/Dialogs.h"

#include <QMessageBox>
#include <QPushButton>

namespace casedesk::Dialogs {

namespace {
std::optional<bool>& nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
} // namespace

void setNextAnswer(std::optional<bool> answer)
{
    nextAnswer() = answer;
}

bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& confirmLabel)
{
    if (nextAnswer()) {
        const bool answer = *nextAnswer();
        nextAnswer().reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(confirmLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace casedesk::Dialogs

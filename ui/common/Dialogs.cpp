#include "common/Dialogs.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace casedesk::Dialogs {

namespace {
std::optional<bool>& nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

QString& lastWarning()
{
    static QString message;
    return message;
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

namespace {

// A box the user reads and closes, kept for takeLastWarning(); not shown when a test answered it.
void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& message)
{
    lastWarning() = message;
    if (nextAnswer()) {
        nextAnswer().reset();
        return;
    }
    QMessageBox box(icon, title, message, QMessageBox::Ok, parent);
    box.exec();
}

} // namespace

void warn(QWidget* parent, const QString& title, const QString& message)
{
    tell(parent, QMessageBox::Warning, title, message);
}

void inform(QWidget* parent, const QString& title, const QString& message)
{
    tell(parent, QMessageBox::Information, title, message);
}

QString takeLastWarning()
{
    return std::exchange(lastWarning(), QString());
}

QDialogButtonBox* buttonBox(QDialog* dialog, QDialogButtonBox::StandardButtons standard)
{
    auto* buttons = new QDialogButtonBox(standard, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace casedesk::Dialogs

#include "backup/PassphraseDialog.h"

#include "common/Dialogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

std::optional<QByteArray>& nextAnswer()
{
    static std::optional<QByteArray> answer;
    return answer;
}

} // namespace

PassphraseDialog::PassphraseDialog(PassphraseFields::Mode mode, const QString& title, const QString& text,
                                   QWidget* parent)
    : QDialog(parent)
    , m_fields(new PassphraseFields(mode, this))
    , m_problem(new QLabel(this))
    , m_buttons(Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(text, this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_fields);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_fields, &PassphraseFields::changed, this, &PassphraseDialog::validate);
    validate();
}

void PassphraseDialog::validate()
{
    const QString problem = m_fields->problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

std::optional<QByteArray> PassphraseDialog::ask(QWidget* parent, PassphraseFields::Mode mode,
                                                const QString& title, const QString& text)
{
    if (std::optional<QByteArray> answer = std::exchange(nextAnswer(), std::nullopt))
        return answer->isEmpty() ? std::nullopt : answer;
    PassphraseDialog dialog(mode, title, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

void PassphraseDialog::setNextAnswer(const std::optional<QByteArray>& answer)
{
    nextAnswer() = answer;
}

} // namespace casedesk

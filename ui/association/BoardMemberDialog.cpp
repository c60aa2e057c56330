#include "association/BoardMemberDialog.h"

#include "board/BoardRepository.h"
#include "common/Attempt.h"
#include "common/DateEdit.h"
#include "common/FieldProblems.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casedesk {

BoardMemberDialog::BoardMemberDialog(BoardRepository& board, const BoardMember& member, QWidget* parent)
    : QDialog(parent)
    , m_board(board)
    , m_member(member)
{
    setWindowTitle(member.sync.uuid.isNull() ? tr("New board member") : tr("Edit %1").arg(member.name));
    m_name = new QLineEdit(member.name, this);
    m_role = new QComboBox(this);
    for (const BoardRole role : BoardCodes::allRoles())
        m_role->addItem(BoardCodes::roleName(role), BoardCodes::role(role));
    m_role->setCurrentIndex(m_role->findData(BoardCodes::role(member.role)));
    m_roleLabel = new QLineEdit(member.roleLabel, this);
    m_roleLabel->setPlaceholderText(tr("e.g. vice-présidente, membre d'honneur"));
    m_email = new QLineEdit(member.email, this);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_from = new DateEdit(this);
    m_from->setDate(member.from);
    m_until = new DateEdit(this);
    m_until->setOptional(true, tr("still in office"));
    m_until->setDate(member.until);
    m_problems = makeProblemLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Role &wording:"), m_roleLabel);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("In office &from:"), m_from);
    form->addRow(QString(), m_from->problemLabel());
    form->addRow(tr("&Until:"), m_until);
    form->addRow(QString(), m_until->problemLabel());
    const auto showWording = [this] {
        m_roleLabel->setEnabled(m_role->currentData().toString() == BoardCodes::role(BoardRole::Other));
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, showWording);
    showWording();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BoardMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BoardMemberDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

void BoardMemberDialog::accept()
{
    m_from->commitText();
    m_until->commitText();
    if (!m_from->problem().isEmpty() || !m_until->problem().isEmpty())
        return;
    BoardMember edited = m_member;
    edited.name = m_name->text().trimmed();
    edited.role
        = BoardCodes::roleFromCode(m_role->currentData().toString()).value_or(BoardRole::Administrator);
    edited.roleLabel = m_roleLabel->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.from = m_from->date();
    edited.until = m_until->date();
    QList<FieldProblem> problems;
    const bool done = runOrReport(
        [&] { problems = edited.sync.uuid.isNull() ? m_board.add(edited) : m_board.save(edited); },
        [this](const QString& message) { showProblem(m_problems, message); });
    if (!done || showFieldProblems(m_problems, problems))
        return;
    m_member = edited;
    QDialog::accept();
}

} // namespace casedesk

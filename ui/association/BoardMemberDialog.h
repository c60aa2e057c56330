#pragma once

#include "board/BoardMember.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casedesk {

class BoardRepository;
class DateEdit;

// Adds a board member or edits one: name, role (with its wording for "other"), e-mail and the
// mandate's dates. Save stores it through BoardRepository; what it refuses is shown in the
// dialog, which stays open.
class BoardMemberDialog : public QDialog
{
    Q_OBJECT

public:
    BoardMemberDialog(BoardRepository& board, const BoardMember& member, QWidget* parent = nullptr);

    const BoardMember& member() const { return m_member; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    QLabel* problemsLabel() const { return m_problems; }

    void accept() override;

private:
    BoardRepository& m_board;
    BoardMember m_member;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_roleLabel;
    QLineEdit* m_email;
    DateEdit* m_from;
    DateEdit* m_until;
    QLabel* m_problems;
};

} // namespace casedesk

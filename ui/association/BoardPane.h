#pragma once

#include "board/BoardMember.h"
#include "board/BoardRules.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace casedesk {

class BoardRepository;
class Database;

// The Association area's board: its members (add, edit, retire), the statutes' rules for its
// decisions, each explained in a sentence that follows what is chosen, and the member this desk
// belongs to.
class BoardPane : public QWidget
{
    Q_OBJECT

public:
    explicit BoardPane(Database& database, QWidget* parent = nullptr);
    ~BoardPane() override;

    void reload();
    QTableWidget* membersTable() const { return m_members; }
    QComboBox* ownerCombo() const { return m_owner; }
    QLabel* quorumSentence() const { return m_quorumSentence; }
    QLabel* rulesMessage() const { return m_rulesMessage; }
    QSpinBox* numeratorSpin() const { return m_numerator; }
    QSpinBox* denominatorSpin() const { return m_denominator; }
    QPushButton* applyRulesButton() const { return m_applyRules; }
    BoardRules rulesOnScreen() const;

private:
    QWidget* makeMembersPart();
    QWidget* makeRulesPart();
    void showMembers();
    void showRules(const BoardRules& rules);
    void explainRules();
    void applyRules();
    void addMember();
    void editMember();
    void retireMember();
    void chooseOwner();
    std::optional<BoardMember> selectedMember() const;
    int membersInOfficeToday() const;

    std::unique_ptr<BoardRepository> m_board;
    QList<BoardMember> m_all;
    bool m_loading = false;
    QTableWidget* m_members;
    QPushButton* m_edit;
    QPushButton* m_retire;
    QLabel* m_membersMessage;
    QComboBox* m_owner;
    QRadioButton* m_byFraction;
    QRadioButton* m_byNumber;
    QSpinBox* m_numerator;
    QSpinBox* m_denominator;
    QSpinBox* m_number;
    QComboBox* m_majority;
    QCheckBox* m_abstentions;
    QCheckBox* m_castingVote;
    QLabel* m_quorumSentence;
    QLabel* m_majoritySentence;
    QLabel* m_abstentionsSentence;
    QLabel* m_castingSentence;
    QPushButton* m_applyRules;
    QLabel* m_rulesMessage;
};

} // namespace casedesk

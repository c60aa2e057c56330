#pragma once

#include "procedures/Procedure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class ProcedureRepository;

// Records or edits a milestone. Recording the notification of a decision (or the publication of
// a contested act) proposes the deadline it starts, computed with its reasoning shown; the
// jurist keeps it (the default), picks another rule or unticks it.
class MilestoneDialog : public QDialog
{
    Q_OBJECT

public:
    MilestoneDialog(ProcedureRepository& repository, const Procedure& procedure, const Milestone& milestone,
                    QWidget* parent = nullptr);

    Milestone milestone() const;
    // The rule of the deadline to record with a new milestone, or empty.
    QString deadlineRuleId() const;

    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* titleEdit() const { return m_title; }
    QCheckBox* publicCheck() const { return m_public; }
    QCheckBox* deadlineCheck() const { return m_withDeadline; }
    QComboBox* ruleBox() const { return m_rule; }
    QPlainTextEdit* explanationView() const { return m_explanation; }
    QLabel* problemsLabel() const { return m_problems; }

public slots:
    void accept() override;

private:
    void updateProposal();
    void updatePublicChoice();

    ProcedureRepository& m_repository;
    Procedure m_procedure;
    Milestone m_milestone;
    bool m_editing;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QLineEdit* m_title;
    QPlainTextEdit* m_note;
    QCheckBox* m_public;
    QWidget* m_deadlineBox;
    QCheckBox* m_withDeadline;
    QComboBox* m_rule;
    QPlainTextEdit* m_explanation;
    QLabel* m_problems;
};

} // namespace casedesk

#pragma once

#include "procedures/Procedure.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class ProcedureRepository;

// Adds or edits a procedure: court, kind, case number, lawyer, parties, status, the procedure it
// appeals and the holiday calendar. The repository's checks run on OK; problems are shown in the
// dialog, which stays open, and nothing is stored.
class ProcedureDialog : public QDialog
{
    Q_OBJECT

public:
    ProcedureDialog(ProcedureRepository& repository, const Procedure& procedure, QWidget* parent = nullptr);

    Procedure procedure() const;
    QComboBox* courtBox() const { return m_court; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* appealsBox() const { return m_appeals; }
    QComboBox* regionBox() const { return m_region; }
    QLineEdit* courtNameEdit() const { return m_courtName; }
    QLineEdit* caseNumberEdit() const { return m_caseNumber; }
    QLabel* problemsLabel() const { return m_problems; }

public slots:
    void accept() override;

private:
    ProcedureRepository& m_repository;
    Procedure m_procedure;
    QComboBox* m_court;
    QLineEdit* m_courtName;
    QComboBox* m_kind;
    QLineEdit* m_caseNumber;
    QLineEdit* m_lawyer;
    QLineEdit* m_parties;
    QComboBox* m_status;
    QComboBox* m_appeals;
    QComboBox* m_region;
    QPlainTextEdit* m_notes;
    QLabel* m_problems;
};

} // namespace casedesk

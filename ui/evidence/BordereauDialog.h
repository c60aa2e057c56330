#pragma once

#include "reports/BordereauWriter.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

// The caption of a bordereau, filled with what the desk knows and editable before writing.
class BordereauDialog : public QDialog
{
    Q_OBJECT

public:
    BordereauDialog(const BordereauHeader& header, int pieceCount, QWidget* parent = nullptr);
    BordereauHeader header() const;

private:
    QLineEdit* m_court;
    QLineEdit* m_caseNumber;
    QPlainTextEdit* m_parties;
    QLineEdit* m_lawyer;
    QDateEdit* m_date;
};

} // namespace casedesk

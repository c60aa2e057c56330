#pragma once

#include "donations/statements/CsvMapping.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace casedesk {

class CsvMappingStore;

// Says how a bank writes its CSV statements: separator, encoding, preamble lines, decimal
// comma, date format and which column holds what (one signed amount, or debit and credit).
// The first rows of the file are shown cut with the current choices, so a wrong separator or
// encoding shows at once. The mapping can be saved under the bank's name for next time.
class CsvMappingDialog : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const QString& path, const CsvMapping& mapping, CsvMappingStore& store,
                     QWidget* parent = nullptr);

    CsvMapping mapping() const { return m_mapping; }
    // The name the mapping was saved under, or empty.
    QString savedName() const { return m_savedName; }
    QLabel* problemsLabel() const { return m_problems; }
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* separatorCombo() const { return m_separator; }

    void accept() override;

private:
    void buildForm();
    void showMapping();
    void readForm();
    void refresh();
    void fillColumnChoices(const QStringList& header, int columnCount);

    QString m_path;
    CsvMapping m_mapping;
    CsvMappingStore& m_store;
    QString m_savedName;
    bool m_updating = false;

    QComboBox* m_separator;
    QComboBox* m_encoding;
    QSpinBox* m_skipLines;
    QCheckBox* m_header;
    QComboBox* m_decimal;
    QComboBox* m_dateFormat;
    QComboBox* m_bookingDate;
    QComboBox* m_valueDate;
    QComboBox* m_label;
    QComboBox* m_label2;
    QComboBox* m_amount;
    QComboBox* m_debit;
    QComboBox* m_credit;
    QComboBox* m_reference;
    QComboBox* m_counterparty;
    QLineEdit* m_saveName;
    QTableWidget* m_preview;
    QLabel* m_problems;
};

} // namespace casedesk

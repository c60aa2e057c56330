#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace casedesk {

class Database;
class MoneyEdit;

// The treasurer's choices for tax receipts: whether this desk is the one that issues them, the
// threshold under which the yearly batch issues none, the yearly ceiling of counterparts not
// deducted, and the spelling of amounts in words.
class ReceiptSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiptSettingsDialog(Database& database, QWidget* parent = nullptr);

    QCheckBox* issuerBox() const { return m_issuer; }
    MoneyEdit* thresholdEdit() const { return m_threshold; }
    QString summary() const;

public slots:
    void accept() override;

private:
    Database& m_database;
    QCheckBox* m_issuer;
    QLabel* m_otherDesk;
    MoneyEdit* m_threshold;
    MoneyEdit* m_ceiling;
    QComboBox* m_spelling;
    QLabel* m_problem;
};

} // namespace casedesk

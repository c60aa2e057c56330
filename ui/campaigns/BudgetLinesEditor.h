#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// The campaign's budget: one row per line (kind, label, amount) and the running total.
class BudgetLinesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetLinesEditor(QWidget* parent = nullptr);

    QList<BudgetLine> lines() const;
    void setLines(const QList<BudgetLine>& lines);
    void setReadOnly(bool readOnly);
    QTableWidget* table() const { return m_table; }
    // What the lines refuse now ("Line 2: ..."), one sentence each; empty when all are accepted.
    QStringList problems() const;
    QLabel* problemsLabel() const { return m_problems; }

public slots:
    void addLine();
    void removeSelectedLine();

signals:
    void edited();
    void problemsChanged();

private:
    void appendRow(const BudgetLine& line);
    void onCellChanged(int row, int column);
    void updateTotal();
    void showProblems();

    QTableWidget* m_table;
    QLabel* m_total;
    QLabel* m_problems;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<QUuid> m_uuids; // row -> the line's stable identity
    bool m_readOnly = false;
};

} // namespace casedesk

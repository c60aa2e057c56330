#pragma once

#include "campaigns/Campaign.h"

#include "common/RecordRowsEditor.h"

class QLabel;

namespace casedesk {

// The campaign's budget: one row per line (kind, label, amount) and the running total.
class BudgetLinesEditor : public RecordRowsEditor
{
    Q_OBJECT

public:
    explicit BudgetLinesEditor(QWidget* parent = nullptr);

    QList<BudgetLine> lines() const;
    void setLines(const QList<BudgetLine>& lines);
    void setReadOnly(bool readOnly) override;

public slots:
    void addLine();

protected:
    QString rowProblem(int row, const QString& problem) const override;
    void rowsChanged() override { updateTotal(); }

private:
    void appendRow(const BudgetLine& line);
    void onCellChanged(int row, int column);
    void updateTotal();

    QLabel* m_total;
};

} // namespace casedesk

#pragma once

#include "itemmodels/ReconcileItemRoles.h"

#include <QTableView>

class QMimeData;

namespace casedesk {

class BankCreditModel;

// The bank credits the user drags onto a donation, over a BankCreditModel (which says what may be
// dragged and what a drag carries).
class BankCreditTable : public QTableView
{
    Q_OBJECT

public:
    explicit BankCreditTable(BankCreditModel* model, QWidget* parent = nullptr);

    QString lineId(int row) const;
    bool isReconciled(int row) const;
    // What a drag of `row` carries; null for a reconciled line, which cannot be matched again.
    QMimeData* mimeDataForRow(int row) const;

private:
    BankCreditModel* m_model;
};

// Donations and payouts waiting for their bank line: a bank credit dropped on a row asks for a
// manual match, which the pane decides with the repository.
class MatchTargetTable : public QTableView
{
    Q_OBJECT

public:
    explicit MatchTargetTable(QWidget* parent = nullptr);

signals:
    void bankLineDropped(const QString& bankLineId, int row);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace casedesk

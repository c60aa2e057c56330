#include "donations/ReconcileTables.h"

#include "common/RecordTable.h"
#include "itemmodels/BankCreditModel.h"

#include <QDropEvent>
#include <QMimeData>

namespace casedesk {

BankCreditTable::BankCreditTable(BankCreditModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setUpRecordTable(this);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
}

QString BankCreditTable::lineId(int row) const
{
    return m_model->lineId(row);
}

bool BankCreditTable::isReconciled(int row) const
{
    return m_model->isReconciled(row);
}

QMimeData* BankCreditTable::mimeDataForRow(int row) const
{
    return row < 0 ? nullptr : m_model->mimeData({ m_model->index(row, 0) });
}

MatchTargetTable::MatchTargetTable(QWidget* parent)
    : QTableView(parent)
{
    setUpRecordTable(this);
    // Several donations for one credit: a deposit of cheques.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
}

void MatchTargetTable::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(BankCreditModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MatchTargetTable::dragMoveEvent(QDragMoveEvent* event)
{
    const bool onRow = rowAt(event->position().toPoint().y()) >= 0;
    if (onRow && event->mimeData()->hasFormat(BankCreditModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MatchTargetTable::dropEvent(QDropEvent* event)
{
    const int row = rowAt(event->position().toPoint().y());
    const QByteArray id = event->mimeData()->data(BankCreditModel::mimeType());
    if (row < 0 || id.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit bankLineDropped(QString::fromUtf8(id), row);
}

} // namespace casedesk

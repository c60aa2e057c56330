#include "donations/ReconcileTables.h"

#include "common/RecordTable.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

namespace casedesk {

QString BankCreditTable::mimeType()
{
    return QStringLiteral("application/x-casedesk-bank-line");
}

BankCreditTable::BankCreditTable(QWidget* parent)
    : QTableWidget(parent)
{
    setUpRecordTable(this);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
}

QString BankCreditTable::lineId(int row) const
{
    const QTableWidgetItem* first = item(row, 0);
    return first ? first->data(IdRole).toString() : QString();
}

bool BankCreditTable::isReconciled(int row) const
{
    const QTableWidgetItem* first = item(row, 0);
    return first && first->data(ReconciledRole).toBool();
}

QMimeData* BankCreditTable::mimeDataForRow(int row) const
{
    if (lineId(row).isEmpty() || isReconciled(row))
        return nullptr;
    auto* dragged = new QMimeData;
    dragged->setData(mimeType(), lineId(row).toUtf8());
    return dragged;
}

QStringList BankCreditTable::mimeTypes() const
{
    return { mimeType() };
}

QMimeData* BankCreditTable::mimeData(const QList<QTableWidgetItem*>& items) const
{
    return items.isEmpty() ? nullptr : mimeDataForRow(items.first()->row());
}

MatchTargetTable::MatchTargetTable(QWidget* parent)
    : QTableWidget(parent)
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
    if (event->mimeData()->hasFormat(BankCreditTable::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MatchTargetTable::dragMoveEvent(QDragMoveEvent* event)
{
    const bool onRow = rowAt(event->position().toPoint().y()) >= 0;
    if (onRow && event->mimeData()->hasFormat(BankCreditTable::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MatchTargetTable::dropEvent(QDropEvent* event)
{
    const int row = rowAt(event->position().toPoint().y());
    const QByteArray id = event->mimeData()->data(BankCreditTable::mimeType());
    if (row < 0 || id.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit bankLineDropped(QString::fromUtf8(id), row);
}

} // namespace casedesk

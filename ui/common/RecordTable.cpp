#include "common/RecordTable.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTableView>
#include <QToolTip>

#include <algorithm>

namespace casedesk {

namespace {

// Rows measured to size a column: enough to see typical content, never a scan of a big list.
constexpr int kMeasuredRows = 50;
// The widest a column grows for its cells: past this a long cell is cut in the middle instead.
constexpr int kMaxFittedWidth = 220;

class ElidedToolTips : public QObject
{
public:
    ElidedToolTips(QAbstractItemView* view)
        : QObject(view)
        , m_view(view)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = m_view->visualRect(index);
        const int room
            = cell.width() - 8 - (index.data(Qt::DecorationRole).isValid() ? m_view->iconSize().width() : 0);
        if (text.isEmpty() || m_view->fontMetrics().horizontalAdvance(text) <= room) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
        return true;
    }

private:
    QAbstractItemView* m_view;
};

} // namespace

void setUpRecordTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Compact rows: a pane of a laptop's screen shows a dozen records, not five.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 10);
    table->verticalHeader()->hide();
    showElidedTextInToolTips(table);
    // Titles first, then the first rows once the list has read them (lists load when shown).
    // Not for a table that owns its model (QTableWidget): it resets it while being destroyed.
    fitColumnsToTitles(table);
    if (table->model() && table->model()->parent() != table)
        QObject::connect(
            table->model(), &QAbstractItemModel::modelReset, table, [table] { fitColumnsToTitles(table); },
            Qt::SingleShotConnection);
}

void showElidedTextInToolTips(QAbstractItemView* view)
{
    view->setTextElideMode(Qt::ElideMiddle);
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

void fitColumnsToTitles(QTableView* table, bool contents)
{
    QHeaderView* header = table->horizontalHeader();
    header->setResizeContentsPrecision(kMeasuredRows);
    for (int column = 0; column < header->count(); ++column) {
        if (table->isColumnHidden(column) || header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        // Public in QAbstractItemView, protected in QTableView.
        const auto* view = static_cast<const QAbstractItemView*>(table);
        const int cells = contents ? std::min(view->sizeHintForColumn(column), kMaxFittedWidth) : 0;
        const int wanted = std::max(header->sectionSizeHint(column), cells);
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

} // namespace casedesk

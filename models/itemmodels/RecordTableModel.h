#pragma once

#include "itemmodels/TitledTableModel.h"

#include <QList>

namespace casedesk {

// A table model holding its records as a list of `Row`, one a line: the row count, the row of an
// index, and the two ways the list changes as a whole (read again, or a page more).
template<typename Row>
class RecordTableModel : public TitledTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    RecordTableModel(ColumnTitles titles, QObject* parent)
        : TitledTableModel(titles, parent)
    {
    }

    // The row at `index`, or null where there is none.
    const Row* rowAt(const QModelIndex& index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    }

    // The list read again: the caller reads before, so that a failed read leaves the list as it was.
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // The next page, after the rows fetched so far (not empty).
    void appendPage(const QList<Row>& page)
    {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }

    QList<Row> m_rows;
};

} // namespace casedesk

#pragma once

#include "itemmodels/RecordTableModel.h"

#include <QUuid>

#include <optional>

namespace casedesk {

// What the paged lists share (campaigns, donations, donors): rows of `Row` (a record's list row,
// with its `uuid`) read from SQL a page at a time as the view scrolls, so a large table costs
// what is on screen. Each list keeps its own query, columns and count; this holds the rows fetched
// so far and the changes a view sees in them.
template<typename Row>
class PagedTableModel : public RecordTableModel<Row>
{
public:
    static constexpr int kUuidRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 256;
    // Now: counts and reads the first page at once. Deferred: stays empty until the first
    // reload() or change of filters (a view that loads when first shown).
    enum class Loading
    {
        Now,
        Deferred
    };

    QUuid uuidAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QUuid(); }
    // -1 when the record is not among the rows fetched so far.
    int rowOf(const QUuid& uuid) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).uuid == uuid)
                return i;
        }
        return -1;
    }

protected:
    PagedTableModel(ColumnTitles titles, QObject* parent)
        : RecordTableModel<Row>(titles, parent)
    {
    }

    using RecordTableModel<Row>::m_rows;

    // A save refreshes its row in place (the user keeps their selection and scroll position while
    // typing); the order catches up at the next reload. `fresh` is the record as stored now: none
    // when it is gone, and false then (the caller removes it).
    bool replaceRow(const QUuid& uuid, const std::optional<Row>& fresh)
    {
        const int index = rowOf(uuid);
        if (!fresh)
            return false;
        if (index >= 0) {
            m_rows[index] = *fresh;
            emit this->dataChanged(this->index(index, 0), this->index(index, this->columnCount() - 1));
        }
        return true;
    }

    // Takes the record's row out of the list and the count; false when it was not among the rows
    // fetched so far (it may still be among those the filters count).
    bool takeRow(const QUuid& uuid)
    {
        const int index = rowOf(uuid);
        if (index < 0)
            return false;
        this->beginRemoveRows({}, index, index);
        m_rows.removeAt(index);
        --m_total;
        this->endRemoveRows();
        return true;
    }

    int m_total = 0; // every record the filters match, not only the rows fetched so far
};

} // namespace casedesk

#pragma once

#include "itemmodels/ColumnTitles.h"

#include <QAbstractTableModel>

namespace casedesk {

// A table model whose columns are its titles: the column count and the horizontal header come
// from its ColumnTitles; the vertical header is Qt's (row numbers, hidden in every view).
class TitledTableModel : public QAbstractTableModel
{
public:
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_titles.count();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_titles.title(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    TitledTableModel(ColumnTitles titles, QObject* parent)
        : QAbstractTableModel(parent)
        , m_titles(titles)
    {
    }

private:
    ColumnTitles m_titles;
};

} // namespace casedesk

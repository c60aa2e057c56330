#include "itemmodels/DonorListModel.h"

#include "common/Money.h"

namespace casedesk {

DonorListModel::DonorListModel(DonorRepository& repository, QObject* parent)
    : DonorListModel(repository, Loading::Now, parent)
{
}

DonorListModel::DonorListModel(DonorRepository& repository, Loading loading, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    if (loading == Loading::Now)
        reload();
}

int DonorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DonorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DonorListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DonorRow& row = m_rows.at(index.row());
    if (role == kUuidRole)
        return row.uuid;
    if (role == Qt::TextAlignmentRole && (index.column() == Paid || index.column() == Donations))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Email:
        return row.email;
    case Consent:
        return row.consentToContact ? tr("Yes") : tr("No");
    case Donations:
        return row.donationCount;
    case Paid:
        return Money::format(row.paidCents);
    }
    return {};
}

QVariant DonorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Consent:
        return tr("May be contacted");
    case Donations:
        return tr("Donations");
    case Paid:
        return tr("Given");
    }
    return {};
}

bool DonorListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void DonorListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<DonorRow> page = m_repository.rows(m_search, int(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the table shrank meanwhile: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void DonorListModel::setSearch(const QString& search)
{
    m_search = search;
    reload();
}

void DonorListModel::reload()
{
    beginResetModel();
    m_total = m_repository.count(m_search);
    m_rows = m_repository.rows(m_search, 0, kPageSize);
    endResetModel();
}

QUuid DonorListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QUuid();
}

int DonorListModel::rowOf(const QUuid& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

} // namespace casedesk

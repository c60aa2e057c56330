#include "itemmodels/DonorListModel.h"

#include "common/Money.h"

namespace casedesk {

const char* const DonorListModel::kColumnTitles[]
    = { QT_TR_NOOP("Name"), QT_TR_NOOP("E-mail"), QT_TR_NOOP("May be contacted"), QT_TR_NOOP("Donations"),
        QT_TR_NOOP("Given") };

DonorListModel::DonorListModel(DonorRepository& repository, QObject* parent)
    : DonorListModel(repository, Loading::Now, parent)
{
}

DonorListModel::DonorListModel(DonorRepository& repository, Loading loading, QObject* parent)
    : PagedTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_repository(repository)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
    if (loading == Loading::Now)
        reload();
}

QVariant DonorListModel::data(const QModelIndex& index, int role) const
{
    const DonorRow* shown = rowAt(index);
    if (!shown)
        return {};
    const DonorRow& row = *shown;
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
    appendPage(page);
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

} // namespace casedesk

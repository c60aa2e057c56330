#include "itemmodels/MatchTargetModel.h"

#include "common/Money.h"
#include "itemmodels/ReconcileItemRoles.h"
#include "storage/DatabaseError.h"
#include "storage/SqlValues.h"

#include <QLocale>

namespace casedesk {

MatchTargetModel::MatchTargetModel(ReconciliationLists& lists, DonationRepository& donations, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lists(lists)
    , m_donations(donations)
{
}

int MatchTargetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchTargetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchTargetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.target.id;
    case KindRole:
        return int(row.target.kind);
    case AmountRole:
        return row.target.amountCents;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return QLocale().toString(row.date, QLocale::ShortFormat);
    case Amount:
        return Money::format(row.target.amountCents, QLocale());
    case Who:
        return row.who;
    case Campaign:
        return row.campaign;
    case Method:
        return row.method;
    default:
        return {};
    }
}

QVariant MatchTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Who:
        return tr("Donor or payout");
    case Campaign:
        return tr("Campaign");
    case Method:
        return tr("Method");
    default:
        return {};
    }
}

bool MatchTargetModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_exhausted)
        return false;
    // Beyond kCountAtMost the total is unknown: a short page tells the end.
    return m_donationTotal > kCountAtMost || donationsFetched() < m_donationTotal;
}

void MatchTargetModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page;
    try {
        page = donationRows(donationsFetched(), m_donationTotal);
    } catch (const DatabaseError& error) {
        m_exhausted = true;
        emit readFailed(error.message());
        return;
    }
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void MatchTargetModel::setSearch(const QString& search)
{
    m_search = search.trimmed();
    reload();
}

// Reads everything before it touches the rows: a failed read leaves the list as it was.
void MatchTargetModel::reload()
{
    QList<Row> rows;
    for (const ReconcileTarget& payout : m_lists.openPayouts()) {
        if (!m_search.isEmpty() && !payout.reference.contains(m_search, Qt::CaseInsensitive))
            continue;
        rows.append({ { TargetKind::Payout, payout.id, payout.amountCents },
                      payout.date,
                      tr("Payout %1").arg(payout.reference),
                      payout.platform,
                      tr("Platform payout") });
    }
    const int payouts = int(rows.size());
    const int total = m_donations.count(query(), kCountAtMost + 1);
    const QList<Row> firstPage = donationRows(0, total);
    beginResetModel();
    m_rows = rows + firstPage;
    m_payoutCount = payouts;
    m_donationTotal = total;
    m_exhausted = firstPage.size() < kPageSize;
    endResetModel();
}

DonationQuery MatchTargetModel::query() const
{
    DonationQuery query;
    query.reconciled = false;
    query.status = DonationStatus::Paid;
    query.search = m_search;
    return query;
}

QList<MatchTargetModel::Row> MatchTargetModel::donationRows(int offset, int expectedRows) const
{
    QList<Row> rows;
    for (const DonationRow& donation : m_donations.rows(query(), offset, kPageSize, expectedRows)) {
        rows.append({ { TargetKind::Donation, SqlValues::uuidText(donation.uuid), donation.amountCents },
                      donation.date,
                      donation.donorName.isEmpty() ? tr("Anonymous") : donation.donorName,
                      donation.campaignTitle,
                      DonationCodes::methodLabel(donation.method) });
    }
    return rows;
}

TargetRef MatchTargetModel::targetAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).target : TargetRef();
}

} // namespace casedesk

#include "itemmodels/MatchTargetModel.h"

#include "common/Money.h"
#include "itemmodels/ReconcileItemRoles.h"
#include "storage/DatabaseError.h"
#include "storage/SqlValues.h"

#include <QLocale>

namespace casedesk {

const char* const MatchTargetModel::kColumnTitles[]
    = { QT_TR_NOOP("Date"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Donor or payout"), QT_TR_NOOP("Campaign"),
        QT_TR_NOOP("Method") };

MatchTargetModel::MatchTargetModel(ReconciliationLists& lists, DonationRepository& donations, QObject* parent)
    : RecordTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_lists(lists)
    , m_donations(donations)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
}

QVariant MatchTargetModel::data(const QModelIndex& index, int role) const
{
    const Row* shown = rowAt(index);
    if (!shown)
        return {};
    const Row& row = *shown;
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
    appendPage(page);
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

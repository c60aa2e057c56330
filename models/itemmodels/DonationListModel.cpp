#include "itemmodels/DonationListModel.h"

#include "common/Money.h"
#include "donations/ledger/DonationListSql.h"
#include "storage/BackgroundCount.h"
#include "storage/Database.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace casedesk {

const char* const DonationListModel::kColumnTitles[]
    = { QT_TR_NOOP("Date"),   QT_TR_NOOP("Donor"),  QT_TR_NOOP("Campaign"),       QT_TR_NOOP("Amount"),
        QT_TR_NOOP("Method"), QT_TR_NOOP("Status"), QT_TR_NOOP("Platform order"), QT_TR_NOOP("Reconciled") };

DonationListModel::DonationListModel(DonationRepository& repository, QObject* parent)
    : DonationListModel(repository, Loading::Now, parent)
{
}

DonationListModel::DonationListModel(DonationRepository& repository, Loading loading, QObject* parent)
    : PagedTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_repository(repository)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
    connect(&m_repository, &DonationRepository::donationCreated, this, &DonationListModel::reload);
    connect(&m_repository, &DonationRepository::donationsReset, this, &DonationListModel::reload);
    connect(&m_repository, &DonationRepository::donationSaved, this, &DonationListModel::refreshRow);
    connect(&m_repository, &DonationRepository::donationRemoved, this, &DonationListModel::removeRow);
    if (loading == Loading::Now)
        reload();
}

QVariant DonationListModel::data(const QModelIndex& index, int role) const
{
    const DonationRow* shown = rowAt(index);
    if (!shown)
        return {};
    const DonationRow& row = *shown;
    switch (role) {
    case kUuidRole:
        return row.uuid;
    case kAmountCentsRole:
        return row.amountCents;
    case kDonorUuidRole:
        return row.donorUuid;
    case kCampaignUuidRole:
        return row.campaignUuid;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return locale.toString(row.date, QLocale::ShortFormat);
    case Donor:
        return row.donorName.isEmpty() ? tr("(anonymous)") : row.donorName;
    case Campaign:
        return row.campaignTitle;
    case Amount:
        return Money::format(row.amountCents, locale, row.currency);
    case Method:
        return DonationCodes::methodLabel(row.method);
    case Status:
        return DonationCodes::statusLabel(row.status);
    case PlatformOrder:
        return row.platformOrderId;
    case Reconciled:
        return row.reconciled ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

bool DonationListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_exhausted)
        return false;
    return m_rows.size() < m_total || !m_totalKnown;
}

void DonationListModel::fetchMore(const QModelIndex& parent)
{
    // A view may ask again from inside rowsAboutToBeInserted; the same page must not come twice.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<DonationRow> page = m_repository.rows(m_query, int(m_rows.size()), kPageSize, m_total);
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty()) {
        // The table shrank under us (another process deleted rows): stop fetching.
        if (m_totalKnown)
            m_total = int(m_rows.size());
        return;
    }
    appendPage(page);
}

void DonationListModel::sort(int column, Qt::SortOrder order)
{
    static const DonationColumn columns[]
        = { DonationColumn::Date,          DonationColumn::Donor,     DonationColumn::Campaign,
            DonationColumn::Amount,        DonationColumn::Method,    DonationColumn::Status,
            DonationColumn::PlatformOrder, DonationColumn::Reconciled };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = columns[column];
    m_query.sortOrder = order;
    if (m_loaded)
        refetch(); // same filters, same count
}

void DonationListModel::setFilters(const DonationQuery& query)
{
    const DonationColumn sortColumn = m_query.sortColumn;
    const Qt::SortOrder sortOrder = m_query.sortOrder;
    m_query = query;
    m_query.sortColumn = sortColumn;
    m_query.sortOrder = sortOrder;
    reload();
}

void DonationListModel::reload()
{
    m_loaded = true;
    beginResetModel();
    recount();
    m_rows = m_repository.rows(m_query, 0, kPageSize, m_total);
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

// Counts up to kCountAtOnce now, at a cost bounded whatever the ledger's size, and the rest in
// the background.
void DonationListModel::recount()
{
    ++m_countTag; // an answer still on its way counts filters gone by
    m_total = m_repository.count(m_query, kCountAtOnce + 1);
    m_totalKnown = m_total <= kCountAtOnce;
    if (!m_totalKnown)
        countTheRest();
}

void DonationListModel::countTheRest()
{
    if (!m_counter) {
        m_counter = new BackgroundCount(m_repository.database().path(), this);
        connect(m_counter, &BackgroundCount::counted, this, &DonationListModel::onCounted);
    }
    const DonationListSql::Statement statement = DonationListSql::count(m_query);
    m_counter->start(statement.sql, statement.values, m_countTag);
}

void DonationListModel::onCounted(quint64 tag, qint64 rows)
{
    if (tag != m_countTag || rows < 0)
        return; // filters changed since, or the desk could not be read: the lower bound stays
    m_total = int(rows);
    m_totalKnown = true;
    emit totalCountChanged();
}

void DonationListModel::refetch()
{
    beginResetModel();
    m_rows = m_repository.rows(m_query, 0, kPageSize, m_total);
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

void DonationListModel::refreshRow(const QUuid& uuid)
{
    if (rowOf(uuid) >= 0 && !replaceRow(uuid, m_repository.row(uuid)))
        removeRow(uuid);
}

void DonationListModel::removeRow(const QUuid& uuid)
{
    if (!takeRow(uuid))
        recount();
}

} // namespace casedesk

#include "itemmodels/CampaignListModel.h"

#include "campaigns/CampaignText.h"
#include "common/Money.h"
#include "review/ReviewText.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace casedesk {

const char* const CampaignListModel::kColumnTitles[]
    = { QT_TR_NOOP("Title"), QT_TR_NOOP("Status"), QT_TR_NOOP("Cause"),      QT_TR_NOOP("Court"),
        QT_TR_NOOP("Goal"),  QT_TR_NOOP("Ends"),   QT_TR_NOOP("Last change") };

CampaignListModel::CampaignListModel(CampaignRepository& repository, QObject* parent)
    : PagedTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_repository(repository)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
    connect(&m_repository, &CampaignRepository::campaignCreated, this, &CampaignListModel::reload);
    connect(&m_repository, &CampaignRepository::campaignsReset, this, &CampaignListModel::reload);
    connect(&m_repository, &CampaignRepository::campaignSaved, this, &CampaignListModel::refreshRow);
    connect(&m_repository, &CampaignRepository::campaignRemoved, this, &CampaignListModel::removeRow);
    reload();
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    const CampaignRow* shown = rowAt(index);
    if (!shown)
        return {};
    const CampaignRow& row = *shown;
    if (role == kUuidRole)
        return row.uuid;
    if (role == Qt::TextAlignmentRole && index.column() == Goal)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Title:
        return row.title.isEmpty() ? tr("(untitled)") : row.title;
    case Status:
        // The list is narrow: the round's number shows, the whole review state is one hover away.
        return role == Qt::ToolTipRole
            ? ReviewText::withReviewState(CampaignText::status(row.status), row.reviewStatus, row.reviewRound)
            : ReviewText::withRoundNumber(CampaignText::status(row.status), row.reviewRound);
    case Cause:
        return CampaignText::cause(row.cause);
    case Court:
        return row.court;
    case Goal:
        return Money::format(row.goalCents, locale);
    case EndDate:
        return row.endDate.isValid() ? locale.toString(row.endDate, QLocale::ShortFormat) : QString();
    case UpdatedAt:
        return locale.toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

bool CampaignListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CampaignListModel::fetchMore(const QModelIndex& parent)
{
    // A view may ask again from inside rowsAboutToBeInserted; the same page must not come twice.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<CampaignRow> page = m_repository.rows(m_query, int(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        // The table shrank under us (another process deleted rows): recount.
        m_total = int(m_rows.size());
        return;
    }
    appendPage(page);
}

void CampaignListModel::sort(int column, Qt::SortOrder order)
{
    static const CampaignColumn columns[]
        = { CampaignColumn::Title, CampaignColumn::Status,  CampaignColumn::Cause,    CampaignColumn::Court,
            CampaignColumn::Goal,  CampaignColumn::EndDate, CampaignColumn::UpdatedAt };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = columns[column];
    m_query.sortOrder = order;
    reload();
}

void CampaignListModel::setFilters(const QString& search, std::optional<CampaignStatus> status,
                                   std::optional<casedesk::Cause> cause)
{
    m_query.search = search;
    m_query.status = status;
    m_query.cause = cause;
    reload();
}

void CampaignListModel::reload()
{
    beginResetModel();
    m_total = m_repository.count(m_query);
    m_rows = m_repository.rows(m_query, 0, kPageSize);
    endResetModel();
}

void CampaignListModel::refreshRow(const QUuid& uuid)
{
    if (rowOf(uuid) >= 0 && !replaceRow(uuid, m_repository.row(uuid)))
        removeRow(uuid);
}

void CampaignListModel::removeRow(const QUuid& uuid)
{
    if (!takeRow(uuid))
        m_total = m_repository.count(m_query); // not fetched yet, but maybe among those counted
}

} // namespace casedesk

#include "itemmodels/DeadlineListModel.h"

#include "procedures/FrenchCalendar.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace casedesk {

DeadlineListModel::DeadlineListModel(ProcedureRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository.milestones(), &MilestoneRepository::milestonesChanged, this,
            &DeadlineListModel::reload);
    connect(&m_repository, &ProcedureRepository::proceduresChanged, this, &DeadlineListModel::reload);
}

void DeadlineListModel::setQuery(const DeadlineQuery& query)
{
    m_query = query;
    reload();
}

void DeadlineListModel::reload()
{
    if (!m_query.today.isValid())
        return;
    beginResetModel();
    m_items = DeadlineService(m_repository.database()).due(m_query);
    endResetModel();
}

int DeadlineListModel::overdueCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const DeadlineItem& item) { return item.overdue(); }));
}

int DeadlineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeadlineListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlineListModel::daysText(int days)
{
    // Explicit singular and plural: right in English before any translation is loaded.
    if (days == -1)
        return tr("1 day overdue");
    if (days < 0)
        return tr("%1 days overdue").arg(-days);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    return tr("in %1 days").arg(days);
}

QVariant DeadlineListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DeadlineItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return QLocale().toString(item.due, QStringLiteral("ddd d MMM yyyy"));
        case DaysLeft:
            return daysText(item.daysRemaining);
        case Deadline:
            return item.ruleId.isEmpty() ? item.title : tr("%1 [%2]").arg(item.title, item.ruleId);
        case Procedure:
            return item.procedureName;
        case Campaign:
            return item.campaignTitle;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — due %2 (%3)")
            .arg(item.title, FrenchCalendar::longDate(item.due), daysText(item.daysRemaining));
    case Qt::ForegroundRole: {
        const QColor colour = DeadlineService::colour(DeadlineService::urgency(item.daysRemaining));
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::FontRole:
        if (DeadlineService::urgency(item.daysRemaining) != DeadlineUrgency::Later) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MilestoneUuidRole:
        return item.milestoneUuid;
    case ProcedureUuidRole:
        return item.procedureUuid;
    case CampaignUuidRole:
        return item.campaignUuid;
    case OverdueRole:
        return item.overdue();
    case DaysLeftRole:
        return item.daysRemaining;
    }
    return {};
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("Days left");
    case Deadline:
        return tr("Deadline");
    case Procedure:
        return tr("Procedure");
    case Campaign:
        return tr("Campaign");
    }
    return {};
}

} // namespace casedesk

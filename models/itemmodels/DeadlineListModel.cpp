#include "itemmodels/DeadlineListModel.h"

#include "procedures/FrenchCalendar.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace casedesk {

const char* const DeadlineListModel::kColumnTitles[]
    = { QT_TR_NOOP("Due"), QT_TR_NOOP("Days left"), QT_TR_NOOP("Deadline"), QT_TR_NOOP("Procedure"),
        QT_TR_NOOP("Campaign") };

DeadlineListModel::DeadlineListModel(ProcedureRepository& repository, QObject* parent)
    : RecordTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_repository(repository)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
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
    resetRows(DeadlineService(m_repository.database()).due(m_query));
}

int DeadlineListModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const DeadlineItem& item) { return item.overdue(); }));
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
    const DeadlineItem* shown = rowAt(index);
    if (!shown)
        return {};
    const DeadlineItem& item = *shown;
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

} // namespace casedesk

#pragma once

#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"

#include "itemmodels/RecordTableModel.h"

namespace casedesk {

// The deadlines dashboard as a table: open deadlines across campaigns, overdue first (in red),
// then by due date, with the days remaining. The query runs in SQL; the list is short by nature
// (open deadlines within a horizon), so it is held whole.
class DeadlineListModel : public RecordTableModel<DeadlineItem>
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        DaysLeft,
        Deadline,
        Procedure,
        Campaign,
        ColumnCount
    };
    enum Role
    {
        MilestoneUuidRole = Qt::UserRole + 1,
        ProcedureUuidRole,
        CampaignUuidRole,
        OverdueRole,
        DaysLeftRole
    };

    explicit DeadlineListModel(ProcedureRepository& repository, QObject* parent = nullptr);

    void setQuery(const DeadlineQuery& query);
    DeadlineQuery query() const { return m_query; }
    void reload();
    const DeadlineItem& item(int row) const { return m_rows.at(row); }
    int overdueCount() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "3 days overdue", "today", "tomorrow", "in 12 days"
    static QString daysText(int daysRemaining);

private:
    static const char* const kColumnTitles[]; // in the order of Column
    ProcedureRepository& m_repository;
    DeadlineQuery m_query;
};

} // namespace casedesk

#pragma once

#include "campaigns/CampaignRepository.h"

#include "itemmodels/PagedTableModel.h"

namespace casedesk {

// The campaign list for a QTableView: filtered, sorted and counted in SQL, fetched 256 rows at
// a time as the view scrolls, so thousands of campaigns cost what is on screen.
class CampaignListModel : public PagedTableModel<CampaignRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Status,
        Cause,
        Court,
        Goal,
        EndDate,
        UpdatedAt,
        ColumnCount
    };
    explicit CampaignListModel(CampaignRepository& repository, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // One reload for all three filters.
    void setFilters(const QString& search, std::optional<CampaignStatus> status,
                    std::optional<casedesk::Cause> cause);
    // Every campaign the filters match, not only the rows fetched so far.
    int totalCount() const { return m_total; }

public slots:
    void reload();

private:
    static const char* const kColumnTitles[]; // in the order of Column
    void refreshRow(const QUuid& uuid);
    void removeRow(const QUuid& uuid);

    CampaignRepository& m_repository;
    CampaignQuery m_query;
    bool m_fetching = false;
};

} // namespace casedesk

#pragma once

#include "donations/ledger/DonationRepository.h"

#include "itemmodels/PagedTableModel.h"

namespace casedesk {

class BackgroundCount;

// The donations view for a QTableView: filtered, sorted and counted in SQL on the schema's
// indexes, fetched 256 rows at a time as the view scrolls. The count runs once per filter
// change (not per sort or page), so a million donations cost what is on screen: up to
// kCountAtOnce rows it is counted at once, beyond that the list shows while a BackgroundCount
// finishes it (totalCountChanged()).
class DonationListModel : public PagedTableModel<DonationRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Donor,
        Campaign,
        Amount,
        Method,
        Status,
        PlatformOrder,
        Reconciled,
        ColumnCount
    };
    static constexpr int kAmountCentsRole = Qt::UserRole + 2; // qint64, for delegates and totals
    static constexpr int kDonorUuidRole = Qt::UserRole + 3;
    static constexpr int kCampaignUuidRole = Qt::UserRole + 4;
    static constexpr int kCountAtOnce = 20000;

    explicit DonationListModel(DonationRepository& repository, QObject* parent = nullptr);
    // Deferred: sorts without reading until then, too.
    DonationListModel(DonationRepository& repository, Loading loading, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Re-sorts in SQL; keeps the count (the filters did not change).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // One reload (and one count) for all filters; the sort column and order of `query` are
    // kept as they are in the model, not taken from `query`.
    void setFilters(const DonationQuery& query);
    // The filters and sort in force: what an export of "this view" writes.
    DonationQuery query() const { return m_query; }
    // Every donation the filters match, not only the rows fetched so far; while the count runs
    // in the background (isTotalKnown() false), the number counted so far (more than kCountAtOnce).
    int totalCount() const { return m_total; }
    bool isTotalKnown() const { return m_totalKnown; }

public slots:
    // Recounts and refetches the first page (filters changed, or an import).
    void reload();

signals:
    // The background count finished: totalCount() is the exact number now.
    void totalCountChanged();

private:
    static const char* const kColumnTitles[]; // in the order of Column
    void refetch();
    void refreshRow(const QUuid& uuid);
    void removeRow(const QUuid& uuid);

    DonationRepository& m_repository;
    DonationQuery m_query;
    void recount();
    void countTheRest();
    void onCounted(quint64 tag, qint64 rows);

    bool m_totalKnown = true;
    bool m_exhausted = false; // a page came back short: nothing more to fetch
    quint64 m_countTag = 0; // the request whose answer is still awaited
    BackgroundCount* m_counter = nullptr;
    bool m_fetching = false;
    bool m_loaded = false;
};

} // namespace casedesk

#pragma once

#include "donations/ledger/DonationRepository.h"
#include "donations/reconcile/ReconciliationLists.h"

#include "itemmodels/RecordTableModel.h"

namespace casedesk {

// A row of MatchTargetModel: a payout or a donation, as the list describes it.
struct MatchTargetRow
{
    TargetRef target;
    QDate date;
    QString who;
    QString campaign;
    QString method;
};

// What a bank credit can pay, waiting for its bank line: the open payouts first (a platform's
// transfer is what most credits of a campaign are), then the paid and unreconciled donations,
// newest first, fetched a page at a time as the view scrolls. A search narrows both. Donations
// are counted no further than kCountAtMost: a million gifts must not keep the window waiting.
class MatchTargetModel : public RecordTableModel<MatchTargetRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Amount,
        Who,
        Campaign,
        Method,
        ColumnCount
    };
    static constexpr int kPageSize = 500;
    static constexpr int kCountAtMost = 20000;

    MatchTargetModel(ReconciliationLists& lists, DonationRepository& donations, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Each re-reads; a storage error is a DatabaseError, for the caller to show.
    void setSearch(const QString& search);
    void reload();

    int payoutCount() const { return m_payoutCount; }
    // The donations that wait, counted up to kCountAtMost + 1 (more than kCountAtMost beyond).
    int donationCount() const { return m_donationTotal; }
    int donationsFetched() const { return int(m_rows.size()) - m_payoutCount; }
    TargetRef targetAt(int row) const;

signals:
    // A page could not be read as the view scrolled: the list stops there.
    void readFailed(const QString& message);

private:
    static const char* const kColumnTitles[]; // in the order of Column
    using Row = MatchTargetRow;

    DonationQuery query() const;
    // A page of donations; `expectedRows`, what count() said, chooses how it is read.
    QList<Row> donationRows(int offset, int expectedRows) const;

    ReconciliationLists& m_lists;
    DonationRepository& m_donations;
    QString m_search;
    int m_payoutCount = 0; // m_rows: the payouts, then the donations fetched so far
    int m_donationTotal = 0;
    bool m_exhausted = false;
};

} // namespace casedesk

#pragma once

#include "donations/reconcile/ReconciliationLists.h"

#include "itemmodels/TitledTableModel.h"

namespace casedesk {

// The bank credits waiting for a match, newest first, fetched a page at a time as the view
// scrolls; on demand the latest reconciled ones follow, with what each was matched to (they are
// there to be unmatched, rarely). A waiting credit can be dragged: its uuid travels in its own
// MIME type, so nothing else (a file, a text) can be dropped as a bank line.
class BankCreditModel : public TitledTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Amount,
        Label,
        Counterparty,
        MatchedWith,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    static QString mimeType();

    explicit BankCreditModel(ReconciliationLists& lists, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    // The first waiting credit among `indexes`; null when there is none.
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Each re-reads the first page; a storage error is a DatabaseError, for the caller to show.
    void setAccount(const QString& accountIban);
    void setShowReconciled(bool show);
    void reload();

    // Every credit waiting for a match (of the account), not only the rows fetched so far.
    int openCount() const { return m_openTotal; }
    int openFetched() const { return int(m_open.size()); }
    QString lineId(int row) const;
    bool isReconciled(int row) const;

signals:
    // A page could not be read as the view scrolled: the list stops there.
    void readFailed(const QString& message);

private:
    static const char* const kColumnTitles[]; // in the order of Column
    QString matchedWith(const ReconciledCredit& credit) const;

    ReconciliationLists& m_lists;
    QString m_account;
    bool m_showReconciled = false;
    int m_openTotal = 0;
    bool m_exhausted = false;
    QList<BankCredit> m_open;
    QList<ReconciledCredit> m_reconciled; // after the waiting ones
};

} // namespace casedesk

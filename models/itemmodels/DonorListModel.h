#pragma once

#include "donations/ledger/DonorRepository.h"

#include "itemmodels/PagedTableModel.h"

namespace casedesk {

// The donors list: searched in SQL on the name's sort key and the e-mail, fetched 256 rows at a
// time, with each donor's number of gifts and what they paid.
class DonorListModel : public PagedTableModel<DonorRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Consent,
        Donations,
        Paid,
        ColumnCount
    };
    explicit DonorListModel(DonorRepository& repository, QObject* parent = nullptr);
    DonorListModel(DonorRepository& repository, Loading loading, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setSearch(const QString& search);
    int totalCount() const { return m_total; }

public slots:
    void reload();

private:
    static const char* const kColumnTitles[]; // in the order of Column
    DonorRepository& m_repository;
    QString m_search;
};

} // namespace casedesk

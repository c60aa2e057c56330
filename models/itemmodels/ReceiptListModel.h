#pragma once

#include "itemmodels/RecordTableModel.h"
#include "receipts/Receipt.h"

#include <optional>

namespace casedesk {

class ReceiptRepository;

// The receipts numbered in a year, in number order (the register as the treasurer reads it).
class ReceiptListModel : public RecordTableModel<Receipt>
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        IssuedOn,
        Donor,
        Kind,
        Gifts,
        Amount,
        Status,
        ColumnCount
    };

    explicit ReceiptListModel(ReceiptRepository& receipts, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Re-reads; a storage error is a DatabaseError, for the caller to show.
    void setYear(int year);
    void reload();
    int year() const { return m_year; }

    std::optional<Receipt> receiptAt(int row) const;
    int rowOf(const QUuid& uuid) const; // -1 when not listed

private:
    static const char* const kColumnTitles[]; // in the order of Column
    ReceiptRepository& m_receipts;
    int m_year = 0;
};

} // namespace casedesk

#include "itemmodels/ReceiptListModel.h"

#include "common/Money.h"
#include "receipts/ReceiptRepository.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace casedesk {

const char* const ReceiptListModel::kColumnTitles[]
    = { QT_TR_NOOP("Number"),   QT_TR_NOOP("Issued"), QT_TR_NOOP("Donor"), QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Gifts of"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Status") };

ReceiptListModel::ReceiptListModel(ReceiptRepository& receipts, QObject* parent)
    : RecordTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_receipts(receipts)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
}

QVariant ReceiptListModel::data(const QModelIndex& index, int role) const
{
    const Receipt* shown = rowAt(index);
    if (!shown)
        return {};
    const Receipt& r = *shown;
    const bool cancelled = r.status == ReceiptStatus::Cancelled;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && cancelled) {
        QFont font;
        font.setStrikeOut(index.column() == Amount);
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && cancelled)
        return tr("Cancelled on %1: %2")
            .arg(QLocale().toString(r.cancelledOn, QLocale::ShortFormat), r.cancelReason);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return r.number;
    case IssuedOn:
        return locale.toString(r.issuedOn, QLocale::ShortFormat);
    case Donor:
        return r.donorName;
    case Kind:
        return ReceiptCodes::kindLabel(r.kind);
    case Gifts:
        return r.periodFrom == r.periodTo ? locale.toString(r.periodFrom, QLocale::ShortFormat)
                                          : QString::number(r.periodFrom.year());
    case Amount:
        return Money::format(r.amountCents, locale);
    case Status:
        if (!r.replacesNumber.isEmpty() && !cancelled)
            return tr("Replaces %1").arg(r.replacesNumber);
        return ReceiptCodes::statusLabel(r.status);
    default:
        return {};
    }
}

void ReceiptListModel::setYear(int year)
{
    m_year = year;
    reload();
}

void ReceiptListModel::reload()
{
    resetRows(m_receipts.ofYear(m_year));
}

std::optional<Receipt> ReceiptListModel::receiptAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int ReceiptListModel::rowOf(const QUuid& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sync.uuid == uuid)
            return row;
    }
    return -1;
}

} // namespace casedesk

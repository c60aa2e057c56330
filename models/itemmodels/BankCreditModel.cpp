#include "itemmodels/BankCreditModel.h"

#include "common/Money.h"
#include "itemmodels/ReconcileItemRoles.h"
#include "storage/DatabaseError.h"

#include <QLocale>
#include <QMimeData>

namespace casedesk {

const char* const BankCreditModel::kColumnTitles[]
    = { QT_TR_NOOP("Date"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Bank label"), QT_TR_NOOP("From"),
        QT_TR_NOOP("Matched with") };

QString BankCreditModel::mimeType()
{
    return QStringLiteral("application/x-casedesk-bank-line");
}

BankCreditModel::BankCreditModel(ReconciliationLists& lists, QObject* parent)
    : TitledTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_lists(lists)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
}

int BankCreditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_open.size() + m_reconciled.size());
}

QVariant BankCreditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool reconciled = index.row() >= m_open.size();
    const BankCredit& credit
        = reconciled ? m_reconciled.at(index.row() - m_open.size()).credit : m_open.at(index.row());
    switch (role) {
    case IdRole:
        return credit.id;
    case AmountRole:
        return credit.amountCents;
    case ReconciledRole:
        return reconciled;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return index.column() == Label ? QVariant(credit.label) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return QLocale().toString(credit.date, QLocale::ShortFormat);
    case Amount:
        return Money::format(credit.amountCents, QLocale());
    case Label:
        return credit.label;
    case Counterparty:
        return credit.counterparty;
    case MatchedWith:
        return reconciled ? matchedWith(m_reconciled.at(index.row() - m_open.size())) : QString();
    default:
        return {};
    }
}

QString BankCreditModel::matchedWith(const ReconciledCredit& credit) const
{
    const QLocale locale;
    QStringList targets;
    for (const MatchedTarget& match : credit.matches) {
        const QString amount = Money::format(match.target.amountCents, locale);
        const QString shortId = match.target.id.left(8);
        if (match.target.kind == TargetKind::Payout)
            targets.append(tr("payout %1, %2").arg(match.found ? match.name : shortId, amount));
        else
            targets.append(tr("%1, %2").arg(!match.found               ? shortId
                                                : match.name.isEmpty() ? tr("Anonymous")
                                                                       : match.name,
                                            amount));
    }
    return tr("✓ %1").arg(targets.join(QStringLiteral("; ")));
}

Qt::ItemFlags BankCreditModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // A reconciled line cannot be matched again: only a waiting one is dragged.
    if (index.isValid() && index.row() < m_open.size())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList BankCreditModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData* BankCreditModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.row() < m_open.size()) {
            auto* dragged = new QMimeData;
            dragged->setData(mimeType(), m_open.at(index.row()).id.toUtf8());
            return dragged;
        }
    }
    return nullptr;
}

bool BankCreditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && m_open.size() < m_openTotal;
}

void BankCreditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<BankCredit> page;
    try {
        page = m_lists.openCredits(m_account, int(m_open.size()), kPageSize);
    } catch (const DatabaseError& error) {
        m_exhausted = true;
        emit readFailed(error.message());
        return;
    }
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_open.size()), int(m_open.size() + page.size() - 1));
    m_open.append(page);
    endInsertRows();
}

void BankCreditModel::setAccount(const QString& accountIban)
{
    m_account = accountIban;
    reload();
}

void BankCreditModel::setShowReconciled(bool show)
{
    m_showReconciled = show;
    reload();
}

// Reads everything before it touches the rows: a failed read leaves the list as it was.
void BankCreditModel::reload()
{
    const int total = m_lists.openCreditCount(m_account);
    QList<BankCredit> open = m_lists.openCredits(m_account, 0, kPageSize);
    QList<ReconciledCredit> reconciled
        = m_showReconciled ? m_lists.reconciledCredits(m_account, kPageSize) : QList<ReconciledCredit>();
    beginResetModel();
    m_openTotal = total;
    m_open = std::move(open);
    m_exhausted = m_open.size() < kPageSize;
    m_reconciled = std::move(reconciled);
    endResetModel();
}

QString BankCreditModel::lineId(int row) const
{
    return data(index(row, 0), IdRole).toString();
}

bool BankCreditModel::isReconciled(int row) const
{
    return data(index(row, 0), ReconciledRole).toBool();
}

} // namespace casedesk

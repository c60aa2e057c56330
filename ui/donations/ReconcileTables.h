#pragma once

#include <QTableWidget>

class QMimeData;

namespace casedesk {

// What the reconciliation tables keep in their first column's items.
enum ReconcileItemRole
{
    IdRole = Qt::UserRole, // the bank line's, donation's or payout's uuid
    KindRole, // a target's TargetKind, as int
    AmountRole, // cents, as qlonglong
    ReconciledRole // a bank line already reconciled (only unmatch applies)
};

// The bank credits the user drags onto a donation. The line's uuid travels in its own MIME type,
// so nothing else (a file, a text) can be dropped as a bank line.
class BankCreditTable : public QTableWidget
{
    Q_OBJECT

public:
    static QString mimeType();

    explicit BankCreditTable(QWidget* parent = nullptr);

    QString lineId(int row) const;
    bool isReconciled(int row) const;
    // What a drag of `row` carries; null for a reconciled line, which cannot be matched again.
    QMimeData* mimeDataForRow(int row) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override;
};

// Donations and payouts waiting for their bank line: a bank credit dropped on a row asks for a
// manual match, which the view decides with the repository.
class MatchTargetTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit MatchTargetTable(QWidget* parent = nullptr);

signals:
    void bankLineDropped(const QString& bankLineId, int row);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace casedesk

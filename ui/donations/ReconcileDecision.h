#pragma once

#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "donations/reconcile/ReconcileResult.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace casedesk {

// What the reconciliation panes share to decide with the repository.
namespace ReconcileDecision {

// A storage failure (an exception in models/) is one more refusal to show.
template<typename Action>
ReconcileResult attempt(Action action)
{
    ReconcileResult result;
    runOrReport([&] { result = action(); },
                [&result](const QString& message) { result = ReconcileResult::refused(message); });
    return result;
}

// A refusal is shown as it is, in a dialog titled `title`; true when the decision went through.
inline bool shown(QWidget* parent, const ReconcileResult& result, const QString& title)
{
    if (!result.ok)
        Dialogs::warn(parent, title, result.message);
    return result.ok;
}

// The rows selected in `view`, in order.
inline QList<int> selectedRows(const QAbstractItemView* view)
{
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace ReconcileDecision

} // namespace casedesk

#pragma once

class QAbstractItemView;
class QHeaderView;
class QTableView;

namespace casedesk {

// The way every list of records looks and scales: whole rows selected one at a time, alternating
// colours, no wrapping, and fixed row heights so the view never measures thousands of rows.
void setUpRecordTable(QTableView* table);

// Long cells are cut in the middle ("Center Parcs de Ro…zones humides") and shown whole when the
// pointer rests on them, in any item view whose model gives no tooltip of its own.
void showElidedTextInToolTips(QAbstractItemView* view);

// Every column that does not stretch is made at least as wide as its (translated) title, so no
// header reads "ichier d'origin", and, with `contents`, as its widest cell among the first rows
// up to 220 pixels (a long e-mail must not push the rest out of sight). Cheap on big
// models: only the first rows are measured.
void fitColumnsToTitles(QTableView* table, bool contents = true);

} // namespace casedesk

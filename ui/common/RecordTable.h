#pragma once

class QTableView;

namespace casedesk {

// The way every list of records looks and scales: whole rows selected one at a time, alternating
// colours, no wrapping, and fixed row heights so the view never measures thousands of rows.
void setUpRecordTable(QTableView* table);

} // namespace casedesk

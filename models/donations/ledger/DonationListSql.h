#pragma once

#include "donations/ledger/DonationRepository.h"

#include <QString>
#include <QVariantList>

namespace casedesk::DonationListSql {

// The statements of the donations view, with the index each one reads named in the statement
// itself (INDEXED BY). SQLite's planner, left alone on a desk it has no statistics for, took the
// first (deleted, ...) index it met and could read a million rows for a page of 256; which index
// serves a list is a decision of this file, the same on every desk (tst_query_plans checks it).

// How many matching rows a page may sort in memory. Above it, a page is read by walking the
// index of the sorted column in order and keeping the rows that match, which stops after the
// page; below it, the rows are found through the filter's own index and sorted (cheap for a few
// thousand, and the only fast way when the filters keep very few rows of a big table).
inline constexpr int kSortInMemoryRows = 20000;
// For rows(): every match will be read (an export), so read the matches only and sort them.
inline constexpr int kAllRows = 0;

struct Statement
{
    QString sql;
    QVariantList values;
};

// The columns of a DonationRow, in the order DonationRepository reads them.
QString rowColumns();

// With `atMost` above 0, counts no further than that many rows: what decides how a page is read,
// at a cost bounded whatever the size of the ledger.
Statement count(const DonationQuery& query, int atMost = 0);
// The rows `query` selects, in its order, with "LIMIT ? OFFSET ?" left for the caller when it
// pages. `expectedRows` is how many rows the filters match (the list knows it from count()).
Statement rows(const DonationQuery& query, int expectedRows);

} // namespace casedesk::DonationListSql

#include "donations/ledger/DonationListSql.h"

#include "donations/ledger/Donor.h"
#include "storage/SqlValues.h"

namespace casedesk::DonationListSql {

namespace {

const QString kRowColumns
    = QStringLiteral("uuid, date, donor_uuid, donor_name, campaign_uuid, campaign_title, "
                     "amount_cents, currency, method, status, platform, "
                     "platform_order_id, reconciled, counterpart_cents");

// The donations indexes of the schema a list may read (Migrations.cpp). Each starts with the
// column it is for: a filter's column then date, or (deleted, sorted column).
enum class Index
{
    Date, // (deleted, date)
    Amount, // (deleted, amount_cents)
    DonorName, // (deleted, donor_sort_key)
    CampaignTitle, // (deleted, campaign_title)
    Order, // (deleted, platform_order_id)
    Method, // (deleted, method, date)
    Status, // (deleted, status, date)
    Reconciled, // (deleted, reconciled, status, date)
    Campaign, // (campaign_uuid, deleted, date, status, method, amount_cents, payout_uuid)
    Donor, // (donor_uuid, deleted, date, status, amount_cents)
};

QString indexName(Index index)
{
    switch (index) {
    case Index::Date:
        return QStringLiteral("donations_by_date");
    case Index::Amount:
        return QStringLiteral("donations_by_amount");
    case Index::DonorName:
        return QStringLiteral("donations_by_donor_name");
    case Index::CampaignTitle:
        return QStringLiteral("donations_by_campaign_title");
    case Index::Order:
        return QStringLiteral("donations_by_order");
    case Index::Method:
        return QStringLiteral("donations_by_method");
    case Index::Status:
        return QStringLiteral("donations_by_status");
    case Index::Reconciled:
        return QStringLiteral("donations_unreconciled");
    case Index::Campaign:
        return QStringLiteral("donations_by_campaign");
    case Index::Donor:
        return QStringLiteral("donations_by_donor");
    }
    return QStringLiteral("donations_by_date");
}

// The index whose order is the column's: walked in order, it stops after the page.
Index sortIndex(DonationColumn column)
{
    switch (column) {
    case DonationColumn::Date:
        return Index::Date;
    case DonationColumn::Donor:
        return Index::DonorName;
    case DonationColumn::Campaign:
        return Index::CampaignTitle;
    case DonationColumn::Amount:
        return Index::Amount;
    case DonationColumn::Method:
        return Index::Method;
    case DonationColumn::Status:
        return Index::Status;
    case DonationColumn::PlatformOrder:
        return Index::Order;
    case DonationColumn::Reconciled:
        return Index::Reconciled;
    }
    return Index::Date;
}

// The index that holds only what the filters keep, the most selective first: a campaign's or a
// donor's gifts, then a method (one of six), a status with the reconciled flag (the gifts waiting
// for a bank line), a status, the reconciled flag, a period.
std::optional<Index> filterIndex(const DonationQuery& query)
{
    if (query.campaign)
        return Index::Campaign;
    if (query.donor)
        return Index::Donor;
    if (query.method)
        return Index::Method;
    if (query.status && query.reconciled)
        return Index::Reconciled;
    if (query.status)
        return Index::Status;
    if (query.reconciled)
        return Index::Reconciled;
    if (query.from.isValid() || query.to.isValid())
        return Index::Date;
    return std::nullopt;
}

// Within the filters' range, the index is in date order already (the reconciled flag's once the
// status is fixed too).
bool inDateOrder(Index index, const DonationQuery& query)
{
    if (index == Index::Reconciled)
        return query.status.has_value();
    return index == Index::Date || index == Index::Method || index == Index::Status
        || index == Index::Campaign || index == Index::Donor;
}

Index rowsIndex(const DonationQuery& query, int expectedRows)
{
    const Index sort = sortIndex(query.sortColumn);
    const std::optional<Index> filter = filterIndex(query);
    if (!filter || *filter == sort)
        return sort;
    if ((query.sortColumn == DonationColumn::Date && inDateOrder(*filter, query))
        || expectedRows <= kSortInMemoryRows)
        return *filter;
    return sort;
}

// Each expression is the order of its sort index, so walking the index needs no sort.
QString sortExpression(DonationColumn column, const QString& direction)
{
    const auto withDate = [&](const char* name) {
        return QStringLiteral("%1 %2, date %2").arg(QLatin1String(name), direction);
    };
    switch (column) {
    case DonationColumn::Date:
        return QStringLiteral("date ") + direction;
    case DonationColumn::Donor:
        return QStringLiteral("donor_sort_key ") + direction;
    case DonationColumn::Campaign:
        return QStringLiteral("campaign_title ") + direction;
    case DonationColumn::Amount:
        return QStringLiteral("amount_cents ") + direction;
    case DonationColumn::Method:
        return withDate("method");
    case DonationColumn::Status:
        return withDate("status");
    case DonationColumn::PlatformOrder:
        return QStringLiteral("platform_order_id ") + direction;
    case DonationColumn::Reconciled:
        // The index's own order: within "reconciled" or not, the paid gifts together, then by date.
        return QStringLiteral("reconciled %1, status %1, date %1").arg(direction);
    }
    return QStringLiteral("date ") + direction;
}

bool isSearch(const DonationQuery& query)
{
    return !query.search.trimmed().isEmpty();
}

// The filters other than the search. `prefix` is "+" when no index may serve them (see
// searchSet()), empty when the statement names its index.
QStringList filterConditions(const DonationQuery& query, const QString& prefix, QVariantList* values)
{
    QStringList conditions;
    const auto add = [&](const char* column, const char* op, const QVariant& value) {
        conditions.append(QStringLiteral("%1%2 %3 ?").arg(prefix, QLatin1String(column), QLatin1String(op)));
        values->append(value);
    };
    if (query.campaign)
        add("campaign_uuid", "=", SqlValues::uuidText(*query.campaign));
    if (query.donor)
        add("donor_uuid", "=", SqlValues::uuidText(*query.donor));
    if (query.method)
        add("method", "=", DonationCodes::method(*query.method));
    if (query.status)
        add("status", "=", DonationCodes::status(*query.status));
    if (query.from.isValid())
        add("date", ">=", query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        add("date", "<=", query.to.toString(Qt::ISODate));
    if (query.reconciled)
        add("reconciled", "=", int(*query.reconciled));
    return conditions;
}

// What a search finds: a donor's name by the prefix of its sort key, an exact platform order
// id, a donor's e-mail by its prefix. As a set of ids, "id IN (a UNION ALL b UNION ALL c)", each
// part answered from its own index and the matches looked up by rowid: the way for a search
// that matches a few rows (written as "a OR b OR c" SQLite scanned the table instead, 4 to 5 s
// on a million rows even for no match). No LIKE '%…%': a full scan on every keystroke.
QString searchSet(const DonationQuery& query, QVariantList* values)
{
    const QString text = query.search.trimmed();
    const QString key = DonorNames::sortKey(text);
    values->append({ key, SqlValues::prefixEnd(key), text, text, SqlValues::prefixEnd(text) });
    return QStringLiteral(
        "id IN (SELECT id FROM donations WHERE deleted = 0 AND donor_sort_key >= ? AND donor_sort_key < ? "
        "UNION ALL SELECT id FROM donations WHERE deleted = 0 AND platform_order_id = ? "
        "UNION ALL SELECT d.id FROM donors o JOIN donations d ON d.donor_uuid = o.uuid "
        "WHERE o.email >= ? COLLATE NOCASE AND o.email < ? COLLATE NOCASE AND +o.deleted = 0)");
}

// The same search as a test of each row, for walking a sort index when it matches many rows:
// the page is found after a few thousand rows instead of sorting a hundred thousand matches.
QString searchTest(const DonationQuery& query, QVariantList* values)
{
    const QString text = query.search.trimmed();
    const QString key = DonorNames::sortKey(text);
    values->append({ key, SqlValues::prefixEnd(key), text, text, SqlValues::prefixEnd(text) });
    return QStringLiteral("((donor_sort_key >= ? AND donor_sort_key < ?) OR platform_order_id = ? "
                          "OR donor_uuid IN (SELECT uuid FROM donors WHERE email >= ? COLLATE NOCASE "
                          "AND email < ? COLLATE NOCASE AND +deleted = 0))");
}

QString joined(const QStringList& conditions)
{
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace

QString rowColumns()
{
    return kRowColumns;
}

namespace {

Statement everyMatch(const DonationQuery& query)
{
    Statement statement;
    if (isSearch(query)) {
        // "+": only the search's own indexes find the rows; a filter's index would walk all of them.
        QStringList conditions { QStringLiteral("+deleted = 0"), searchSet(query, &statement.values) };
        conditions += filterConditions(query, QStringLiteral("+"), &statement.values);
        statement.sql = QStringLiteral("SELECT count(*) FROM donations WHERE %1").arg(joined(conditions));
        return statement;
    }
    QStringList conditions { QStringLiteral("deleted = 0") };
    conditions += filterConditions(query, QString(), &statement.values);
    statement.sql = QStringLiteral("SELECT count(*) FROM donations INDEXED BY %1 WHERE %2")
                        .arg(indexName(filterIndex(query).value_or(Index::Date)), joined(conditions));
    return statement;
}

} // namespace

Statement count(const DonationQuery& query, int atMost)
{
    Statement statement = everyMatch(query);
    if (atMost > 0) {
        statement.sql = QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)")
                            .arg(statement.sql.replace(QStringLiteral("SELECT count(*) FROM"),
                                                       QStringLiteral("SELECT 1 FROM")));
        statement.values.append(atMost);
    }
    return statement;
}

Statement rows(const DonationQuery& query, int expectedRows)
{
    Statement statement;
    const QString direction
        = query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id breaks ties so paging is stable when many rows share a sort key.
    QString order = sortExpression(query.sortColumn, direction);
    if (isSearch(query) && expectedRows <= kSortInMemoryRows) {
        // A search's few matches are sorted as they are: "+column" is the same order without
        // the index, which SQLite would otherwise walk whole, probing each row.
        QStringList conditions { QStringLiteral("+deleted = 0"), searchSet(query, &statement.values) };
        conditions += filterConditions(query, QStringLiteral("+"), &statement.values);
        order = QStringLiteral("+") + order.replace(QStringLiteral(", "), QStringLiteral(", +"));
        statement.sql = QStringLiteral("SELECT %1 FROM donations WHERE %2 ORDER BY %3, id %4")
                            .arg(kRowColumns, joined(conditions), order, direction);
        return statement;
    }
    const Index index = isSearch(query) ? sortIndex(query.sortColumn) : rowsIndex(query, expectedRows);
    QStringList conditions { QStringLiteral("deleted = 0") };
    if (isSearch(query))
        conditions.append(searchTest(query, &statement.values));
    conditions += filterConditions(query, QString(), &statement.values);
    statement.sql = QStringLiteral("SELECT %1 FROM donations INDEXED BY %2 WHERE %3 ORDER BY %4, id %5")
                        .arg(kRowColumns, indexName(index), joined(conditions), order, direction);
    return statement;
}

} // namespace casedesk::DonationListSql

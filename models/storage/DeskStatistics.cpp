#include "storage/DeskStatistics.h"

#include "storage/Database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace casedesk::DeskStatistics {

namespace {

// The row count ANALYZE saw for each table (the first number of any of its stat1 rows).
QHash<QString, qint64> analysedRows(Database& database)
{
    QHash<QString, qint64> rows;
    if (!database.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).isValid())
        return rows;
    QSqlQuery q = database.exec(
        QStringLiteral("SELECT tbl, max(CAST(stat AS INTEGER)) FROM sqlite_stat1 GROUP BY tbl"));
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toLongLong());
    return rows;
}

bool changedTenfold(qint64 now, std::optional<qint64> analysed)
{
    if (!analysed)
        return now >= kRowsWorthAnalysing;
    if (std::max(now, *analysed) < kRowsWorthAnalysing)
        return false;
    return now >= 10 * *analysed || 10 * now <= *analysed;
}

} // namespace

QStringList refresh(Database& database)
{
    const QHash<QString, qint64> analysed = analysedRows(database);
    QStringList tables;
    QSqlQuery list = database.exec(QStringLiteral(
        "SELECT t.name FROM sqlite_master t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' "
        "AND EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.tbl_name = t.name) ORDER BY "
        "t.name"));
    while (list.next())
        tables.append(list.value(0).toString());
    QStringList stale;
    for (const QString& table : std::as_const(tables)) {
        // The largest rowid, read from the end of the table's b-tree, stands for its size: rows
        // are tombstoned, not deleted, so it is within a few percent of the count, for free.
        const qint64 rows
            = database.scalar(QStringLiteral("SELECT max(rowid) FROM \"%1\"").arg(table)).toLongLong();
        const auto seen = analysed.constFind(table);
        if (changedTenfold(rows, seen == analysed.cend() ? std::nullopt : std::optional<qint64>(*seen)))
            stale.append(table);
    }
    database.exec(QStringLiteral("PRAGMA analysis_limit = %1").arg(kAnalysisLimit));
    for (const QString& table : std::as_const(stale))
        database.exec(QStringLiteral("ANALYZE \"%1\"").arg(table));
    database.exec(QStringLiteral("PRAGMA optimize"));
    if (!stale.isEmpty())
        qCInfo(lcStorage) << "analysed" << stale;
    return stale;
}

} // namespace casedesk::DeskStatistics

#include "storage/DeskStatistics.h"

#include "storage/Database.h"
#include "storage/DeskSettings.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace casedesk::DeskStatistics {

namespace {

// How many rows each table had when it was last analysed, as recorded by refresh() in the desk's
// settings: ANALYZE's own counts are estimates from a sample (analysis_limit), too rough for a
// rule about tenfold changes.
const QString kRowsKey = QStringLiteral("statistics.rows.");

QHash<QString, qint64> analysedRows(Database& database)
{
    QHash<QString, qint64> rows;
    const QHash<QString, QString> stored = DeskSettings::valuesStartingWith(database, kRowsKey);
    for (auto row = stored.cbegin(); row != stored.cend(); ++row)
        rows.insert(row.key(), row.value().toLongLong());
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
    QHash<QString, qint64> stale; // table -> its rows now
    for (const QString& table : std::as_const(tables)) {
        // The largest rowid, read from the end of the table's b-tree, stands for its size: rows
        // are tombstoned, not deleted, so it is within a few percent of the count, for free.
        const qint64 rows
            = database.scalar(QStringLiteral("SELECT max(rowid) FROM \"%1\"").arg(table)).toLongLong();
        const auto seen = analysed.constFind(table);
        if (changedTenfold(rows, seen == analysed.cend() ? std::nullopt : std::optional<qint64>(*seen)))
            stale.insert(table, rows);
    }
    if (!stale.isEmpty()) {
        WriteTransaction transaction(database);
        database.exec(QStringLiteral("PRAGMA analysis_limit = %1").arg(kAnalysisLimit));
        for (auto table = stale.cbegin(); table != stale.cend(); ++table) {
            database.exec(QStringLiteral("ANALYZE \"%1\"").arg(table.key()));
            DeskSettings::setValue(database, kRowsKey + table.key(), QString::number(table.value()));
        }
        transaction.commit();
    }
    database.exec(QStringLiteral("PRAGMA optimize"));
    if (!stale.isEmpty())
        qCInfo(lcStorage) << "analysed" << stale.keys();
    return stale.keys();
}

} // namespace casedesk::DeskStatistics

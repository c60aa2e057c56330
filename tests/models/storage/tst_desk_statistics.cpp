// The desk keeps SQLite's statistics itself: after a bulk write, when a table has grown tenfold,
// and when it closes; a small desk is not analysed for nothing, and a refusal to store them
// (a read-only desk) never stops the work.

#include "SqliteFile.h"
#include "TempDesk.h"

#include "storage/Database.h"
#include "storage/DeskStatistics.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// How many rows the table had when the desk last analysed it; -1 when it never did, -2 when it
// says it did but ANALYZE's statistics of the table are missing.
qint64 analysedRows(const QString& path, const QString& table)
{
    RawSqlite raw(path);
    const QVariant rows = raw.scalar(
        QStringLiteral("SELECT value FROM settings WHERE key = 'statistics.rows.%1'").arg(table));
    if (!rows.isValid() || rows.isNull())
        return -1;
    const QVariant stored
        = raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE tbl = '%1'").arg(table));
    return stored.toInt() > 0 ? rows.toLongLong() : -2;
}

// `count` donors, in transactions of `perTransaction` rows.
void addDonors(Database& database, int count, int perTransaction)
{
    for (int written = 0; written < count;) {
        WriteTransaction transaction(database);
        for (int i = 0; i < perTransaction && written < count; ++i, ++written)
            database.exec(QStringLiteral("INSERT INTO donors (uuid, created_at, updated_at, name, sort_key) "
                                         "VALUES (?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?, ?)"),
                          { QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QStringLiteral("Donateur %1").arg(written),
                            QStringLiteral("donateur %1").arg(written) });
        transaction.commit();
    }
}

} // namespace

class TestDeskStatistics : public QObject
{
    Q_OBJECT

private slots:
    void aSmallDeskIsNotAnalysed()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        addDonors(desk.database(), 50, 50);
        desk.close();
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), -1);
    }

    void aBulkWriteIsAnalysedOnceCommitted()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        addDonors(desk.database(), 1500, 1500);
        // Read while the desk is still open: the commit did it, not the close.
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), 1500);
    }

    void aTableTenTimesBiggerIsAnalysedAgain()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        addDonors(desk.database(), 1200, 1200);
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), 1200);
        addDonors(desk.database(), 3000, 1000); // 4,200 rows: not yet ten times
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), 1200);
        addDonors(desk.database(), 8000, 1000); // 12,200
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), 12200);
    }

    void smallWritesAreAnalysedWhenTheDeskCloses()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        addDonors(desk.database(), 1100, 100); // autosave-sized transactions
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), -1);
        desk.close();
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), 1100);
    }

    void aReadOnlyDeskClosesWithoutStatistics()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        addDonors(desk.database(), 1100, 100);
        // The statistics cannot be stored: the desk still closes, nothing is thrown, it is said.
        QSqlQuery(desk.database().connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot refresh the statistics")));
        desk.close();
        QCOMPARE(analysedRows(desk.path(), QStringLiteral("donors")), -1);
    }
};

QTEST_GUILESS_MAIN(TestDeskStatistics)
#include "tst_desk_statistics.moc"

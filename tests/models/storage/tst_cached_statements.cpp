// Database::execCached: statements prepared once and reused must give each call its own rows,
// survive being run again while their rows are still read, and never leave a read open.

#include "TempDesk.h"

#include "storage/Database.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSelectValue = QStringLiteral("SELECT value FROM settings WHERE key = ?");
const QString kSelectKeys = QStringLiteral("SELECT key FROM settings WHERE key LIKE 'test.%' ORDER BY key");

void setValue(Database& database, const QString& key, const QString& value)
{
    database.execCached(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        { key, value });
}

} // namespace

class TestCachedStatements : public QObject
{
    Q_OBJECT

private slots:
    void eachCallHasItsOwnValues();
    void statementInUseIsPreparedAfresh();
    void noReadStaysOpen();
};

void TestCachedStatements::eachCallHasItsOwnValues()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    Database& database = desk.database();
    setValue(database, QStringLiteral("test.a"), QStringLiteral("1"));
    setValue(database, QStringLiteral("test.b"), QStringLiteral("2"));
    QCOMPARE(database.scalarCached(kSelectValue, { QStringLiteral("test.a") }).toString(),
             QStringLiteral("1"));
    QCOMPARE(database.scalarCached(kSelectValue, { QStringLiteral("test.b") }).toString(),
             QStringLiteral("2"));
    QVERIFY(database.scalarCached(kSelectValue, { QStringLiteral("test.none") }).isNull());
    setValue(database, QStringLiteral("test.a"), QStringLiteral("3"));
    QCOMPARE(database.scalarCached(kSelectValue, { QStringLiteral("test.a") }).toString(),
             QStringLiteral("3"));
}

// The same statement run again while an outer loop still reads its rows: the inner run gets a
// statement of its own, and the outer loop goes on where it was.
void TestCachedStatements::statementInUseIsPreparedAfresh()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    Database& database = desk.database();
    for (const QString& key :
         { QStringLiteral("test.a"), QStringLiteral("test.b"), QStringLiteral("test.c") })
        setValue(database, key, key);
    QStringList outer;
    QStringList inner;
    Database::CachedQuery keys = database.execCached(kSelectKeys);
    while (keys.next()) {
        outer.append(keys.value(0).toString());
        Database::CachedQuery again = database.execCached(kSelectKeys);
        inner.clear();
        while (again.next())
            inner.append(again.value(0).toString());
    }
    const QStringList all { QStringLiteral("test.a"), QStringLiteral("test.b"), QStringLiteral("test.c") };
    QCOMPARE(outer, all);
    QCOMPARE(inner, all);
}

// A statement left open would keep its snapshot of the desk: a colleague's commit on another
// connection (another window, the CLI) would stay unseen by every later read here.
void TestCachedStatements::noReadStaysOpen()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    Database& here = desk.database();
    setValue(here, QStringLiteral("test.a"), QStringLiteral("1"));
    setValue(here, QStringLiteral("test.b"), QStringLiteral("1"));
    // Reads one row of a statement that has more: without a reset, it would still be stepping.
    QCOMPARE(here.scalarCached(kSelectKeys).toString(), QStringLiteral("test.a"));

    Database elsewhere(uniqueConnectionName(QStringLiteral("cached-elsewhere")));
    QString error;
    QVERIFY2(elsewhere.open(desk.path(), &error), qPrintable(error));
    {
        WriteTransaction transaction(elsewhere);
        setValue(elsewhere, QStringLiteral("test.b"), QStringLiteral("2"));
        transaction.commit();
    }
    QCOMPARE(here.scalar(kSelectValue, { QStringLiteral("test.b") }).toString(), QStringLiteral("2"));
    // And this desk can still write: no read transaction holds it back.
    WriteTransaction transaction(here);
    setValue(here, QStringLiteral("test.a"), QStringLiteral("3"));
    transaction.commit();
    QCOMPARE(elsewhere.scalar(kSelectValue, { QStringLiteral("test.a") }).toString(), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestCachedStatements)
#include "tst_cached_statements.moc"

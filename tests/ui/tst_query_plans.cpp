// No plan left to chance: every statement the window runs while a user goes through it (each
// area, each tab, each sort, filter and search, scrolling) is recorded on the desk's own
// connection, then explained (EXPLAIN QUERY PLAN) on a desk that has never been analysed and on
// the same desk once analysed. A big table (donations, donors, bank lines, milestones) is never
// scanned whole, and a statement's plan is the same with and without statistics: a query that
// finds its index only once ANALYZE has run would take minutes on the next desk that never ran it.

#include "BenchDesk.h"
#include "MainWindow.h"
#include "SqliteFile.h"
#include "TempDesk.h"
#include "campaigns/CampaignsPage.h"
#include "common/DateEdit.h"
#include "demo/DemoData.h"
#include "donations/DonationsPage.h"
#include "donations/DonationsView.h"
#include "donations/DonorsView.h"
#include "donations/ledger/DonationListSql.h"
#include "procedures/ProceduresPage.h"
#include "storage/LocaleCollation.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <sqlite3.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QStringList kBigTables = { QStringLiteral("donations"), QStringLiteral("donors"),
                                 QStringLiteral("bank_lines"), QStringLiteral("milestones") };

// Statement text (with its ? placeholders) -> one run of it with its values, as SQLite expands it.
using StatementLog = QMap<QString, QString>;

int recordStatement(unsigned type, void* context, void* statement, void*)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto* log = static_cast<StatementLog*>(context);
    auto* stmt = static_cast<sqlite3_stmt*>(statement);
    const QString sql = QString::fromUtf8(sqlite3_sql(stmt)).simplified();
    static const QRegularExpression notAQuery(
        QStringLiteral("^(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|ANALYZE|EXPLAIN)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (sql.isEmpty() || notAQuery.match(sql).hasMatch() || log->contains(sql))
        return 0;
    char* expanded = sqlite3_expanded_sql(stmt);
    log->insert(sql, QString::fromUtf8(expanded));
    sqlite3_free(expanded);
    return 0;
}

sqlite3* handleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

// The tables a statement names, by the names its plan uses for them (aliases included).
QHash<QString, QString> tablesByName(const QString& sql)
{
    static const QRegularExpression source(
        QStringLiteral("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([A-Za-z_]+)(?:\\s+(?:AS\\s+)?([A-Za-z_]+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords = {
        QStringLiteral("WHERE"), QStringLiteral("ON"),     QStringLiteral("JOIN"),    QStringLiteral("LEFT"),
        QStringLiteral("INNER"), QStringLiteral("ORDER"),  QStringLiteral("GROUP"),   QStringLiteral("LIMIT"),
        QStringLiteral("SET"),   QStringLiteral("VALUES"), QStringLiteral("INDEXED"), QStringLiteral("UNION"),
        QStringLiteral("USING"), QStringLiteral("CROSS"),  QStringLiteral("NOT"),     QStringLiteral("HAVING")
    };
    QHash<QString, QString> tables;
    for (auto match = source.globalMatch(sql); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        const QString table = m.captured(1);
        tables.insert(table, table);
        if (!m.captured(2).isEmpty() && !keywords.contains(m.captured(2).toUpper()))
            tables.insert(m.captured(2), table);
    }
    return tables;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noBigTableIsScanned();
    void plansDoNotDependOnStatistics();
    void everyWayOfReadingTheDonationsList();

private:
    void goThroughTheWindow();
    QStringList plan(const QString& connectionName, const QString& sql, QString* error);
    QStringList explainAll(const QString& connectionName);

    std::unique_ptr<TempDesk> m_desk;
    StatementLog m_statements;
    QMap<QString, QStringList> m_plansWithout; // statement -> plan, never analysed
    QMap<QString, QStringList> m_plansWith; // statement -> plan, analysed
};

void TestQueryPlans::initTestCase()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    QString message;
    QVERIFY2(DemoData::load(m_desk->database(), m_desk->associations(), m_desk->campaigns(),
                            QDate(2026, 12, 1), &message)
                 != DemoData::Outcome::Failed,
             qPrintable(message));
    // Enough rows that ANALYZE learns how selective each index is.
    QVERIFY(bench::fillDesk(m_desk->database(), 6000, true));
    m_desk->close(); // closing may store statistics: take them away before the window opens
    {
        RawSqlite raw(m_desk->path());
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE IF EXISTS sqlite_stat1")));
    }
    QVERIFY(m_desk->reopen());

    sqlite3* db = handleOf(m_desk->database().connection());
    QVERIFY(db);
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, &recordStatement, &m_statements);
    goThroughTheWindow();
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    QVERIFY2(m_statements.size() > 40, qPrintable(QString::number(m_statements.size())));

    // Never analysed: the desk as it is now. Then the same desk after a full ANALYZE.
    const QString probe = uniqueConnectionName(QStringLiteral("plans"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
        connection.setDatabaseName(m_desk->path());
        QVERIFY(connection.open());
        QVERIFY(registerLocaleCollation(connection));
        QSqlQuery query(connection);
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM sqlite_stat1")) || !query.next());
        for (auto statement = m_statements.cbegin(); statement != m_statements.cend(); ++statement) {
            QString error;
            m_plansWithout.insert(statement.key(), plan(probe, statement.value(), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(query.exec(QStringLiteral("ANALYZE")));
        connection.close();
        QVERIFY(connection.open()); // the planner reads the statistics when it opens
        QVERIFY(registerLocaleCollation(connection));
        for (auto statement = m_statements.cbegin(); statement != m_statements.cend(); ++statement) {
            QString error;
            m_plansWith.insert(statement.key(), plan(probe, statement.value(), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(probe);

    // CASEDESK_QUERY_PLANS=FILE writes every statement and its two plans there, for a developer.
    if (const QString dump = qEnvironmentVariable("CASEDESK_QUERY_PLANS"); !dump.isEmpty()) {
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        for (auto statement = m_statements.cbegin(); statement != m_statements.cend(); ++statement)
            file.write(QStringLiteral("%1\n    never analysed: %2\n    analysed:       %3\n\n")
                           .arg(statement.key(),
                                m_plansWithout.value(statement.key()).join(QStringLiteral(" | ")),
                                m_plansWith.value(statement.key()).join(QStringLiteral(" | ")))
                           .toUtf8());
    }
}

// What a user does in a first hour: every area, every tab, every column sorted both ways, every
// filter value, searches that match many, one and nothing, and a scroll down the long lists.
void TestQueryPlans::goThroughTheWindow()
{
    Database& database = m_desk->database();
    MainWindow window(database, m_desk->campaigns(), m_desk->associations(), m_desk->settings());
    window.campaignsPage()->selectFirstCampaign();
    window.show();
    QCoreApplication::processEvents();

    const auto sortEveryColumn = [](QWidget* page) {
        for (QTableView* view : page->findChildren<QTableView*>()) {
            if (!view->isSortingEnabled() || !view->model())
                continue;
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                view->sortByColumn(column, Qt::AscendingOrder);
                view->sortByColumn(column, Qt::DescendingOrder);
            }
        }
    };
    // The search fields wait for a pause in typing; the test does not.
    for (QTimer* delay : window.findChildren<QTimer*>()) {
        if (delay->isSingleShot() && delay->interval() > 0 && delay->interval() <= 500)
            delay->setInterval(0);
    }
    const auto search = [](QLineEdit* field, const QString& text) {
        field->setText(text);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };
    const auto scroll = [](QAbstractItemView* view) {
        for (int i = 0; i < 3 && view->model() && view->model()->canFetchMore({}); ++i)
            view->model()->fetchMore({});
    };
    for (int area = 0; area < 8; ++area) {
        window.showArea(area);
        QCoreApplication::processEvents();
        sortEveryColumn(window.centralWidget());
    }

    CampaignsPage* campaigns = window.campaignsPage();
    window.showArea(0);
    for (const QString& text :
         { QStringLiteral("s"), QStringLiteral("Sivens"), QStringLiteral("zzz"), QString() })
        campaigns->searchEdit()->setText(text);

    window.showArea(1);
    QComboBox* procedureCampaign = window.proceduresPage()->campaignBox();
    for (int i = 0; i < procedureCampaign->count(); ++i)
        procedureCampaign->setCurrentIndex(i);

    window.showArea(5);
    DonationsPage* donations = window.donationsPage();
    DonationsView* list = donations->donationsView();
    scroll(list->table());
    for (QComboBox* box : list->findChildren<QComboBox*>()) {
        for (int i = 0; i < box->count(); ++i)
            box->setCurrentIndex(i);
        box->setCurrentIndex(0);
    }
    // The period's dates, typed as a person does (each one filters the list).
    for (DateEdit* date : list->findChildren<DateEdit*>()) {
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2021-03-01"));
        QCoreApplication::processEvents();
    }
    QVERIFY(!list->findChildren<DateEdit*>().isEmpty());
    for (const QString& text :
         { QStringLiteral("h"), QStringLiteral("Hélène Durand 1"), QStringLiteral("donor12@"),
           QStringLiteral("UL-42"), QStringLiteral("zzz"), QStringLiteral("h") })
        search(list->searchField(), text);
    sortEveryColumn(list);
    scroll(list->table());

    QTabWidget* tabs = donations->tabs();
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        sortEveryColumn(tabs->currentWidget());
    }
    tabs->setCurrentWidget(donations->donorsView());
    DonorsView* donors = donations->donorsView();
    scroll(donors->table());
    for (QLineEdit* field : donors->findChildren<QLineEdit*>()) {
        if (!field->placeholderText().startsWith(QLatin1String("Search")))
            continue; // the donor's own fields: typing there would edit the donor
        for (const QString& text :
             { QStringLiteral("h"), QStringLiteral("donor12@"), QStringLiteral("zzz"), QString() })
            search(field, text);
    }
    if (donors->table()->model()->rowCount() > 0)
        donors->table()->selectRow(0);
    QCoreApplication::processEvents();
    for (int i = 0; i < 5; ++i) // the background reconciliation, the report
        QTest::qWait(20);
    window.close();
}

QStringList TestQueryPlans::plan(const QString& connectionName, const QString& sql, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        *error = query.lastError().text() + QStringLiteral(" in: ") + sql;
        return {};
    }
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps;
}

// How a plan reads the big tables: each step that reads one, with the index it reads, by the
// name the plan gives the table. The constraints in parentheses are left out: with statistics
// SQLite may skip-scan the same index (ANY(deleted)), which is the same choice of index.
static QStringList bigTableSteps(const QString& sql, const QStringList& plan)
{
    static const QRegularExpression access(QStringLiteral("^(?:SCAN|SEARCH) (\\w+)"));
    const QHash<QString, QString> tables = tablesByName(sql);
    QStringList steps;
    for (const QString& step : plan) {
        const QRegularExpressionMatch m = access.match(step);
        if (m.hasMatch() && kBigTables.contains(tables.value(m.captured(1))))
            steps.append(step.section(QStringLiteral(" ("), 0, 0));
    }
    return steps;
}

void TestQueryPlans::noBigTableIsScanned()
{
    QStringList problems;
    for (const auto* plans : { &m_plansWithout, &m_plansWith }) {
        for (auto statement = plans->cbegin(); statement != plans->cend(); ++statement) {
            const QHash<QString, QString> tables = tablesByName(statement.key());
            for (const QString& step : statement.value()) {
                static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
                const QRegularExpressionMatch m = scan.match(step);
                if (m.hasMatch() && kBigTables.contains(tables.value(m.captured(1))))
                    problems.append(QStringLiteral("%1 (%2 statistics):\n    %3\n    %4")
                                        .arg(step,
                                             plans == &m_plansWithout ? QStringLiteral("without")
                                                                      : QStringLiteral("with"),
                                             statement.key(), statement.value().join(QStringLiteral(" | "))));
            }
        }
    }
    for (const QString& problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "a big table is scanned (see the warnings above)");
}

// How the big tables are read is decided by the query, not by statistics; small tables (a few
// campaigns, accounts, periods) may be read as SQLite sees fit.
void TestQueryPlans::plansDoNotDependOnStatistics()
{
    QStringList problems;
    for (auto statement = m_plansWithout.cbegin(); statement != m_plansWithout.cend(); ++statement) {
        const QStringList analysed = m_plansWith.value(statement.key());
        if (bigTableSteps(statement.key(), analysed) != bigTableSteps(statement.key(), statement.value()))
            problems.append(QStringLiteral("%1\n    never analysed: %2\n    analysed:       %3")
                                .arg(statement.key(), statement.value().join(QStringLiteral(" | ")),
                                     analysed.join(QStringLiteral(" | "))));
    }
    for (const QString& problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "plans that change with statistics (see the warnings above)");
}

// The window above meets the paths of a desk of a few thousand gifts; a big desk takes others
// (a page walked along the sorted column's index instead of sorted in memory). Every filter,
// alone and two by two, with and without a search, under every sort, as a short and as a long
// list: explained on the two desks, it must read the big tables the same way.
void TestQueryPlans::everyWayOfReadingTheDonationsList()
{
    const QUuid someone = QUuid::createUuid();
    const QList<std::function<void(DonationQuery&)>> filters = {
        [](DonationQuery&) {},
        [&](DonationQuery& q) { q.campaign = someone; },
        [&](DonationQuery& q) { q.donor = someone; },
        [](DonationQuery& q) { q.method = DonationMethod::Cheque; },
        [](DonationQuery& q) { q.status = DonationStatus::Refunded; },
        [](DonationQuery& q) { q.reconciled = false; },
        [](DonationQuery& q) {
            q.from = QDate(2020, 3, 1);
            q.to = QDate(2020, 3, 31);
        },
    };
    QList<DonationListSql::Statement> statements;
    for (int first = 0; first < filters.size(); ++first) {
        for (int second = first; second < filters.size(); ++second) {
            for (const QString& search : { QString(), QStringLiteral("h") }) {
                DonationQuery query;
                filters.at(first)(query);
                filters.at(second)(query);
                query.search = search;
                statements.append(DonationListSql::count(query));
                for (int column = 0; column <= int(DonationColumn::Reconciled); ++column) {
                    query.sortColumn = DonationColumn(column);
                    for (const int expected : { 100, 1000000, DonationListSql::kAllRows })
                        statements.append(DonationListSql::rows(query, expected));
                }
            }
        }
    }
    // Literal values, as a run of the statement would bind them.
    QStringList sqls;
    for (const DonationListSql::Statement& statement : std::as_const(statements)) {
        QString sql = statement.sql;
        for (const QVariant& value : statement.values)
            sql.replace(sql.indexOf(QLatin1Char('?')), 1,
                        value.typeId() == QMetaType::Int ? value.toString()
                                                         : QStringLiteral("'%1'").arg(value.toString()));
        sqls.append(sql);
    }
    const QString probe = uniqueConnectionName(QStringLiteral("paths"));
    QStringList problems;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
        connection.setDatabaseName(m_desk->path()); // analysed by initTestCase()
        QMap<QString, QStringList> analysed;
        QVERIFY(connection.open());
        for (const QString& sql : std::as_const(sqls)) {
            QString error;
            analysed.insert(sql, plan(probe, sql, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(QSqlQuery(connection).exec(QStringLiteral("DROP TABLE sqlite_stat1")));
        connection.close();
        QVERIFY(connection.open());
        for (const QString& sql : std::as_const(sqls)) {
            QString error;
            const QStringList never = bigTableSteps(sql, plan(probe, sql, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (never != bigTableSteps(sql, analysed.value(sql)))
                problems.append(
                    QStringLiteral("%1\n    never analysed: %2\n    analysed:       %3")
                        .arg(sql, never.join(QStringLiteral(" | ")),
                             bigTableSteps(sql, analysed.value(sql)).join(QStringLiteral(" | "))));
            for (const QString& step : never) {
                if (step.startsWith(QLatin1String("SCAN ")))
                    problems.append(QStringLiteral("%1\n    %2").arg(step, sql));
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(probe);
    for (const QString& problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
             "a way of reading the list is left to statistics or scans (see the warnings above)");
}

QTEST_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"

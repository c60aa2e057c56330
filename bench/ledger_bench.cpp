// The ledger at scale, on a fresh desk in a temporary folder (or --dir):
//
//   bench_ledger csv  [--lines N]     generate a bank CSV of N lines, parse it (CsvStatementParser),
//                                     preview and commit (LedgerImport); also leaves the CSV for
//                                     bench/ledger_sqlite_floor.sh (sqlite3's own .import)
//   bench_ledger camt [--lines N]     the same with a generated CAMT.053 (.001.08) file (CamtParser)
//   bench_ledger floor [--lines N]    what bounds an import's commit: the import's own INSERT of N
//                                     bank lines made beforehand, SQLite alone, with random UUIDs
//                                     and keys (as a CSV import), with ordered ones, and into a
//                                     table of the same columns without indexes; and each commit
//   bench_ledger view [--rows N]      N donations (and N/10 donors), then what the donations view
//                                     does: open (count + first page), every sort, filters, searches;
//                                     and Database::open (with its PRAGMA quick_check) on that desk;
//                                     with --dir DIR holding a desk.db already, that desk is reused
//
// Each step prints its wall time in milliseconds. Peak memory: run under /usr/bin/time -v.

#include "BenchDesk.h"
#include "donations/ledger/Donor.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/LedgerImport.h"
#include "donations/statements/CamtParser.h"
#include "donations/statements/CsvStatementParser.h"
#include "itemmodels/DonationListModel.h"
#include "itemmodels/DonorListModel.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace casedesk;

namespace {

double cpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// The machine is shared (other builds run on its 2 cores): each step reports its wall time and
// the CPU time this process spent, which is what the wall time would be on an idle machine
// (for CPU-bound steps; fsync waits show in wall time only).
double g_lastCpuMs = 0;

double millisecondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    const double cpuStart = cpuMilliseconds();
    timer.start();
    work();
    g_lastCpuMs = cpuMilliseconds() - cpuStart;
    return timer.nsecsElapsed() / 1e6;
}

void report(const char* step, double ms)
{
    std::printf("%-48s %9.1f ms wall %9.1f ms cpu\n", step, ms, g_lastCpuMs);
    std::fflush(stdout);
}

const QStringList kLabels
    = { QStringLiteral("VIR SEPA DON %1"), QStringLiteral("CHQ REMISE %1"),
        QStringLiteral("PRLV SEPA COTISATION %1"), QStringLiteral("CB FRAIS BANCAIRES %1"),
        QStringLiteral("VIR ULULE VERSEMENT %1") };

qint64 amountOf(int i)
{
    return (i % 7 == 0 ? -1 : 1) * (100 + (qint64(i) * 7919) % 50000);
}

QString labelOf(int i)
{
    return kLabels.at(i % kLabels.size()).arg(i % 2000);
}

// --- statement imports --------------------------------------------------------------------------

void writeCsv(const QString& path, int lines)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    out << "Date;Libelle;Montant\n";
    const QDate start(2020, 1, 1);
    for (int i = 0; i < lines; ++i) {
        const qint64 cents = amountOf(i);
        const qint64 magnitude = cents < 0 ? -cents : cents;
        out << start.addDays(i / 50).toString(QStringLiteral("dd/MM/yyyy")) << ';' << labelOf(i) << ';'
            << (cents < 0 ? "-" : "") << magnitude / 100 << ','
            << QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')) << '\n';
    }
}

void writeCamt(const QString& path, int lines)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    qint64 total = 0;
    for (int i = 0; i < lines; ++i)
        total += amountOf(i);
    const auto amount = [](qint64 cents) {
        const qint64 m = cents < 0 ? -cents : cents;
        return QStringLiteral("%1.%2").arg(m / 100).arg(m % 100, 2, 10, QLatin1Char('0'));
    };
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
           "<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-01-01T00:00:00Z</CreDtTm></GrpHdr><Stmt><Id>BENCH-1</"
           "Id>"
           "<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>"
           "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt "
           "Ccy=\"EUR\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
           "<Dt><Dt>2020-01-01</Dt></Dt></Bal>"
           "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
        << amount(total) << "</Amt><CdtDbtInd>" << (total < 0 ? "DBIT" : "CRDT")
        << "</CdtDbtInd><Dt><Dt>2026-01-01</Dt></Dt></Bal>\n";
    const QDate start(2020, 1, 1);
    for (int i = 0; i < lines; ++i) {
        const qint64 cents = amountOf(i);
        const QString day = start.addDays(i / 50).toString(Qt::ISODate);
        out << "<Ntry><Amt Ccy=\"EUR\">" << amount(cents) << "</Amt><CdtDbtInd>"
            << (cents < 0 ? "DBIT" : "CRDT") << "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>" << day
            << "</Dt></BookgDt><ValDt><Dt>" << day << "</Dt></ValDt><AcctSvcrRef>BENCH" << i
            << "</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>" << labelOf(i)
            << "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    out << "</Stmt></BkToCstmrStmt></Document>\n";
}

int importStatement(const QString& dir, const QString& kind, int lines)
{
    const QString file
        = dir + (kind == QLatin1String("csv") ? QStringLiteral("/bench.csv") : QStringLiteral("/bench.xml"));
    report("generate file", millisecondsOf([&] {
               if (kind == QLatin1String("csv"))
                   writeCsv(file, lines);
               else
                   writeCamt(file, lines);
           }));
    Database database(QStringLiteral("bench"));
    QString error;
    if (!database.open(dir + QStringLiteral("/desk.db"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    StatementParseResult parsed;
    report("parse", millisecondsOf([&] {
               if (kind == QLatin1String("csv")) {
                   CsvMapping mapping;
                   mapping.bookingDateColumn = 0;
                   mapping.labelColumns = { 1 };
                   mapping.amountColumn = 2;
                   parsed = CsvStatementParser::parseFile(file, mapping);
                   parsed.statement.accountIban = QStringLiteral("FR7630006000011234567890189");
               } else {
                   parsed = CamtParser::parseFile(file);
               }
           }));
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.problem->text()));
        return 1;
    }
    LedgerImport import(database);
    StatementPreview preview;
    ImportResult result;
    const double previewMs
        = millisecondsOf([&] { preview = import.previewStatement(parsed.statement, file, {}); });
    report("preview (keys + duplicate lookups)", previewMs);
    const double commitMs = millisecondsOf([&] { result = import.commitStatement(preview); });
    report("commit (one transaction)", commitMs);
    std::printf("%-48s %9.1f ms wall\n", "preview + commit", previewMs + commitMs);
    std::printf("%s\n", qPrintable(result.summary()));
    const double againMs = millisecondsOf(
        [&] { result = import.commitStatement(import.previewStatement(parsed.statement, file)); });
    report("re-import of the same file (all duplicates)", againMs);
    std::printf("%s\n", qPrintable(result.summary()));
    return 0;
}

// --- the donations view -------------------------------------------------------------------------

// The list's count: at once up to DonationListModel::kCountAtOnce, else finished in the
// background while the list is already on screen; how long that takes is printed too.
void printTotal(DonationListModel& model)
{
    if (model.isTotalKnown()) {
        std::printf("  -> %d rows\n", model.totalCount());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&model, &DonationListModel::totalCountChanged, &loop, &QEventLoop::quit);
    loop.exec();
    std::printf("  -> %d rows (more than %d at once; the exact count %.0f ms later, in the background)\n",
                model.totalCount(), DonationListModel::kCountAtOnce, timer.nsecsElapsed() / 1e6);
}

int view(const QString& dir, int rows)
{
    const QString path = dir + QStringLiteral("/desk.db");
    if (!QFileInfo::exists(path)) {
        Database database(QStringLiteral("fill"));
        QString error;
        if (!database.open(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        report("fill desk (donations + donors)",
               millisecondsOf([&] { bench::fillDesk(database, rows, false); }));
        database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    std::printf("desk file: %.1f MB\n", QFileInfo(path).size() / 1e6);
    Database database(QStringLiteral("view"));
    QString error;
    bool opened = false;
    // Above Database::kCheckOnOpenMaxBytes the page-by-page check is left to the background.
    report("Database::open", millisecondsOf([&] { opened = database.open(path, &error); }));
    std::printf("quick_check deferred to the background: %s\n",
                database.integrityCheckDeferred() ? "yes" : "no");
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    report("Database::checkIntegrity (the background check)",
           millisecondsOf([&] { Database::checkIntegrity(path); }));
    DonationRepository repository(database);
    std::unique_ptr<DonationListModel> model;
    report("open view (count + first page)",
           millisecondsOf([&] { model = std::make_unique<DonationListModel>(repository); }));
    printTotal(*model);
    const char* names[]
        = { "date", "donor", "campaign", "amount", "method", "status", "order", "reconciled" };
    for (int column = 0; column < DonationListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QByteArray step
                = QByteArray("sort ") + names[column] + (order == Qt::AscendingOrder ? " asc" : " desc");
            report(step.constData(), millisecondsOf([&] { model->sort(column, order); }));
        }
    }
    model->sort(DonationListModel::Date, Qt::DescendingOrder);
    report("scroll: fetchMore x 40 (10,240 rows)", millisecondsOf([&] {
               for (int i = 0; i < 40; ++i)
                   model->fetchMore({});
           }));
    const auto filter = [&](const char* step, const std::function<void(DonationQuery&)>& set) {
        DonationQuery query;
        set(query);
        report(step, millisecondsOf([&] { model->setFilters(query); }));
        printTotal(*model);
    };
    filter("filter status = refunded", [](DonationQuery& q) { q.status = DonationStatus::Refunded; });
    filter("filter method = cheque", [](DonationQuery& q) { q.method = DonationMethod::Cheque; });
    filter("filter not reconciled", [](DonationQuery& q) { q.reconciled = false; });
    filter("filter period (one month)", [](DonationQuery& q) {
        q.from = QDate(2020, 3, 1);
        q.to = QDate(2020, 3, 31);
    });
    filter("search 'h' (name prefix, broad)", [](DonationQuery& q) { q.search = QStringLiteral("h"); });
    filter("search 'helene durand 1' (name prefix)",
           [](DonationQuery& q) { q.search = QStringLiteral("Hélène Durand 1"); });
    filter("search 'donor123@' (e-mail prefix)",
           [](DonationQuery& q) { q.search = QStringLiteral("donor123@"); });
    filter("search 'UL-4242' (order id)", [](DonationQuery& q) { q.search = QStringLiteral("UL-4242"); });
    filter("search 'zzz' (no match)", [](DonationQuery& q) { q.search = QStringLiteral("zzz"); });
    report("LIKE '%durand 12%' on donor_name (rejected option)", millisecondsOf([&] {
               database.scalar(
                   QStringLiteral("SELECT count(*) FROM donations WHERE deleted = 0 AND donor_name LIKE ?"),
                   { QStringLiteral("%durand 12%") });
           }));

    // The donors tab: the list with each donor's count and total, and its searches.
    DonorRepository donors(database);
    std::unique_ptr<DonorListModel> donorList;
    report("donors: open list (count + first page)",
           millisecondsOf([&] { donorList = std::make_unique<DonorListModel>(donors); }));
    std::printf("  -> %d donors\n", donorList->totalCount());
    for (const char* text : { "h", "helene durand 1", "donor123@", "zzz" }) {
        const QByteArray step = QByteArray("donors: search '") + text + "'";
        report(step.constData(), millisecondsOf([&] { donorList->setSearch(QString::fromUtf8(text)); }));
        std::printf("  -> %d donors\n", donorList->totalCount());
    }
    return 0;
}

// --- what bounds an import: SQLite alone ---------------------------------------------------------

// The values of one bank line as a CSV import binds them, made before the clock starts.
struct LineRow
{
    QByteArray uuid;
    QByteArray date;
    QByteArray label;
    QByteArray key;
    qint64 cents = 0;
};

QList<LineRow> lineRows(int lines, bool ordered)
{
    QList<LineRow> rows;
    rows.reserve(lines);
    const QDate start(2024, 1, 1);
    for (int i = 0; i < lines; ++i) {
        LineRow row;
        if (ordered) {
            row.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')).toUtf8();
            row.key = QStringLiteral("hash:%1#1").arg(i, 64, 10, QLatin1Char('0')).toUtf8();
        } else {
            row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
            QByteArray digest(32, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(digest.data()), 8);
            row.key = "hash:" + digest.toHex() + "#1";
        }
        row.date = start.addDays(i * 365 / lines).toString(Qt::ISODate).toUtf8();
        row.label
            = QStringLiteral("VIREMENT EN VOTRE FAVEUR ZOÉ FAURE POUR LE RECOURS CONTRE LA DÉVIATION %1")
                  .arg(i)
                  .toUtf8();
        row.cents = amountOf(i);
        rows.append(row);
    }
    return rows;
}

// One fresh desk, one transaction, the import's own INSERT (LedgerImport::commitStatement) or a
// plain one into a table of the same columns without indexes or constraints.
int insertRows(const QString& path, const QList<LineRow>& rows, bool plain, const char* what)
{
    Database database(QStringLiteral("floor"));
    QString error;
    if (!database.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString statement = QUuid::createUuid().toString(QUuid::WithoutBraces);
    database.exec(
        QStringLiteral("INSERT INTO bank_accounts (uuid, revision, created_at, updated_at, iban, name, "
                       "currency) VALUES (?, 1, ?, ?, 'FR7630006000011234567890189', 'Bench', 'EUR')"),
        { account, now, now });
    database.exec(QStringLiteral("INSERT INTO bank_statements (uuid, revision, created_at, updated_at, "
                                 "account_uuid, format, file_name, file_sha256, statement_ref, imported_at) "
                                 "VALUES (?, 1, ?, ?, ?, 'csv', 'floor.csv', '', '', ?)"),
                  { statement, now, now, account, now });
    if (plain)
        database.exec(QStringLiteral("CREATE TABLE plain_lines AS SELECT * FROM bank_lines WHERE 0"));
    // As LedgerImport does for the import: the indexes' pages stay in memory.
    database.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    const QByteArray nowText = now.toUtf8();
    const QByteArray accountText = account.toUtf8();
    const QByteArray statementText = statement.toUtf8();
    WriteTransaction transaction(database);
    SqliteStatement insert(
        database,
        plain ? "INSERT INTO plain_lines (uuid, revision, created_at, updated_at, account_uuid, "
                "statement_uuid, booking_date, value_date, amount_cents, currency, label, "
                "counterparty, counterparty_iban, reference, bank_reference, line_key, "
                "source_line) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              : "INSERT INTO bank_lines (uuid, revision, created_at, updated_at, account_uuid, "
                "statement_uuid, booking_date, value_date, amount_cents, currency, label, "
                "counterparty, counterparty_iban, reference, bank_reference, line_key, "
                "source_line) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (account_uuid, line_key) DO NOTHING");
    insert.bindText(2, nowText);
    insert.bindText(3, nowText);
    insert.bindText(4, accountText);
    insert.bindText(5, statementText);
    insert.bindNull(7);
    insert.bindText(9, "EUR");
    for (const int empty : { 11, 12, 13, 14 })
        insert.bindText(empty, "");
    report(what, millisecondsOf([&] {
               for (int i = 0; i < rows.size(); ++i) {
                   const LineRow& row = rows.at(i);
                   insert.bindText(1, row.uuid);
                   insert.bindText(6, row.date);
                   insert.bindInt(8, row.cents);
                   insert.bindText(10, row.label);
                   insert.bindText(15, row.key);
                   insert.bindInt(16, i + 8);
                   insert.step();
                   insert.reset();
               }
           }));
    report("  commit (WAL written, fsync, checkpoint, fsync)", millisecondsOf([&] { transaction.commit(); }));
    report("  close", millisecondsOf([&] { database.close(); }));
    std::printf("  desk file %.1f MB\n", QFileInfo(path).size() / 1e6);
    return 0;
}

int importFloor(const QString& dir, int lines)
{
    const QList<LineRow> random = lineRows(lines, false);
    const QList<LineRow> ordered = lineRows(lines, true);
    if (insertRows(dir + QStringLiteral("/floor-random.db"), random, false,
                   "bank_lines, random UUIDs and keys (an import)")
        || insertRows(dir + QStringLiteral("/floor-ordered.db"), ordered, false,
                      "bank_lines, ordered UUIDs and keys")
        || insertRows(dir + QStringLiteral("/floor-plain.db"), random, true,
                      "same columns, no index or constraint"))
        return 1;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    int count = mode == QLatin1String("view") ? 1000000 : 100000;
    QString dir;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--lines") || args.at(i) == QLatin1String("--rows"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
    }
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    if (mode == QLatin1String("csv") || mode == QLatin1String("camt"))
        return importStatement(dir, mode, count);
    if (mode == QLatin1String("view"))
        return view(dir, count);
    if (mode == QLatin1String("floor"))
        return importFloor(dir, count);
    std::fprintf(stderr, "usage: bench_ledger csv|camt|floor|view [--lines N | --rows N] [--dir DIR]\n");
    return 2;
}

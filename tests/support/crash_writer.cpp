// The child process of tst_crash_durability. It writes until it is killed and acknowledges each
// unit of work on stdout only after its commit returned: a line on stdout is a write the user
// was told had been saved.
//
//   crash_writer --database PATH --prefix TEXT [--limit N]                     campaigns
//   crash_writer --mode statement --database PATH --prefix TEXT [--lines N]   bank statements
//   crash_writer --mode platform --database PATH --prefix TEXT --campaign UUID [--donations N]
//   crash_writer --mode pull --database PATH --server URL [--page-size N]      (CASEDESK_TOKEN)
//
// Prints "ready" once the desk is open. Campaigns: then one line per acknowledged campaign.
// Statements and platform exports: each import is a file written beside the desk and read by the
// same code as `casedesk-cli import`; "commit N" just before its transaction, "done N MS" once it
// returned (MS: how long the commit took). Pull: one sync run of a fresh desk against the
// platform, "log LINE" for each line of the sync's log (a page's line comes after its commit),
// then "finished".

#include "campaigns/CampaignRepository.h"
#include "donations/ledger/LedgerImport.h"
#include "donations/platform/PlatformImport.h"
#include "donations/statements/StatementFormat.h"
#include "storage/Database.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

using namespace casedesk;

void acknowledge(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void failWith(const QString& message)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(message));
    std::exit(1);
}

// One acknowledged write: a new draft, then a save of it, so both the insert and the update
// paths (with their outbox entries) are interrupted at random points.
void writeOne(CampaignRepository& repository, const QString& title, int n)
{
    Campaign draft;
    draft.title = title;
    draft.goalCents = 100 * n;
    draft.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 100 * n } };
    Campaign stored = repository.create(draft);
    stored.summary = QStringLiteral("saved");
    repository.save(stored);
    acknowledge(title);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        failWith(QStringLiteral("cannot write %1").arg(path));
}

// A CAMT.053 statement of `lines` credits, its id "<prefix>-<n>", each entry's bank reference
// "<prefix>-<n>-<i>": every line is new, and what the desk holds of it can be counted.
QByteArray camtStatement(const QString& prefix, int n, int lines)
{
    const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                                 "<BkToCstmrStmt><Stmt><Id>%1</Id><Acct><Id><IBAN>FR7630006000011234567890189"
                                 "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n")
                      .arg(id);
    const QDate day(2024, 1, 1);
    for (int i = 0; i < lines; ++i) {
        xml += QStringLiteral(
                   "<Ntry><Amt Ccy=\"EUR\">%1.%2</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd>"
                   "</Sts><BookgDt><Dt>%3</Dt></BookgDt><AcctSvcrRef>%4-%5</AcctSvcrRef>"
                   "<AddtlNtryInf>VIR DON %5</AddtlNtryInf></Ntry>\n")
                   .arg(10 + i % 90)
                   .arg(i % 100, 2, 10, QLatin1Char('0'))
                   .arg(day.addDays(i % 300).toString(Qt::ISODate), id)
                   .arg(i);
    }
    xml += QStringLiteral("</Stmt></BkToCstmrStmt></Document>\n");
    return xml.toUtf8();
}

// HelloAsso's API payments: `count` paid payments "<prefix>-<n>-<i>", each from a donor of its own,
// cashed out ten at a time ("<prefix>-<n>-c<k>"): new donors, donations and payouts.
QByteArray helloAssoPayments(const QString& prefix, int n, int count)
{
    QJsonArray payments;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("%1-%2-%3").arg(prefix).arg(n).arg(i);
        payments.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("amount"), 1000 + i },
            { QStringLiteral("date"), QStringLiteral("2024-03-01T10:00:00+01:00") },
            { QStringLiteral("state"), QStringLiteral("Authorized") },
            { QStringLiteral("payer"),
              QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Donor") },
                            { QStringLiteral("lastName"), id },
                            { QStringLiteral("email"), QStringLiteral("d-%1@example.org").arg(id) } } },
            { QStringLiteral("order"),
              QJsonObject { { QStringLiteral("formSlug"), QStringLiteral("haie") } } },
            { QStringLiteral("idCashOut"), QStringLiteral("%1-%2-c%3").arg(prefix).arg(n).arg(i / 10) },
            { QStringLiteral("cashOutDate"), QStringLiteral("2024-03-10T00:00:00") },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("data"), payments } }).toJson(QJsonDocument::Compact);
}

void importStatements(Database& database, const QString& prefix, int lines)
{
    LedgerImport ledger(database);
    for (int n = 0;; ++n) {
        const QString path = QStringLiteral("%1-statement-%2-%3.xml").arg(database.path(), prefix).arg(n);
        writeFile(path, camtStatement(prefix, n, lines));
        const StatementParseResult parsed = StatementFormats::parseFile(path);
        if (!parsed.ok())
            failWith(parsed.problem->text());
        const StatementPreview preview
            = ledger.previewStatement(parsed.statement, QFileInfo(path).fileName());
        acknowledge(QStringLiteral("commit %1").arg(n));
        QElapsedTimer timer;
        timer.start();
        ledger.commitStatement(preview);
        acknowledge(QStringLiteral("done %1 %2").arg(n).arg(timer.elapsed()));
        QFile::remove(path);
    }
}

void importPlatformExports(Database& database, const QString& prefix, const QUuid& campaign, int donations)
{
    LedgerImport ledger(database);
    for (int n = 0;; ++n) {
        const QString path = QStringLiteral("%1-helloasso-%2-%3.json").arg(database.path(), prefix).arg(n);
        writeFile(path, helloAssoPayments(prefix, n, donations));
        ParsedPlatformExport data;
        ImportProblem problem;
        if (!PlatformImport::parse(path, &data, &problem))
            failWith(problem.text());
        const PlatformPreview preview = ledger.previewPlatform(data, QFileInfo(path).fileName(), campaign);
        acknowledge(QStringLiteral("commit %1").arg(n));
        QElapsedTimer timer;
        timer.start();
        ledger.commitPlatform(preview);
        acknowledge(QStringLiteral("done %1 %2").arg(n).arg(timer.elapsed()));
        QFile::remove(path);
    }
}

void pull(Database& database, const QString& server, int pageSize)
{
    SyncOptions options;
    options.server = QUrl(server);
    options.pageSize = pageSize;
    SyncClient client(database, options, qgetenv("CASEDESK_TOKEN"));
    SyncObserver observer;
    observer.log = [](const QString& line) {
        acknowledge(QStringLiteral("log ") + line);
    };
    client.setObserver(observer);
    const SyncReport report = client.run();
    if (!report.errors.isEmpty())
        failWith(report.errors.join(QStringLiteral("; ")));
    acknowledge(QStringLiteral("finished"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("mode"), QStringLiteral("campaigns, statement, platform or pull."),
            QStringLiteral("mode"), QStringLiteral("campaigns") },
          { QStringLiteral("database"), QStringLiteral("Desk file."), QStringLiteral("path") },
          { QStringLiteral("prefix"), QStringLiteral("Title prefix, or the imports' ids."),
            QStringLiteral("text") },
          { QStringLiteral("limit"), QStringLiteral("Stop after N campaigns."), QStringLiteral("n") },
          { QStringLiteral("lines"), QStringLiteral("Lines per statement."), QStringLiteral("n"),
            QStringLiteral("2000") },
          { QStringLiteral("campaign"), QStringLiteral("The campaign of the platform's donations."),
            QStringLiteral("uuid") },
          { QStringLiteral("donations"), QStringLiteral("Payments per platform export."), QStringLiteral("n"),
            QStringLiteral("500") },
          { QStringLiteral("server"), QStringLiteral("The platform's URL."), QStringLiteral("url") },
          { QStringLiteral("page-size"), QStringLiteral("Records per page of the pull."), QStringLiteral("n"),
            QStringLiteral("50") } });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database"))) {
        std::fprintf(stderr, "crash_writer: --database is required\n");
        return 2;
    }

    Database database(QStringLiteral("crash_writer"));
    QString error;
    if (!database.open(parser.value(QStringLiteral("database")), &error)) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(error));
        return 1;
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    const QString prefix = parser.value(QStringLiteral("prefix"));
    acknowledge(QStringLiteral("ready"));
    try {
        if (mode == QLatin1String("statement")) {
            importStatements(database, prefix, parser.value(QStringLiteral("lines")).toInt());
        } else if (mode == QLatin1String("platform")) {
            importPlatformExports(database, prefix,
                                  QUuid::fromString(parser.value(QStringLiteral("campaign"))),
                                  parser.value(QStringLiteral("donations")).toInt());
        } else if (mode == QLatin1String("pull")) {
            pull(database, parser.value(QStringLiteral("server")),
                 parser.value(QStringLiteral("page-size")).toInt());
        } else {
            CampaignRepository repository(database);
            const int limit = parser.value(QStringLiteral("limit")).toInt();
            for (int n = 0; limit <= 0 || n < limit; ++n)
                writeOne(repository, QStringLiteral("%1%2").arg(prefix).arg(n, 6, 10, QLatin1Char('0')), n);
        }
    } catch (const DatabaseError& e) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}

// A writer process is killed with SIGKILL, again and again, in the middle of its work. Every
// write it acknowledged (printed after the commit returned) must be in the desk exactly once,
// the file must pass SQLite's integrity check, and each campaign must have exactly the outbox
// entry for its latest revision: no half-written record, no lost or doubled sync entry.
//
// The same for the desk's big transactions: a bank statement import, a platform export import
// and a sync pull (against the real reference platform) are killed inside their commit, and each
// import, each page, is on the desk whole or not at all. And a backup (the real command line) is
// killed while it writes: an archive under its name is always whole, the desk is untouched.
//
// CI runs a few rounds of each; `tst_crash_durability --rounds N` (or CASEDESK_CRASH_ROUNDS=N)
// runs N of each (docs/fuzzing.md records a 200-round run). CASEDESK_CRASH_SEED=<seed> replays
// the kill timings of a failed run.

#include "ChildProcess.h"
#include "PlatformHarness.h"
#include "TempDesk.h"

#include "backup/BackupFormat.h"
#include "backup/DeskRestore.h"
#include "campaigns/CampaignRepository.h"
#include "demo/DemoData.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/Vault.h"
#include "storage/Database.h"
#include "sync/SyncClient.h"
#include "sync/SyncKinds.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int kRounds = 25;
constexpr int kMinKillDelayMs = 20;
constexpr int kMaxKillDelayMs = 150;
// CI's rounds of the imports and the pull: each round is one child killed inside a commit.
constexpr int kImportRounds = 5;
constexpr int kPullRounds = 4;
constexpr int kStatementLines = 2000;
constexpr int kPlatformPayments = 400; // cashed out ten at a time
constexpr int kPullPageSize = 50;
constexpr int kExtraCampaigns = 300; // on the platform besides the demo desk's records
// CI's backup rounds; the vault makes a backup long enough (a few hundred ms) to be cut.
constexpr int kBackupRounds = 4;
constexpr int kBackupFiles = 24;
constexpr qsizetype kBackupFileBytes = 512 * 1024;

// --rounds N or CASEDESK_CRASH_ROUNDS=N: N rounds of every kind instead of CI's few.
std::optional<int> g_rounds;

int roundsOr(int ciRounds)
{
    return g_rounds.value_or(ciRounds);
}

quint32 killTimingsSeed()
{
    // A failure can be replayed with the same kill timings: CASEDESK_CRASH_SEED=<seed>.
    const quint32 seed = qEnvironmentVariableIsSet("CASEDESK_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("CASEDESK_CRASH_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo("kill timings seed: %u", seed);
    return seed;
}

// The complete lines of a child's output; a line cut by the kill was never acknowledged.
QStringList completeLines(const QByteArray& output)
{
    QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    lines.removeLast(); // empty after a final '\n', or the cut line
    return lines;
}

bool waitForLine(QProcess& process, QByteArray* output, const QByteArray& line, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!output->startsWith(line + '\n')) {
        if (timer.hasExpired(timeoutMs) || !process.waitForReadyRead(timeoutMs))
            return false;
        *output += process.readAllStandardOutput();
    }
    return true;
}

// Reads the child's output until a complete line equals `line`; false when the child ends or
// `timeoutMs` passes first.
bool waitForLineAnywhere(QProcess& process, QByteArray* output, const QByteArray& line, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!output->startsWith(line + '\n') && !output->contains('\n' + line + '\n')) {
        if (timer.hasExpired(timeoutMs) || !process.waitForReadyRead(timeoutMs))
            return false;
        *output += process.readAllStandardOutput();
    }
    return true;
}

// How long the child's commit N took, from its "done N MS" line; -1 when it has not said.
int commitMs(const QStringList& lines, int n)
{
    const QString done = QStringLiteral("done %1 ").arg(n);
    for (const QString& line : lines) {
        if (line.startsWith(done))
            return line.mid(done.size()).toInt();
    }
    return -1;
}

// The imports the child acknowledged ("done N MS") and the last one it began ("commit N").
struct ImportRound
{
    QSet<int> acknowledged;
    int lastBegun = -1;
    bool killedInCommit = false; // its last line is "commit N": the kill landed in that commit
};

ImportRound importRound(const QStringList& lines)
{
    ImportRound round;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("commit ")))
            round.lastBegun = line.mid(7).toInt();
        else if (line.startsWith(QLatin1String("done ")))
            round.acknowledged.insert(line.section(QLatin1Char(' '), 1, 1).toInt());
    }
    round.killedInCommit = !lines.isEmpty() && lines.last().startsWith(QLatin1String("commit "));
    return round;
}

int count(Database& database, const QString& sql, const QVariantList& values = {})
{
    return database.scalar(sql, values).toInt();
}

// A round's desk and everything beside it (WAL, the files a killed writer was importing) go once
// it is checked: each round starts from a new desk, so a 200-round run stays linear in time.
// Stops `writer`, which did not get where the test needed it: the test fails with `why` and what
// the writer said on stderr.
void abandon(QProcess& writer, const QString& why)
{
    writer.kill();
    writer.waitForFinished();
    QTest::qFail(qPrintable(why + QStringLiteral(": ") + QString::fromUtf8(writer.readAllStandardError())),
                 __FILE__, __LINE__);
}

// Waits `delayMs`, then kills `writer` (SIGKILL on Unix: no destructor, no flush, no rollback).
// Returns the lines it wrote after "ready" (`output` holds what was read so far); nothing, and
// the test fails with `context` first, when it had stopped by itself.
QStringList linesAfterKill(QProcess& writer, QByteArray output, int delayMs, const QString& context)
{
    QTest::qWait(delayMs);
    writer.kill();
    writer.waitForFinished(10000);
    output += writer.readAllStandardOutput();
    if (writer.exitStatus() != QProcess::CrashExit) {
        QTest::qFail(qPrintable(context + QStringLiteral("the writer stopped by itself: ")
                                + QString::fromUtf8(writer.readAllStandardError())),
                     __FILE__, __LINE__);
        return {};
    }
    QStringList lines = completeLines(output);
    lines.removeFirst(); // "ready"
    return lines;
}

void removeDesk(const QString& deskPath)
{
    const QFileInfo desk(deskPath);
    QDir folder = desk.dir();
    for (const QString& name : folder.entryList({ desk.fileName() + QLatin1Char('*') }, QDir::Files))
        folder.remove(name);
}

} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedWritesSurviveSigkill();
    void statementImportIsAllOrNothing();
    void platformImportIsAllOrNothing();
    void syncPullIsAllOrNothing();
    void killedBackupLeavesNoPartialArchive();

private:
    // One round: start the writer, let it write for a random moment, kill it. Returns the titles
    // it acknowledged.
    QStringList killedRound(int round, const QString& deskPath, const QProcessEnvironment& environment,
                            QRandomGenerator& random);
    void verifyDesk(const QString& deskPath, const QStringList& acknowledged);
    // One import round: the writer imports file after file; it is killed inside its commit of
    // import 1 or 2, within the time its previous commit took. Returns its output's lines.
    QStringList killedImport(const QStringList& arguments, const QProcessEnvironment& environment,
                             QRandomGenerator& random);
    // The rounds of an import test: on a desk of its own named after `deskName`, each round's writer
    // gets the arguments `arguments` makes for its desk and prefix (a letter, then the round), is
    // killed by killedImport(), and `verify` checks what it left on the desk, once the desk opens
    // whole with its references intact. Fails unless at least one kill
    // landed inside a commit; `what` names the imports in the log.
    using RoundArguments
        = std::function<void(const QString& deskPath, const QString& prefix, QStringList* arguments)>;
    using RoundCheck
        = void (TestCrashDurability::*)(Database& database, const QString& prefix, const ImportRound& round);
    void killImportRounds(const QString& deskName, QChar prefixLetter, const char* what,
                          const RoundArguments& arguments, RoundCheck verify);
    void verifyStatements(Database& database, const QString& prefix, const ImportRound& round);
    void verifyPlatformImports(Database& database, const QString& prefix, const ImportRound& round);
};

QStringList TestCrashDurability::killedRound(int round, const QString& deskPath,
                                             const QProcessEnvironment& environment, QRandomGenerator& random)
{
    QProcess writer;
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(CRASH_WRITER_PATH),
                 { QStringLiteral("--database"), deskPath, QStringLiteral("--prefix"),
                   QStringLiteral("round%1-").arg(round, 3, 10, QLatin1Char('0')) });
    QByteArray output;
    const QString context = QStringLiteral("round %1: ").arg(round);
    // The clock starts once the desk is open, so every kill lands among the writes.
    if (!waitForLine(writer, &output, "ready", 10000)) {
        abandon(writer, context + QStringLiteral("the writer did not start"));
        return {};
    }
    return linesAfterKill(writer, output, int(random.bounded(kMinKillDelayMs, kMaxKillDelayMs + 1)), context);
}

void TestCrashDurability::acknowledgedWritesSurviveSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString deskPath = dir.filePath(QStringLiteral("desk.db"));
    const QProcessEnvironment environment = isolatedEnvironment(dir.path());
    QRandomGenerator random(killTimingsSeed());

    const int rounds = roundsOr(kRounds);
    QStringList acknowledged;
    for (int round = 0; round < rounds; ++round) {
        acknowledged += killedRound(round, deskPath, environment, random);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%lld writes acknowledged over %d kills", qlonglong(acknowledged.size()), rounds);
    QVERIFY2(!acknowledged.isEmpty(), "no write was acknowledged: the test proved nothing");
    verifyDesk(deskPath, acknowledged);
}

void TestCrashDurability::verifyDesk(const QString& deskPath, const QStringList& acknowledged)
{
    Database database(uniqueConnectionName(QStringLiteral("verify")));
    QString error;
    QVERIFY2(database.open(deskPath, &error), qPrintable(error));
    QCOMPARE(database.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(database.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());

    for (const QString& title : acknowledged) {
        QSqlQuery q
            = database.exec(QStringLiteral("SELECT count(*), min(revision), min(summary) FROM campaigns "
                                           "WHERE title = ?"),
                            { title });
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 1,
                 qPrintable(QStringLiteral("%1 is there %2 times").arg(title).arg(q.value(0).toInt())));
        QCOMPARE(q.value(1).toLongLong(), 2); // created, then saved: both acknowledged together
        QCOMPARE(q.value(2).toString(), QStringLiteral("saved"));
    }

    // Acknowledged or not (killed between commit and print), every stored campaign is whole.
    const int campaigns = database.scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt();
    QVERIFY(campaigns >= acknowledged.size());
    QCOMPARE(database.scalar(QStringLiteral("SELECT count(DISTINCT title) FROM campaigns")).toInt(),
             campaigns);
    QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), campaigns);
    QCOMPARE(
        database
            .scalar(QStringLiteral("SELECT count(*) FROM campaigns c WHERE (SELECT count(*) FROM outbox o "
                                   "WHERE o.entity = 'campaign' AND o.entity_uuid = c.uuid "
                                   "AND o.revision = c.revision) <> 1"))
            .toInt(),
        0);
    QCOMPARE(database
                 .scalar(QStringLiteral("SELECT count(*) FROM campaigns c WHERE (SELECT count(*) "
                                        "FROM budget_lines b WHERE b.campaign_id = c.id) <> 1"))
                 .toInt(),
             0);
}

QStringList TestCrashDurability::killedImport(const QStringList& arguments,
                                              const QProcessEnvironment& environment,
                                              QRandomGenerator& random)
{
    QProcess writer;
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(CRASH_WRITER_PATH), arguments);
    QByteArray output;
    // Import 0 commits whole and says how long its commit took; the kill lands inside a later
    // commit, at a random moment of about that length.
    const int target = int(random.bounded(1, 3));
    const bool reached = waitForLine(writer, &output, "ready", 10000)
        && waitForLineAnywhere(writer, &output, QStringLiteral("commit %1").arg(target).toUtf8(), 60000);
    if (!reached) {
        abandon(writer, QStringLiteral("the writer did not reach its commit %1").arg(target));
        return {};
    }
    const int previous = commitMs(completeLines(output), target - 1);
    return linesAfterKill(writer, output, int(random.bounded(0, std::max(previous, 1) * 6 / 5 + 1)), {});
}

void TestCrashDurability::killImportRounds(const QString& deskName, QChar prefixLetter, const char* what,
                                           const RoundArguments& arguments, RoundCheck verify)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QProcessEnvironment environment = isolatedEnvironment(dir.path());
    QRandomGenerator random(killTimingsSeed());

    const int rounds = roundsOr(kImportRounds);
    int killedInCommit = 0;
    int acknowledged = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString deskPath = dir.filePath(QStringLiteral("%1-%2.db").arg(deskName).arg(round));
        const QString prefix = QStringLiteral("%1%2").arg(prefixLetter).arg(round, 3, 10, QLatin1Char('0'));
        QStringList writerArguments;
        arguments(deskPath, prefix, &writerArguments);
        if (QTest::currentTestFailed())
            return;
        const ImportRound result = importRound(killedImport(writerArguments, environment, random));
        if (QTest::currentTestFailed())
            return;
        killedInCommit += result.killedInCommit ? 1 : 0;
        acknowledged += int(result.acknowledged.size());
        {
            Database database(uniqueConnectionName(QStringLiteral("verify")));
            QString error;
            QVERIFY2(database.open(deskPath, &error), qPrintable(error));
            QCOMPARE(Database::checkIntegrity(deskPath), QString());
            QCOMPARE(database.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
            (this->*verify)(database, prefix, result);
            if (QTest::currentTestFailed())
                return;
        }
        removeDesk(deskPath);
    }
    qInfo("%d %s acknowledged; %d of %d kills landed inside a commit", acknowledged, what, killedInCommit,
          rounds);
    QVERIFY2(killedInCommit > 0, "no kill landed inside a commit: the test proved nothing");
}

void TestCrashDurability::statementImportIsAllOrNothing()
{
    killImportRounds(
        QStringLiteral("statements"), QLatin1Char('s'), "statements",
        [](const QString& deskPath, const QString& prefix, QStringList* arguments) {
            *arguments = { QStringLiteral("--mode"),     QStringLiteral("statement"),
                           QStringLiteral("--database"), deskPath,
                           QStringLiteral("--prefix"),   prefix,
                           QStringLiteral("--lines"),    QString::number(kStatementLines) };
        },
        &TestCrashDurability::verifyStatements);
}

void TestCrashDurability::verifyStatements(Database& database, const QString& prefix,
                                           const ImportRound& round)
{
    for (int n = 0; n <= round.lastBegun; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        const int statements = count(
            database, QStringLiteral("SELECT count(*) FROM bank_statements WHERE statement_ref = ?"), { id });
        const int lines
            = count(database, QStringLiteral("SELECT count(*) FROM bank_lines WHERE bank_reference LIKE ?"),
                    { id + QStringLiteral("-%") });
        const QString where
            = QStringLiteral("statement %1: %2 statement rows, %3 lines").arg(id).arg(statements).arg(lines);
        QVERIFY2((statements == 0 && lines == 0) || (statements == 1 && lines == kStatementLines),
                 qPrintable(where));
        if (round.acknowledged.contains(n))
            QVERIFY2(statements == 1, qPrintable(where + QStringLiteral(", acknowledged")));
    }
    // Every statement is whole and queued once: nothing of a killed import stayed behind.
    QCOMPARE(count(database,
                   QStringLiteral("SELECT count(*) FROM bank_statements s WHERE line_count <> (SELECT "
                                  "count(*) FROM bank_lines l WHERE l.statement_uuid = s.uuid)")),
             0);
    QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'bank_statement'")),
             count(database, QStringLiteral("SELECT count(*) FROM bank_statements")));
    QCOMPARE(count(database,
                   QStringLiteral("SELECT count(*) FROM outbox o WHERE entity = 'bank_statement' AND NOT "
                                  "EXISTS (SELECT 1 FROM bank_statements s WHERE s.uuid = o.entity_uuid)")),
             0);
}

void TestCrashDurability::platformImportIsAllOrNothing()
{
    killImportRounds(
        QStringLiteral("exports"), QLatin1Char('p'), "exports",
        [](const QString& deskPath, const QString& prefix, QStringList* arguments) {
            Database database(uniqueConnectionName(QStringLiteral("setup")));
            QString error;
            QVERIFY2(database.open(deskPath, &error), qPrintable(error));
            Campaign draft;
            draft.title = QStringLiteral("Sauvons la haie");
            const QUuid campaign
                = CampaignRepository(database).create(draft).sync.uuid; // the gifts' campaign
            *arguments = { QStringLiteral("--mode"),      QStringLiteral("platform"),
                           QStringLiteral("--database"),  deskPath,
                           QStringLiteral("--prefix"),    prefix,
                           QStringLiteral("--campaign"),  campaign.toString(QUuid::WithoutBraces),
                           QStringLiteral("--donations"), QString::number(kPlatformPayments) };
        },
        &TestCrashDurability::verifyPlatformImports);
}

void TestCrashDurability::verifyPlatformImports(Database& database, const QString& prefix,
                                                const ImportRound& round)
{
    const int payouts = (kPlatformPayments + 9) / 10;
    for (int n = 0; n <= round.lastBegun; ++n) {
        const QString id = QStringLiteral("%1-%2-").arg(prefix).arg(n);
        const int donations
            = count(database, QStringLiteral("SELECT count(*) FROM donations WHERE import_key LIKE ?"),
                    { QStringLiteral("helloasso:") + id + QStringLiteral("%") });
        const int linked = count(database,
                                 QStringLiteral("SELECT count(*) FROM donations WHERE import_key LIKE ? AND "
                                                "payout_uuid IS NOT NULL"),
                                 { QStringLiteral("helloasso:") + id + QStringLiteral("%") });
        const int cashOuts
            = count(database, QStringLiteral("SELECT count(*) FROM payouts WHERE import_key LIKE ?"),
                    { QStringLiteral("helloasso:") + id + QStringLiteral("c%") });
        const int donors = count(database, QStringLiteral("SELECT count(*) FROM donors WHERE email LIKE ?"),
                                 { QStringLiteral("d-") + id + QStringLiteral("%") });
        const QString where = QStringLiteral("export %1%2: %3 donations (%4 linked), %5 payouts, %6 donors")
                                  .arg(id)
                                  .arg(n)
                                  .arg(donations)
                                  .arg(linked)
                                  .arg(cashOuts)
                                  .arg(donors);
        const bool nothing = donations == 0 && cashOuts == 0 && donors == 0;
        const bool everything = donations == kPlatformPayments && linked == kPlatformPayments
            && cashOuts == payouts && donors == kPlatformPayments;
        QVERIFY2(nothing || everything, qPrintable(where));
        if (round.acknowledged.contains(n))
            QVERIFY2(everything, qPrintable(where + QStringLiteral(", acknowledged")));
    }
    // Every imported record is queued once, and no queued entry outlived a rolled-back import.
    for (const auto& [entity, table] :
         { std::pair { "donor", "donors" }, std::pair { "donation", "donations" },
           std::pair { "payout", "payouts" } }) {
        const QString name = QString::fromLatin1(entity);
        const QString rows = QString::fromLatin1(table);
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ?"), { name }),
                 count(database, QStringLiteral("SELECT count(*) FROM %1").arg(rows)));
        QCOMPARE(count(database,
                       QStringLiteral("SELECT count(*) FROM outbox o WHERE entity = ? AND NOT EXISTS "
                                      "(SELECT 1 FROM %1 t WHERE t.uuid = o.entity_uuid)")
                           .arg(rows),
                       { name }),
                 0);
    }
}

namespace {

// Every record of the platform's changes feed, oldest version first: the pages a fresh desk pulls.
QList<QJsonObject> platformFeed(const PlatformProcess& server)
{
    PlatformClient client(server.baseUrl(), server.token());
    QList<QJsonObject> records;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const QString path = QStringLiteral("/v1/changes?limit=1000")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
        const QJsonObject body = client.sendWithRetries("GET", path, {}, {}).json();
        for (const QJsonValue& value : body.value(QStringLiteral("changes")).toArray())
            records.append(value.toObject());
        cursor = body.value(QStringLiteral("cursor")).toString();
        if (!body.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return records;
}

// Whether the desk holds the platform's record as pulled: by its id (at the platform's version)
// for the records desks write, by its import key for the read-only feed's donations and payouts.
bool deskHolds(Database& database, const QJsonObject& record)
{
    const QString kind = record.value(QStringLiteral("kind")).toString();
    const QString id = record.value(QStringLiteral("id")).toString();
    const QJsonObject data = record.value(QStringLiteral("data")).toObject();
    if (kind == QLatin1String("donation") || kind == QLatin1String("payout")) {
        const QString own = data.value(kind == QLatin1String("donation") ? QStringLiteral("orderId")
                                                                         : QStringLiteral("reference"))
                                .toString();
        return count(database,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE import_key = ?")
                         .arg(kind == QLatin1String("donation") ? QStringLiteral("donations")
                                                                : QStringLiteral("payouts")),
                     { QStringLiteral("platform:") + (own.isEmpty() ? id : own) })
            > 0;
    }
    const QString table = SyncKinds::ofWireKind(kind).table;
    return count(database,
                 QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ? AND server_version = ?").arg(table),
                 { id, record.value(QStringLiteral("version")).toInteger() })
        > 0;
}

// The ids a record refers to: a page fetches those it lacks before its transaction.
QSet<QString> referencesOf(const QJsonObject& record)
{
    QSet<QString> ids;
    const QJsonObject data = record.value(QStringLiteral("data")).toObject();
    for (const char* field : { "campaignId", "procedureId", "appealsId", "sourceId", "donorId" }) {
        const QString id = data.value(QLatin1String(field)).toString().toLower();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

} // namespace

void TestCrashDurability::syncPullIsAllOrNothing()
{
    QStandardPaths::setTestModeEnabled(true);
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    // The platform holds a demo desk (campaigns, procedures, milestones, news, donors, gifts),
    // more campaigns, and donations of its read-only feed: many pages of every kind.
    {
        TempDesk source;
        CASEDESK_VERIFY_DESK(source);
        QCOMPARE(DemoData::load(source.database(), source.associations(), source.campaigns(),
                                QDate(2026, 11, 20), &error),
                 DemoData::Outcome::Loaded);
        QUuid firstCampaign;
        for (int i = 0; i < kExtraCampaigns; ++i) {
            Campaign draft;
            draft.title = QStringLiteral("Campagne %1").arg(i);
            draft.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 1000 + i },
                                  { {}, BudgetKind::CourtFees, QStringLiteral("Greffe"), 35 } };
            const QUuid uuid = source.campaigns().create(draft).sync.uuid;
            if (firstCampaign.isNull())
                firstCampaign = uuid;
        }
        SyncOptions options;
        options.server = QUrl(server.baseUrl());
        const SyncReport pushed = SyncClient(source.database(), options, server.token()).run();
        QVERIFY2(pushed.errors.isEmpty(), qPrintable(pushed.errors.join(QStringLiteral("; "))));
        for (int i = 0; i < 5; ++i) {
            const QJsonObject donation {
                { QStringLiteral("campaignId"), firstCampaign.toString(QUuid::WithoutBraces) },
                { QStringLiteral("amountCents"), 2500 + i },
                { QStringLiteral("date"), QStringLiteral("2026-11-02") },
                { QStringLiteral("status"), QStringLiteral("paid") },
                { QStringLiteral("donor"),
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("Feed %1").arg(i) },
                                { QStringLiteral("email"), QStringLiteral("feed%1@example.org").arg(i) } } }
            };
            int exitCode = -1;
            PlatformProcess::runCommand(
                { QStringLiteral("feed"), QStringLiteral("add"), QStringLiteral("--data"), server.dataDir(),
                  QStringLiteral("--kind"), QStringLiteral("donation"), QStringLiteral("--json"),
                  QString::fromUtf8(QJsonDocument(donation).toJson(QJsonDocument::Compact)) },
                &exitCode);
            QCOMPARE(exitCode, 0);
        }
    }
    const QList<QJsonObject> feed = platformFeed(server);
    QVERIFY2(feed.size() > 10 * kPullPageSize, qPrintable(QStringLiteral("%1 records").arg(feed.size())));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = isolatedEnvironment(dir.path());
    environment.insert(QStringLiteral("CASEDESK_TOKEN"), QString::fromUtf8(server.token()));
    const auto pullArguments = [&](const QString& deskPath) {
        return QStringList { QStringLiteral("--mode"),      QStringLiteral("pull"),
                             QStringLiteral("--database"),  deskPath,
                             QStringLiteral("--server"),    server.baseUrl(),
                             QStringLiteral("--page-size"), QString::number(kPullPageSize) };
    };
    // A whole pull, not killed, sets the scale of the kill delays.
    QElapsedTimer timer;
    timer.start();
    const ProcessResult whole
        = runProcess(QStringLiteral(CRASH_WRITER_PATH),
                     pullArguments(dir.filePath(QStringLiteral("whole.db"))), environment, 120000);
    const qint64 pullMs = timer.elapsed();
    QVERIFY2(whole.finished && whole.exitCode == 0 && whole.standardOutput.endsWith("finished\n"),
             qPrintable(whole.describe()));

    QRandomGenerator random(killTimingsSeed());
    const int rounds = roundsOr(kPullRounds);
    int killedMidway = 0;
    QStringList heldCounts; // records held after each kill, for the log
    for (int round = 0; round < rounds; ++round) {
        const QString deskPath = dir.filePath(QStringLiteral("pull-%1.db").arg(round));
        QProcess writer;
        writer.setProcessEnvironment(environment);
        writer.start(QStringLiteral(CRASH_WRITER_PATH), pullArguments(deskPath));
        QByteArray output;
        QVERIFY2(waitForLine(writer, &output, "ready", 10000),
                 qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        QTest::qWait(int(random.bounded(0, int(pullMs) + 1)));
        writer.kill();
        writer.waitForFinished(10000);
        output += writer.readAllStandardOutput();
        const QStringList lines = completeLines(output);
        if (!lines.contains(QStringLiteral("finished"))) {
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++killedMidway;
        }

        // What the desk holds is a run of whole pages from the start of the feed: every record of
        // the first `held` pages, nothing of the others but parents a held page fetched.
        Database database(uniqueConnectionName(QStringLiteral("verify")));
        QVERIFY2(database.open(deskPath, &error), qPrintable(error));
        qsizetype held = 0;
        while (held < feed.size() && deskHolds(database, feed.at(held)))
            ++held;
        QSet<QString> fetched;
        for (qsizetype i = 0; i < held; ++i)
            fetched += referencesOf(feed.at(i));
        heldCounts.append(QString::number(held));
        const qsizetype wholePages = held == feed.size() ? held : held - held % kPullPageSize;
        for (qsizetype i = wholePages; i < feed.size(); ++i) {
            const QJsonObject& record = feed.at(i);
            if (!fetched.contains(record.value(QStringLiteral("id")).toString()))
                QVERIFY2(!deskHolds(database, record),
                         qPrintable(
                             QStringLiteral("round %1: the desk holds the first %2 records of the feed, and "
                                            "record %3 (%4), of a page it lacks")
                                 .arg(round)
                                 .arg(held)
                                 .arg(i)
                                 .arg(record.value(QStringLiteral("kind")).toString())));
        }
        // The cursor moved with the pages: present once a page is there.
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM sync_cursors")) > 0, held > 0);
        // Each acknowledged page ("Received N change(s)." logged after its commit) is there.
        const qsizetype received = lines.filter(QRegularExpression(QStringLiteral("^log Received "))).size();
        QVERIFY2(held >= qMin(received * kPullPageSize, qsizetype(feed.size())),
                 qPrintable(QStringLiteral("round %1: %2 pages acknowledged, %3 records held")
                                .arg(round)
                                .arg(received)
                                .arg(held)));
        database.close();
        QCOMPARE(Database::checkIntegrity(deskPath), QString());

        // The next sync takes up where the killed one stopped and ends with the whole feed.
        const ProcessResult resumed
            = runProcess(QStringLiteral(CRASH_WRITER_PATH), pullArguments(deskPath), environment, 120000);
        QVERIFY2(resumed.finished && resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(database.open(deskPath, &error), qPrintable(error));
        for (const QJsonObject& record : feed)
            QVERIFY2(deskHolds(database, record),
                     qPrintable(QStringLiteral("round %1: after the resumed sync, %2 %3 is missing")
                                    .arg(round)
                                    .arg(record.value(QStringLiteral("kind")).toString(),
                                         record.value(QStringLiteral("id")).toString())));
        database.close();
        removeDesk(deskPath);
    }
    qInfo("%d pulls of %lld records (%lld ms whole); %d of %d kills landed before the pull ended; records "
          "held after each kill: %s",
          rounds, qlonglong(feed.size()), qlonglong(pullMs), killedMidway, rounds,
          qPrintable(heldCounts.join(QStringLiteral(", "))));
    QVERIFY2(killedMidway > 0, "every pull ended before its kill: the test proved nothing");
}

// The backup the user runs, `casedesk-cli desk backup`, killed at a random moment of its work
// (its database copy, the evidence files, the encryption, the rename). Under the archive's name
// there is afterwards either nothing or a whole archive that restores; no partial file is left
// beside it under any name; the desk is untouched and passes its integrity check; and the work
// folder the killed process left (a copy of the desk, donors included) goes with the next backup.
void TestCrashDurability::killedBackupLeavesNoPartialArchive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QProcessEnvironment environment = isolatedEnvironment(dir.path());
    QRandomGenerator random(killTimingsSeed());
    const QString deskPath = dir.filePath(QStringLiteral("desk.db"));
    int campaigns = 0;
    {
        Database database(uniqueConnectionName(QStringLiteral("setup")));
        QString error;
        QVERIFY2(database.open(deskPath, &error), qPrintable(error));
        CampaignRepository repository(database);
        Campaign draft;
        draft.title = QStringLiteral("Sauvons la haie");
        const QUuid campaign = repository.create(draft).sync.uuid;
        EvidenceRepository evidence(database, Vault(Vault::pathForDesk(deskPath)));
        QByteArray block(kBackupFileBytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        for (int i = 0; i < kBackupFiles; ++i) {
            std::memcpy(block.data(), &i, sizeof i); // each file its own bytes
            const QString file = dir.filePath(QStringLiteral("piece-%1.bin").arg(i));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(block) == block.size());
            out.close();
            evidence.attachFile(campaign, file);
            QFile::remove(file);
        }
        campaigns = count(database, QStringLiteral("SELECT count(*) FROM campaigns"));
    }
    const QString passphraseFile = dir.filePath(QStringLiteral("passphrase.txt"));
    {
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a crash round's passphrase\n") > 0);
    }
    const QString usb = dir.filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(usb));
    const auto backupArguments = [&](const QString& archive, bool encrypted) {
        QStringList arguments = { QStringLiteral("--database"), deskPath,
                                  QStringLiteral("--lang"),     QStringLiteral("en"),
                                  QStringLiteral("desk"),       QStringLiteral("backup"),
                                  QStringLiteral("--out"),      archive };
        if (encrypted)
            arguments << QStringLiteral("--passphrase-file") << passphraseFile;
        return arguments;
    };
    // Whole: it restores into a new desk (every entry, hash, tag and the end checksum checked,
    // the desk read through); the restored desk goes at once, so a long run stays small.
    int restoredCount = 0;
    const auto verifyRestores = [&](const QString& archive, bool encrypted) {
        const QString restored = dir.filePath(QStringLiteral("restored-%1.db").arg(restoredCount++));
        const RestoreOutcome outcome = DeskRestore::restore(
            archive, restored, encrypted ? QByteArray("a crash round's passphrase") : QByteArray());
        QVERIFY2(outcome.ok(), qPrintable(archive + QStringLiteral(": ") + outcome.message));
        QCOMPARE(outcome.manifest.files.size(), kBackupFiles);
        QVERIFY(QFile::remove(restored));
        QVERIFY(QDir(Vault::pathForDesk(restored)).removeRecursively());
    };

    // How long a whole backup takes, plain and encrypted (scrypt first): the kills fall within.
    qint64 wholeMs[2] = { 0, 0 };
    for (const bool encrypted : { false, true }) {
        const QString archive = QDir(usb).filePath(
            QStringLiteral("whole-%1%2").arg(int(encrypted)).arg(BackupFormat::fileSuffix()));
        QElapsedTimer timer;
        timer.start();
        const ProcessResult whole = runProcess(QStringLiteral(CASEDESK_CLI_PATH),
                                               backupArguments(archive, encrypted), environment, 60000);
        wholeMs[encrypted] = timer.elapsed();
        QVERIFY2(whole.finished && whole.exitCode == 0, qPrintable(whole.describe()));
        verifyRestores(archive, encrypted);
        QVERIFY(QFile::remove(archive));
    }

    const int rounds = roundsOr(kBackupRounds);
    int killedMidway = 0;
    int killedAfterRename = 0;
    int finishedFirst = 0;
    int leftWorkFolder = 0; // rounds after which a work folder of the killed backup stood beside the desk
    for (int round = 0; round < rounds; ++round) {
        const bool encrypted = round % 2 == 1;
        const QString archive
            = QDir(usb).filePath(QStringLiteral("round-%1%2").arg(round).arg(BackupFormat::fileSuffix()));
        QProcess backup;
        backup.setProcessEnvironment(environment);
        backup.start(QStringLiteral(CASEDESK_CLI_PATH), backupArguments(archive, encrypted));
        QVERIFY2(backup.waitForStarted(10000), qPrintable(backup.errorString()));
        QTest::qWait(int(random.bounded(qint64(0), wholeMs[encrypted] * 6 / 5 + 1)));
        backup.kill();
        backup.waitForFinished(10000);
        const QString where = QStringLiteral("round %1 (%2): ")
                                  .arg(round)
                                  .arg(encrypted ? QLatin1String("encrypted") : QLatin1String("plain"));
        if (backup.exitStatus() == QProcess::NormalExit) {
            // It ended before the kill: it must have succeeded, with a whole archive.
            QVERIFY2(backup.exitCode() == 0,
                     qPrintable(where + QString::fromUtf8(backup.readAllStandardError())));
            QVERIFY2(QFileInfo::exists(archive),
                     qPrintable(where + QStringLiteral("reported written, absent")));
            ++finishedFirst;
        } else if (QFileInfo::exists(archive)) {
            ++killedAfterRename; // the kill fell after the rename: whole all the same
        } else {
            ++killedMidway;
        }
        if (QFileInfo::exists(archive))
            verifyRestores(archive, encrypted);
        if (QTest::currentTestFailed())
            return;
        // Nothing else in the backup folder: no partial archive under a temporary name either.
        const QStringList inFolder
            = QDir(usb).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QStringList expected
            = QFileInfo::exists(archive) ? QStringList { QFileInfo(archive).fileName() } : QStringList {};
        QVERIFY2(inFolder == expected, qPrintable(where + inFolder.join(QStringLiteral(", "))));
        QFile::remove(archive);
        // A kill during the work leaves its work folder, for the next backup to sweep (below).
        const QStringList left
            = QDir(dir.path())
                  .entryList({ QStringLiteral(".casedesk-backup-*") }, QDir::AllEntries | QDir::Hidden);
        leftWorkFolder += left.isEmpty() ? 0 : 1;
        // The desk: untouched by a read-only backup, whole.
        QCOMPARE(Database::checkIntegrity(deskPath), QString());
    }
    {
        Database database(uniqueConnectionName(QStringLiteral("verify")));
        QString error;
        QVERIFY2(database.open(deskPath, &error), qPrintable(error));
        QCOMPARE(database.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM campaigns")), campaigns);
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM evidence WHERE deleted = 0")),
                 kBackupFiles);
    }
    // A whole backup after the kills removes the work folders the killed ones left beside the desk.
    const QString last = QDir(usb).filePath(QStringLiteral("last") + BackupFormat::fileSuffix());
    const ProcessResult after
        = runProcess(QStringLiteral(CASEDESK_CLI_PATH), backupArguments(last, false), environment, 60000);
    QVERIFY2(after.finished && after.exitCode == 0, qPrintable(after.describe()));
    verifyRestores(last, false);
    const QStringList workFolders
        = QDir(dir.path())
              .entryList({ QStringLiteral(".casedesk-backup-*") }, QDir::AllEntries | QDir::Hidden);
    QVERIFY2(workFolders.isEmpty(), qPrintable(workFolders.join(QStringLiteral(", "))));
    qInfo("%d backups killed (a whole one: %lld ms plain, %lld ms encrypted): %d midway, left nothing under "
          "the archive's name; %d after the rename, whole; %d had ended, whole; %d left a work folder, swept "
          "by the "
          "next backup",
          rounds, qlonglong(wholeMs[0]), qlonglong(wholeMs[1]), killedMidway, killedAfterRename,
          finishedFirst, leftWorkFolder);
    QVERIFY2(killedMidway > 0, "every backup ended before its kill: the test proved nothing");
}

// QTest's own options, plus --rounds N.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--rounds"));
    if (at >= 0) {
        bool ok = false;
        const int rounds = at + 1 < arguments.size() ? arguments.at(at + 1).toInt(&ok) : 0;
        if (!ok || rounds < 1) {
            std::fprintf(stderr, "tst_crash_durability: --rounds needs a number of rounds, 1 or more\n");
            return 2;
        }
        g_rounds = rounds;
        arguments.remove(at, 2);
    } else if (qEnvironmentVariableIsSet("CASEDESK_CRASH_ROUNDS")) {
        g_rounds = std::max(1, qEnvironmentVariableIntValue("CASEDESK_CRASH_ROUNDS"));
    }
    // QTest gives a test function 5 minutes; a long run needs about 3 seconds a round of each kind.
    if (g_rounds && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(std::max(300000, *g_rounds * 10000)));
    TestCrashDurability test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, arguments);
}

#include "tst_crash_durability.moc"

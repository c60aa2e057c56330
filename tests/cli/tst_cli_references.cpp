// Every casedesk-cli command that names a record (a campaign, a procedure, a milestone, a piece, a
// news update, a donor, a bank line, an account, a conflict) on a desk that does not hold it: the
// command is well formed, so it is a runtime error. Exit 1, a message on stderr that quotes the
// reference, no usage text, nothing on stdout, and the desk exactly as it was.

#include "CliProcess.h"
#include "SqliteFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;

namespace {

// Stand-ins in the table below, replaced before each run.
const QString kRef = QStringLiteral("{REF}"); // the unknown record, in each of the shapes below
const QString kIban = QStringLiteral("{IBAN}"); // an account the desk does not hold
const QString kCampaign = QStringLiteral("{CAMPAIGN}"); // a campaign of the demo desk
const QString kBankLine = QStringLiteral("{LINE}"); // a bank line of the demo desk
const QString kFile = QStringLiteral("{FILE}"); // a readable file
const QString kDir = QStringLiteral("{DIR}"); // the test's own folder, for output files

// A well-formed UUID prefix that the desk does not know, and a word that is no UUID at all.
const QStringList kUnknownReferences = { QStringLiteral("ffffffff"), QStringLiteral("no-such-id") };
// A valid IBAN (checksum right) of no account on the desk, and a word that is no IBAN.
const QStringList kUnknownAccounts
    = { QStringLiteral("DE89370400440532013000"), QStringLiteral("no-such-iban") };

QStringList words(const QString& line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// What the desk holds, whatever the page layout: every row of every table, in rowid order.
// SQLite's own statistics are left out (a command may refresh them as it closes the desk).
QByteArray contentDigest(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("digest-%1").arg(quintptr(&hash));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QStringList tables;
        QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_stat%' ORDER BY name"),
                       db);
        while (list.next())
            tables.append(list.value(0).toString());
        for (const QString& table : tables) {
            hash.addData(table.toUtf8());
            QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), db);
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column)
                    hash.addData(rows.value(column).toString().toUtf8() + '\x1f');
                hash.addData("\x1e");
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

} // namespace

class TestCliReferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownRecordIsARuntimeError_data();
    void unknownRecordIsARuntimeError();
    void usageErrorsStayUsageErrors_data();
    void usageErrorsStayUsageErrors();

private:
    ProcessResult cli(const QStringList& arguments);
    QJsonDocument json(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_deskPath;
    QProcessEnvironment m_environment;
    QHash<QString, QString> m_known; // stand-in -> a real value of the demo desk
};

void TestCliReferences::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    QVERIFY(m_dir.isValid());
    m_deskPath = m_dir.filePath(QStringLiteral("desk.db"));
    m_environment = isolatedEnvironment(m_dir.path());
    const ProcessResult demo = cli({ QStringLiteral("demo"), QStringLiteral("load") });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));

    const QJsonArray campaigns = json({ QStringLiteral("campaign"), QStringLiteral("list") }).array();
    QVERIFY(!campaigns.isEmpty());
    m_known.insert(kCampaign, campaigns.first().toObject().value(QStringLiteral("uuid")).toString());
    const QJsonArray proposals
        = json({ QStringLiteral("reconcile") }).object().value(QStringLiteral("proposals")).toArray();
    QVERIFY(!proposals.isEmpty());
    m_known.insert(kBankLine,
                   proposals.first()
                       .toObject()
                       .value(QStringLiteral("bankLine"))
                       .toObject()
                       .value(QStringLiteral("uuid"))
                       .toString());
    const QString file = m_dir.filePath(QStringLiteral("piece.txt"));
    QFile piece(file);
    QVERIFY(piece.open(QIODevice::WriteOnly));
    piece.write("Constat d'huissier\n");
    piece.close();
    m_known.insert(kFile, file);
    m_known.insert(kDir, m_dir.path());
    for (const QString& value : m_known)
        QVERIFY(!value.isEmpty());
}

void TestCliReferences::unknownRecordIsARuntimeError_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("unknown");
    const QString platformExport = QStringLiteral(CASEDESK_TEST_DATA_DIR "/platforms/ulule-orders.json");
    const QString statement = QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/camt053_v02_bnp.xml");
    const QStringList commands = {
        // Campaigns
        QStringLiteral("campaign show {REF}"),
        QStringLiteral("campaign export {REF}"),
        QStringLiteral("campaign set {REF} title Nouveau"),
        QStringLiteral("campaign budget add {REF} lawyer_fees 100 Avocat"),
        QStringLiteral("campaign budget remove {REF} 1"),
        QStringLiteral("campaign press add {REF} Titre Journal https://example.org 2026-01-02"),
        QStringLiteral("campaign press remove {REF} 1"),
        QStringLiteral("campaign status {REF} withdrawn"),
        QStringLiteral("campaign delete {REF}"),
        QStringLiteral("campaign history {REF}"),
        // Procedures and milestones
        QStringLiteral("procedure list --campaign {REF}"),
        QStringLiteral("procedure show {REF}"),
        QStringLiteral("procedure add {REF} tribunal-administratif recours-exces-pouvoir"),
        QStringLiteral("procedure add {CAMPAIGN} cour-administrative-appel appel --appeals {REF}"),
        QStringLiteral("procedure set {REF} notes Note"),
        QStringLiteral("procedure delete {REF}"),
        QStringLiteral("procedure milestone add {REF} hearing 2026-01-02"),
        QStringLiteral("procedure milestone set {REF} title Audience"),
        QStringLiteral("procedure milestone done {REF}"),
        QStringLiteral("procedure milestone delete {REF}"),
        QStringLiteral("procedure milestone deadline {REF} cja-r421-1"),
        QStringLiteral("deadline due --campaign {REF}"),
        QStringLiteral("deadline explain {REF}"),
        QStringLiteral("calendar export --campaign {REF}"),
        // Evidence
        QStringLiteral("evidence add --campaign {REF} {FILE}"),
        QStringLiteral("evidence list --campaign {REF}"),
        QStringLiteral("evidence show --campaign {REF} 1"),
        QStringLiteral("evidence set --campaign {REF} 1 title Constat"),
        QStringLiteral("evidence move --campaign {REF} 1 2"),
        QStringLiteral("evidence remove --campaign {REF} 1"),
        QStringLiteral("evidence verify --campaign {REF}"),
        QStringLiteral("evidence bordereau --campaign {REF} --out {DIR}/b.pdf"),
        QStringLiteral("evidence bordereau --campaign {CAMPAIGN} --out {DIR}/b.pdf --procedure {REF}"),
        QStringLiteral("evidence export --campaign {REF} --out {DIR}/pieces"),
        // News
        QStringLiteral("news list --campaign {REF}"),
        QStringLiteral("news add --campaign {REF} --title Audience"),
        QStringLiteral("news publish {REF}"),
        QStringLiteral("news unpublish {REF}"),
        QStringLiteral("news delete {REF}"),
        // Sync
        QStringLiteral("conflicts show {REF}"),
        QStringLiteral("conflicts resolve {REF} --keep mine"),
        // Donations
        QStringLiteral("import platform ") + platformExport + QStringLiteral(" --campaign {REF}"),
        QStringLiteral("donations list --campaign {REF}"),
        QStringLiteral("donations add --campaign {REF} --amount 10 --date 2026-01-02 --method cash"),
        QStringLiteral(
            "donations add --campaign {CAMPAIGN} --amount 10 --date 2026-01-02 --method cash --donor {REF}"),
        QStringLiteral("donations export --out {DIR}/dons.csv --campaign {REF}"),
        QStringLiteral("donors show {REF}"),
        QStringLiteral("ledger summary --campaign {REF}"),
        QStringLiteral("reconcile accept {REF}"),
        QStringLiteral("reconcile reject {REF}"),
        QStringLiteral("reconcile match {REF} {REF}"),
        QStringLiteral("reconcile match {LINE} {REF}"),
        QStringLiteral("reconcile unmatch {REF}"),
    };
    for (const QString& command : commands) {
        for (const QString& unknown : kUnknownReferences)
            QTest::addRow("%s [%s]", qPrintable(command), qPrintable(unknown)) << command << unknown;
    }
    const QStringList accountCommands = {
        QStringLiteral("import statement ") + statement + QStringLiteral(" --account {IBAN}"),
        QStringLiteral("reconcile --account {IBAN}"),
        QStringLiteral("reconcile periods --account {IBAN}"),
        QStringLiteral("reconcile close {IBAN} 2026-01-01 2026-01-31"),
        QStringLiteral("reconcile reopen {IBAN} 2026-01-15 --reason Erreur"),
    };
    for (const QString& command : accountCommands) {
        for (const QString& unknown : kUnknownAccounts)
            QTest::addRow("%s [%s]", qPrintable(command), qPrintable(unknown)) << command << unknown;
    }
    // A piece number the campaign does not have names a record too.
    for (const QString& command : { QStringLiteral("evidence show --campaign {CAMPAIGN} 999"),
                                    QStringLiteral("evidence set --campaign {CAMPAIGN} 999 title Constat"),
                                    QStringLiteral("evidence move --campaign {CAMPAIGN} 999 1"),
                                    QStringLiteral("evidence remove --campaign {CAMPAIGN} 999") })
        QTest::addRow("%s", qPrintable(command)) << command << QStringLiteral("999");
}

void TestCliReferences::unknownRecordIsARuntimeError()
{
    QFETCH(QString, command);
    QFETCH(QString, unknown);
    QStringList arguments;
    for (QString word : words(command)) {
        word.replace(kRef, unknown).replace(kIban, unknown);
        for (auto known = m_known.cbegin(); known != m_known.cend(); ++known)
            word.replace(known.key(), known.value());
        arguments.append(word);
    }
    const QByteArray before = contentDigest(m_deskPath);
    QVERIFY(!before.isEmpty());

    const ProcessResult result = cli(arguments);

    QVERIFY2(result.finished && result.exitCode == 1,
             qPrintable(QStringLiteral("expected exit 1, got %1").arg(result.describe())));
    const QString error = QString::fromUtf8(result.standardError);
    // An IBAN may come back grouped by four ("DE89 3704 ...").
    QVERIFY2(QString(error).remove(QLatin1Char(' ')).contains(unknown),
             qPrintable(QStringLiteral("the message must quote \"%1\": %2").arg(unknown, error)));
    QVERIFY2(!error.contains(QStringLiteral("usage:")),
             qPrintable(QStringLiteral("no usage text: ") + error));
    QVERIFY2(result.standardOutput.isEmpty(), result.standardOutput.constData());
    QCOMPARE(contentDigest(m_deskPath), before);
}

// The other side of the line: a malformed command stays a usage error with its usage text.
void TestCliReferences::usageErrorsStayUsageErrors_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("missing ID") << QStringLiteral("campaign show");
    QTest::newRow("extra argument") << QStringLiteral("campaign show {CAMPAIGN} extra");
    QTest::newRow("unknown field") << QStringLiteral("campaign set {CAMPAIGN} colour vert");
    QTest::newRow("piece number not a number") << QStringLiteral("evidence show --campaign {CAMPAIGN} un");
    QTest::newRow("missing --campaign") << QStringLiteral("evidence list");
    QTest::newRow("bad date") << QStringLiteral(
        "campaign press add {CAMPAIGN} Titre Journal https://example.org 02/01/2026");
}

void TestCliReferences::usageErrorsStayUsageErrors()
{
    QFETCH(QString, command);
    QStringList arguments;
    for (QString word : words(command))
        arguments.append(word.replace(kCampaign, m_known.value(kCampaign)));
    const ProcessResult result = cli(arguments);
    QVERIFY2(result.finished && result.exitCode == 2,
             qPrintable(QStringLiteral("expected exit 2, got %1").arg(result.describe())));
    QVERIFY2(result.standardError.contains("usage:"), result.standardError.constData());
}

ProcessResult TestCliReferences::cli(const QStringList& arguments)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), m_deskPath, arguments, m_environment);
}

QJsonDocument TestCliReferences::json(const QStringList& arguments)
{
    const ProcessResult result = cli(QStringList { QStringLiteral("--json") } + arguments);
    return QJsonDocument::fromJson(result.standardOutput);
}

QTEST_GUILESS_MAIN(TestCliReferences)
#include "tst_cli_references.moc"

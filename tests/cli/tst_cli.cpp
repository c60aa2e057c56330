// The real casedesk-cli, run as a child process against desks in a temporary folder: what
// scripts rely on (JSON output, exports, the workflow's refusals with their reasons) and the
// exit codes (0 success, 1 runtime error, 2 usage error).

#include "BoardSupport.h"
#include "CliProcess.h"
#include "SqliteFile.h"
#include "TempDesk.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QJsonDocument parseJson(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull())
        *error = QStringLiteral("%1 at %2 in: %3")
                     .arg(parseError.errorString())
                     .arg(parseError.offset)
                     .arg(QString::fromUtf8(bytes.left(300)));
    return document;
}

} // namespace

// Stricter than CliProcess.h's: the CLI must also have exited normally (no crash).
#undef CLI_EXPECT
#define CLI_EXPECT(result, code)                                                                             \
    do {                                                                                                     \
        const ProcessResult& cliResult = (result);                                                           \
        QVERIFY2(                                                                                            \
            cliResult.finished&& cliResult.exitStatus == QProcess::NormalExit                                \
                && cliResult.exitCode == (code),                                                             \
            qPrintable(QStringLiteral("expected exit %1, got %2").arg(code).arg(cliResult.describe())));     \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoLoadThenJsonList();
    void campaignListFiltersSearchesAndSorts();
    void showByPrefix();
    void exportRoundTripsTheFields();
    void workflowRefusesWithReasonsThenAllows();
    void boardFieldsAreEditedAndShownButNotPublished();
    void frenchMessagesWithLangFr();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void unknownCampaignExitsWith1();
    void newerDeskExitsWith1Untouched();
    void corruptDeskExitsWith1Untouched();

private:
    // casedesk-cli --database <desk> --lang en ARGS...
    ProcessResult cli(const QStringList& arguments);
    ProcessResult cliOn(const QString& deskPath, const QStringList& arguments);
    QJsonArray jsonList(const QStringList& extra = {});
    bool loadDemo();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_deskPath;
    QProcessEnvironment m_environment;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_deskPath = m_dir->filePath(QStringLiteral("desk.db"));
    m_environment = isolatedEnvironment(m_dir->path());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

ProcessResult TestCli::cli(const QStringList& arguments)
{
    return cliOn(m_deskPath, arguments);
}

ProcessResult TestCli::cliOn(const QString& deskPath, const QStringList& arguments)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), deskPath, arguments, m_environment);
}

QJsonArray TestCli::jsonList(const QStringList& extra)
{
    const ProcessResult result = cli(
        QStringList { QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("list") } + extra);
    if (result.exitCode != kSuccess) {
        qWarning("campaign list failed: %s", qPrintable(result.describe()));
        return {};
    }
    QString error;
    const QJsonDocument document = parseJson(result.standardOutput, &error);
    if (!document.isArray())
        qWarning("campaign list: not a JSON array: %s", qPrintable(error));
    return document.array();
}

bool TestCli::loadDemo()
{
    const ProcessResult result = cli({ QStringLiteral("demo"), QStringLiteral("load") });
    if (result.exitCode != kSuccess)
        qWarning("demo load failed: %s", qPrintable(result.describe()));
    return result.finished && result.exitCode == kSuccess;
}

void TestCli::demoLoadThenJsonList()
{
    QVERIFY(loadDemo());
    const QJsonArray rows = jsonList();
    QCOMPARE(rows.size(), 4);

    // The same campaigns as the desk holds, as the library reads them.
    Database database(uniqueConnectionName(QStringLiteral("cli-check")));
    QString error;
    QVERIFY2(database.open(m_deskPath, &error), qPrintable(error));
    CampaignRepository repository(database);
    QStringList statuses;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QUuid uuid = QUuid::fromString(row.value(QStringLiteral("uuid")).toString());
        const std::optional<Campaign> stored = repository.load(uuid);
        QVERIFY2(stored, qPrintable(row.value(QStringLiteral("uuid")).toString()));
        QCOMPARE(row.value(QStringLiteral("title")).toString(), stored->title);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), CampaignCodes::status(stored->status));
        QCOMPARE(row.value(QStringLiteral("goalCents")).toInteger(), stored->goalCents);
        statuses.append(row.value(QStringLiteral("status")).toString());
    }
    statuses.sort();
    QCOMPARE(statuses,
             (QStringList { QStringLiteral("draft"), QStringLiteral("funded"), QStringLiteral("in_review"),
                            QStringLiteral("published") }));
}

void TestCli::campaignListFiltersSearchesAndSorts()
{
    QVERIFY(loadDemo());
    const QJsonArray published = jsonList({ QStringLiteral("--status"), QStringLiteral("published") });
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("published"));
    QCOMPARE(jsonList({ QStringLiteral("--search"), QStringLiteral("Sivens") }).size(), 1);
    QCOMPARE(jsonList({ QStringLiteral("--cause"), QStringLiteral("social_rights") }).size(), 0);

    const QJsonArray byGoal
        = jsonList({ QStringLiteral("--sort"), QStringLiteral("goal"), QStringLiteral("--desc") });
    QCOMPARE(byGoal.size(), 4);
    for (int i = 1; i < byGoal.size(); ++i) {
        QVERIFY(byGoal.at(i - 1).toObject().value(QStringLiteral("goalCents")).toInteger()
                >= byGoal.at(i).toObject().value(QStringLiteral("goalCents")).toInteger());
    }
}

void TestCli::showByPrefix()
{
    QVERIFY(loadDemo());
    const QJsonObject first
        = jsonList({ QStringLiteral("--search"), QStringLiteral("Sivens") }).at(0).toObject();
    const QString uuid = first.value(QStringLiteral("uuid")).toString();
    const QString title = first.value(QStringLiteral("title")).toString();
    const QString prefix = uuid.left(8);

    const ProcessResult text = cli({ QStringLiteral("campaign"), QStringLiteral("show"), prefix });
    CLI_EXPECT(text, kSuccess);
    const QString shown = QString::fromUtf8(text.standardOutput);
    QVERIFY2(shown.contains(title), qPrintable(shown.left(500)));
    QVERIFY(shown.contains(uuid));

    const ProcessResult json
        = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("show"), prefix });
    CLI_EXPECT(json, kSuccess);
    QString error;
    const QJsonObject document = parseJson(json.standardOutput, &error).object();
    QVERIFY2(!document.isEmpty(), qPrintable(error));
    QCOMPARE(document.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(document.value(QStringLiteral("sync")).toObject().value(QStringLiteral("uuid")).toString(),
             uuid);
    QCOMPARE(document.value(QStringLiteral("status")).toString(), QStringLiteral("funded"));
}

// The exported file holds exactly what the desk holds, and reading it back (the import form)
// gives the same campaign.
void TestCli::exportRoundTripsTheFields()
{
    QVERIFY(loadDemo());
    const QString uuid = jsonList({ QStringLiteral("--status"), QStringLiteral("published") })
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("uuid"))
                             .toString();
    const QString out = m_dir->filePath(QStringLiteral("export/campaign.json"));
    QVERIFY(QDir().mkpath(QFileInfo(out).path()));
    const ProcessResult result
        = cli({ QStringLiteral("campaign"), QStringLiteral("export"), uuid, QStringLiteral("--out"), out });
    CLI_EXPECT(result, kSuccess);

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QJsonObject exported = parseJson(file.readAll(), &error).object();
    QVERIFY2(!exported.isEmpty(), qPrintable(error));

    Database database(uniqueConnectionName(QStringLiteral("cli-export")));
    QVERIFY2(database.open(m_deskPath, &error), qPrintable(error));
    CampaignRepository repository(database);
    SettingsRepository settings(database);
    const std::optional<Campaign> stored = repository.load(QUuid::fromString(uuid));
    QVERIFY(stored);
    QCOMPARE(exported, CampaignJson::toJson(*stored, settings.feeSettings()));

    Campaign readBack;
    QVERIFY2(CampaignJson::fromJson(exported, QDate::currentDate(), &readBack, &error), qPrintable(error));
    QCOMPARE(readBack.title, stored->title);
    QCOMPARE(readBack.summary, stored->summary);
    QCOMPARE(readBack.description, stored->description);
    QCOMPARE(readBack.cause, stored->cause);
    QCOMPARE(readBack.harm, stored->harm);
    QCOMPARE(readBack.legalBasis, stored->legalBasis);
    QCOMPARE(readBack.court, stored->court);
    QCOMPARE(readBack.opposingParty, stored->opposingParty);
    QCOMPARE(readBack.goalCents, stored->goalCents);
    QCOMPARE(readBack.endDate, stored->endDate);
    QCOMPARE(readBack.status, stored->status);
    QCOMPARE(readBack.howMoneyUsed, stored->howMoneyUsed);
    QCOMPARE(readBack.budgetLines.size(), stored->budgetLines.size());
    for (int i = 0; i < readBack.budgetLines.size(); ++i) {
        QCOMPARE(readBack.budgetLines.at(i).kind, stored->budgetLines.at(i).kind);
        QCOMPARE(readBack.budgetLines.at(i).label, stored->budgetLines.at(i).label);
        QCOMPARE(readBack.budgetLines.at(i).amountCents, stored->budgetLines.at(i).amountCents);
    }
    QCOMPARE(readBack.pressArticles.size(), stored->pressArticles.size());
    for (int i = 0; i < readBack.pressArticles.size(); ++i) {
        QCOMPARE(readBack.pressArticles.at(i).title, stored->pressArticles.at(i).title);
        QCOMPARE(readBack.pressArticles.at(i).url, stored->pressArticles.at(i).url);
        QCOMPARE(readBack.pressArticles.at(i).date, stored->pressArticles.at(i).date);
    }
}

// A draft made from the command line, refused for review with every missing field named, then
// filled in and walked to publication; each refusal exits 1 with its reasons on stderr.
void TestCli::workflowRefusesWithReasonsThenAllows()
{
    const auto campaign = [this](QStringList arguments) {
        return cli(QStringList { QStringLiteral("campaign") } + arguments);
    };
    ProcessResult created
        = campaign({ QStringLiteral("create"), QStringLiteral("Recours contre le barrage") });
    CLI_EXPECT(created, kSuccess);
    const QString id = QString::fromUtf8(created.standardOutput).trimmed();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));

    ProcessResult refused = campaign({ QStringLiteral("status"), id, QStringLiteral("in_review") });
    CLI_EXPECT(refused, kRuntimeError);
    const QString reasons = QString::fromUtf8(refused.standardError);
    for (const char* reason :
         { "Summary is empty.", "Court is empty.", "The budget has no lines.",
           "Funding goal must be more than zero.", "The lawyer in charge of the case is not named.",
           "Why the association is the one to act is not explained." })
        QVERIFY2(reasons.contains(QLatin1String(reason)), qPrintable(reasons));

    const QList<QStringList> edits = {
        { QStringLiteral("summary"), QStringLiteral("Financer le recours.") },
        { QStringLiteral("description"), QStringLiteral("## Contexte\n\nUn barrage.") },
        { QStringLiteral("harm"), QStringLiteral("Destruction d'une zone humide.") },
        { QStringLiteral("legal-basis"), QStringLiteral("Art. L. 411-2 du code de l'environnement.") },
        { QStringLiteral("court"), QStringLiteral("Tribunal administratif de Toulouse") },
        { QStringLiteral("opposing-party"), QStringLiteral("Préfet du Tarn") },
        { QStringLiteral("how-money-used"), QStringLiteral("Avocat.") },
        { QStringLiteral("goal"), QStringLiteral("10000") },
        { QStringLiteral("end-date"), QStringLiteral("2099-12-31") },
    };
    for (const QStringList& edit : edits) {
        const ProcessResult result = campaign(QStringList { QStringLiteral("set"), id } + edit);
        CLI_EXPECT(result, kSuccess);
    }
    CLI_EXPECT(campaign({ QStringLiteral("edit"), id, QStringLiteral("--lawyer"), QStringLiteral("Me Dupuis"),
                          QStringLiteral("--assessment"), QStringLiteral("Chances sérieuses."),
                          QStringLiteral("--risks"), QStringLiteral("Frais de l'article L. 761-1."),
                          QStringLiteral("--why-association"), QStringLiteral("Agréée dans le Tarn.") }),
               kSuccess);
    ProcessResult added
        = campaign({ QStringLiteral("budget"), QStringLiteral("add"), id, QStringLiteral("lawyer_fees"),
                     QStringLiteral("10000"), QStringLiteral("Honoraires d'avocat") });
    CLI_EXPECT(added, kSuccess);
    {
        // A board in office to submit to (issue 12): its secretary.
        Database database(uniqueConnectionName(QStringLiteral("cli-board")));
        QString error;
        QVERIFY2(database.open(m_deskPath, &error), qPrintable(error));
        seatSecretary(database);
    }
    CLI_EXPECT(campaign({ QStringLiteral("status"), id, QStringLiteral("in_review") }), kSuccess);

    // Under review the dossier is what the board reads: no more edits, no skipping approval.
    refused = campaign({ QStringLiteral("set"), id, QStringLiteral("title"), QStringLiteral("Autre titre") });
    CLI_EXPECT(refused, kRuntimeError);
    QVERIFY2(refused.standardError.contains("draft"), refused.standardError.constData());
    refused = campaign({ QStringLiteral("status"), id, QStringLiteral("published") });
    CLI_EXPECT(refused, kRuntimeError);
    QVERIFY2(refused.standardError.contains("Only an approved campaign can be published"),
             refused.standardError.constData());

    // Approved only on the board's decision: the secretary records her vote given at the meeting.
    refused = campaign({ QStringLiteral("status"), id, QStringLiteral("approved") });
    CLI_EXPECT(refused, kRuntimeError);
    QVERIFY2(refused.standardError.contains("The board has not approved this version"),
             refused.standardError.constData());
    CLI_EXPECT(cli({ QStringLiteral("review"), QStringLiteral("record"), QStringLiteral("--campaign"), id,
                     QStringLiteral("--member"), QStringLiteral("Claire Martin"), QStringLiteral("--choice"),
                     QStringLiteral("approve"), QStringLiteral("--from"), QStringLiteral("meeting"),
                     QStringLiteral("--secretary"), QStringLiteral("Claire Martin") }),
               kSuccess);
    CLI_EXPECT(cli({ QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--campaign"), id }),
               kSuccess);
    CLI_EXPECT(campaign({ QStringLiteral("status"), id, QStringLiteral("approved") }), kSuccess);
    refused = campaign({ QStringLiteral("status"), id, QStringLiteral("published") });
    CLI_EXPECT(refused, kRuntimeError);
    QVERIFY2(refused.standardError.contains("RNA"), refused.standardError.constData());

    CLI_EXPECT(cli({ QStringLiteral("association"), QStringLiteral("set"), QStringLiteral("name"),
                     QStringLiteral("Zones Humides Vivantes") }),
               kSuccess);
    CLI_EXPECT(cli({ QStringLiteral("association"), QStringLiteral("set"), QStringLiteral("rna"),
                     QStringLiteral("W313012345") }),
               kSuccess);
    CLI_EXPECT(campaign({ QStringLiteral("status"), id, QStringLiteral("published"), QStringLiteral("--note"),
                          QStringLiteral("Validé par le bureau") }),
               kSuccess);

    const ProcessResult history
        = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("history"), id });
    CLI_EXPECT(history, kSuccess);
    QString error;
    const QJsonArray changes = parseJson(history.standardOutput, &error).array();
    QVERIFY2(!changes.isEmpty(), qPrintable(error));
    QCOMPARE(changes.last().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("published"));
    QCOMPARE(changes.last().toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("Validé par le bureau"));

    refused = campaign({ QStringLiteral("delete"), id });
    CLI_EXPECT(refused, kRuntimeError);
}

// `campaign edit` sets what the board reads before approving; `show` prints it, the JSON carries
// it; it is the desk's own.
void TestCli::boardFieldsAreEditedAndShownButNotPublished()
{
    ProcessResult created
        = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("Recours") });
    CLI_EXPECT(created, kSuccess);
    const QString id = QString::fromUtf8(created.standardOutput).trimmed();
    const ProcessResult edited = cli(
        { QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("edit"), id,
          QStringLiteral("--lawyer"), QStringLiteral("Me Claire Dupuis"), QStringLiteral("--assessment"),
          QStringLiteral("Chances sérieuses."), QStringLiteral("--risks"),
          QStringLiteral("Irrecevabilité possible."), QStringLiteral("--adverse-costs"),
          QStringLiteral("1500.00"), QStringLiteral("--why-association"), QStringLiteral("Seule agréée.") });
    CLI_EXPECT(edited, kSuccess);
    QString error;
    const QJsonObject document = parseJson(edited.standardOutput, &error).object();
    QVERIFY2(!document.isEmpty(), qPrintable(error));
    QCOMPARE(document.value(QStringLiteral("lawyer")).toString(), QStringLiteral("Me Claire Dupuis"));
    QCOMPARE(document.value(QStringLiteral("lawyerAssessment")).toString(),
             QStringLiteral("Chances sérieuses."));
    QCOMPARE(document.value(QStringLiteral("risks")).toString(), QStringLiteral("Irrecevabilité possible."));
    QCOMPARE(document.value(QStringLiteral("adverseCostsCents")).toInteger(), 150000);
    QCOMPARE(document.value(QStringLiteral("whyAssociation")).toString(), QStringLiteral("Seule agréée."));

    // One field alone, through `campaign set` too.
    CLI_EXPECT(cli({ QStringLiteral("campaign"), QStringLiteral("set"), id, QStringLiteral("adverse-costs"),
                     QStringLiteral("2000") }),
               kSuccess);
    const ProcessResult shown = cli({ QStringLiteral("campaign"), QStringLiteral("show"), id });
    CLI_EXPECT(shown, kSuccess);
    const QString text = QString::fromUtf8(shown.standardOutput);
    for (const char* expected : { "Me Claire Dupuis", "Chances sérieuses.", "Irrecevabilité possible.",
                                  "Seule agréée.", "2,000.00" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));

    // Nothing to change is a usage error; so is an amount that is not one.
    CLI_EXPECT(cli({ QStringLiteral("campaign"), QStringLiteral("edit"), id }), kUsageError);
    const ProcessResult refused = cli({ QStringLiteral("campaign"), QStringLiteral("edit"), id,
                                        QStringLiteral("--adverse-costs"), QStringLiteral("beaucoup") });
    CLI_EXPECT(refused, kUsageError);
    QVERIFY2(refused.standardError.contains("--adverse-costs"), refused.standardError.constData());
}

void TestCli::frenchMessagesWithLangFr()
{
    QVERIFY(loadDemo());
    const QStringList unknown
        = { QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("ffffffff") };
    const ProcessResult english = cli(unknown);
    const ProcessResult french = runProcess(QStringLiteral(CASEDESK_CLI_PATH),
                                            QStringList { QStringLiteral("--database"), m_deskPath,
                                                          QStringLiteral("--lang"), QStringLiteral("fr") }
                                                + unknown,
                                            m_environment);
    CLI_EXPECT(english, kRuntimeError);
    CLI_EXPECT(french, kRuntimeError);
    QVERIFY(!french.standardError.isEmpty());
    QVERIFY2(french.standardError != english.standardError, french.standardError.constData());
}

void TestCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto args = [](std::initializer_list<const char*> words) {
        QStringList list;
        for (const char* word : words)
            list.append(QString::fromUtf8(word));
        return list;
    };
    QTest::newRow("unknown command") << args({ "frobnicate" });
    QTest::newRow("unknown campaign command") << args({ "campaign", "frobnicate" });
    QTest::newRow("missing ID") << args({ "campaign", "show" });
    QTest::newRow("missing status") << args({ "campaign", "status", "abcd1234" });
    QTest::newRow("extra argument") << args({ "campaign", "list", "extra" });
    QTest::newRow("unknown option") << args({ "campaign", "list", "--colour" });
    QTest::newRow("unknown status code") << args({ "campaign", "status", "abcd1234", "accepted" });
    QTest::newRow("unknown field") << args({ "campaign", "set", "abcd1234", "colour", "vert" });
    QTest::newRow("goal not a number") << args({ "campaign", "set", "abcd1234", "goal", "douze" });
    QTest::newRow("negative goal") << args({ "campaign", "set", "abcd1234", "goal", "-5" });
    QTest::newRow("goal with three decimals") << args({ "campaign", "set", "abcd1234", "goal", "12.345" });
    QTest::newRow("bad budget amount")
        << args({ "campaign", "budget", "add", "abcd1234", "lawyer_fees", "x", "Avocat" });
    QTest::newRow("bad end date") << args({ "campaign", "set", "abcd1234", "end-date", "31/12/2099" });
    QTest::newRow("edit without a field") << args({ "campaign", "edit", "abcd1234" });
    QTest::newRow("adverse costs not an amount")
        << args({ "campaign", "edit", "abcd1234", "--adverse-costs", "beaucoup" });
    QTest::newRow("unknown global option") << args({ "--colour", "campaign", "list" });
    QTest::newRow("unknown language") << args({ "--lang", "de", "campaign", "list" });
}

// Usage errors are found before the desk is opened: no desk file appears.
void TestCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    // Without --lang: one of the rows is about --lang itself.
    const ProcessResult result
        = runProcess(QStringLiteral(CASEDESK_CLI_PATH),
                     QStringList { QStringLiteral("--database"), m_deskPath } + arguments, m_environment);
    CLI_EXPECT(result, kUsageError);
    QVERIFY2(!result.standardError.trimmed().isEmpty(), "a usage error must say what is wrong");
    QVERIFY2(!QFile::exists(m_deskPath), "a usage error created the desk file");
}

void TestCli::unknownCampaignExitsWith1()
{
    QVERIFY(loadDemo());
    const ProcessResult result
        = cli({ QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("ffffffff") });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("No campaign"), result.standardError.constData());
    QVERIFY(result.standardOutput.isEmpty());
}

void TestCli::newerDeskExitsWith1Untouched()
{
    QVERIFY(loadDemo());
    {
        RawSqlite raw(m_deskPath);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
    }
    const QByteArray before = sha256Of(m_deskPath);
    for (const QStringList& arguments : { QStringList { QStringLiteral("campaign"), QStringLiteral("list") },
                                          QStringList { QStringLiteral("campaign"), QStringLiteral("create"),
                                                        QStringLiteral("Nouvelle") } }) {
        const ProcessResult result = cli(arguments);
        CLI_EXPECT(result, kRuntimeError);
        QVERIFY2(result.standardError.contains("newer"), result.standardError.constData());
    }
    QCOMPARE(sha256Of(m_deskPath), before);
}

void TestCli::corruptDeskExitsWith1Untouched()
{
    QByteArray noise(32 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    QFile file(m_deskPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(noise), noise.size());
    file.close();
    const QByteArray before = sha256Of(m_deskPath);

    const ProcessResult result = cli({ QStringLiteral("campaign"), QStringLiteral("list") });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("damaged"), result.standardError.constData());
    QCOMPARE(sha256Of(m_deskPath), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

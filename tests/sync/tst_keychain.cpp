// Where the platform token lives, on the real system services. Two CTest entries run this one
// executable in two environments (tests/sync/CMakeLists.txt):
//   tst_keychain          realKeychain...  under dbus-run-session with an unlocked gnome-keyring
//   tst_keychain_absent   withoutKeychain... with no session bus and no display
// A function run in the other environment fails: neither path is ever skipped.

#include "CliProcess.h"
#include "PlatformHarness.h"
#include "Samples.h"
#include "TempDesk.h"

#include "common/Clock.h"
#include "sync/Credentials.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace casedesk;
using namespace casedesk::test;

namespace {

ProcessResult runCli(const QString& deskPath, const QStringList& arguments,
                     const QProcessEnvironment& environment, const QByteArray& input = {})
{
    return test::runCli(QStringLiteral(CASEDESK_CLI_PATH), deskPath, arguments, environment, 30000, input);
}

// The child's folders are isolated, but it must keep this test's session bus (or its absence).
QProcessEnvironment cliEnvironment(const QString& root)
{
    QProcessEnvironment environment = isolatedEnvironment(root);
    environment.remove(QStringLiteral("CASEDESK_TOKEN"));
    return environment;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realKeychainStoresReadsAndDeletes();
    void realKeychainFeedsTheCliSync();
    void withoutKeychainTheTokenStaysInMemory();
    void withoutKeychainTheCliRefusesClearly();
    void withoutKeychainTheFailureIsExplainedInFrench();
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeychain::realKeychainStoresReadsAndDeletes()
{
    QString problem;
    QVERIFY2(KeychainCredentials::isAvailable(&problem),
             qPrintable(QStringLiteral("no keychain (run through CTest: dbus-run-session + gnome-keyring): ")
                        + problem));
    const std::unique_ptr<Credentials> chosen = makeCredentials();
    QVERIFY(chosen->persistent());

    KeychainCredentials keychain;
    const QString server = QStringLiteral("https://platform-%1.example.org")
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    const QByteArray token = "canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QString error;
    QVERIFY(!keychain.token(server, &error));
    QVERIFY2(error.contains(QStringLiteral("no token")), qPrintable(error));
    QVERIFY2(keychain.setToken(server, token, &error), qPrintable(error));
    // A second object reads it back: it is in the keychain, not in this object.
    KeychainCredentials reader;
    const std::optional<QByteArray> read = reader.token(server, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, token);
    QVERIFY2(keychain.removeToken(server, &error), qPrintable(error));
    QVERIFY(!reader.token(server, &error));
    QVERIFY(keychain.removeToken(server, &error)); // removing twice is not an error
}

void TestKeychain::realKeychainFeedsTheCliSync()
{
    QVERIFY(KeychainCredentials::isAvailable());
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.campaigns().create(completeCampaign(Clock::today(), QStringLiteral("Par le trousseau")));
    QTemporaryDir home;
    const QProcessEnvironment environment = cliEnvironment(home.path());
    const QStringList serverOption { QStringLiteral("--server"), server.baseUrl() };

    const ProcessResult stored = runCli(
        desk.path(),
        QStringList { QStringLiteral("sync"), QStringLiteral("token"), QStringLiteral("set") } + serverOption,
        environment, server.token() + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    QVERIFY(!stored.standardOutput.contains(server.token()));
    const ProcessResult synced
        = runCli(desk.path(), QStringList { QStringLiteral("sync") } + serverOption, environment);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QVERIFY(synced.standardOutput.contains("Sent 1"));

    const ProcessResult removed
        = runCli(desk.path(),
                 QStringList { QStringLiteral("sync"), QStringLiteral("token"), QStringLiteral("remove") }
                     + serverOption,
                 environment);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    const ProcessResult without
        = runCli(desk.path(), QStringList { QStringLiteral("sync") } + serverOption, environment);
    QCOMPARE(without.exitCode, 1);
}

void TestKeychain::withoutKeychainTheTokenStaysInMemory()
{
    QString problem;
    QVERIFY2(!KeychainCredentials::isAvailable(&problem),
             "a keychain answered: run through CTest (tst_keychain_absent), without a session bus");
    QVERIFY(!problem.isEmpty());

    const std::unique_ptr<Credentials> credentials = makeCredentials();
    QVERIFY(!credentials->persistent());
    const QString notice = credentials->whereStored();
    QVERIFY2(notice.contains(QStringLiteral("No keychain"))
                 && notice.contains(QStringLiteral("this session only")),
             qPrintable(notice));
    QVERIFY2(notice.contains(problem), qPrintable(notice));

    const QString server = QStringLiteral("https://platform.example.org");
    QString error;
    QVERIFY(!credentials->token(server, &error));
    QVERIFY(credentials->setToken(server, "session-token", &error));
    QCOMPARE(credentials->token(server, &error).value_or(QByteArray()), QByteArray("session-token"));
    // A new session starts empty: nothing was written anywhere.
    QVERIFY(!makeCredentials()->token(server, &error));

    KeychainCredentials keychain;
    QVERIFY(!keychain.setToken(server, "session-token", &error));
    QVERIFY2(error.contains(QStringLiteral("could not be stored")), qPrintable(error));
}

void TestKeychain::withoutKeychainTheCliRefusesClearly()
{
    QVERIFY(!KeychainCredentials::isAvailable());
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.close();
    QTemporaryDir home;
    const QByteArray token = "never-stored-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const ProcessResult result
        = runCli(desk.path(),
                 { QStringLiteral("sync"), QStringLiteral("token"), QStringLiteral("set"),
                   QStringLiteral("--server"), QStringLiteral("https://platform.example.org") },
                 cliEnvironment(home.path()), token + '\n');
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("No keychain is available"), qPrintable(result.describe()));
    QVERIFY(result.standardError.contains("CASEDESK_TOKEN"));
    QVERIFY(!result.standardOutput.contains(token) && !result.standardError.contains(token));
}

// The real QtKeychain failing (no session bus): what the user reads is French and says what
// happened, never the backend's English D-Bus text; the details go to the log only.
void TestKeychain::withoutKeychainTheFailureIsExplainedInFrench()
{
    QVERIFY(!KeychainCredentials::isAvailable());
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const auto removeTranslator = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
    KeychainCredentials keychain;
    QString stored;
    QVERIFY(!keychain.setToken(QStringLiteral("https://platform.example.org"), "never-stored", &stored));
    QString read;
    QVERIFY(!keychain.token(QStringLiteral("https://platform.example.org"), &read));
    QString problem;
    QVERIFY(!KeychainCredentials::isAvailable(&problem));
    const QString notice = makeCredentials()->whereStored();
    for (const QString& message : { stored, read, problem, notice }) {
        QVERIFY2(message.contains(QStringLiteral("trousseau")), qPrintable(message));
        for (const QString& raw :
             { QStringLiteral("D-Bus"), QStringLiteral("DBus"), QStringLiteral("autolaunch"),
               QStringLiteral("Could not connect"), QStringLiteral("No such file"),
               QStringLiteral("freedesktop"), QStringLiteral("Object does not exist") })
            QVERIFY2(!message.contains(raw, Qt::CaseInsensitive), qPrintable(message));
    }
    QVERIFY2(stored.startsWith(QStringLiteral("Impossible d'enregistrer le jeton dans le trousseau")),
             qPrintable(stored));
    QVERIFY2(notice.contains(QStringLiteral("pour cette session seulement")), qPrintable(notice));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

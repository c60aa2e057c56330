// The Sync page with real widgets (offscreen) against a real casedesk-platform process: it is in
// the window, it tests the connection, syncs without blocking, and the conflicts view shows a
// conflict field by field and resolves it through models/sync.

#include "MainWindow.h"
#include "PlatformWithDesks.h"
#include "Samples.h"
#include "TempDesk.h"
#include "sync/ConflictsView.h"
#include "sync/SyncPage.h"

#include "common/Clock.h"
#include "storage/Outbox.h"
#include "sync/AutoSync.h"
#include "sync/ConflictStore.h"
#include "sync/Credentials.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int kNetworkWaitMs = 20000;

SyncReport syncDesk(TempDesk& desk, const PlatformProcess& server)
{
    SyncOptions options;
    options.server = QUrl(server.baseUrl());
    SyncClient client(desk.database(), options, server.token());
    return client.run();
}

void editTitle(TempDesk& desk, const QUuid& uuid, const QString& title, const QString& court)
{
    Campaign campaign = *desk.campaigns().load(uuid);
    campaign.title = title;
    campaign.court = court;
    desk.campaigns().save(campaign);
}

std::unique_ptr<SyncPage> makePage(TempDesk& desk, const PlatformProcess* server)
{
    auto page = std::make_unique<SyncPage>(desk.database(), desk.settings());
    page->setCredentials(std::make_unique<MemoryCredentials>(QStringLiteral("no bus in this test")));
    if (server) {
        page->serverEdit()->setText(server->baseUrl());
        page->tokenEdit()->setText(QString::fromUtf8(server->token()));
    }
    page->resize(1000, 700);
    page->show();
    return page;
}

int rowOf(QTableWidget* table, const QString& label)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == label)
            return row;
    }
    return -1;
}

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageIsTheNextAreaOfTheWindow();
    void testConnectionAgainstTheRealPlatform();
    void conflictShownFieldByFieldAndResolvedThenSynced();
    void settingsPersistAndTheTokenDoesNot();
    void failingKeychainIsExplainedAndOffersTheSession();
};

void TestSyncPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The real keychain, made to fail: no session bus answers (CTest sets the same before start).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/casedesk-no-session-bus");
}

void TestSyncPage::pageIsTheNextAreaOfTheWindow()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    MainWindow window(desk.database(), desk.campaigns(), desk.associations(), desk.settings());
    window.syncPage()->setCredentials(std::make_unique<MemoryCredentials>());
    window.show();
    const auto* pages = window.findChild<QStackedWidget*>();
    const int index = pages->indexOf(window.syncPage());
    QVERIFY(index > 0);
    // The View menu's area action (not a key press: focus is unreliable offscreen).
    QAction* area = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QLatin1String("Sync"))
            area = action;
    }
    QVERIFY(area);
    QCOMPARE(area->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    area->trigger();
    QCOMPARE(pages->currentWidget(), window.syncPage());
    QVERIFY(window.syncPage()->isVisible());
    QVERIFY(window.syncPage()->pendingLabel()->text().startsWith(QStringLiteral("0 change")));
    // Alt+T reaches the token: its label is the field's buddy, so no "&" shows.
    bool tokenLabelled = false;
    for (const QLabel* label : window.syncPage()->findChildren<QLabel*>())
        tokenLabelled = tokenLabelled
            || (label->text() == QStringLiteral("&Token:")
                && label->buddy() == window.syncPage()->tokenEdit());
    QVERIFY(tokenLabelled);
}

void TestSyncPage::testConnectionAgainstTheRealPlatform()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    const std::unique_ptr<SyncPage> page = makePage(desk, &server);

    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QVERIFY(page->isRunning()); // the request runs on a worker: this thread is free meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kNetworkWaitMs);
    QVERIFY2(page->connectionLabel()->text().startsWith(QStringLiteral("Connected")),
             qPrintable(page->connectionLabel()->text()));
    QVERIFY(page->tokenEdit()->text().isEmpty()); // saved, then cleared from the field
    QVERIFY(page->tokenEdit()->placeholderText().contains(QStringLiteral("stored")));

    page->tokenEdit()->setText(QStringLiteral("not-a-token"));
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kNetworkWaitMs);
    QVERIFY2(page->connectionLabel()->text().contains(QStringLiteral("refused the token")),
             qPrintable(page->connectionLabel()->text()));
}

void TestSyncPage::conflictShownFieldByFieldAndResolvedThenSynced()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid uuid
        = a.campaigns().create(completeCampaign(Clock::today(), QStringLiteral("Origin"))).sync.uuid;
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(syncDesk(b, server).converged());
    editTitle(a, uuid, QStringLiteral("Title from A"), QStringLiteral("Court from A"));
    editTitle(b, uuid, QStringLiteral("Title from B"), QStringLiteral("Court from B"));
    QVERIFY(syncDesk(a, server).converged());

    const std::unique_ptr<SyncPage> page = makePage(b, &server);
    QSignalSpy deskChanged(page.get(), &SyncPage::deskChanged);
    QTest::mouseClick(page->syncButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && deskChanged.count() == 1, kNetworkWaitMs);
    QVERIFY(page->logView()->toPlainText().contains(QStringLiteral("kept as a conflict")));

    ConflictsView* conflicts = page->conflictsView();
    QCOMPARE(conflicts->list()->count(), 1);
    QCOMPARE(conflicts->list()->currentRow(), 0);
    QTableWidget* table = conflicts->table();
    const int titleRow = rowOf(table, QStringLiteral("Title"));
    QVERIFY(titleRow >= 0);
    QCOMPARE(table->item(titleRow, 1)->text(), QStringLiteral("Title from B"));
    QCOMPARE(table->item(titleRow, 2)->text(), QStringLiteral("Title from A"));
    QVERIFY(table->cellWidget(titleRow, 3)); // a choice on a differing row
    QVERIFY(!table->cellWidget(rowOf(table, QStringLiteral("Summary")), 3)); // none where both agree

    conflicts->choose(QStringLiteral("title"), ConflictSide::Mine);
    conflicts->choose(QStringLiteral("court"), ConflictSide::Theirs);
    QTest::mouseClick(conflicts->applyChoicesButton(), Qt::LeftButton);
    QCOMPARE(conflicts->list()->count(), 0);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(deskChanged.count(), 2);
    QVERIFY(ConflictStore(b.database()).openConflicts().isEmpty());
    QVERIFY2(page->pendingLabel()->text().startsWith(QStringLiteral("1 change")),
             qPrintable(page->pendingLabel()->text()));

    QTest::mouseClick(page->syncButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && deskChanged.count() == 3, kNetworkWaitMs);
    QCOMPARE(Outbox::pendingCount(b.database()), 0);
    QVERIFY(syncDesk(a, server).converged());
    for (TempDesk* desk : { &a, &b }) {
        QCOMPARE(desk->campaigns().load(uuid)->title, QStringLiteral("Title from B"));
        QCOMPARE(desk->campaigns().load(uuid)->court, QStringLiteral("Court from A"));
    }
}

void TestSyncPage::settingsPersistAndTheTokenDoesNot()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QString token = QStringLiteral("canary-token-for-settings");
    {
        const std::unique_ptr<SyncPage> page = makePage(desk, nullptr);
        QVERIFY2(page->tokenStorageLabel()->text().contains(QStringLiteral("this session only")),
                 qPrintable(page->tokenStorageLabel()->text()));
        page->serverEdit()->setText(QStringLiteral("https://platform.example.org"));
        QMetaObject::invokeMethod(page->serverEdit(), "editingFinished");
        page->caFileEdit()->setText(QStringLiteral("/etc/ssl/association-ca.pem"));
        QMetaObject::invokeMethod(page->caFileEdit(), "editingFinished");
        page->intervalBox()->setCurrentIndex(page->intervalBox()->findData(15));
        QVERIFY(page->autoSync().isActive());
        QCOMPARE(page->autoSync().intervalMinutes(), 15);
        page->tokenEdit()->setText(token);
        QTest::keyClick(page->tokenEdit(), Qt::Key_Return);
        QVERIFY(page->tokenEdit()->text().isEmpty());
    }
    const std::unique_ptr<SyncPage> again = makePage(desk, nullptr);
    QCOMPARE(again->serverEdit()->text(), QStringLiteral("https://platform.example.org"));
    QCOMPARE(again->caFileEdit()->text(), QStringLiteral("/etc/ssl/association-ca.pem"));
    QCOMPARE(again->intervalBox()->currentData().toInt(), 15);
    const int inSettings = desk.database()
                               .scalar(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE ?"),
                                       { QLatin1Char('%') + token + QLatin1Char('%') })
                               .toInt();
    QCOMPARE(inSettings, 0);

    // Failed automatic runs wait longer, capped; a success goes back to the interval.
    QCOMPARE(AutoSync::delayMs(15, 0), 15 * 60 * 1000);
    QCOMPARE(AutoSync::delayMs(15, 2), 60 * 60 * 1000);
    QCOMPARE(AutoSync::delayMs(60, 9), 4 * 60 * 60 * 1000);
    QCOMPARE(AutoSync::delayMs(0, 3), 0);
}

// The keychain refuses the token (here: no session bus answers, as when its prompt is cancelled
// or the keyring is missing): the page says so in French without the D-Bus text, does not claim
// the token is saved, keeps it in the field, and offers to keep it for the session, which then
// works for "Test connection" instead of "no token".
void TestSyncPage::failingKeychainIsExplainedAndOffersTheSession()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const auto removeTranslator = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    auto page = std::make_unique<SyncPage>(desk.database(), desk.settings());
    page->setCredentials(std::make_unique<KeychainCredentials>());
    page->resize(1000, 700);
    page->show();
    page->serverEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
    page->tokenEdit()->setText(QStringLiteral("token-the-platform-gave"));
    page->tokenEdit()->setFocus();
    QTest::keyClick(page->tokenEdit(), Qt::Key_Return);

    const QString problem = page->tokenProblemLabel()->text();
    QVERIFY(page->tokenProblemLabel()->isVisible());
    QVERIFY2(problem.contains(QStringLiteral("trousseau")) && problem.contains(QStringLiteral("session")),
             qPrintable(problem));
    for (const QString& raw : { QStringLiteral("D-Bus"), QStringLiteral("Could not connect"),
                                QStringLiteral("No such file"), QStringLiteral("freedesktop") })
        QVERIFY2(!problem.contains(raw) && !page->connectionLabel()->text().contains(raw),
                 qPrintable(problem));
    QVERIFY2(page->tokenStorageLabel()->text().contains(QStringLiteral("Aucun jeton n'est enregistré")),
             qPrintable(page->tokenStorageLabel()->text()));
    QCOMPARE(page->tokenEdit()->text(), QStringLiteral("token-the-platform-gave"));
    QVERIFY(page->sessionFallbackButton()->isVisible());

    // "Test connection" with the token still in the field says what is wrong, not "no token".
    page->testButton()->click();
    QVERIFY2(!page->connectionLabel()->text().contains(QStringLiteral("Aucun jeton")),
             qPrintable(page->connectionLabel()->text()));
    QVERIFY(!page->isRunning());

    page->sessionFallbackButton()->click();
    QVERIFY(!page->sessionFallbackButton()->isVisible());
    QVERIFY(!page->tokenProblemLabel()->isVisible());
    QVERIFY(page->tokenEdit()->text().isEmpty());
    QVERIFY2(page->tokenStorageLabel()->text().contains(QStringLiteral("cette session")),
             qPrintable(page->tokenStorageLabel()->text()));
    page->testButton()->click();
    QVERIFY(page->isRunning()); // the token is there: the request goes out
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kNetworkWaitMs);
    QVERIFY2(!page->connectionLabel()->text().contains(QStringLiteral("Aucun jeton")),
             qPrintable(page->connectionLabel()->text()));
}

QTEST_MAIN(TestSyncPage)
#include "tst_sync_page.moc"

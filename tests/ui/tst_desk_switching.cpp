// File > Open another desk and Recent desks: the window switches to the other desk (its
// campaigns, its status bar), the desk before is saved and closed, a file that is no desk leaves
// the open one as it was, the list is remembered across runs, and no two connections ever share
// a name.

#include "MainWindow.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/Dialogs.h"
#include "gui/DeskSession.h"
#include "itemmodels/CampaignListModel.h"
#include "settings/RecentDesks.h"
#include "storage/Database.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

class TestDeskSwitching : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openAnotherDeskSwitchesTheWindow();
    void recentDesksAreRememberedAndOpenTheirDesk();
    void aFileThatIsNoDeskLeavesTheOpenOne();
    void theSameDeskTwiceIsOneConnection();

private:
    QString makeDesk(const QString& name, const QStringList& titles);
    QStringList titlesOnScreen(const DeskSession& session) const;
    void switchWith(DeskSession& session, const QString& path);

    QTemporaryDir m_dir;
};

void TestDeskSwitching::initTestCase()
{
    // Recent desks live in the user's settings: the test's own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDeskSwitching::init()
{
    QSettings().remove(QStringLiteral("desks"));
}

QString TestDeskSwitching::makeDesk(const QString& name, const QStringList& titles)
{
    const QString path = m_dir.filePath(name);
    Database database(QStringLiteral("make-%1").arg(name));
    QString error;
    if (!database.open(path, &error))
        qFatal("%s", qPrintable(error));
    CampaignRepository campaigns(database);
    for (const QString& title : titles) {
        Campaign draft;
        draft.title = title;
        campaigns.create(draft);
    }
    return path;
}

QStringList TestDeskSwitching::titlesOnScreen(const DeskSession& session) const
{
    CampaignListModel* model = session.window()->campaignsPage()->model();
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->data(model->index(row, CampaignListModel::Title)).toString());
    titles.sort();
    return titles;
}

// What the File menu does: the window asks, the session switches once control returns.
void TestDeskSwitching::switchWith(DeskSession& session, const QString& path)
{
    emit session.window()->openDeskRequested(path);
    QCoreApplication::processEvents();
}

void TestDeskSwitching::openAnotherDeskSwitchesTheWindow()
{
    const QString a = makeDesk(QStringLiteral("a.db"), { QStringLiteral("Barrage de Sivens") });
    const QString b
        = makeDesk(QStringLiteral("b.db"), { QStringLiteral("Pesticides"), QStringLiteral("Roybon") });
    DeskSession session;
    QString error;
    QVERIFY2(session.open(a, false, &error), qPrintable(error));
    session.window()->show();
    QCOMPARE(titlesOnScreen(session), QStringList { QStringLiteral("Barrage de Sivens") });
    const QString before = session.database()->connectionName();

    switchWith(session, b);
    QCOMPARE(session.path(), b);
    QVERIFY(session.window()->isVisible());
    QCOMPARE(titlesOnScreen(session),
             (QStringList { QStringLiteral("Pesticides"), QStringLiteral("Roybon") }));
    QVERIFY(session.window()->windowTitle().contains(QStringLiteral("b.db")));
    // The desk before is closed: its connection is gone, the new one has a name of its own.
    QVERIFY(session.database()->connectionName() != before);
    QVERIFY(!QSqlDatabase::contains(before));
}

void TestDeskSwitching::recentDesksAreRememberedAndOpenTheirDesk()
{
    const QString a = makeDesk(QStringLiteral("r-a.db"), { QStringLiteral("A") });
    const QString b = makeDesk(QStringLiteral("r-b.db"), { QStringLiteral("B") });
    {
        DeskSession session;
        QString error;
        QVERIFY(session.open(a, false, &error));
        switchWith(session, b);
    }
    // Another run: the list is still there, most recent first, and the last desk is B.
    QCOMPARE(RecentDesks::list(), (QStringList { b, a }));
    QCOMPARE(RecentDesks::last(), b);

    DeskSession session;
    QString error;
    QVERIFY(session.open(RecentDesks::last(), false, &error));
    QMenu* recent = nullptr;
    for (QMenu* menu : session.window()->findChildren<QMenu*>()) {
        if (menu->objectName() == QLatin1String("recentDesks"))
            recent = menu;
    }
    QVERIFY(recent);
    QStringList entries;
    for (QAction* action : recent->actions())
        entries.append(action->data().toString());
    QCOMPARE(entries, (QStringList { b, a }));
    recent->actions().at(1)->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(session.path(), a);
    QCOMPARE(titlesOnScreen(session), QStringList { QStringLiteral("A") });
}

void TestDeskSwitching::aFileThatIsNoDeskLeavesTheOpenOne()
{
    const QString a = makeDesk(QStringLiteral("n-a.db"), { QStringLiteral("A") });
    const QString notADesk = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notADesk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a desk, just notes\n");
    file.close();
    DeskSession session;
    QString error;
    QVERIFY(session.open(a, false, &error));
    MainWindow* window = session.window();
    Dialogs::setNextAnswer(true); // the warning is not shown; its text is kept
    switchWith(session, notADesk);
    QCOMPARE(session.window(), window);
    QCOMPARE(session.path(), a);
    QVERIFY(!Dialogs::takeLastWarning().isEmpty());
    QCOMPARE(titlesOnScreen(session), QStringList { QStringLiteral("A") });
    QVERIFY(!RecentDesks::list().contains(notADesk));
}

void TestDeskSwitching::theSameDeskTwiceIsOneConnection()
{
    const QString a = makeDesk(QStringLiteral("s-a.db"), { QStringLiteral("A") });
    DeskSession session;
    QString error;
    QVERIFY(session.open(a, false, &error));
    MainWindow* window = session.window();
    const QStringList connections = QSqlDatabase::connectionNames();
    switchWith(session, a);
    QCOMPARE(session.window(), window);
    QCOMPARE(QSqlDatabase::connectionNames(), connections);
    // And a Database refuses a connection name another one holds.
    Database twin(session.database()->connectionName());
    QVERIFY(!twin.open(a, &error));
    QVERIFY2(!error.isEmpty(), "a refused name must say why");
    QVERIFY(session.database()->isOpen());
}

QTEST_MAIN(TestDeskSwitching)
#include "tst_desk_switching.moc"

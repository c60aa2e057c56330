// The campaign editor's News tab as a jurist uses it: a new update is saved as it is typed,
// published and unpublished with one button, deleted after a question, and writable whatever
// the campaign's status.

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/MarkdownEditor.h"
#include "campaigns/NewsEditor.h"
#include "campaigns/NewsRepository.h"
#include "common/Dialogs.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

class TestNews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newsTabIsInTheCampaignEditor();
    void typedNewsIsSavedWithoutAClick();
    void publishButtonTogglesAndQueuesTheSync();
    void emptyTitleIsSaidAndNotSaved();
    void deleteAsksFirst();
    void publishedCampaignStillTakesNews();

private:
    NewsEditor* openCampaign(const Campaign& campaign);
    std::optional<NewsItem> readBack(const QUuid& uuid);
    QString outboxOperation(const QUuid& uuid);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<AssociationRepository> m_associations;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<CampaignsPage> m_page;
    int m_round = 0;
};

void TestNews::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());
}

void TestNews::init()
{
    const QString path = m_dir.filePath(QStringLiteral("desk-%1.db").arg(++m_round));
    m_database = std::make_unique<Database>(QStringLiteral("news-test"));
    QString error;
    QVERIFY2(m_database->open(path, &error), qPrintable(error));
    m_campaigns = std::make_unique<CampaignRepository>(*m_database);
    m_associations = std::make_unique<AssociationRepository>(*m_database);
    m_settings = std::make_unique<SettingsRepository>(*m_database);
    m_page = std::make_unique<CampaignsPage>(*m_campaigns, *m_associations, *m_settings);
    m_page->resize(1200, 800);
    m_page->show();
}

void TestNews::cleanup()
{
    Dialogs::setNextAnswer(std::nullopt);
    m_page.reset();
    m_settings.reset();
    m_associations.reset();
    m_campaigns.reset();
    m_database.reset();
}

NewsEditor* TestNews::openCampaign(const Campaign& campaign)
{
    CampaignEditor* editor = m_page->editor();
    if (!editor->setCampaign(campaign.sync.uuid))
        return nullptr;
    auto* tabs = editor->findChild<QTabWidget*>();
    if (!tabs)
        return nullptr;
    tabs->setCurrentWidget(editor->newsEditor());
    return editor->newsEditor();
}

std::optional<NewsItem> TestNews::readBack(const QUuid& uuid)
{
    NewsRepository news(*m_database);
    return news.load(uuid);
}

QString TestNews::outboxOperation(const QUuid& uuid)
{
    return m_database
        ->scalar(QStringLiteral("SELECT operation FROM outbox WHERE entity = 'news' AND entity_uuid = ?"),
                 { uuid.toString(QUuid::WithoutBraces) })
        .toString();
}

void TestNews::newsTabIsInTheCampaignEditor()
{
    Campaign draft;
    draft.title = QStringLiteral("Zone humide");
    NewsEditor* news = openCampaign(m_campaigns->create(draft));
    QVERIFY(news);
    auto* tabs = m_page->editor()->findChild<QTabWidget*>();
    QCOMPARE(tabs->tabText(tabs->indexOf(news)).remove(QLatin1Char('&')), QStringLiteral("News"));
    QCOMPARE(news->list()->count(), 0);
    QVERIFY(news->newButton()->isEnabled());
    QVERIFY(!news->publishButton()->isEnabled());
    QVERIFY(!news->deleteButton()->isEnabled());
}

void TestNews::typedNewsIsSavedWithoutAClick()
{
    Campaign draft;
    draft.title = QStringLiteral("Zone humide");
    NewsEditor* news = openCampaign(m_campaigns->create(draft));
    QVERIFY(news);
    QTest::mouseClick(news->newButton(), Qt::LeftButton);
    const QUuid uuid = news->currentNews();
    QVERIFY(!uuid.isNull());
    QCOMPARE(news->list()->count(), 1);
    QVERIFY(news->list()->item(0)->text().contains(QStringLiteral("draft")));

    news->titleEdit()->selectAll();
    QTest::keyClicks(news->titleEdit(), QStringLiteral("Hearing on 12 March"));
    QTest::keyClicks(news->bodyEditor()->sourceEdit(), QStringLiteral("The court heard our arguments."));
    QTRY_COMPARE_WITH_TIMEOUT(readBack(uuid).value_or(NewsItem()).body,
                              QStringLiteral("The court heard our arguments."), 5000);
    QCOMPARE(readBack(uuid)->title, QStringLiteral("Hearing on 12 March"));
    QTRY_VERIFY(news->list()->item(0)->text().startsWith(QStringLiteral("Hearing on 12 March")));
    QCOMPARE(outboxOperation(uuid), QString()); // a draft stays on the desk
}

void TestNews::publishButtonTogglesAndQueuesTheSync()
{
    Campaign draft;
    draft.title = QStringLiteral("Zone humide");
    NewsEditor* news = openCampaign(m_campaigns->create(draft));
    QVERIFY(news);
    QTest::mouseClick(news->newButton(), Qt::LeftButton);
    const QUuid uuid = news->currentNews();
    // Typed, then published at once: the last keystrokes go with it.
    QTest::keyClicks(news->bodyEditor()->sourceEdit(), QStringLiteral("Decision expected in May."));
    QTest::mouseClick(news->publishButton(), Qt::LeftButton);
    QVERIFY(readBack(uuid)->isPublished());
    QCOMPARE(readBack(uuid)->body, QStringLiteral("Decision expected in May."));
    QCOMPARE(outboxOperation(uuid), QStringLiteral("upsert"));
    QVERIFY(!news->list()->item(0)->text().contains(QStringLiteral("draft")));

    QTest::mouseClick(news->publishButton(), Qt::LeftButton);
    QVERIFY(!readBack(uuid)->isPublished());
    QCOMPARE(outboxOperation(uuid), QStringLiteral("delete"));
    QVERIFY(news->list()->item(0)->text().contains(QStringLiteral("draft")));
}

void TestNews::emptyTitleIsSaidAndNotSaved()
{
    Campaign draft;
    draft.title = QStringLiteral("Zone humide");
    NewsEditor* news = openCampaign(m_campaigns->create(draft));
    QVERIFY(news);
    QTest::mouseClick(news->newButton(), Qt::LeftButton);
    const QUuid uuid = news->currentNews();
    const QString stored = readBack(uuid)->title;
    news->titleEdit()->selectAll();
    QTest::keyClick(news->titleEdit(), Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(news->messageLabel()->isVisible(), 5000);
    QVERIFY(news->messageLabel()->text().contains(QStringLiteral("title")));
    QCOMPARE(readBack(uuid)->title, stored);
    QVERIFY(!news->flush());
    QTest::keyClicks(news->titleEdit(), QStringLiteral("Appeal filed"));
    QVERIFY(news->flush());
    QCOMPARE(readBack(uuid)->title, QStringLiteral("Appeal filed"));
    QVERIFY(!news->messageLabel()->isVisible());
}

void TestNews::deleteAsksFirst()
{
    Campaign draft;
    draft.title = QStringLiteral("Zone humide");
    NewsEditor* news = openCampaign(m_campaigns->create(draft));
    QVERIFY(news);
    QTest::mouseClick(news->newButton(), Qt::LeftButton);
    const QUuid uuid = news->currentNews();

    Dialogs::setNextAnswer(false);
    QTest::mouseClick(news->deleteButton(), Qt::LeftButton);
    QVERIFY(readBack(uuid));
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(news->deleteButton(), Qt::LeftButton);
    QVERIFY(!readBack(uuid));
    QCOMPARE(news->list()->count(), 0);
    QVERIFY(news->currentNews().isNull());
}

void TestNews::publishedCampaignStillTakesNews()
{
    Campaign campaign;
    campaign.title = QStringLiteral("Published campaign");
    campaign.status = CampaignStatus::Published;
    NewsEditor* news = openCampaign(m_campaigns->import(campaign));
    QVERIFY(news);
    QVERIFY(news->isEnabled());
    QVERIFY(news->newButton()->isEnabled());
    QTest::mouseClick(news->newButton(), Qt::LeftButton);
    QVERIFY(news->titleEdit()->isEnabled());
    QVERIFY(!news->titleEdit()->isReadOnly());
    news->titleEdit()->selectAll();
    QTest::keyClicks(news->titleEdit(), QStringLiteral("Funded!"));
    QVERIFY(m_page->editor()->flush());
    QCOMPARE(readBack(news->currentNews())->title, QStringLiteral("Funded!"));
}

QTEST_MAIN(TestNews)
#include "tst_news.moc"

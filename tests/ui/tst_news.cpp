// The campaign editor's News tab as a jurist uses it: a new update is saved as it is typed,
// published and unpublished with one button, deleted after a question, and writable whatever
// the campaign's status.

#include "CampaignsPageTest.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/MarkdownEditor.h"
#include "campaigns/NewsEditor.h"
#include "campaigns/NewsRepository.h"
#include "common/Dialogs.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace casedesk;

class TestNews : public test::CampaignsPageTest
{
    Q_OBJECT

private slots:
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
};

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
    NewsRepository news(m_desk->database());
    return news.load(uuid);
}

QString TestNews::outboxOperation(const QUuid& uuid)
{
    return m_desk->database()
        .scalar(QStringLiteral("SELECT operation FROM outbox WHERE entity = 'news' AND entity_uuid = ?"),
                { uuid.toString(QUuid::WithoutBraces) })
        .toString();
}

void TestNews::newsTabIsInTheCampaignEditor()
{
    NewsEditor* news = openCampaign(createDraft(QStringLiteral("Zone humide")));
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
    NewsEditor* news = openCampaign(createDraft(QStringLiteral("Zone humide")));
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
    NewsEditor* news = openCampaign(createDraft(QStringLiteral("Zone humide")));
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
    NewsEditor* news = openCampaign(createDraft(QStringLiteral("Zone humide")));
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
    NewsEditor* news = openCampaign(createDraft(QStringLiteral("Zone humide")));
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
    NewsEditor* news = openCampaign(m_desk->campaigns().import(campaign));
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

// NewsRepository against a real desk: round trips, field problems, the outbox (only published
// news are queued; unpublishing or deleting a published one queues a delete), stale writes,
// tombstones, the list order and what the sync writes when it receives news.

#include "FixedClock.h"
#include "TempDesk.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/NewsRepository.h"
#include "storage/Database.h"
#include "sync/SyncKinds.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The pending outbox entry of a record: "upsert r3", "delete r4", or empty.
QString outboxOf(Database& database, const QUuid& uuid)
{
    QSqlQuery q = database.exec(
        QStringLiteral("SELECT entity, operation, revision FROM outbox WHERE entity_uuid = ?"),
        { uuid.toString(QUuid::WithoutBraces) });
    if (!q.next())
        return {};
    return QStringLiteral("%1 %2 r%3")
        .arg(q.value(0).toString(), q.value(1).toString())
        .arg(q.value(2).toLongLong());
}

QStringList titlesOf(const QList<NewsItem>& items)
{
    QStringList titles;
    for (const NewsItem& item : items)
        titles.append(item.title);
    return titles;
}

} // namespace

class TestNewsRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createThenLoadRoundTrips();
    void fieldProblemsAreValuesAndNothingIsWritten();
    void unknownCampaignIsRefused();
    void draftsStayOffTheOutbox();
    void publishQueuesAnUpsertAndUnpublishADelete();
    void deletingAPublishedItemQueuesADelete();
    void staleWritesAreRefused();
    void listIsDraftsThenNewestFirst();
    void receivedNewsKeepTheirUuidAndAreNotQueued();
    void everyWriteSignalsItsCampaign();
    void pulledNewsOfAnUnknownCampaignIsLeftOutAndSaid();

private:
    NewsItem draft(const QString& title, const QString& body = {});

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<NewsRepository> m_news;
    QUuid m_campaign;
};

void TestNewsRepository::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_news = std::make_unique<NewsRepository>(m_desk->database());
    Campaign campaign;
    campaign.title = QStringLiteral("Sauver la zone humide");
    m_campaign = m_desk->campaigns().create(campaign).sync.uuid;
    // The campaign's own entry is not the subject here.
    m_desk->database().exec(QStringLiteral("DELETE FROM outbox"));
}

void TestNewsRepository::cleanup()
{
    m_news.reset();
    m_desk.reset();
    m_clock.reset();
}

NewsItem TestNewsRepository::draft(const QString& title, const QString& body)
{
    NewsItem item;
    item.campaignUuid = m_campaign;
    item.title = title;
    item.body = body;
    return item;
}

void TestNewsRepository::createThenLoadRoundTrips()
{
    NewsItem item = draft(QStringLiteral("  Hearing on 12 March  "), QStringLiteral("The court *heard* us."));
    QVERIFY(m_news->create(item).isEmpty());
    QVERIFY(!item.sync.uuid.isNull());
    QCOMPARE(item.sync.revision, 1);
    const std::optional<NewsItem> loaded = m_news->load(item.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->title, QStringLiteral("Hearing on 12 March"));
    QCOMPARE(loaded->body, QStringLiteral("The court *heard* us."));
    QCOMPARE(loaded->campaignUuid, m_campaign);
    QVERIFY(!loaded->isPublished());
    QCOMPARE(loaded->sync.createdAt, m_clock->now());
}

void TestNewsRepository::fieldProblemsAreValuesAndNothingIsWritten()
{
    NewsItem empty = draft(QStringLiteral("   "));
    QList<FieldProblem> problems = m_news->create(empty);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("title"));

    NewsItem tooLong = draft(QString(NewsRepository::kMaxTitleLength + 1, QLatin1Char('x')),
                             QString(NewsRepository::kMaxBodyLength + 1, QLatin1Char('y')));
    problems = m_news->create(tooLong);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(1).field, QStringLiteral("body"));
    QVERIFY(m_news->list(m_campaign).isEmpty());

    NewsItem limits = draft(QString(NewsRepository::kMaxTitleLength, QLatin1Char('x')),
                            QString(NewsRepository::kMaxBodyLength, QLatin1Char('y')));
    QVERIFY(m_news->create(limits).isEmpty());
    limits.title.clear();
    QCOMPARE(m_news->save(limits).size(), 1);
    QCOMPARE(m_news->load(limits.sync.uuid)->title.size(), NewsRepository::kMaxTitleLength);
}

void TestNewsRepository::unknownCampaignIsRefused()
{
    NewsItem item = draft(QStringLiteral("Orphan"));
    item.campaignUuid = QUuid::createUuid();
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_news->create(item));
    QCOMPARE(m_desk->database().scalar(QStringLiteral("SELECT count(*) FROM campaign_news")).toInt(), 0);
}

void TestNewsRepository::draftsStayOffTheOutbox()
{
    NewsItem item = draft(QStringLiteral("Draft"));
    QVERIFY(m_news->create(item).isEmpty());
    item.body = QStringLiteral("More");
    QVERIFY(m_news->save(item).isEmpty());
    QCOMPARE(item.sync.revision, 2);
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QString());
    m_news->remove(item.sync.uuid);
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QString());
}

void TestNewsRepository::publishQueuesAnUpsertAndUnpublishADelete()
{
    NewsItem item = draft(QStringLiteral("Hearing"));
    QVERIFY(m_news->create(item).isEmpty());
    m_clock->advance(60000);
    m_news->publish(item);
    QCOMPARE(item.publishedAt, m_clock->now());
    QCOMPARE(m_news->load(item.sync.uuid)->publishedAt, m_clock->now());
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QStringLiteral("news upsert r2"));
    item.title = QStringLiteral("Hearing on 12 March");
    QVERIFY(m_news->save(item).isEmpty());
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QStringLiteral("news upsert r3"));
    m_news->unpublish(item);
    QVERIFY(!item.isPublished());
    QVERIFY(!m_news->load(item.sync.uuid)->isPublished());
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QStringLiteral("news delete r4"));
    // Editing the draft afterwards leaves the pending delete alone.
    item.body = QStringLiteral("Notes");
    QVERIFY(m_news->save(item).isEmpty());
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QStringLiteral("news delete r4"));

    NewsItem published = draft(QStringLiteral("Published at once"));
    published.publishedAt = m_clock->now();
    QVERIFY(m_news->create(published).isEmpty());
    QCOMPARE(outboxOf(m_desk->database(), published.sync.uuid), QStringLiteral("news upsert r1"));
}

void TestNewsRepository::deletingAPublishedItemQueuesADelete()
{
    NewsItem item = draft(QStringLiteral("Decision"));
    QVERIFY(m_news->create(item).isEmpty());
    m_news->publish(item);
    m_news->remove(item.sync.uuid);
    QVERIFY(!m_news->load(item.sync.uuid));
    QCOMPARE(outboxOf(m_desk->database(), item.sync.uuid), QStringLiteral("news delete r3"));
    QCOMPARE(m_desk->database()
                 .scalar(QStringLiteral("SELECT deleted FROM campaign_news WHERE uuid = ?"),
                         { item.sync.uuid.toString(QUuid::WithoutBraces) })
                 .toInt(),
             1);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_news->remove(item.sync.uuid));
}

void TestNewsRepository::staleWritesAreRefused()
{
    NewsItem mine = draft(QStringLiteral("Hearing"));
    QVERIFY(m_news->create(mine).isEmpty());
    NewsItem theirs = *m_news->load(mine.sync.uuid);
    theirs.title = QStringLiteral("Theirs");
    QVERIFY(m_news->save(theirs).isEmpty());

    mine.title = QStringLiteral("Mine");
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, m_news->save(mine));
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, m_news->publish(mine));
    QCOMPARE(m_news->load(mine.sync.uuid)->title, QStringLiteral("Theirs"));
    QVERIFY(!m_news->load(mine.sync.uuid)->isPublished());

    m_news->remove(theirs.sync.uuid);
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, m_news->save(theirs));
}

void TestNewsRepository::listIsDraftsThenNewestFirst()
{
    NewsItem older = draft(QStringLiteral("Older"));
    QVERIFY(m_news->create(older).isEmpty());
    m_news->publish(older);
    m_clock->advance(1000);
    NewsItem newer = draft(QStringLiteral("Newer"));
    QVERIFY(m_news->create(newer).isEmpty());
    m_news->publish(newer);
    m_clock->advance(1000);
    NewsItem pending = draft(QStringLiteral("Draft"));
    QVERIFY(m_news->create(pending).isEmpty());
    NewsItem gone = draft(QStringLiteral("Gone"));
    QVERIFY(m_news->create(gone).isEmpty());
    m_news->remove(gone.sync.uuid);

    QCOMPARE(titlesOf(m_news->list(m_campaign)),
             (QStringList { QStringLiteral("Draft"), QStringLiteral("Newer"), QStringLiteral("Older") }));
    QVERIFY(m_news->list(QUuid::createUuid()).isEmpty());

    QString error;
    QCOMPARE(m_news->resolve(newer.sync.uuid.toString(QUuid::WithoutBraces).left(8), &error),
             newer.sync.uuid);
    QVERIFY(!m_news->resolve(QStringLiteral("ab"), &error));
    QVERIFY(!error.isEmpty());
}

void TestNewsRepository::receivedNewsKeepTheirUuidAndAreNotQueued()
{
    NewsItem received = draft(QStringLiteral("From a colleague"), QStringLiteral("Body"));
    received.sync.uuid = QUuid::createUuid();
    received.publishedAt = m_clock->now();
    m_news->storeReceived(received, 7);
    std::optional<NewsItem> stored = m_news->load(received.sync.uuid);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("From a colleague"));
    QCOMPARE(stored->sync.serverVersion.value_or(0), qint64(7));
    QCOMPARE(stored->publishedAt, m_clock->now());

    received.title = QStringLiteral("Edited by a colleague");
    m_news->storeReceived(received, 9);
    stored = m_news->load(received.sync.uuid);
    QCOMPARE(stored->title, QStringLiteral("Edited by a colleague"));
    QCOMPARE(stored->sync.revision, 2);

    m_news->removeReceived(received.sync.uuid, 11);
    QVERIFY(!m_news->load(received.sync.uuid));
    QCOMPARE(m_desk->database().scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
}

void TestNewsRepository::everyWriteSignalsItsCampaign()
{
    QSignalSpy spy(m_news.get(), &NewsRepository::newsChanged);
    NewsItem item = draft(QStringLiteral("Hearing"));
    QVERIFY(m_news->create(item).isEmpty());
    QVERIFY(m_news->save(item).isEmpty());
    m_news->publish(item);
    m_news->unpublish(item);
    m_news->remove(item.sync.uuid);
    QCOMPARE(spy.count(), 5);
    for (const QList<QVariant>& arguments : std::as_const(spy))
        QCOMPARE(arguments.at(0).toUuid(), m_campaign);
}

void TestNewsRepository::pulledNewsOfAnUnknownCampaignIsLeftOutAndSaid()
{
    PullContext context { m_desk->database(), {}, {}, {} };
    const SyncKind& news = SyncKinds::ofWireKind(QStringLiteral("news"));
    const QUuid uuid = QUuid::createUuid();
    QJsonObject envelope {
        { QStringLiteral("kind"), QStringLiteral("news") },
        { QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("deleted"), false },
        { QStringLiteral("data"),
          QJsonObject { { QStringLiteral("campaignId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                        { QStringLiteral("title"), QStringLiteral("Elsewhere") },
                        { QStringLiteral("body"), QString() },
                        { QStringLiteral("publishedAt"), QStringLiteral("2026-03-16T12:00:00.000Z") } } }
    };
    QCOMPARE(news.applyPulled(context, envelope), PullOutcome::AlreadyKnown);
    QVERIFY(context.notices.join(QString()).contains(QStringLiteral("Elsewhere")));
    QVERIFY(!m_news->load(uuid));

    // The same record for the desk's campaign is kept, published, with its uuid.
    QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    data.insert(QStringLiteral("campaignId"), m_campaign.toString(QUuid::WithoutBraces));
    envelope.insert(QStringLiteral("data"), data);
    context.notices.clear();
    QCOMPARE(news.applyPulled(context, envelope), PullOutcome::Applied);
    QVERIFY(context.notices.isEmpty());
    QCOMPARE(m_news->load(uuid)->publishedAt, m_clock->now());
}

QTEST_GUILESS_MAIN(TestNewsRepository)
#include "tst_news_repository.moc"

// The reference platform server, tested as a real process on 127.0.0.1 (docs/platform-api.md).

#include "PlatformHarness.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace casedesk::test;

namespace {

using Headers = QHash<QByteArray, QByteArray>;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray campaignBody(const QString& title, const QString& status, const QJsonObject& extra = {})
{
    QJsonObject data = extra;
    data.insert(QStringLiteral("title"), title);
    data.insert(QStringLiteral("status"), status);
    return json({ { QStringLiteral("data"), data } });
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

Headers createHeaders()
{
    return { { "Idempotency-Key", newKey() }, { "If-None-Match", "*" } };
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Pages through the whole changes feed; fails the test on a duplicate or a page that never ends.
QList<QJsonObject> readAllChanges(PlatformClient& client, int pageSize, int* pages = nullptr)
{
    QList<QJsonObject> all;
    QString cursor;
    for (int page = 1; page <= 1000; ++page) {
        const PlatformReply reply = client.sendWithRetries(
            "GET", QStringLiteral("/v1/changes?limit=%1&cursor=%2").arg(pageSize).arg(cursor), {}, {});
        if (reply.status != 200) {
            qWarning("changes: HTTP %d %s", reply.status, reply.body.constData());
            return {};
        }
        const QJsonObject body = reply.json();
        for (const QJsonValue& change : body.value(QStringLiteral("changes")).toArray())
            all.append(change.toObject());
        cursor = body.value(QStringLiteral("cursor")).toString();
        if (pages)
            *pages = page;
        if (!body.value(QStringLiteral("hasMore")).toBool())
            return all;
    }
    return {};
}

int countKind(const QList<QJsonObject>& changes, const QString& kind)
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(), [&](const QJsonObject& change) {
        return change.value(QStringLiteral("kind")).toString() == kind;
    }));
}

} // namespace

class TestPlatformServer : public QObject
{
    Q_OBJECT

private slots:
    void authenticationIsRequired();
    void optimisticConcurrency();
    void idempotencyKeys();
    void changesFeedPagination();
    void publicSideShowsOnlyPublishedFields();
    void blobUploadChecksTheHash();
    void blobUploadResumes();
    void badRequestsGetProblems();
    void rateLimitAnswers429();
    void donationsAreAReadOnlyFeed();
    void convergesDespiteFaults_data();
    void convergesDespiteFaults();
    void lateAnswerAfterClientTimeoutIsReplayed();

private:
    // Starts a server into `server` and a client for it; QVERIFY-style early return on failure.
    bool startServer(PlatformProcess& server, const QStringList& options = {});
};

bool TestPlatformServer::startServer(PlatformProcess& server, const QStringList& options)
{
    QString error;
    const bool started = server.start(options, &error);
    if (!started)
        qWarning("%s", qPrintable(error));
    return started;
}

void TestPlatformServer::authenticationIsRequired()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient anonymous(server.baseUrl(), {});
    PlatformReply reply = anonymous.send("GET", QStringLiteral("/v1/changes"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 401);

    PlatformClient wrong(server.baseUrl(), "cdp_not-a-token");
    QCOMPARE(wrong.send("GET", QStringLiteral("/v1/campaigns")).status, 401);

    QCOMPARE(anonymous.send("GET", QStringLiteral("/v1")).status, 200); // service description is open
    PlatformClient desk(server.baseUrl(), server.token());
    reply = desk.send("GET", QStringLiteral("/v1/me"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("tokenName")).toString(), QStringLiteral("test-desk"));
    // The token is never logged, nor stored in clear.
    QVERIFY(!server.log().contains(server.token()));
}

void TestPlatformServer::optimisticConcurrency()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const QString path = QStringLiteral("/v1/campaigns/") + newId();

    PlatformReply created = desk.send(
        "PUT", path, campaignBody(QStringLiteral("Air"), QStringLiteral("draft")), createHeaders());
    QCOMPARE(created.status, 201);
    const QByteArray firstVersion = created.header("etag");
    QCOMPARE(created.json().value(QStringLiteral("version")).toInteger(),
             QByteArray(firstVersion).replace('"', "").toLongLong());

    PlatformReply updated
        = desk.send("PUT", path, campaignBody(QStringLiteral("Clean air"), QStringLiteral("draft")),
                    { { "Idempotency-Key", newKey() }, { "If-Match", firstVersion } });
    QCOMPARE(updated.status, 200);
    QVERIFY(updated.header("etag") != firstVersion);

    // A colleague's desk still holds the first version: its write is refused with the current record.
    PlatformReply stale
        = desk.send("PUT", path, campaignBody(QStringLiteral("Mine"), QStringLiteral("draft")),
                    { { "Idempotency-Key", newKey() }, { "If-Match", firstVersion } });
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject current = stale.json().value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Clean air"));
    QCOMPARE(
        QByteArray("\"" + QByteArray::number(current.value(QStringLiteral("version")).toInteger()) + "\""),
        updated.header("etag"));

    // Creating over an existing record is a conflict too; a write with no precondition is refused.
    QCOMPARE(desk.send("PUT", path, campaignBody(QStringLiteral("Again"), QStringLiteral("draft")),
                       createHeaders())
                 .status,
             412);
    QCOMPARE(desk.send("PUT", path, campaignBody(QStringLiteral("Blind"), QStringLiteral("draft")),
                       { { "Idempotency-Key", newKey() } })
                 .status,
             428);

    PlatformReply deleted = desk.send(
        "DELETE", path, {}, { { "Idempotency-Key", newKey() }, { "If-Match", updated.header("etag") } });
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.json().value(QStringLiteral("deleted")).toBool());
}

void TestPlatformServer::idempotencyKeys()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const Headers key { { "Idempotency-Key", "create-campaign-1" } };
    const QByteArray body = campaignBody(QStringLiteral("Water"), QStringLiteral("draft"));

    const PlatformReply first = desk.send("POST", QStringLiteral("/v1/campaigns"), body, key);
    QCOMPARE(first.status, 201);
    const PlatformReply second = desk.send("POST", QStringLiteral("/v1/campaigns"), body, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(countKind(readAllChanges(desk, 100), QStringLiteral("campaign")), 1);

    const PlatformReply reused
        = desk.send("POST", QStringLiteral("/v1/campaigns"),
                    campaignBody(QStringLiteral("Other"), QStringLiteral("draft")), key);
    QCOMPARE(reused.status, 422);
    QVERIFY(reused.json()
                .value(QStringLiteral("type"))
                .toString()
                .endsWith(QStringLiteral("idempotency-key-reused")));

    QCOMPARE(desk.send("POST", QStringLiteral("/v1/campaigns"), body).status, 400); // no key at all
}

void TestPlatformServer::changesFeedPagination()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    constexpr int kRecords = 23;
    for (int i = 0; i < kRecords; ++i) {
        QCOMPARE(desk.send("PUT", QStringLiteral("/v1/campaigns/") + newId(),
                           campaignBody(QStringLiteral("Campaign %1").arg(i), QStringLiteral("draft")),
                           createHeaders())
                     .status,
                 201);
    }
    int pages = 0;
    const QList<QJsonObject> changes = readAllChanges(desk, 5, &pages);
    QCOMPARE(changes.size(), kRecords);
    QCOMPARE(pages, 5);
    QSet<QString> ids;
    qint64 lastVersion = 0;
    for (const QJsonObject& change : changes) {
        ids.insert(change.value(QStringLiteral("id")).toString());
        QVERIFY(change.value(QStringLiteral("version")).toInteger() > lastVersion); // oldest first
        lastVersion = change.value(QStringLiteral("version")).toInteger();
    }
    QCOMPARE(ids.size(), kRecords);

    // Nothing new: the last cursor gives an empty page; a forged cursor is refused.
    const PlatformReply invalid = desk.send("GET", QStringLiteral("/v1/changes?cursor=bm9wZQ"));
    QCOMPARE(invalid.status, 400);
    QCOMPARE(desk.send("GET", QStringLiteral("/v1/changes?limit=0")).status, 400);
}

void TestPlatformServer::publicSideShowsOnlyPublishedFields()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const QJsonObject privateFields { { QStringLiteral("private"),
                                        QJsonObject {
                                            { QStringLiteral("note"), QStringLiteral("SECRET-NOTE") } } },
                                      { QStringLiteral("opposingParty"), QStringLiteral("SECRET-PARTY") } };
    const QString draftId = newId();
    const QString publishedId = newId();
    QCOMPARE(desk.send("PUT", QStringLiteral("/v1/campaigns/") + draftId,
                       campaignBody(QStringLiteral("Draft-Title"), QStringLiteral("draft"), privateFields),
                       createHeaders())
                 .status,
             201);
    QCOMPARE(
        desk.send("PUT", QStringLiteral("/v1/campaigns/") + publishedId,
                  campaignBody(QStringLiteral("Published-Title"), QStringLiteral("published"), privateFields),
                  createHeaders())
            .status,
        201);
    // The desk sees its private fields.
    QVERIFY(desk.send("GET", QStringLiteral("/v1/campaigns/") + draftId).body.contains("SECRET-NOTE"));

    PlatformClient visitor(server.baseUrl(), {});
    const PlatformReply list = visitor.send("GET", QStringLiteral("/v1/public/campaigns"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toString(), publishedId);
    QVERIFY(!list.body.contains("Draft-Title"));
    QVERIFY(!list.body.contains("SECRET"));

    const PlatformReply one = visitor.send("GET", QStringLiteral("/v1/public/campaigns/") + publishedId);
    QCOMPARE(one.status, 200);
    QVERIFY(!one.body.contains("SECRET"));
    QCOMPARE(visitor.send("GET", QStringLiteral("/v1/public/campaigns/") + draftId).status, 404);
    QCOMPARE(visitor.send("POST", QStringLiteral("/v1/public/campaigns"), "{}").status, 405);
}

void TestPlatformServer::blobUploadChecksTheHash()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const QByteArray content = QByteArray("Constat d'huissier, page 1.\n").repeated(1000);
    const QString path = QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256Hex(content));

    PlatformReply head = desk.send("HEAD", path);
    QCOMPARE(head.status, 404);
    QCOMPARE(head.header("upload-offset"), QByteArray("0"));

    const PlatformReply wrong = desk.send("PUT", path, content + "tampered");
    QCOMPARE(wrong.status, 422);
    QVERIFY(
        wrong.json().value(QStringLiteral("type")).toString().endsWith(QStringLiteral("blob-hash-mismatch")));

    QCOMPARE(desk.send("PUT", path, content).status, 201);
    head = desk.send("HEAD", path);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-length").toLongLong(), content.size());
    QCOMPARE(desk.send("PUT", path, content).status, 200); // already there: nothing to do
    QCOMPARE(desk.send("GET", path).body, content);
    QCOMPARE(desk.send("GET", QStringLiteral("/v1/blobs/not-a-hash")).status, 400);
    // Not public until a published campaign's public evidence points at it.
    PlatformClient visitor(server.baseUrl(), {});
    QCOMPARE(visitor.send("GET", QStringLiteral("/v1/public") + path.mid(3)).status, 404);
}

void TestPlatformServer::blobUploadResumes()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    QByteArray content;
    for (int i = 0; i < 30000; ++i)
        content += QByteArray::number(i * 7919 % 10007);
    const qint64 total = content.size();
    const qint64 half = total / 2;
    const QString path = QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256Hex(content));
    const auto range = [total](qint64 first, qint64 last) {
        return Headers { { "Content-Range",
                           QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(total).toLatin1() } };
    };

    PlatformReply reply = desk.send("PUT", path, content.left(half), range(0, half - 1));
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.header("upload-offset").toLongLong(), half);
    // The connection broke here: the desk asks where to resume.
    reply = desk.send("HEAD", path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("upload-offset").toLongLong(), half);
    // A retried chunk the server already had changes nothing; a chunk past the offset is refused.
    QCOMPARE(
        desk.send("PUT", path, content.left(half), range(0, half - 1)).header("upload-offset").toLongLong(),
        half);
    QCOMPARE(desk.send("PUT", path, content.mid(half + 10), range(half + 10, total - 1)).status, 409);

    reply = desk.send("PUT", path, content.mid(half), range(half, total - 1));
    QCOMPARE(reply.status, 201);
    QCOMPARE(desk.send("GET", path).body, content);
}

void TestPlatformServer::badRequestsGetProblems()
{
    PlatformProcess server;
    QVERIFY(startServer(server, { QStringLiteral("--max-chunk-bytes"), QStringLiteral("65536") }));
    PlatformClient desk(server.baseUrl(), server.token());
    const QString path = QStringLiteral("/v1/campaigns/") + newId();

    const PlatformReply malformed = desk.send("PUT", path, "{\"data\": {\"title\": ", createHeaders());
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(malformed.json().value(QStringLiteral("offset")).toInt(), 19);
    QVERIFY(malformed.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("byte 19")));

    const PlatformReply invalid = desk.send(
        "PUT", path, campaignBody(QStringLiteral("X"), QStringLiteral("not-a-status")), createHeaders());
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("pointer")),
             QStringLiteral("/data/status"));

    const QByteArray huge = campaignBody(QString(1536 * 1024, QLatin1Char('x')), QStringLiteral("draft"));
    QCOMPARE(desk.send("PUT", path, huge, createHeaders()).status, 413);
    const QByteArray bigChunk(100 * 1024, 'b');
    QCOMPARE(
        desk.send("PUT", QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256Hex(bigChunk)), bigChunk)
            .status,
        413);

    const PlatformReply unknown = desk.send("GET", QStringLiteral("/v1/nothing-here"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.header("content-type"), QByteArray("application/problem+json"));
    const PlatformReply wrongMethod = desk.send("PATCH", QStringLiteral("/v1/changes"), "{}");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), QByteArray("GET"));
    // The server is still there after all that.
    QCOMPARE(desk.send("GET", QStringLiteral("/v1/me")).status, 200);
}

void TestPlatformServer::rateLimitAnswers429()
{
    PlatformProcess server;
    QVERIFY(startServer(server, { QStringLiteral("--rate-limit"), QStringLiteral("5") }));
    PlatformClient desk(server.baseUrl(), server.token());
    PlatformReply limited;
    for (int i = 0; i < 30 && limited.status != 429; ++i)
        limited = desk.send("GET", QStringLiteral("/v1/me"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    QCOMPARE(limited.header("content-type"), QByteArray("application/problem+json"));
}

void TestPlatformServer::donationsAreAReadOnlyFeed()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const QString campaignId = newId();
    QCOMPARE(desk.send("PUT", QStringLiteral("/v1/campaigns/") + campaignId,
                       campaignBody(QStringLiteral("Soil"), QStringLiteral("published")), createHeaders())
                 .status,
             201);
    int exitCode = -1;
    PlatformProcess::runCommand({ QStringLiteral("feed"), QStringLiteral("add"), QStringLiteral("--data"),
                                  server.dataDir(), QStringLiteral("--kind"), QStringLiteral("donation"),
                                  QStringLiteral("--json"),
                                  QString::fromUtf8(json({ { QStringLiteral("campaignId"), campaignId },
                                                           { QStringLiteral("amountCents"), 2500 } })) },
                                &exitCode);
    QCOMPARE(exitCode, 0);
    const PlatformReply donations = desk.send("GET", QStringLiteral("/v1/donations"));
    QCOMPARE(donations.status, 200);
    const QJsonArray changes = donations.json().value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    const QString donationId = changes.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(desk.send("PUT", QStringLiteral("/v1/donations/") + donationId, "{\"data\":{}}", createHeaders())
                 .status,
             405);
}

void TestPlatformServer::convergesDespiteFaults_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expectedInLog");
    QTest::newRow("500s") << QStringList { QStringLiteral("--fault-500-rate"), QStringLiteral("0.4") }
                          << QByteArray(" 500 ");
    QTest::newRow("drops") << QStringList { QStringLiteral("--fault-drop-rate"), QStringLiteral("0.4") }
                           << QByteArray("dropped (fault)");
    QTest::newRow("apply-then-drop") << QStringList { QStringLiteral("--fault-apply-then-drop-rate"),
                                                      QStringLiteral("0.5") }
                                     << QByteArray("answer dropped (fault)");
    QTest::newRow("all at once") << QStringList { QStringLiteral("--fault-500-rate"),
                                                  QStringLiteral("0.2"),
                                                  QStringLiteral("--fault-drop-rate"),
                                                  QStringLiteral("0.2"),
                                                  QStringLiteral("--fault-apply-then-drop-rate"),
                                                  QStringLiteral("0.3"),
                                                  QStringLiteral("--fault-latency-ms"),
                                                  QStringLiteral("20"),
                                                  QStringLiteral("--fault-seed"),
                                                  QStringLiteral("7") }
                                 << QByteArray("(fault)");
}

// POST lets the server choose ids, so a write applied twice would be a duplicate: the retried
// Idempotency-Key must make every campaign exist exactly once.
void TestPlatformServer::convergesDespiteFaults()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expectedInLog);
    PlatformProcess server;
    QVERIFY(startServer(server, options));
    PlatformClient desk(server.baseUrl(), server.token());
    constexpr int kCampaigns = 12;
    int retried = 0;
    for (int i = 0; i < kCampaigns; ++i) {
        int attempts = 0;
        const PlatformReply reply
            = desk.sendWithRetries("POST", QStringLiteral("/v1/campaigns"),
                                   campaignBody(QStringLiteral("Faulty %1").arg(i), QStringLiteral("draft")),
                                   { { "Idempotency-Key", newKey() } }, &attempts);
        QCOMPARE(reply.status, 201);
        retried += attempts - 1;
    }
    QVERIFY2(retried > 0, "the faults never hit a write");
    const QList<QJsonObject> changes = readAllChanges(desk, 5);
    QCOMPARE(countKind(changes, QStringLiteral("campaign")), kCampaigns);
    QSet<QString> titles;
    for (const QJsonObject& change : changes)
        titles.insert(
            change.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString());
    QCOMPARE(titles.size(), kCampaigns);
    QVERIFY2(server.log().contains(expectedInLog), server.log().right(2000).constData());
}

// The server applied the write but answered after the client gave up: the retry with the same
// key gets the first answer, not a second campaign.
void TestPlatformServer::lateAnswerAfterClientTimeoutIsReplayed()
{
    PlatformProcess server;
    QVERIFY(startServer(server, { QStringLiteral("--fault-latency-ms"), QStringLiteral("400") }));
    PlatformClient desk(server.baseUrl(), server.token());
    const Headers key { { "Idempotency-Key", newKey() } };
    const QByteArray body = campaignBody(QStringLiteral("Slow"), QStringLiteral("draft"));
    QCOMPARE(desk.send("POST", QStringLiteral("/v1/campaigns"), body, key, 100).status, 0);

    QElapsedTimer timer;
    timer.start();
    const PlatformReply retry = desk.send("POST", QStringLiteral("/v1/campaigns"), body, key, 3000);
    QVERIFY(timer.elapsed() >= 350);
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(countKind(readAllChanges(desk, 100), QStringLiteral("campaign")), 1);
}

QTEST_GUILESS_MAIN(TestPlatformServer)
#include "tst_platform_server.moc"

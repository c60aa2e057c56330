// The reference platform server, tested as a real process on 127.0.0.1 (docs/platform-api.md).

#include "PlatformHarness.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
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

// One write of a POST /v1/batch body: the single request it stands for.
QJsonObject batchPut(const QString& path, const QByteArray& body, const QByteArray& key,
                     const QByteArray& ifMatch = {})
{
    QJsonObject write { { QStringLiteral("method"), QStringLiteral("PUT") },
                        { QStringLiteral("path"), path },
                        { QStringLiteral("idempotencyKey"), QString::fromLatin1(key) },
                        { QStringLiteral("body"), QJsonDocument::fromJson(body).object() } };
    if (ifMatch.isEmpty())
        write.insert(QStringLiteral("ifNoneMatch"), QStringLiteral("*"));
    else
        write.insert(QStringLiteral("ifMatch"), QString::fromLatin1(ifMatch));
    return write;
}

QByteArray batchBody(const QJsonArray& writes)
{
    return json({ { QStringLiteral("writes"), writes } });
}

QJsonArray batchResults(const PlatformReply& reply)
{
    return reply.json().value(QStringLiteral("results")).toArray();
}

QString problemType(const QJsonObject& problem)
{
    return problem.value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
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
    void aWriteFromAStaleVersionIsRefusedWithTheCurrentRecord();
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswer();
    void theChangesFeedPagesOldestFirstAndRefusesAForgedCursor();
    void publicSideShowsOnlyPublishedFields();
    void blobUploadChecksTheHash();
    void blobUploadResumes();
    void badRequestsGetProblems();
    void rateLimitAnswers429();
    void donationsAreAReadOnlyFeed();
    void convergesDespiteFaults_data();
    void convergesDespiteFaults();
    void lateAnswerAfterClientTimeoutIsReplayed();
    void batchWritesHaveTheirOwnAnswers();
    void batchKeysAreTheSingleWritesKeys();
    void batchAnswerLostIsReplayedWhole();
    void batchConvergesDespiteFaults();
    void aBatchOverTheAnnouncedLimitsIsRefusedWith413();
    void withoutBatchesTheAddressIsNotFound();
    void amountsBeyondInt64AreRefused();

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

void TestPlatformServer::aWriteFromAStaleVersionIsRefusedWithTheCurrentRecord()
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

void TestPlatformServer::aRepeatedIdempotencyKeyReplaysTheFirstAnswer()
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

void TestPlatformServer::theChangesFeedPagesOldestFirstAndRefusesAForgedCursor()
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

// A written record, a stale one and an orphan in one batch: each gets the answer its single write
// would get, and the batch goes on after the refusals. A record may name one written earlier in
// the same batch.
void TestPlatformServer::batchWritesHaveTheirOwnAnswers()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const QString stalePath = QStringLiteral("/v1/campaigns/") + newId();
    const PlatformReply existing = desk.send(
        "PUT", stalePath, campaignBody(QStringLiteral("Theirs"), QStringLiteral("draft")), createHeaders());
    QCOMPARE(existing.status, 201);
    PlatformReply edited
        = desk.send("PUT", stalePath, campaignBody(QStringLiteral("Theirs, edited"), QStringLiteral("draft")),
                    { { "Idempotency-Key", newKey() }, { "If-Match", existing.header("etag") } });
    QCOMPARE(edited.status, 200);

    const QString campaignId = newId();
    const QString campaignPath = QStringLiteral("/v1/campaigns/") + campaignId;
    const QByteArray news
        = json({ { QStringLiteral("data"),
                   QJsonObject { { QStringLiteral("campaignId"), campaignId },
                                 { QStringLiteral("title"), QStringLiteral("Hearing") } } } });
    const QByteArray orphan
        = json({ { QStringLiteral("data"),
                   QJsonObject { { QStringLiteral("campaignId"), newId() },
                                 { QStringLiteral("title"), QStringLiteral("Orphan") } } } });
    const QJsonArray writes {
        batchPut(campaignPath, campaignBody(QStringLiteral("Mine"), QStringLiteral("draft")), newKey()),
        batchPut(QStringLiteral("/v1/news/") + newId(), news, newKey()), // its campaign is the write before
        batchPut(stalePath, campaignBody(QStringLiteral("Mine over theirs"), QStringLiteral("draft")),
                 newKey(), existing.header("etag")),
        batchPut(QStringLiteral("/v1/news/") + newId(), orphan, newKey()),
        QJsonObject { { QStringLiteral("method"), QStringLiteral("DELETE") },
                      { QStringLiteral("path"), QStringLiteral("/v1/donations/") + newId() },
                      { QStringLiteral("ifMatch"), QStringLiteral("\"1\"") },
                      { QStringLiteral("idempotencyKey"), QString::fromLatin1(newKey()) } },
        batchPut(QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256Hex("x")), "{}", newKey()),
        batchPut(QStringLiteral("/v1/campaigns/") + newId(),
                 campaignBody(QStringLiteral("No key"), QStringLiteral("draft")), {}),
    };
    const PlatformReply reply = desk.send("POST", QStringLiteral("/v1/batch"), batchBody(writes));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = batchResults(reply);
    QCOMPARE(results.size(), writes.size());
    const auto result = [&](int i) {
        return results.at(i).toObject();
    };
    const auto bodyOf = [&](int i) {
        return result(i).value(QStringLiteral("body")).toObject();
    };

    QCOMPARE(result(0).value(QStringLiteral("status")).toInt(), 201);
    QCOMPARE(bodyOf(0).value(QStringLiteral("id")).toString(), campaignId);
    QCOMPARE(result(0).value(QStringLiteral("etag")).toString(),
             QStringLiteral("\"%1\"").arg(bodyOf(0).value(QStringLiteral("version")).toInteger()));
    QCOMPARE(result(1).value(QStringLiteral("status")).toInt(), 201);
    QCOMPARE(result(2).value(QStringLiteral("status")).toInt(), 412);
    QCOMPARE(problemType(bodyOf(2)), QStringLiteral("version-conflict"));
    QCOMPARE(bodyOf(2)
                 .value(QStringLiteral("current"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Theirs, edited"));
    QCOMPARE(result(3).value(QStringLiteral("status")).toInt(), 422);
    QCOMPARE(problemType(bodyOf(3)), QStringLiteral("invalid-record"));
    QCOMPARE(
        bodyOf(3).value(QStringLiteral("errors")).toArray().first()[QStringLiteral("pointer")].toString(),
        QStringLiteral("/data/campaignId"));
    QCOMPARE(result(4).value(QStringLiteral("status")).toInt(), 405); // the feed is read-only
    QCOMPARE(result(5).value(QStringLiteral("status")).toInt(), 400); // files go one request at a time
    QCOMPARE(problemType(bodyOf(5)), QStringLiteral("invalid-batch-write"));
    QCOMPARE(result(6).value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(problemType(bodyOf(6)), QStringLiteral("idempotency-key-missing"));

    const QList<QJsonObject> changes = readAllChanges(desk, 100);
    QCOMPARE(countKind(changes, QStringLiteral("campaign")), 2);
    QCOMPARE(countKind(changes, QStringLiteral("news")), 1);
    QCOMPARE(desk.send("GET", stalePath)
                 .json()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Theirs, edited"));
}

// A key means one request, whether it travelled alone or in a batch: a write sent alone whose
// answer was lost is replayed when it comes again inside a batch, and the other way round.
void TestPlatformServer::batchKeysAreTheSingleWritesKeys()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    const QString alonePath = QStringLiteral("/v1/campaigns/") + newId();
    const QByteArray aloneBody = campaignBody(QStringLiteral("Alone first"), QStringLiteral("draft"));
    const QByteArray aloneKey = newKey();
    const PlatformReply alone = desk.send("PUT", alonePath, aloneBody,
                                          { { "Idempotency-Key", aloneKey }, { "If-None-Match", "*" } });
    QCOMPARE(alone.status, 201);

    const QString batchedPath = QStringLiteral("/v1/campaigns/") + newId();
    const QByteArray batchedBody = campaignBody(QStringLiteral("Batched first"), QStringLiteral("draft"));
    const QByteArray batchedKey = newKey();
    const QJsonArray writes {
        batchPut(alonePath, aloneBody, aloneKey), batchPut(batchedPath, batchedBody, batchedKey),
        batchPut(alonePath, campaignBody(QStringLiteral("Other"), QStringLiteral("draft")), aloneKey)
    };
    const PlatformReply reply = desk.send("POST", QStringLiteral("/v1/batch"), batchBody(writes));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = batchResults(reply);
    QCOMPARE(results.at(0)[QStringLiteral("status")].toInt(), 201);
    QVERIFY(results.at(0)[QStringLiteral("replayed")].toBool());
    QCOMPARE(QJsonDocument(results.at(0)[QStringLiteral("body")].toObject()).toJson(QJsonDocument::Compact),
             alone.body);
    QCOMPARE(results.at(1)[QStringLiteral("status")].toInt(), 201);
    QVERIFY(!results.at(1)[QStringLiteral("replayed")].toBool());
    QCOMPARE(results.at(2)[QStringLiteral("status")].toInt(), 422); // the same key, another request
    QCOMPARE(problemType(results.at(2)[QStringLiteral("body")].toObject()),
             QStringLiteral("idempotency-key-reused"));

    const PlatformReply again = desk.send("PUT", batchedPath, batchedBody,
                                          { { "Idempotency-Key", batchedKey }, { "If-None-Match", "*" } });
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(countKind(readAllChanges(desk, 100), QStringLiteral("campaign")), 2);
}

// The batch was applied but its answer came after the client gave up: sent again with the same
// keys, every write is replayed, none applied twice.
void TestPlatformServer::batchAnswerLostIsReplayedWhole()
{
    PlatformProcess server;
    QVERIFY(startServer(server, { QStringLiteral("--fault-latency-ms"), QStringLiteral("400") }));
    PlatformClient desk(server.baseUrl(), server.token());
    QJsonArray writes;
    for (int i = 0; i < 5; ++i)
        writes.append(batchPut(QStringLiteral("/v1/campaigns/") + newId(),
                               campaignBody(QStringLiteral("Slow %1").arg(i), QStringLiteral("draft")),
                               newKey()));
    const QByteArray body = batchBody(writes);
    QCOMPARE(desk.send("POST", QStringLiteral("/v1/batch"), body, {}, 100).status, 0);

    const PlatformReply retry = desk.send("POST", QStringLiteral("/v1/batch"), body, {}, 3000);
    QCOMPARE(retry.status, 200);
    const QJsonArray results = batchResults(retry);
    QCOMPARE(results.size(), 5);
    for (const QJsonValue& result : results) {
        QCOMPARE(result[QStringLiteral("status")].toInt(), 201);
        QVERIFY(result[QStringLiteral("replayed")].toBool());
    }
    QCOMPARE(countKind(readAllChanges(desk, 100), QStringLiteral("campaign")), 5);
    QCOMPARE(
        desk.send("GET", QStringLiteral("/v1/me")).json().value(QStringLiteral("libraryVersion")).toInteger(),
        5);
}

// 500s, drops, answers lost after the batch was applied, late answers: batches retried with the
// same keys leave every record exactly once.
void TestPlatformServer::batchConvergesDespiteFaults()
{
    PlatformProcess server;
    QVERIFY(startServer(server,
                        { QStringLiteral("--fault-500-rate"), QStringLiteral("0.2"),
                          QStringLiteral("--fault-drop-rate"), QStringLiteral("0.2"),
                          QStringLiteral("--fault-apply-then-drop-rate"), QStringLiteral("0.4"),
                          QStringLiteral("--fault-latency-ms"), QStringLiteral("10"),
                          QStringLiteral("--fault-seed"), QStringLiteral("11") }));
    PlatformClient desk(server.baseUrl(), server.token());
    constexpr int kBatches = 8;
    constexpr int kWrites = 4;
    int retried = 0;
    for (int batch = 0; batch < kBatches; ++batch) {
        QJsonArray writes;
        for (int i = 0; i < kWrites; ++i)
            writes.append(batchPut(
                QStringLiteral("/v1/campaigns/") + newId(),
                campaignBody(QStringLiteral("Faulty %1.%2").arg(batch).arg(i), QStringLiteral("draft")),
                newKey()));
        int attempts = 0;
        const PlatformReply reply
            = desk.sendWithRetries("POST", QStringLiteral("/v1/batch"), batchBody(writes), {}, &attempts);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue& result : batchResults(reply))
            QCOMPARE(result[QStringLiteral("status")].toInt(), 201);
        retried += attempts - 1;
    }
    QVERIFY2(retried > 0, "the faults never hit a batch");
    QVERIFY2(server.log().contains("POST /v1/batch 200, answer dropped (fault)"),
             server.log().right(2000).constData());
    const QList<QJsonObject> changes = readAllChanges(desk, 7);
    QCOMPARE(countKind(changes, QStringLiteral("campaign")), kBatches * kWrites);
    QSet<QString> titles;
    for (const QJsonObject& change : changes)
        titles.insert(
            change.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString());
    QCOMPARE(titles.size(), kBatches * kWrites);
}

void TestPlatformServer::aBatchOverTheAnnouncedLimitsIsRefusedWith413()
{
    PlatformProcess server;
    QVERIFY(startServer(server,
                        { QStringLiteral("--max-batch-writes"), QStringLiteral("3"),
                          QStringLiteral("--max-batch-bytes"), QStringLiteral("4096"),
                          QStringLiteral("--max-json-bytes"), QStringLiteral("1024") }));
    PlatformClient desk(server.baseUrl(), server.token());
    const QJsonObject limits
        = desk.send("GET", QStringLiteral("/v1")).json().value(QStringLiteral("limits")).toObject();
    QCOMPARE(limits.value(QStringLiteral("maxBatchWrites")).toInt(), 3);
    QCOMPARE(limits.value(QStringLiteral("maxBatchBytes")).toInteger(), 4096);

    const auto write = [](const QString& title) {
        return batchPut(QStringLiteral("/v1/campaigns/") + newId(),
                        campaignBody(title, QStringLiteral("draft")), newKey());
    };
    PlatformReply reply = desk.send("POST", QStringLiteral("/v1/batch"),
                                    batchBody({ write(QStringLiteral("1")), write(QStringLiteral("2")),
                                                write(QStringLiteral("3")), write(QStringLiteral("4")) }));
    QCOMPARE(reply.status, 413);
    QCOMPARE(problemType(reply.json()), QStringLiteral("batch-too-large"));
    QCOMPARE(reply.json().value(QStringLiteral("limit")).toInt(), 3);

    const QString long1000(1000, QLatin1Char('x'));
    reply = desk.send("POST", QStringLiteral("/v1/batch"),
                      batchBody({ write(long1000), write(long1000), write(long1000 + long1000) }));
    QCOMPARE(reply.status, 413);
    QCOMPARE(problemType(reply.json()), QStringLiteral("payload-too-large"));
    QCOMPARE(reply.json().value(QStringLiteral("limit")).toInt(), 4096);

    // One record over the limit of a single write: refused alone, the others written.
    reply = desk.send("POST", QStringLiteral("/v1/batch"),
                      batchBody({ write(QStringLiteral("small")), write(long1000 + long1000) }));
    QCOMPARE(reply.status, 200);
    QCOMPARE(batchResults(reply).at(0)[QStringLiteral("status")].toInt(), 201);
    QCOMPARE(batchResults(reply).at(1)[QStringLiteral("status")].toInt(), 413);
    QCOMPARE(problemType(batchResults(reply).at(1)[QStringLiteral("body")].toObject()),
             QStringLiteral("payload-too-large"));

    reply = desk.send("POST", QStringLiteral("/v1/batch"), batchBody({}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(problemType(reply.json()), QStringLiteral("invalid-batch"));
    reply = desk.send("POST", QStringLiteral("/v1/batch"), "[1, 2");
    QCOMPARE(reply.status, 400);
    QCOMPARE(problemType(reply.json()), QStringLiteral("malformed-json"));
    QCOMPARE(desk.send("GET", QStringLiteral("/v1/batch")).status, 405);
    QCOMPARE(countKind(readAllChanges(desk, 100), QStringLiteral("campaign")), 1);
}

// --no-batch plays a platform that predates batch writes: the desk's fallback is tested on it.
void TestPlatformServer::withoutBatchesTheAddressIsNotFound()
{
    PlatformProcess server;
    QVERIFY(startServer(server, { QStringLiteral("--no-batch") }));
    PlatformClient desk(server.baseUrl(), server.token());
    const PlatformReply reply = desk.send(
        "POST", QStringLiteral("/v1/batch"),
        batchBody({ batchPut(QStringLiteral("/v1/campaigns/") + newId(),
                             campaignBody(QStringLiteral("Batched"), QStringLiteral("draft")), newKey()) }));
    QCOMPARE(reply.status, 404);
    QCOMPARE(problemType(reply.json()), QStringLiteral("not-found"));
    const QJsonObject limits
        = desk.send("GET", QStringLiteral("/v1")).json().value(QStringLiteral("limits")).toObject();
    QVERIFY(limits.contains(QStringLiteral("maxPageSize")));
    QVERIFY(!limits.contains(QStringLiteral("maxBatchWrites")));
    QCOMPARE(countKind(readAllChanges(desk, 100), QStringLiteral("campaign")), 0);
}

// Found by fuzz_server_bodies (tests/data/fuzz/fuzz_server_bodies, docs/fuzzing.md): an amount such
// as 1e26 was cast to qint64 to see whether it was whole, which is undefined behaviour beyond
// int64. Such an amount is refused like any amount that is not a whole number of cents in int64.
void TestPlatformServer::amountsBeyondInt64AreRefused()
{
    PlatformProcess server;
    QVERIFY(startServer(server));
    PlatformClient desk(server.baseUrl(), server.token());
    // The fuzzer's batch edits campaign 11111111-… at version 1: the first record of a new platform.
    const QString campaignId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    QCOMPARE(desk.send("PUT", QStringLiteral("/v1/campaigns/") + campaignId,
                       campaignBody(QStringLiteral("Sauvons la haie"), QStringLiteral("published")),
                       createHeaders())
                 .status,
             201);
    QFile found(QStringLiteral(CASEDESK_TEST_DATA_DIR "/fuzz/fuzz_server_bodies/ub-goal-cents-1e26.json"));
    QVERIFY(found.open(QIODevice::ReadOnly));
    QByteArray body = found.readAll();
    body.chop(1); // the fuzz target's route byte ('9': the batch)
    const PlatformReply reply = desk.send("POST", QStringLiteral("/v1/batch"), body);
    QCOMPARE(reply.status, 200);
    const QJsonObject first = batchResults(reply).first().toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 422);
    const QJsonArray errors
        = first.value(QStringLiteral("body")).toObject().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first()[QStringLiteral("pointer")].toString(), QStringLiteral("/data/goalCents"));

    // A gift's amount is checked by the ledger's rules, the same way.
    const QJsonObject gift { { QStringLiteral("campaignId"), campaignId },
                             { QStringLiteral("amountCents"), 1e26 },
                             { QStringLiteral("date"), QStringLiteral("2026-11-02") },
                             { QStringLiteral("method"), QStringLiteral("cheque") },
                             { QStringLiteral("status"), QStringLiteral("paid") } };
    const PlatformReply refused = desk.send("PUT", QStringLiteral("/v1/gifts/") + newId(),
                                            json({ { QStringLiteral("data"), gift } }), createHeaders());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()[QStringLiteral("pointer")]
                 .toString(),
             QStringLiteral("/data/amountCents"));
    // The largest amount a JSON number holds exactly is still a whole number of cents.
    QJsonObject large = gift;
    large.insert(QStringLiteral("amountCents"), 9007199254740992.0);
    QCOMPARE(desk.send("PUT", QStringLiteral("/v1/gifts/") + newId(),
                       json({ { QStringLiteral("data"), large } }), createHeaders())
                 .status,
             201);
}

QTEST_GUILESS_MAIN(TestPlatformServer)
#include "tst_platform_server.moc"

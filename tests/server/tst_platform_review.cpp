// The platform's side of the board's review (docs/platform-api.md §3.4), through HTTP only: the
// five kinds are private; a new vote for a round the platform holds as superseded or decided is
// refused with a sentence naming the member and the round, and so is a second vote with the same
// signature; the same vote sent twice is taken once; a closed round never reopens.

#include "PlatformHarness.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString instant(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

class Platform
{
public:
    bool start(QString* error)
    {
        if (!m_server.start({}, error))
            return false;
        m_client = std::make_unique<PlatformClient>(m_server.baseUrl(), m_server.token());
        return true;
    }

    // PUT /v1/<collection>/<id> with If-None-Match: * (version 0) or If-Match.
    PlatformReply put(const QString& collection, const QString& id, const QJsonObject& data,
                      qint64 version = 0, const QByteArray& key = QUuid::createUuid().toByteArray())
    {
        QHash<QByteArray, QByteArray> headers { { "Idempotency-Key", key } };
        if (version == 0)
            headers.insert("If-None-Match", "*");
        else
            headers.insert("If-Match", '"' + QByteArray::number(version) + '"');
        return m_client->sendWithRetries("PUT", u"/v1/%1/%2"_s.arg(collection, id),
                                         QJsonDocument(QJsonObject { { u"data"_s, data } }).toJson(),
                                         headers);
    }

    PlatformReply get(const QString& path) { return m_client->sendWithRetries("GET", path, {}, {}); }

private:
    PlatformProcess m_server;
    std::unique_ptr<PlatformClient> m_client;
};

QJsonObject member(const QString& name, const QString& role)
{
    return {
        { u"name"_s, name }, { u"role"_s, role }, { u"from"_s, u"2025-01-01"_s }, { u"until"_s, QJsonValue() }
    };
}

QJsonObject round(const QString& campaignId, const QStringList& members, const QString& status,
                  const QDateTime& closedAt = {})
{
    const QString snapshot = u"{\"case\":\"Zone humide\"}"_s;
    QJsonArray list;
    for (const QString& id : members)
        list.append(
            QJsonObject { { u"id"_s, id }, { u"name"_s, u"M"_s }, { u"role"_s, u"administrator"_s } });
    return { { u"campaignId"_s, campaignId },
             { u"number"_s, 1 },
             { u"fingerprint"_s,
               QString::fromLatin1(
                   QCryptographicHash::hash(snapshot.toUtf8(), QCryptographicHash::Sha256).toHex()) },
             { u"snapshot"_s, snapshot },
             { u"rules"_s, QJsonObject { { u"majority"_s, u"simple"_s } } },
             { u"members"_s, list },
             { u"openedAt"_s, instant(QDateTime::currentDateTimeUtc().addSecs(-3600)) },
             { u"openedBy"_s, u"Secrétariat"_s },
             { u"status"_s, status },
             { u"closedAt"_s, closedAt.isValid() ? QJsonValue(instant(closedAt)) : QJsonValue() },
             { u"supersededBecause"_s, status == u"superseded"_s ? u"Back to draft"_s : QString() } };
}

QJsonObject signedVote(const QString& roundId, const QString& memberId, const QDateTime& castAt,
                       char signatureByte)
{
    return { { u"roundId"_s, roundId },
             { u"memberId"_s, memberId },
             { u"choice"_s, u"approve"_s },
             { u"reason"_s, QString() },
             { u"castAt"_s, instant(castAt) },
             { u"form"_s, u"signed"_s },
             { u"recordedBy"_s, QJsonValue() },
             { u"recordedFrom"_s, QString() },
             { u"recordedNote"_s, QString() },
             { u"signature"_s, QString::fromLatin1(QByteArray(64, signatureByte).toBase64()) } };
}

} // namespace

class TestPlatformReview : public QObject
{
    Q_OBJECT

private slots:
    void aVoteReachingASupersededRoundIsRefusedWithASentenceNamingTheMemberAndTheRound();
    void aVoteSentTwiceCountsOnceAndASecondVoteWithItsSignatureIsRefused();
    void aClosedRoundNeverReopensNorClosesAnotherWay();
    void theBoardAndItsReviewAreNeverPublic();
};

namespace {

// A published campaign, a member, and a round of that campaign in `status`.
struct Review
{
    QString campaign = newId();
    QString member = newId();
    QString round = newId();
};

bool prepare(Platform& platform, Review& review, const QString& status, const QDateTime& closedAt = {})
{
    const QJsonObject campaign { { u"title"_s, u"Zone humide"_s }, { u"status"_s, u"published"_s } };
    return platform.put(u"campaigns"_s, review.campaign, campaign).status == 201
        && platform.put(u"board-members"_s, review.member, member(u"Claire Martin"_s, u"president"_s)).status
        == 201
        && platform
               .put(u"review-rounds"_s, review.round,
                    round(review.campaign, { review.member }, status, closedAt))
               .status
        == 201;
}

} // namespace

void TestPlatformReview::aVoteReachingASupersededRoundIsRefusedWithASentenceNamingTheMemberAndTheRound()
{
    Platform platform;
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    Review review;
    const QDateTime closedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(prepare(platform, review, u"superseded"_s, closedAt));

    // Cast after the closing: refused, the sentence names Claire Martin and round 1 of the campaign.
    const PlatformReply late = platform.put(
        u"review-votes"_s, newId(), signedVote(review.round, review.member, closedAt.addSecs(30), 'a'));
    QCOMPARE(late.status, 422);
    const QJsonObject error0 = late.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error0.value(u"pointer"_s).toString(), u"/data/roundId"_s);
    const QString sentence = error0.value(u"detail"_s).toString();
    QVERIFY2(sentence.startsWith(u"The vote of Claire Martin for round 1 of \"Zone humide\" is refused"_s),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(u"superseded"_s) && sentence.contains(u"Back to draft"_s),
             qPrintable(sentence));

    // Cast before it (what the closing desk counted): kept.
    QCOMPARE(platform
                 .put(u"review-votes"_s, newId(),
                      signedVote(review.round, review.member, closedAt.addSecs(-30), 'b'))
                 .status,
             201);

    // A decided round refuses a late vote too.
    Review decided;
    QVERIFY(prepare(platform, decided, u"approved"_s, closedAt));
    const PlatformReply afterDecision = platform.put(
        u"review-votes"_s, newId(), signedVote(decided.round, decided.member, closedAt.addSecs(30), 'c'));
    QCOMPARE(afterDecision.status, 422);
    QVERIFY2(afterDecision.body.contains("decided (approved)"), afterDecision.body.constData());
}

void TestPlatformReview::aVoteSentTwiceCountsOnceAndASecondVoteWithItsSignatureIsRefused()
{
    Platform platform;
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    Review review;
    QVERIFY(prepare(platform, review, u"open"_s));
    const QString id = newId();
    const QJsonObject vote = signedVote(review.round, review.member, QDateTime::currentDateTimeUtc(), 'd');
    const QByteArray key = QUuid::createUuid().toByteArray();
    const PlatformReply first = platform.put(u"review-votes"_s, id, vote, 0, key);
    QCOMPARE(first.status, 201);
    // The same request again (a lost answer): replayed, nothing new.
    const PlatformReply replay = platform.put(u"review-votes"_s, id, vote, 0, key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    // The same vote under a new key: the platform holds it already (412 with its copy).
    QCOMPARE(platform.put(u"review-votes"_s, id, vote).status, 412);
    // Sent again over its version, unchanged: taken as it is.
    const qint64 version = first.json().value(u"version"_s).toInteger();
    QCOMPARE(platform.put(u"review-votes"_s, id, vote, version).status, 200);
    // The same signature under another id: refused, the member and the round named.
    const PlatformReply copy = platform.put(u"review-votes"_s, newId(), vote);
    QCOMPARE(copy.status, 422);
    QVERIFY2(copy.body.contains("Claire Martin") && copy.body.contains("signature counts once"),
             copy.body.constData());
    // A vote never changes: a changed one is a new record.
    QJsonObject changed = vote;
    changed.insert(u"choice"_s, u"abstain"_s);
    QCOMPARE(platform.put(u"review-votes"_s, id, changed, version + 1).status / 100, 4);
    // Only one vote in the feed.
    int votes = 0;
    for (const QJsonValue& change :
         platform.get(u"/v1/changes?limit=100"_s).json().value(u"changes"_s).toArray())
        votes += change.toObject().value(u"kind"_s).toString() == u"review_vote"_s ? 1 : 0;
    QCOMPARE(votes, 1);
}

void TestPlatformReview::aClosedRoundNeverReopensNorClosesAnotherWay()
{
    Platform platform;
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    Review review;
    QVERIFY(prepare(platform, review, u"open"_s));
    const QJsonObject stored = platform.get(u"/v1/review-rounds/"_s + review.round).json();
    const QDateTime closedAt = QDateTime::currentDateTimeUtc();
    const PlatformReply superseded
        = platform.put(u"review-rounds"_s, review.round,
                       round(review.campaign, { review.member }, u"superseded"_s, closedAt),
                       stored.value(u"version"_s).toInteger());
    QCOMPARE(superseded.status, 200);
    const qint64 version = superseded.json().value(u"version"_s).toInteger();
    for (const QString& status : { u"open"_s, u"approved"_s }) {
        const PlatformReply refused
            = platform.put(u"review-rounds"_s, review.round,
                           round(review.campaign, { review.member }, status, closedAt), version);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("never reopens"), refused.body.constData());
    }
}

void TestPlatformReview::theBoardAndItsReviewAreNeverPublic()
{
    Platform platform;
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    Review review;
    QVERIFY(prepare(platform, review, u"open"_s));
    QCOMPARE(platform
                 .put(u"review-comments"_s, newId(),
                      { { u"roundId"_s, review.round },
                        { u"section"_s, u"case"_s },
                        { u"authorName"_s, u"Claire Martin"_s },
                        { u"body"_s, u"Le fondement est solide."_s },
                        { u"writtenAt"_s, instant(QDateTime::currentDateTimeUtc()) } })
                 .status,
             201);
    for (const QString& path : { u"/v1/public/board-members"_s, u"/v1/public/review-rounds"_s,
                                 u"/v1/public/review-votes"_s, u"/v1/public/review-comments"_s })
        QCOMPARE(platform.get(path).status / 100, 4);
    // The published campaign's public page says nothing of its review.
    const PlatformReply page = platform.get(u"/v1/public/campaigns/"_s + review.campaign);
    QCOMPARE(page.status, 200);
    QVERIFY2(!page.body.contains("Claire") && !page.body.contains("fondement"), page.body.constData());
}

QTEST_GUILESS_MAIN(TestPlatformReview)
#include "tst_platform_review.moc"

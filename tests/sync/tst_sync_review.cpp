// The board's review between three desks of one association, against a real casedesk-platform
// process (kinds board_member, review_round, review_vote, review_recusal, review_comment): the
// secretary's desk (A, staff) keeps the board and opens a round; two members vote and comment from
// their own desks (B, C), each with its own signing key; the votes reach A signed and verified,
// once; a vote that reaches a superseded round is refused with a sentence for its author, once;
// the decision recorded on A reaches the members; none of it is ever public.

#include "Samples.h"
#include "SyncTestKit.h"

#include "board/BoardRepository.h"
#include "common/Clock.h"
#include "review/ReviewRepository.h"
#include "review/VoteSignature.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"
#include "sync/SyncKinds.h"
#include "sync/kinds/KindEntries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const ReviewActor kStaff { std::nullopt, u"Secrétariat"_s };

// completeCampaign() with what the review checklist requires besides.
Campaign reviewReadyCampaign(const QDate& today)
{
    Campaign campaign = completeCampaign(today, u"Zone humide"_s);
    campaign.lawyer = u"Me Anne Leroy"_s;
    campaign.lawyerAssessment = u"Des chances sérieuses : le défaut d'étude d'impact est documenté."_s;
    campaign.risks = u"Rejet au fond ; frais irrépétibles."_s;
    campaign.adverseCostsCents = 300000;
    campaign.whyAssociation = u"L'association a pour objet la protection des zones humides du département."_s;
    return campaign;
}

SyncReport syncLogged(TempDesk& desk, const PlatformProcess& server, QStringList* log)
{
    SyncClient client(desk.database(), fastOptions(server), server.token());
    client.setObserver({ [log](const QString& line) { log->append(line); }, {}, nullptr });
    return client.run();
}

// Syncs each desk in turn, each converging.
bool syncAll(const PlatformProcess& server, std::initializer_list<TempDesk*> desks)
{
    for (TempDesk* desk : desks) {
        const SyncReport report = syncUntilConverged(*desk, server);
        if (!report.converged()) {
            qWarning() << describe(report);
            return false;
        }
    }
    return true;
}

QUuid addMember(BoardRepository& board, const QString& name, BoardRole role, const QByteArray& publicKey)
{
    BoardMember member;
    member.name = name;
    member.role = role;
    member.email = name.section(u' ', 0, 0).toLower() + u"@asso.example"_s;
    member.from = Clock::today().addYears(-1);
    const QList<FieldProblem> problems = board.add(member);
    if (!problems.isEmpty())
        return {};
    if (!publicKey.isEmpty()
        && !board.setPublicKey(member.sync.uuid, QString::fromLatin1(publicKey.toBase64())).isEmpty())
        return {};
    return member.sync.uuid;
}

// What the platform answers a desk's write of `data` at /v1/<collection>/<id> (If-None-Match: *).
PlatformReply putNew(const PlatformProcess& server, const QString& collection, const QUuid& id,
                     const QJsonObject& data)
{
    PlatformClient client(server.baseUrl(), server.token());
    const QHash<QByteArray, QByteArray> headers { { "Idempotency-Key", QUuid::createUuid().toByteArray() },
                                                  { "If-None-Match", "*" } };
    return client.sendWithRetries("PUT", u"/v1/%1/%2"_s.arg(collection, SqlValues::uuidText(id)),
                                  QJsonDocument(QJsonObject { { u"data"_s, data } }).toJson(), headers);
}

int getStatus(const PlatformProcess& server, const QString& path)
{
    PlatformClient client(server.baseUrl(), server.token());
    return client.sendWithRetries("GET", path, {}, {}).status;
}

} // namespace

class TestSyncReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void membersVoteFromTheirDesksAndTheSecretarysDeskCountsEachSignedVoteOnce();
};

void TestSyncReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncReview::membersVoteFromTheirDesksAndTheSecretarysDeskCountsEachSignedVoteOnce()
{
    PlatformWithDesks<3> setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b, c] = setup;

    // A, the secretary's desk: the board (two members with their signing keys, the secretary) and
    // a campaign ready for review.
    const SigningKeyPair claireKey = VoteSignature::generate();
    const SigningKeyPair paulKey = VoteSignature::generate();
    BoardRepository boardA(a.database());
    const QUuid claire = addMember(boardA, u"Claire Martin"_s, BoardRole::President, claireKey.publicKey);
    const QUuid paul = addMember(boardA, u"Paul Durand"_s, BoardRole::Administrator, paulKey.publicKey);
    const QUuid sophie = addMember(boardA, u"Sophie Bernard"_s, BoardRole::Secretary, {});
    QVERIFY(!claire.isNull() && !paul.isNull() && !sophie.isNull());
    const QUuid campaign = a.campaigns().import(reviewReadyCampaign(Clock::today())).sync.uuid;
    ReviewRepository reviewA(a.database());
    QString refusal;
    const std::optional<ReviewRound> first = reviewA.start(campaign, kStaff, &refusal);
    QVERIFY2(first, qPrintable(refusal));
    QVERIFY(syncAll(server, { &a, &b, &c }));
    // The lawyer, the assessment, the risks and why the association stay on A's desk (the campaign
    // document does not carry them yet), yet the members' desks must read the same dossier, or
    // their snapshot would differ and supersede the round: given here as A has them.
    const Campaign onA = *a.campaigns().load(campaign);
    for (TempDesk* desk : { &b, &c })
        desk->database().exec(u"UPDATE campaigns SET lawyer = ?, lawyer_assessment = ?, risks = ?, "
                              u"adverse_costs_cents = ?, why_association = ? WHERE uuid = ?"_s,
                              { onA.lawyer, onA.lawyerAssessment, onA.risks, onA.adverseCostsCents,
                                onA.whyAssociation, SqlValues::uuidText(campaign) });

    // B and C received the board (names, roles, public keys) and the round, whole.
    BoardRepository boardB(b.database());
    BoardRepository boardC(c.database());
    QCOMPARE(boardB.all().size(), 3);
    QCOMPARE(boardC.load(paul)->publicKey, QString::fromLatin1(paulKey.publicKey.toBase64()));
    QVERIFY(boardB.setDeskOwner(claire).isEmpty());
    QVERIFY(boardC.setDeskOwner(paul).isEmpty());
    ReviewRepository reviewB(b.database());
    ReviewRepository reviewC(c.database());
    const std::optional<ReviewRound> onB = reviewB.round(first->sync.uuid);
    QVERIFY(onB);
    QCOMPARE(onB->fingerprint, first->fingerprint);
    QCOMPARE(onB->snapshot, first->snapshot);
    QCOMPARE(onB->members.size(), 3);
    QCOMPARE(onB->rules, first->rules);
    QVERIFY(onB->isOpen());

    // Each member votes on their own desk, signed with their own key, and both comment on the
    // case at once.
    const std::optional<ReviewVote> claireVote
        = reviewB.vote(first->sync.uuid, claire, VoteChoice::Approve, {}, claireKey.privateKey, &refusal);
    QVERIFY2(claireVote, qPrintable(refusal));
    QVERIFY2(reviewC.vote(first->sync.uuid, paul, VoteChoice::Approve, {}, paulKey.privateKey, &refusal),
             qPrintable(refusal));
    const ReviewActor claireActor { claire, u"Claire Martin"_s };
    const ReviewActor paulActor { paul, u"Paul Durand"_s };
    QVERIFY2(reviewB.comment(first->sync.uuid, u"case"_s, u"Le fondement est solide."_s, claireActor, {},
                             &refusal),
             qPrintable(refusal));
    QVERIFY2(reviewC.comment(first->sync.uuid, u"case"_s, u"Et les dépens ?"_s, paulActor, {}, &refusal),
             qPrintable(refusal));
    QVERIFY(syncAll(server, { &b, &c, &a, &b }));

    // A counts two votes, both signed and verified; both comments arrived everywhere.
    QList<ReviewVote> votes = reviewA.currentVotes(first->sync.uuid);
    QCOMPARE(votes.size(), 2);
    for (const ReviewVote& vote : std::as_const(votes)) {
        const QString key = boardA.load(vote.memberUuid)->publicKey;
        QCOMPARE(VoteSignature::check(first->fingerprint, vote, key), VoteCheck::SignedAndVerified);
    }
    QCOMPARE(reviewA.comments(first->sync.uuid).size(), 2);
    QCOMPARE(reviewB.comments(first->sync.uuid).size(), 2);

    // The same vote sent again counts once: B's desk sends it a second time (a retry of a lost
    // answer), and another copy under a new id is refused for its signature.
    const qint64 revision
        = SyncedTable(b.database(), ReviewRepository::kVoteTable).revision(claireVote->sync.uuid);
    {
        WriteTransaction transaction(b.database());
        Outbox::enqueue(b.database(), ReviewRepository::kVoteEntity, claireVote->sync.uuid,
                        Outbox::Operation::Upsert, revision);
        transaction.commit();
    }
    QVERIFY(syncAll(server, { &b, &a }));
    QCOMPARE(reviewA.votes(first->sync.uuid).size(), 2);
    const QJsonObject voteDocument = KindEntries::reviewVote().document(b.database(), claireVote->sync.uuid);
    const PlatformReply copy = putNew(server, u"review-votes"_s, QUuid::createUuid(), voteDocument);
    QCOMPARE(copy.status, 422);
    QVERIFY2(copy.body.contains("Claire Martin") && copy.body.contains("signature"), copy.body.constData());

    // Nothing of the board or the review is public.
    QCOMPARE(getStatus(server, u"/v1/public/review-rounds"_s) / 100, 4);
    QCOMPARE(getStatus(server, u"/v1/public/board-members"_s) / 100, 4);

    // A supersedes the round (back to draft); Claire, who has not synced yet, changes her vote:
    // the platform refuses it with a sentence for her, once, and B's desk does not send it again.
    {
        WriteTransaction transaction(a.database());
        reviewA.supersedeOpenRound(campaign, u"Back to draft"_s);
        transaction.commit();
    }
    QVERIFY(syncAll(server, { &a }));
    QTest::qWait(20); // cast strictly after the closing
    QVERIFY2(reviewB.vote(first->sync.uuid, claire, VoteChoice::Reject, u"Trop risqué"_s,
                          claireKey.privateKey, &refusal),
             qPrintable(refusal));
    QStringList log;
    SyncReport report = syncLogged(b, server, &log);
    const QString logText = log.join(u'\n');
    QVERIFY2(logText.contains(u"The vote of Claire Martin for round 1"_s)
                 && logText.contains(u"superseded"_s),
             qPrintable(logText));
    QCOMPARE(SyncKinds::pendingCount(b.database()), 0);
    QCOMPARE(reviewB.round(first->sync.uuid)->status, RoundStatus::Superseded);
    log.clear();
    report = syncLogged(b, server, &log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY2(!log.join(u'\n').contains(u"Claire Martin"_s), qPrintable(log.join(u'\n')));
    QVERIFY(syncAll(server, { &a }));
    QCOMPARE(reviewA.votes(first->sync.uuid).size(), 2);

    // A second round: both vote again, A records the decision, and it reaches the members.
    const std::optional<ReviewRound> second = reviewA.start(campaign, kStaff, &refusal);
    QVERIFY2(second, qPrintable(refusal));
    QCOMPARE(second->number, 2);
    QVERIFY(syncAll(server, { &a, &b, &c }));
    QVERIFY2(reviewB.vote(second->sync.uuid, claire, VoteChoice::Approve, {}, claireKey.privateKey, &refusal),
             qPrintable(refusal));
    QVERIFY2(reviewC.vote(second->sync.uuid, paul, VoteChoice::Approve, {}, paulKey.privateKey, &refusal),
             qPrintable(refusal));
    QVERIFY(syncAll(server, { &b, &c, &a }));
    const std::optional<Decision> decision = reviewA.decide(second->sync.uuid, kStaff, &refusal);
    QVERIFY2(decision, qPrintable(refusal));
    QVERIFY(syncAll(server, { &a, &b, &c }));
    const std::optional<ReviewRound> decidedOnA = reviewA.round(second->sync.uuid);
    const std::optional<ReviewRound> decidedOnB = reviewB.round(second->sync.uuid);
    QCOMPARE(decidedOnA->status, RoundStatus::Approved);
    QCOMPARE(decidedOnB->status, RoundStatus::Approved);
    QCOMPARE(decidedOnB->decision, decidedOnA->decision);
    QCOMPARE(decidedOnB->closedAt, decidedOnA->closedAt);
    QCOMPARE(reviewB.currentVotes(second->sync.uuid).size(), 2);
    QCOMPARE(SyncKinds::pendingCount(a.database()), 0);
}

QTEST_GUILESS_MAIN(TestSyncReview)
#include "tst_sync_review.moc"

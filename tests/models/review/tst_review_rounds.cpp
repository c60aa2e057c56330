// Review rounds on a real desk file: a round opens on a frozen dossier, each kind of edit ends it
// (superseded, never reused), members vote with their own signed keys or through the secretary,
// and the decision moves the campaign. Every refusal names who and why and writes nothing.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "board/BoardRepository.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/Vault.h"
#include "procedures/MilestoneRepository.h"
#include "procedures/Procedure.h"
#include "procedures/ProcedureRepository.h"
#include "review/ReviewRepository.h"
#include "review/VoteSignature.h"
#include "storage/Outbox.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <functional>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Member
{
    QUuid uuid;
    QString name;
    QByteArray privateKey;
};

} // namespace

class TestReviewRounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup();

    void startIsRefusedWhileTheChecklistIsIncomplete();
    void startOpensARoundOnTheDossierAndMovesTheDraftToReview();
    void submitForReviewThroughTheWorkflowOpensARound();
    void aSecondRoundIsRefusedOnTheSameSnapshot();
    void backToDraftSupersedesTheOpenRound();
    void anEditSupersedesTheOpenRound_data();
    void anEditSupersedesTheOpenRound();
    void aBudgetLineChangedAfterBackToDraftIsShownInTheNextRound();
    void aSupersededRoundRefusesVotes();
    void anApprovedRoundAllowsApprove();
    void approveIsRefusedWithoutTheBoardsDecision();
    void aRejectedRoundSendsTheCampaignBackToDraftWithTheReasons();
    void aDecisionWithoutQuorumIsRefused();
    void aChangedVoteIsANewRowAndTheLatestCounts();
    void aTamperedVoteInTheDeskShowsAsSignatureInvalid();
    void aMemberRetiredBeforeTheRoundIsRefused();
    void aMemberRetiredSinceTheRoundOpenedIsRefused();
    void aNonMemberIsRefused();
    void aRejectionWithoutReasonIsRefused();
    void anotherMembersKeyIsRefused();
    void aVoteRecordedByTheSecretaryIsMarkedSo();
    void aVoteRecordedByANonSecretaryIsRefused();
    void aRecusedMemberDoesNotVoteAndStaysRecusedInTheNextRound();
    void aDuplicateSignatureIsRefused();
    void aReceivedVoteIsStoredOnceAndRefusedOnASupersededRound();
    void commentsKeepTheirRepliesAndAreResolved();
    void waitingForMyVoteListsOnlyWhatAwaitsTheMember();

private:
    Member addMember(const QString& name, BoardRole role, const QDate& from = QDate(2024, 1, 1));
    ReviewRound startRound();
    ReviewVote castVote(const ReviewRound& round, const Member& member, VoteChoice choice,
                        const QString& reason = {});
    void editCampaign(const std::function<void(Campaign&)>& change);
    void backToDraft();
    int rows(const QString& table);
    QString writeFile(const QString& name, const QByteArray& bytes);
    Procedure addProcedure();

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<ProcedureRepository> m_procedures;
    std::unique_ptr<BoardRepository> m_board;
    std::unique_ptr<ReviewRepository> m_reviews;
    QUuid m_campaign;
    QList<Member> m_members; // president, secretary, three administrators
};

void TestReviewRounds::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_vault = std::make_unique<Vault>(Vault::pathForDesk(m_desk->path()));
    m_evidence = std::make_unique<EvidenceRepository>(m_desk->database(), *m_vault);
    m_procedures = std::make_unique<ProcedureRepository>(m_desk->database());
    m_board = std::make_unique<BoardRepository>(m_desk->database());
    m_reviews = std::make_unique<ReviewRepository>(m_desk->database());
    m_campaign = m_desk->campaigns().create(completeCampaign(m_clock->today())).sync.uuid;
    EvidenceMetadata metadata;
    metadata.title = u"Arrêté préfectoral"_s;
    m_evidence->attachFile(m_campaign, writeFile(u"arrete.pdf"_s, "%PDF-1.4 arrete"), metadata);
    m_members.clear();
    m_members << addMember(u"Hélène Roche"_s, BoardRole::President)
              << addMember(u"Claire Martin"_s, BoardRole::Secretary)
              << addMember(u"Paul Durand"_s, BoardRole::Administrator)
              << addMember(u"Inès Benali"_s, BoardRole::Administrator)
              << addMember(u"Marc Lefèvre"_s, BoardRole::Administrator);
}

void TestReviewRounds::cleanup()
{
    m_reviews.reset();
    m_board.reset();
    m_procedures.reset();
    m_evidence.reset();
    m_vault.reset();
    m_desk.reset();
    m_clock.reset();
}

Member TestReviewRounds::addMember(const QString& name, BoardRole role, const QDate& from)
{
    BoardMember member;
    member.name = name;
    member.role = role;
    member.from = from;
    const QList<FieldProblem> problems = m_board->add(member);
    if (!problems.isEmpty())
        qFatal("board member refused: %s", qPrintable(problems.first().message));
    const SigningKeyPair keys = VoteSignature::generate();
    const QString refused
        = m_board->setPublicKey(member.sync.uuid, QString::fromLatin1(keys.publicKey.toBase64()));
    if (!refused.isEmpty())
        qFatal("public key refused: %s", qPrintable(refused));
    return { member.sync.uuid, name, keys.privateKey };
}

ReviewRound TestReviewRounds::startRound()
{
    QString refusal;
    const std::optional<ReviewRound> round
        = m_reviews->start(m_campaign, { std::nullopt, u"Bureau"_s }, &refusal);
    if (!round)
        qFatal("round refused: %s", qPrintable(refusal));
    return *round;
}

ReviewVote TestReviewRounds::castVote(const ReviewRound& round, const Member& member, VoteChoice choice,
                                      const QString& reason)
{
    m_clock->advance(1000);
    QString refusal;
    const std::optional<ReviewVote> vote
        = m_reviews->vote(round.sync.uuid, member.uuid, choice, reason, member.privateKey, &refusal);
    if (!vote)
        qFatal("vote refused: %s", qPrintable(refusal));
    return *vote;
}

void TestReviewRounds::editCampaign(const std::function<void(Campaign&)>& change)
{
    Campaign campaign = *m_desk->campaigns().load(m_campaign);
    change(campaign);
    QVERIFY(m_desk->campaigns().save(campaign).isEmpty());
}

void TestReviewRounds::backToDraft()
{
    const TransitionCheck check
        = m_desk->campaigns().changeStatus(m_campaign, CampaignStatus::Draft, validAssociation());
    QVERIFY2(check.allowed, qPrintable(check.reasons.join(u" "_s)));
}

int TestReviewRounds::rows(const QString& table)
{
    return m_desk->database().scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table)).toInt();
}

QString TestReviewRounds::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_desk->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

Procedure TestReviewRounds::addProcedure()
{
    Procedure procedure;
    procedure.campaignUuid = m_campaign;
    procedure.court = Court::TribunalAdministratif;
    procedure.courtName = u"Tribunal administratif de Toulouse"_s;
    procedure.caseNumber = u"2600123"_s;
    return createdProcedure(*m_procedures, procedure);
}

void TestReviewRounds::startIsRefusedWhileTheChecklistIsIncomplete()
{
    editCampaign([](Campaign& c) { c.legalBasis.clear(); });
    QString refusal;
    QVERIFY(!m_reviews->start(m_campaign, m_reviews->deskActor(), &refusal));
    QVERIFY2(refusal.contains(u"Legal basis is empty."_s), qPrintable(refusal));
    QCOMPARE(rows(u"review_rounds"_s), 0);
    QCOMPARE(m_desk->campaigns().load(m_campaign)->status, CampaignStatus::Draft);
}

void TestReviewRounds::startOpensARoundOnTheDossierAndMovesTheDraftToReview()
{
    const ReviewRound round = startRound();
    QCOMPARE(round.number, 1);
    QCOMPARE(round.fingerprint, DossierSnapshot::capture(m_desk->database(), m_campaign)->fingerprint());
    QCOMPARE(round.members.size(), 5);
    QCOMPARE(round.rules, m_board->rules());
    QCOMPARE(round.openedBy, u"Bureau"_s);
    QCOMPARE(m_desk->campaigns().load(m_campaign)->status, CampaignStatus::InReview);
    QVERIFY(Outbox::hasPending(m_desk->database(), ReviewRepository::kRoundEntity, round.sync.uuid));
    const std::optional<ReviewRound> stored = m_reviews->openRound(m_campaign);
    QVERIFY(stored);
    QCOMPARE(stored->sync.uuid, round.sync.uuid);
    QCOMPARE(stored->snapshot, round.snapshot);
    const auto claire = std::find_if(stored->members.cbegin(), stored->members.cend(),
                                     [this](const RoundMember& m) { return m.uuid == m_members.at(1).uuid; });
    QVERIFY(claire != stored->members.cend());
    QCOMPARE(claire->name, u"Claire Martin"_s);
    QCOMPARE(claire->role, BoardRole::Secretary);
    QVERIFY(!claire->publicKey.isEmpty());
    const ReviewStanding standing = m_reviews->standing(m_campaign);
    QCOMPARE(standing.state, ReviewStanding::State::Open);
    QCOMPARE(standing.votesExpected, 5);
    QCOMPARE(standing.votesCast, 0);
}

void TestReviewRounds::submitForReviewThroughTheWorkflowOpensARound()
{
    const TransitionCheck check = m_desk->campaigns().changeStatus(m_campaign, CampaignStatus::InReview,
                                                                   validAssociation(), u"Prêt"_s);
    QVERIFY2(check.allowed, qPrintable(check.reasons.join(u" "_s)));
    QVERIFY(m_reviews->openRound(m_campaign));
    const QList<CampaignRepository::StatusChange> history = m_desk->campaigns().history(m_campaign);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().to, CampaignStatus::InReview);
    QCOMPARE(history.last().note, u"Prêt"_s);
}

void TestReviewRounds::aSecondRoundIsRefusedOnTheSameSnapshot()
{
    const ReviewRound round = startRound();
    QString refusal;
    QVERIFY(!m_reviews->start(m_campaign, m_reviews->deskActor(), &refusal));
    QVERIFY2(refusal.contains(u"already open"_s) && refusal.contains(shortFingerprint(round.fingerprint)),
             qPrintable(refusal));
    QCOMPARE(rows(u"review_rounds"_s), 1);
}

void TestReviewRounds::backToDraftSupersedesTheOpenRound()
{
    const ReviewRound round = startRound();
    castVote(round, m_members.at(0), VoteChoice::Approve);
    backToDraft();
    const std::optional<ReviewRound> closed = m_reviews->round(round.sync.uuid);
    QCOMPARE(closed->status, RoundStatus::Superseded);
    QCOMPARE(closed->supersededBecause, u"Back to draft"_s);
    QCOMPARE(m_reviews->votes(round.sync.uuid).size(), 1); // kept with its votes
    QVERIFY(!m_reviews->openRound(m_campaign));
    QCOMPARE(m_reviews->standing(m_campaign).state, ReviewStanding::State::NotSubmitted);
    // The next submission is a new round, never the old one reused.
    const ReviewRound next = startRound();
    QCOMPARE(next.number, 2);
    QVERIFY(next.sync.uuid != round.sync.uuid);
}

void TestReviewRounds::anEditSupersedesTheOpenRound_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("because");
    QTest::newRow("piece added") << u"piece"_s << u"added"_s;
    QTest::newRow("procedure milestone") << u"milestone"_s << u"Milestone « Requête déposée » added"_s;
    QTest::newRow("deadline") << u"deadline"_s << u"Deadline"_s;
}

void TestReviewRounds::anEditSupersedesTheOpenRound()
{
    QFETCH(QString, edit);
    QFETCH(QString, because);
    Procedure procedure;
    Milestone notification;
    if (edit != u"piece"_s) {
        procedure = addProcedure();
        notification = addedMilestone(m_procedures->milestones(),
                                      milestoneOf(procedure.sync.uuid, MilestoneKind::Notification,
                                                  QDate(2026, 3, 2), u"Jugement notifié"_s));
    }
    const ReviewRound round = startRound();
    if (edit == u"piece"_s) {
        EvidenceMetadata metadata;
        metadata.title = u"Étude d'impact"_s;
        m_evidence->attachFile(m_campaign, writeFile(u"etude.pdf"_s, "%PDF-1.4 etude"), metadata);
    } else if (edit == u"milestone"_s) {
        addedMilestone(
            m_procedures->milestones(),
            milestoneOf(procedure.sync.uuid, MilestoneKind::Filing, QDate(2026, 3, 5), u"Requête déposée"_s));
    } else {
        const QStringList rules = DeadlineProposals::forMilestone(procedure, MilestoneKind::Notification);
        QVERIFY(!rules.isEmpty());
        m_procedures->milestones().addDeadline(notification.sync.uuid, rules.first());
    }
    QVERIFY(!m_reviews->openRound(m_campaign));
    const std::optional<ReviewRound> closed = m_reviews->round(round.sync.uuid);
    QCOMPARE(closed->status, RoundStatus::Superseded);
    QVERIFY2(closed->supersededBecause.contains(because), qPrintable(closed->supersededBecause));
    QVERIFY(closed->closedAt.isValid());
    QCOMPARE(m_reviews->standing(m_campaign).state, ReviewStanding::State::ChangedSinceRound);
    // The campaign stays in review; the next round opens on the new version.
    QCOMPARE(m_desk->campaigns().load(m_campaign)->status, CampaignStatus::InReview);
    const ReviewRound next = startRound();
    QCOMPARE(next.number, 2);
    QVERIFY(next.fingerprint != round.fingerprint);
}

void TestReviewRounds::aBudgetLineChangedAfterBackToDraftIsShownInTheNextRound()
{
    const ReviewRound first = startRound();
    castVote(first, m_members.at(2), VoteChoice::Approve);
    backToDraft();
    editCampaign([](Campaign& c) {
        c.budgetLines[0].amountCents += 100000;
        c.goalCents += 100000;
    });
    const ReviewRound second = startRound();
    QVERIFY(second.fingerprint != first.fingerprint);
    const QList<SnapshotChange> changes = m_reviews->changesFor(second, m_members.at(2).uuid);
    QVERIFY(!changes.isEmpty());
    bool budget = false;
    for (const SnapshotChange& change : changes)
        budget = budget || change.section.startsWith(u"budget"_s);
    QVERIFY(budget);
    QVERIFY(m_reviews->changesFor(first, m_members.at(2).uuid).isEmpty()); // a first round
}

void TestReviewRounds::aSupersededRoundRefusesVotes()
{
    const ReviewRound round = startRound();
    EvidenceMetadata metadata;
    metadata.title = u"Constat d'huissier"_s;
    m_evidence->attachFile(m_campaign, writeFile(u"constat.pdf"_s, "%PDF-1.4 constat"), metadata);
    QString refusal;
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(0).uuid, VoteChoice::Approve, {},
                             m_members.at(0).privateKey, &refusal));
    QVERIFY2(refusal.contains(u"was superseded on"_s), qPrintable(refusal));
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::anApprovedRoundAllowsApprove()
{
    const ReviewRound round = startRound();
    castVote(round, m_members.at(0), VoteChoice::Approve);
    castVote(round, m_members.at(2), VoteChoice::Approve);
    castVote(round, m_members.at(3), VoteChoice::Reject, u"Risques sous-estimés"_s);
    QCOMPARE(m_reviews->standing(m_campaign).votesCast, 3);
    QString refusal;
    const std::optional<Decision> decision
        = m_reviews->decide(round.sync.uuid, { std::nullopt, u"Bureau"_s }, &refusal);
    QVERIFY2(decision, qPrintable(refusal));
    QCOMPARE(decision->outcome, DecisionOutcome::Approved);
    const std::optional<ReviewRound> decided = m_reviews->round(round.sync.uuid);
    QCOMPARE(decided->status, RoundStatus::Approved);
    QCOMPARE(decided->decision, decision->explanation.join(u" "_s));
    QCOMPARE(decided->closedBy, u"Bureau"_s);
    const ReviewStanding standing = m_reviews->standing(m_campaign);
    QCOMPARE(standing.state, ReviewStanding::State::Approved);
    QVERIFY(standing.approvedOnCurrentSnapshot);
    const TransitionCheck check
        = m_desk->campaigns().changeStatus(m_campaign, CampaignStatus::Approved, validAssociation());
    QVERIFY2(check.allowed, qPrintable(check.reasons.join(u" "_s)));
    // Decided once: never again, and no more votes.
    QVERIFY(!m_reviews->decide(round.sync.uuid, { std::nullopt, u"Bureau"_s }, &refusal));
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(4).uuid, VoteChoice::Approve, {},
                             m_members.at(4).privateKey, &refusal));
    QVERIFY2(refusal.contains(u"was decided on"_s), qPrintable(refusal));
}

void TestReviewRounds::approveIsRefusedWithoutTheBoardsDecision()
{
    const ReviewRound round = startRound();
    TransitionCheck check
        = m_desk->campaigns().changeStatus(m_campaign, CampaignStatus::Approved, validAssociation());
    QVERIFY(!check.allowed);
    QCOMPARE(check.reasons,
             QStringList { u"The board has not approved this version of the dossier (fingerprint %1)."_s.arg(
                 shortFingerprint(round.fingerprint)) });
    // Approved, then the dossier changed: the approval binds the version the board read.
    for (int i : { 0, 2, 3 })
        castVote(round, m_members.at(i), VoteChoice::Approve);
    QString refusal;
    QVERIFY2(m_reviews->decide(round.sync.uuid, m_reviews->deskActor(), &refusal), qPrintable(refusal));
    EvidenceMetadata metadata;
    metadata.title = u"Nouvelle pièce"_s;
    m_evidence->attachFile(m_campaign, writeFile(u"nouvelle.pdf"_s, "%PDF-1.4 nouvelle"), metadata);
    QCOMPARE(m_reviews->standing(m_campaign).state, ReviewStanding::State::ChangedSinceRound);
    check = m_desk->campaigns().changeStatus(m_campaign, CampaignStatus::Approved, validAssociation());
    QVERIFY(!check.allowed);
    QCOMPARE(m_desk->campaigns().load(m_campaign)->status, CampaignStatus::InReview);
}

void TestReviewRounds::aRejectedRoundSendsTheCampaignBackToDraftWithTheReasons()
{
    const ReviewRound round = startRound();
    castVote(round, m_members.at(0), VoteChoice::Reject, u"Le budget oublie les dépens"_s);
    castVote(round, m_members.at(2), VoteChoice::Reject, u"Pièce manquante"_s);
    castVote(round, m_members.at(3), VoteChoice::Approve);
    QString refusal;
    const std::optional<Decision> decision
        = m_reviews->decide(round.sync.uuid, m_reviews->deskActor(), &refusal);
    QVERIFY2(decision, qPrintable(refusal));
    QCOMPARE(decision->outcome, DecisionOutcome::Rejected);
    QCOMPARE(m_reviews->round(round.sync.uuid)->status, RoundStatus::Rejected);
    QCOMPARE(m_desk->campaigns().load(m_campaign)->status, CampaignStatus::Draft);
    const CampaignRepository::StatusChange last = m_desk->campaigns().history(m_campaign).last();
    QCOMPARE(last.to, CampaignStatus::Draft);
    QVERIFY2(last.note.contains(u"Le budget oublie les dépens"_s) && last.note.contains(u"Pièce manquante"_s),
             qPrintable(last.note));
    QCOMPARE(m_reviews->standing(m_campaign).state, ReviewStanding::State::Rejected);
}

void TestReviewRounds::aDecisionWithoutQuorumIsRefused()
{
    const ReviewRound round = startRound();
    castVote(round, m_members.at(0), VoteChoice::Approve);
    QString refusal;
    QVERIFY(!m_reviews->decide(round.sync.uuid, m_reviews->deskActor(), &refusal));
    QVERIFY2(refusal.startsWith(u"No decision can be recorded yet"_s), qPrintable(refusal));
    QVERIFY(m_reviews->round(round.sync.uuid)->isOpen());
}

void TestReviewRounds::aChangedVoteIsANewRowAndTheLatestCounts()
{
    const ReviewRound round = startRound();
    castVote(round, m_members.at(2), VoteChoice::Reject, u"Trop tôt"_s);
    castVote(round, m_members.at(2), VoteChoice::Approve);
    QCOMPARE(m_reviews->votes(round.sync.uuid).size(), 2);
    const QList<ReviewVote> current = m_reviews->currentVotes(round.sync.uuid);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().choice, VoteChoice::Approve);
    // The same vote twice in the same millisecond would carry the same signature: refused.
    QString refusal;
    QVERIFY(m_reviews->vote(round.sync.uuid, m_members.at(3).uuid, VoteChoice::Abstain, {},
                            m_members.at(3).privateKey, &refusal));
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(3).uuid, VoteChoice::Abstain, {},
                             m_members.at(3).privateKey, &refusal));
    QVERIFY2(refusal.contains(u"Inès Benali"_s), qPrintable(refusal));
}

void TestReviewRounds::aTamperedVoteInTheDeskShowsAsSignatureInvalid()
{
    const ReviewRound round = startRound();
    const ReviewVote vote = castVote(round, m_members.at(2), VoteChoice::Reject, u"Dossier incomplet"_s);
    QCOMPARE(m_reviews->checkOf(round, m_reviews->votes(round.sync.uuid).first()),
             VoteCheck::SignedAndVerified);
    // Someone edits the desk file behind the application's back.
    m_desk->database().exec(u"UPDATE review_votes SET choice = 'approve', reason = '' WHERE uuid = ?"_s,
                            { vote.sync.uuid.toString(QUuid::WithoutBraces) });
    QCOMPARE(m_reviews->checkOf(round, m_reviews->votes(round.sync.uuid).first()),
             VoteCheck::SignatureInvalid);
    // Passing it off as recorded by the secretary does not make it valid either.
    m_desk->database().exec(u"UPDATE review_votes SET form = 'recorded' WHERE uuid = ?"_s,
                            { vote.sync.uuid.toString(QUuid::WithoutBraces) });
    QCOMPARE(m_reviews->checkOf(round, m_reviews->votes(round.sync.uuid).first()),
             VoteCheck::SignatureInvalid);
}

void TestReviewRounds::aMemberRetiredBeforeTheRoundIsRefused()
{
    const Member former = addMember(u"Jean Ancien"_s, BoardRole::Administrator, QDate(2020, 1, 1));
    QVERIFY(m_board->retire(former.uuid, QDate(2025, 12, 31)).isEmpty());
    const ReviewRound round = startRound();
    QCOMPARE(round.members.size(), 5);
    QString refusal;
    QVERIFY(
        !m_reviews->vote(round.sync.uuid, former.uuid, VoteChoice::Approve, {}, former.privateKey, &refusal));
    QCOMPARE(refusal,
             u"Jean Ancien was not a member of the board in office when round 1 of \"Sauver la zone "
             u"humide\" opened: they do not take part in it."_s);
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::aMemberRetiredSinceTheRoundOpenedIsRefused()
{
    const ReviewRound round = startRound();
    QVERIFY(m_board->retire(m_members.at(4).uuid, m_clock->today().addDays(-1)).isEmpty());
    QString refusal;
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(4).uuid, VoteChoice::Approve, {},
                             m_members.at(4).privateKey, &refusal));
    QVERIFY2(refusal.startsWith(u"Marc Lefèvre left the board on"_s), qPrintable(refusal));
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::aNonMemberIsRefused()
{
    const ReviewRound round = startRound();
    QString refusal;
    const QUuid stranger = QUuid::createUuid();
    QVERIFY(!m_reviews->vote(round.sync.uuid, stranger, VoteChoice::Approve, {},
                             VoteSignature::generate().privateKey, &refusal));
    QVERIFY2(refusal.startsWith(u"No board member has the identifier"_s), qPrintable(refusal));
    // Joined the board after the round opened: not one of its members.
    m_clock->advance(24 * 3600 * 1000);
    const Member newcomer = addMember(u"Léa Nouvelle"_s, BoardRole::Administrator, m_clock->today());
    QVERIFY(!m_reviews->vote(round.sync.uuid, newcomer.uuid, VoteChoice::Approve, {}, newcomer.privateKey,
                             &refusal));
    QVERIFY2(refusal.startsWith(u"Léa Nouvelle was not a member"_s), qPrintable(refusal));
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::aRejectionWithoutReasonIsRefused()
{
    const ReviewRound round = startRound();
    QString refusal;
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(2).uuid, VoteChoice::Reject, u"  "_s,
                             m_members.at(2).privateKey, &refusal));
    QVERIFY2(refusal.startsWith(u"Paul Durand: a rejection needs its reason"_s), qPrintable(refusal));
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::anotherMembersKeyIsRefused()
{
    const ReviewRound round = startRound();
    QString refusal;
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(2).uuid, VoteChoice::Approve, {},
                             m_members.at(3).privateKey, &refusal));
    QVERIFY2(refusal.contains(u"not the one registered for Paul Durand"_s), qPrintable(refusal));
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::aVoteRecordedByTheSecretaryIsMarkedSo()
{
    const ReviewRound round = startRound();
    QString refusal;
    const std::optional<ReviewVote> vote
        = m_reviews->record(round.sync.uuid, m_members.at(4).uuid, VoteChoice::Approve, {},
                            m_members.at(1).uuid, RecordedFrom::Meeting, u"séance du 12 mars"_s, &refusal);
    QVERIFY2(vote, qPrintable(refusal));
    const ReviewVote stored = m_reviews->votes(round.sync.uuid).first();
    QCOMPARE(stored.form, VoteForm::Recorded);
    QCOMPARE(stored.recordedBy, m_members.at(1).uuid);
    QCOMPARE(stored.recordedFrom, RecordedFrom::Meeting);
    QCOMPARE(stored.recordedNote, u"séance du 12 mars"_s);
    QCOMPARE(m_reviews->checkOf(round, stored), VoteCheck::RecordedBySecretary);
}

void TestReviewRounds::aVoteRecordedByANonSecretaryIsRefused()
{
    const ReviewRound round = startRound();
    QString refusal;
    QVERIFY(!m_reviews->record(round.sync.uuid, m_members.at(4).uuid, VoteChoice::Approve, {},
                               m_members.at(0).uuid, RecordedFrom::Email, {}, &refusal));
    QVERIFY2(refusal.startsWith(u"Hélène Roche is not the board's secretary in office"_s),
             qPrintable(refusal));
    QCOMPARE(rows(u"review_votes"_s), 0);
}

void TestReviewRounds::aRecusedMemberDoesNotVoteAndStaysRecusedInTheNextRound()
{
    const ReviewRound round = startRound();
    QString refusal;
    QVERIFY2(m_reviews->recuse(round.sync.uuid, m_members.at(3).uuid,
                               u"Avocate de la partie adverse en 2023"_s, std::nullopt, &refusal),
             qPrintable(refusal));
    QVERIFY(!m_reviews->vote(round.sync.uuid, m_members.at(3).uuid, VoteChoice::Approve, {},
                             m_members.at(3).privateKey, &refusal));
    QVERIFY2(refusal.contains(u"a recused member does not vote"_s), qPrintable(refusal));
    QCOMPARE(m_reviews->standing(m_campaign).votesExpected, 4);
    // Declared after voting: refused.
    castVote(round, m_members.at(2), VoteChoice::Approve);
    QVERIFY(!m_reviews->recuse(round.sync.uuid, m_members.at(2).uuid, u"Voisin"_s, std::nullopt, &refusal));
    QVERIFY2(refusal.contains(u"has already voted"_s), qPrintable(refusal));
    backToDraft();
    const ReviewRound next = startRound();
    const QList<Recusal> carried = m_reviews->recusals(next.sync.uuid);
    QCOMPARE(carried.size(), 1);
    QCOMPARE(carried.first().memberUuid, m_members.at(3).uuid);
    QCOMPARE(carried.first().nature, u"Avocate de la partie adverse en 2023"_s);
}

void TestReviewRounds::aDuplicateSignatureIsRefused()
{
    const ReviewRound round = startRound();
    const ReviewVote vote = castVote(round, m_members.at(2), VoteChoice::Approve);
    ReviewVote copy = vote;
    copy.sync = {};
    copy.sync.uuid = QUuid::createUuid();
    const QString refused = m_reviews->storeReceived(copy, 7);
    QCOMPARE(refused,
             u"The vote of Paul Durand in round 1 of \"Sauver la zone humide\" carries the signature of a "
             u"vote already counted: it was not counted twice."_s);
    QCOMPARE(rows(u"review_votes"_s), 1);
}

void TestReviewRounds::aReceivedVoteIsStoredOnceAndRefusedOnASupersededRound()
{
    const ReviewRound round = startRound();
    ReviewVote remote;
    remote.sync.uuid = QUuid::createUuid();
    remote.roundUuid = round.sync.uuid;
    remote.memberUuid = m_members.at(2).uuid;
    remote.choice = VoteChoice::Approve;
    remote.castAt = m_clock->now().addSecs(60);
    remote.signature
        = VoteSignature::sign(m_members.at(2).privateKey, VoteSignature::message(round.fingerprint, remote));
    QCOMPARE(m_reviews->storeReceived(remote, 3), QString());
    QCOMPARE(m_reviews->storeReceived(remote, 3), QString()); // the same vote again: idempotent
    QCOMPARE(rows(u"review_votes"_s), 1);
    QCOMPARE(m_reviews->checkOf(round, m_reviews->votes(round.sync.uuid).first()),
             VoteCheck::SignedAndVerified);
    QVERIFY(!Outbox::hasPending(m_desk->database(), ReviewRepository::kVoteEntity, remote.sync.uuid));

    backToDraft();
    ReviewVote late = remote;
    late.sync.uuid = QUuid::createUuid();
    late.memberUuid = m_members.at(1).uuid;
    late.signature
        = VoteSignature::sign(m_members.at(1).privateKey, VoteSignature::message(round.fingerprint, late));
    const QString refused = m_reviews->storeReceived(late, 4);
    QVERIFY2(refused.startsWith(
                 u"The vote of Claire Martin reached round 1 of \"Sauver la zone humide\", which was "
                 u"superseded on"_s),
             qPrintable(refused));
    QVERIFY2(refused.endsWith(u": it was not counted."_s), qPrintable(refused));
    QCOMPARE(rows(u"review_votes"_s), 1);
}

void TestReviewRounds::commentsKeepTheirRepliesAndAreResolved()
{
    const ReviewRound round = startRound();
    const ReviewActor claire { m_members.at(1).uuid, m_members.at(1).name };
    const ReviewActor paul { m_members.at(2).uuid, m_members.at(2).name };
    const QString section = DossierSnapshot::fromCanonical(round.snapshot)->sections().first().key;
    QString refusal;
    const std::optional<ReviewComment> first = m_reviews->comment(
        round.sync.uuid, section, u"La base légale est-elle la bonne ?"_s, claire, {}, &refusal);
    QVERIFY2(first, qPrintable(refusal));
    m_clock->advance(1000);
    const std::optional<ReviewComment> other
        = m_reviews->comment(round.sync.uuid, section, u"Autre remarque"_s, paul, {}, &refusal);
    QVERIFY(other);
    m_clock->advance(1000);
    const std::optional<ReviewComment> reply = m_reviews->comment(
        round.sync.uuid, {}, u"Oui, l'article L. 142-1."_s, paul, first->sync.uuid, &refusal);
    QVERIFY2(reply, qPrintable(refusal));
    QCOMPARE(reply->section, section);
    const QList<ReviewComment> comments = m_reviews->comments(round.sync.uuid);
    QCOMPARE(comments.size(), 3);
    QCOMPARE(comments.at(0).sync.uuid, first->sync.uuid);
    QCOMPARE(comments.at(1).sync.uuid, reply->sync.uuid);
    QCOMPARE(comments.at(2).sync.uuid, other->sync.uuid);
    QCOMPARE(m_reviews->setResolved(first->sync.uuid, true, claire), QString());
    QVERIFY(m_reviews->comments(round.sync.uuid).first().resolved);
    QCOMPARE(m_reviews->comments(round.sync.uuid).first().resolvedBy, u"Claire Martin"_s);
    QVERIFY(!m_reviews->comment(round.sync.uuid, u"nowhere"_s, u"?"_s, paul, {}, &refusal));
    QVERIFY(!m_reviews->comment(round.sync.uuid, section, u"  "_s, paul, {}, &refusal));
    QCOMPARE(rows(u"review_comments"_s), 3);
}

void TestReviewRounds::waitingForMyVoteListsOnlyWhatAwaitsTheMember()
{
    const ReviewRound round = startRound();
    QCOMPARE(m_reviews->waitingFor(m_members.at(2).uuid).size(), 1);
    QCOMPARE(m_reviews->waitingFor(m_members.at(2).uuid).first().campaignTitle, u"Sauver la zone humide"_s);
    castVote(round, m_members.at(2), VoteChoice::Abstain);
    QVERIFY(m_reviews->waitingFor(m_members.at(2).uuid).isEmpty());
    QCOMPARE(m_reviews->waitingFor(m_members.at(3).uuid).size(), 1);
}

QTEST_GUILESS_MAIN(TestReviewRounds)
#include "tst_review_rounds.moc"

// Court procedures and their milestones between two desks, against a real casedesk-platform
// process: the appeal chain and computed deadlines arrive whole, a milestone edited on both desks
// is decided field by field, a deletion reaches the other desk, only milestones marked public reach
// the campaign's public page, and a record whose parent sits in a later page of the feed is still
// received.

#include "BoardSupport.h"
#include "SyncTestKit.h"

#include "Samples.h"
#include "campaigns/NewsRepository.h"
#include "common/Clock.h"
#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/ConflictStore.h"
#include "sync/SyncKinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace casedesk;
using namespace casedesk::test;

class TestSyncProcedures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proceduresAndDeadlinesTravelBetweenDesks();
    void onlyPublicMilestonesReachThePublicPage();
    void milestoneEditedOnBothDesksIsResolvedPerField();
    void recordsWhoseParentComesInALaterPageArrive();
    void decidedNotificationDateMovesItsDeadline();
    void parentsArePushedBeforeWhatNamesThem();
    void procedureDeletedElsewhereTakesItsTimeline();
    void procedureDeletedWhileThisDeskAddedAMilestoneIsAChoice();
};

void TestSyncProcedures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {

struct Chain
{
    QUuid campaign;
    Procedure firstInstance;
    Procedure appeal;
    Milestone hearing; // public
    Milestone notification;
    Milestone deadline; // computed from the notification (CJA R811-2)
};

// A first instance at the tribunal administratif with its hearing, the notification of its
// judgment and the appeal deadline it starts, then the appeal.
Chain buildChain(TempDesk& desk, ProcedureRepository& procedures)
{
    Chain chain;
    chain.campaign = createDraft(desk, QStringLiteral("Barrage de Sivens")).sync.uuid;
    Procedure first;
    first.campaignUuid = chain.campaign;
    first.court = Court::TribunalAdministratif;
    first.courtName = QStringLiteral("Tribunal administratif de Toulouse");
    first.caseNumber = QStringLiteral("1400123");
    first.lawyer = QStringLiteral("Me Durand");
    first.notes = QStringLiteral("Stratégie : moyen tiré de l'étude d'impact");
    first.status = ProcedureStatus::Decided;
    chain.firstInstance = createdProcedure(procedures, first);

    Milestone hearing = milestoneOf(chain.firstInstance.sync.uuid, MilestoneKind::Hearing, QDate(2016, 6, 2),
                                    QStringLiteral("Audience publique"));
    hearing.note = QStringLiteral("Le rapporteur public conclut au rejet");
    hearing.isPublic = true;
    chain.hearing = addedMilestone(procedures.milestones(), hearing);

    Milestone notification = milestoneOf(chain.firstInstance.sync.uuid, MilestoneKind::Notification,
                                         QDate(2016, 7, 4), QStringLiteral("Notification du jugement"));
    if (!procedures.milestones()
             .record(notification, QStringLiteral("cja-r811-2"), &chain.deadline)
             .isEmpty())
        QTest::qFail("the notification and its deadline were refused", __FILE__, __LINE__);
    chain.notification = notification;

    Procedure appeal;
    appeal.campaignUuid = chain.campaign;
    appeal.court = Court::CourAdministrativeAppel;
    appeal.courtName = QStringLiteral("Cour administrative d'appel de Bordeaux");
    appeal.kind = ProcedureKind::Appeal;
    appeal.appealsUuid = chain.firstInstance.sync.uuid;
    chain.appeal = createdProcedure(procedures, appeal);
    return chain;
}

// What a client other than the desk could send: a new milestone record, written directly.
PlatformReply putNewMilestone(const PlatformProcess& server, const QJsonObject& document)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return PlatformClient(server.baseUrl(), server.token())
        .send("PUT", QStringLiteral("/v1/milestones/") + id,
              QJsonDocument(QJsonObject { { QStringLiteral("data"), document } }).toJson(),
              { { "If-None-Match", "*" }, { "Idempotency-Key", id.toUtf8() } });
}

void publish(TempDesk& desk, const QUuid& campaign)
{
    seatSecretary(desk.database());
    for (CampaignStatus status :
         { CampaignStatus::InReview, CampaignStatus::Approved, CampaignStatus::Published }) {
        if (status == CampaignStatus::Approved) // only on the board's decision (issue 12)
            QCOMPARE(approveThroughBoard(desk.database(), campaign), QString());
        const TransitionCheck check = desk.campaigns().changeStatus(campaign, status, validAssociation());
        QVERIFY2(check.allowed, qPrintable(check.reasons.join(QStringLiteral("; "))));
    }
}

} // namespace

void TestSyncProcedures::proceduresAndDeadlinesTravelBetweenDesks()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ProcedureRepository proceduresA(a.database());
    ProcedureRepository proceduresB(b.database());
    const Chain chain = buildChain(a, proceduresA);
    QCOMPARE(SyncKinds::pendingCount(a.database()), 6); // the campaign, 2 procedures, 3 milestones
    SyncReport sent = syncDesk(a, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QCOMPARE(sent.pushed, 6);
    const SyncReport received = syncDesk(b, server);
    QVERIFY2(received.converged(), qPrintable(describe(received)));

    // The chain, as A has it: the appeal after what it challenges, the jurists' private notes too.
    const QList<Procedure> onB = proceduresB.forCampaign(chain.campaign);
    QCOMPARE(onB.size(), 2);
    QCOMPARE(onB.at(0).sync.uuid, chain.firstInstance.sync.uuid);
    QCOMPARE(onB.at(0).notes, chain.firstInstance.notes);
    QCOMPARE(onB.at(0).lawyer, QStringLiteral("Me Durand"));
    QCOMPARE(onB.at(0).status, ProcedureStatus::Decided);
    QCOMPARE(onB.at(1).appealsUuid, chain.firstInstance.sync.uuid);
    QCOMPARE(onB.at(1).kind, ProcedureKind::Appeal);
    QCOMPARE(proceduresB.appealDepth(chain.appeal.sync.uuid), 1);

    // The deadline keeps its rule, start and source: B explains it as A does, and lists it.
    const std::optional<Milestone> deadline = proceduresB.milestones().load(chain.deadline.sync.uuid);
    QVERIFY(deadline);
    QCOMPARE(deadline->date, chain.deadline.date);
    QCOMPARE(deadline->ruleId, QStringLiteral("cja-r811-2"));
    QCOMPARE(deadline->startDate, QDate(2016, 7, 4));
    QCOMPARE(deadline->sourceUuid, chain.notification.sync.uuid);
    QCOMPARE(DeadlineService(proceduresB.database()).explain(*deadline).due, chain.deadline.date);
    DeadlineQuery query;
    query.today = chain.deadline.date.addDays(-3);
    const QList<DeadlineItem> due = DeadlineService(proceduresB.database()).due(query);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().milestoneUuid, chain.deadline.sync.uuid);
    QCOMPARE(due.first().daysRemaining, 3);
    QVERIFY(proceduresB.milestones().load(chain.hearing.sync.uuid)->isPublic);
    // Received records are not queued again: nothing waits on B, and a second run moves nothing.
    QCOMPARE(Outbox::pendingCount(b.database()), 0);
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);

    // B marks the deadline met; A sees it. A deletes the appeal; B loses it too.
    proceduresB.milestones().setDone(chain.deadline.sync.uuid, true);
    QVERIFY(syncDesk(b, server).converged());
    proceduresA.remove(chain.appeal.sync.uuid);
    sent = syncDesk(a, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QVERIFY(proceduresA.milestones().load(chain.deadline.sync.uuid)->done);
    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(!proceduresB.load(chain.appeal.sync.uuid));
    QCOMPARE(proceduresB.forCampaign(chain.campaign).size(), 1);
    QVERIFY(DeadlineService(proceduresB.database()).due(query).isEmpty());
}

void TestSyncProcedures::onlyPublicMilestonesReachThePublicPage()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a] = setup;
    ProcedureRepository procedures(a.database());
    const Chain chain = buildChain(a, procedures);
    publish(a, chain.campaign);
    QVERIFY(syncDesk(a, server).converged());

    PlatformClient visitor(server.baseUrl(), {});
    const QString campaignPath
        = QStringLiteral("/v1/public/campaigns/") + SqlValues::uuidText(chain.campaign);
    const PlatformReply page = visitor.send("GET", campaignPath);
    QCOMPARE(page.status, 200);
    const QJsonArray milestones = page.json().value(QStringLiteral("milestones")).toArray();
    QCOMPARE(milestones.size(), 1);
    const QJsonObject hearing = milestones.first().toObject();
    QCOMPARE(hearing.value(QStringLiteral("title")).toString(), QStringLiteral("Audience publique"));
    QCOMPARE(hearing.value(QStringLiteral("kind")).toString(), QStringLiteral("hearing"));
    QCOMPARE(hearing.value(QStringLiteral("date")).toString(), QStringLiteral("2016-06-02"));
    // Never the jurists' note, the procedure's strategy, or a deadline.
    const QByteArray everything
        = page.body + visitor.send("GET", QStringLiteral("/v1/public/milestones")).body;
    QVERIFY(!everything.contains("rapporteur public"));
    QVERIFY(!everything.contains("Stratégie"));
    QVERIFY(!everything.contains("cja-r811-2"));
    QCOMPARE(visitor.send("GET", QStringLiteral("/v1/public/procedures")).status, 404);
    QCOMPARE(visitor.send("GET", QStringLiteral("/v1/public/milestones"))
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             1);

    // Unmarked on the desk: gone from the public page at the next sync.
    Milestone unmarked = *procedures.milestones().load(chain.hearing.sync.uuid);
    unmarked.isPublic = false;
    procedures.milestones().save(unmarked);
    QVERIFY(syncDesk(a, server).converged());
    const PlatformReply without = visitor.send("GET", campaignPath);
    QVERIFY(without.json().value(QStringLiteral("milestones")).toArray().isEmpty());
    QVERIFY(without.header("etag") != page.header("etag")); // a cache must not keep the old page

    // A deadline is never public: refused on the desk, and by the platform if a client sends one.
    Milestone publicDeadline = *procedures.milestones().load(chain.deadline.sync.uuid);
    publicDeadline.isPublic = true;
    QVERIFY(!procedures.milestones().save(publicDeadline).isEmpty());
    QJsonObject document
        = SyncKinds::ofEntity(QStringLiteral("milestone")).document(a.database(), chain.deadline.sync.uuid);
    document.insert(QStringLiteral("public"), true);
    const PlatformReply refused = putNewMilestone(server, document);
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.body.contains("/data/public"));
}

void TestSyncProcedures::milestoneEditedOnBothDesksIsResolvedPerField()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ProcedureRepository proceduresA(a.database());
    ProcedureRepository proceduresB(b.database());
    const Chain chain = buildChain(a, proceduresA);
    QVERIFY(bothConverge(setup));

    editRecord(proceduresA.milestones(), chain.hearing.sync.uuid,
               [](Milestone& onA) { onA.note = QStringLiteral("Renvoyée à la demande du préfet"); });
    editRecord(proceduresB.milestones(), chain.hearing.sync.uuid, [](Milestone& onB) {
        onB.date = QDate(2016, 6, 9);
        onB.title = QStringLiteral("Audience (nouvelle date)");
    });
    QVERIFY(syncDesk(a, server).converged());
    const SyncReport clashed = syncDesk(b, server);
    QCOMPARE(clashed.newConflicts, 1);

    ConflictResolver resolver(b.database());
    const QList<SyncConflict> open = resolver.openConflicts();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().entity, QStringLiteral("milestone"));
    QCOMPARE(resolver.title(open.first()), QStringLiteral("Audience (nouvelle date)"));
    const QList<ConflictField> fields = resolver.fields(open.first());
    QVERIFY(fieldNamed(fields, QStringLiteral("date")).differs);
    QVERIFY(fieldNamed(fields, QStringLiteral("note")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("public")).differs);
    QCOMPARE(fieldNamed(fields, QStringLiteral("kind")).mine,
             ProcedureText::milestoneKind(MilestoneKind::Hearing));
    // B's date and title, A's note.
    ConflictChoices choices;
    choices.defaultSide = ConflictSide::Theirs;
    choices.fields.insert(QStringLiteral("date"), ConflictSide::Mine);
    choices.fields.insert(QStringLiteral("title"), ConflictSide::Mine);
    QVERIFY(resolver.resolve(open.first().id, choices).queued);
    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(syncDesk(a, server).converged());
    for (ProcedureRepository* procedures : { &proceduresA, &proceduresB }) {
        const Milestone m = *procedures->milestones().load(chain.hearing.sync.uuid);
        QCOMPARE(m.date, QDate(2016, 6, 9));
        QCOMPARE(m.title, QStringLiteral("Audience (nouvelle date)"));
        QCOMPARE(m.note, QStringLiteral("Renvoyée à la demande du préfet"));
    }
    for (TempDesk* desk : { &a, &b }) {
        QCOMPARE(desk->database().scalar(QStringLiteral("SELECT count(*) FROM milestones")).toInt(), 3);
        QVERIFY(ConflictStore(desk->database()).openConflicts().isEmpty());
    }

    // A procedure edited on both desks is decided the same way, and named by its court.
    editRecord(proceduresA, chain.firstInstance.sync.uuid,
               [](Procedure& onA) { onA.caseNumber = QStringLiteral("1400123-2"); });
    editRecord(proceduresB, chain.firstInstance.sync.uuid,
               [](Procedure& onB) { onB.lawyer = QStringLiteral("Me Martin"); });
    QVERIFY(syncDesk(a, server).converged());
    QCOMPARE(syncDesk(b, server).newConflicts, 1);
    const SyncConflict procedureConflict = resolver.openConflicts().first();
    QVERIFY(
        resolver.title(procedureConflict).startsWith(QStringLiteral("Tribunal administratif de Toulouse")));
    ConflictChoices lawyerFromB;
    lawyerFromB.fields.insert(QStringLiteral("lawyer"), ConflictSide::Mine);
    resolver.resolve(procedureConflict.id, lawyerFromB);
    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(syncDesk(a, server).converged());
    for (ProcedureRepository* procedures : { &proceduresA, &proceduresB }) {
        const Procedure p = *procedures->load(chain.firstInstance.sync.uuid);
        QCOMPARE(p.caseNumber, QStringLiteral("1400123-2"));
        QCOMPARE(p.lawyer, QStringLiteral("Me Martin"));
    }
}

// Each record appears in the feed once, at its latest version: a campaign or procedure edited
// after its children were written comes after them, pages later. The children still arrive.
void TestSyncProcedures::recordsWhoseParentComesInALaterPageArrive()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ProcedureRepository proceduresA(a.database());
    const Chain chain = buildChain(a, proceduresA);
    NewsRepository newsA(a.database());
    NewsItem item = newsDraft(chain.campaign, QStringLiteral("Audience fixée"),
                              QStringLiteral("Le tribunal a fixé l'audience."));
    item.publishedAt = Clock::nowUtc();
    QVERIFY(newsA.create(item).isEmpty());
    QVERIFY(syncDesk(a, server).converged());
    // The parents change last: their versions now come after every child's.
    Procedure first = *proceduresA.load(chain.firstInstance.sync.uuid);
    first.notes = QStringLiteral("Mémoire en réplique déposé");
    proceduresA.save(first);
    rename(a, chain.campaign, QStringLiteral("Barrage de Sivens (appel)"));
    QVERIFY(syncDesk(a, server).converged());

    SyncOptions onePerPage = fastOptions(server);
    onePerPage.pageSize = 1;
    SyncClient client(b.database(), onePerPage, server.token());
    QStringList log;
    client.setObserver({ [&log](const QString& line) { log.append(line); }, {}, nullptr });
    const SyncReport received = client.run();
    QVERIFY2(received.converged(), qPrintable(describe(received)));
    QVERIFY2(!log.join(QLatin1Char('\n')).contains(QStringLiteral("left out")),
             qPrintable(log.join(QLatin1Char('\n'))));
    ProcedureRepository proceduresB(b.database());
    QCOMPARE(proceduresB.forCampaign(chain.campaign).size(), 2);
    QCOMPARE(proceduresB.milestones().forProcedure(chain.firstInstance.sync.uuid).size(), 3);
    QCOMPARE(proceduresB.load(chain.firstInstance.sync.uuid)->notes,
             QStringLiteral("Mémoire en réplique déposé"));
    QCOMPARE(b.campaigns().load(chain.campaign)->title, QStringLiteral("Barrage de Sivens (appel)"));
    QCOMPARE(NewsRepository(b.database()).list(chain.campaign).size(), 1);
    QCOMPARE(Outbox::pendingCount(b.database()), 0);
}

// B moves a notification (its deadline follows, and is sent) while A edits the same notification's
// note. B takes A's side on the date: the deadline follows the decided date again, on both desks.
void TestSyncProcedures::decidedNotificationDateMovesItsDeadline()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ProcedureRepository proceduresA(a.database());
    ProcedureRepository proceduresB(b.database());
    const Chain chain = buildChain(a, proceduresA);
    QVERIFY(bothConverge(setup));

    editRecord(proceduresA.milestones(), chain.notification.sync.uuid,
               [](Milestone& onA) { onA.note = QStringLiteral("Reçue par lettre recommandée"); });
    editRecord(proceduresB.milestones(), chain.notification.sync.uuid,
               [](Milestone& onB) { onB.date = QDate(2016, 7, 11); });
    QCOMPARE(proceduresB.milestones().load(chain.deadline.sync.uuid)->startDate, QDate(2016, 7, 11));
    QVERIFY(syncDesk(a, server).converged());
    QCOMPARE(syncDesk(b, server).newConflicts, 1); // the notification; its deadline went through

    ConflictResolver resolver(b.database());
    const SyncConflict conflict = resolver.openConflicts().first();
    QCOMPARE(conflict.uuid, chain.notification.sync.uuid);
    resolver.resolve(conflict.id, { ConflictSide::Theirs, {} });
    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(syncDesk(a, server).converged());
    for (ProcedureRepository* procedures : { &proceduresA, &proceduresB }) {
        const Milestone notification = *procedures->milestones().load(chain.notification.sync.uuid);
        QCOMPARE(notification.date, QDate(2016, 7, 4));
        QCOMPARE(notification.note, QStringLiteral("Reçue par lettre recommandée"));
        const Milestone deadline = *procedures->milestones().load(chain.deadline.sync.uuid);
        QCOMPARE(deadline.startDate, QDate(2016, 7, 4));
        QCOMPARE(deadline.date, chain.deadline.date);
        QCOMPARE(DeadlineService(procedures->database()).explain(deadline).due, deadline.date);
    }
}

// Editing a procedure after adding a milestone queues the procedure behind it. A run that stops
// after one record must not leave the milestone on the platform without its procedure: the other
// desk would drop it for good. Parents go first, and the platform refuses an orphan.
void TestSyncProcedures::parentsArePushedBeforeWhatNamesThem()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid campaign = createDraft(a, QStringLiteral("Retenue de Caussade")).sync.uuid;
    QVERIFY(syncDesk(a, server).converged());
    ProcedureRepository proceduresA(a.database());
    Procedure procedure;
    procedure.campaignUuid = campaign;
    procedure.courtName = QStringLiteral("Tribunal administratif de Toulouse");
    procedure = createdProcedure(proceduresA, procedure);
    Milestone hearing = milestoneOf(procedure.sync.uuid, MilestoneKind::Hearing, QDate(2019, 11, 7),
                                    QStringLiteral("Audience de référé"));
    hearing = addedMilestone(proceduresA.milestones(), hearing);
    procedure = *proceduresA.load(procedure.sync.uuid);
    procedure.notes = QStringLiteral("Référé-suspension déposé");
    proceduresA.save(procedure); // now queued behind the milestone

    // A's run stops after its first record: sent alone, one record per request, so that the run
    // can stop between the procedure and its milestone (a batch carries both, in this order).
    std::atomic_bool cancel { false };
    SyncOptions oneByOne = fastOptions(server);
    oneByOne.batchWrites = 1;
    SyncClient client(a.database(), oneByOne, server.token());
    QStringList sent;
    client.setObserver({ [&](const QString& line) {
                            if (line.startsWith(QStringLiteral("Sent"))) {
                                sent.append(line);
                                cancel = true;
                            }
                        },
                         {},
                         &cancel });
    client.run();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QStringLiteral("Tribunal administratif de Toulouse")),
             qPrintable(sent.first()));
    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(bothConverge(setup));
    QCOMPARE(ProcedureRepository(b.database()).milestones().forProcedure(procedure.sync.uuid).size(), 1);

    // A client that sends an orphan anyway is refused, and names the field.
    QJsonObject orphan
        = SyncKinds::ofEntity(QStringLiteral("milestone")).document(a.database(), hearing.sync.uuid);
    orphan.insert(QStringLiteral("procedureId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const PlatformReply refused = putNewMilestone(server, orphan);
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.body.contains("/data/procedureId"));
}

// A procedure deleted on one desk goes from the other with its milestones, and its public
// hearing leaves the campaign's public page.
void TestSyncProcedures::procedureDeletedElsewhereTakesItsTimeline()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ProcedureRepository proceduresA(a.database());
    const Chain chain = buildChain(a, proceduresA);
    publish(a, chain.campaign);
    proceduresA.remove(chain.appeal.sync.uuid); // the first instance can go once its appeal has
    QVERIFY(bothConverge(setup));
    ProcedureRepository proceduresB(b.database());
    QCOMPARE(proceduresB.milestones().forProcedure(chain.firstInstance.sync.uuid).size(), 3);

    proceduresA.remove(chain.firstInstance.sync.uuid);
    QVERIFY(syncDesk(a, server).converged());
    const SyncReport received = syncDesk(b, server);
    QVERIFY2(received.converged(), qPrintable(describe(received)));
    QVERIFY(!proceduresB.load(chain.firstInstance.sync.uuid));
    QCOMPARE(b.database().scalar(QStringLiteral("SELECT count(*) FROM milestones WHERE deleted = 0")).toInt(),
             0);
    QCOMPARE(Outbox::pendingCount(b.database()), 0);
    PlatformClient visitor(server.baseUrl(), {});
    QVERIFY(visitor.send("GET", QStringLiteral("/v1/public/campaigns/") + SqlValues::uuidText(chain.campaign))
                .json()
                .value(QStringLiteral("milestones"))
                .toArray()
                .isEmpty());
}

// B adds a hearing while A deletes the procedure: B is asked, never silently loses the hearing;
// keeping it brings the procedure back on every desk.
void TestSyncProcedures::procedureDeletedWhileThisDeskAddedAMilestoneIsAChoice()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid campaign = createDraft(a, QStringLiteral("Contournement de Beynac")).sync.uuid;
    ProcedureRepository proceduresA(a.database());
    Procedure procedure;
    procedure.campaignUuid = campaign;
    procedure.courtName = QStringLiteral("Tribunal administratif de Bordeaux");
    procedure = createdProcedure(proceduresA, procedure);
    QVERIFY(bothConverge(setup));

    ProcedureRepository proceduresB(b.database());
    Milestone late = milestoneOf(procedure.sync.uuid, MilestoneKind::Hearing, QDate(2018, 12, 20),
                                 QStringLiteral("Audience tardive"));
    late.isPublic = true;
    late = addedMilestone(proceduresB.milestones(), late);
    proceduresA.remove(procedure.sync.uuid);
    QVERIFY(syncDesk(a, server).converged());

    const SyncReport asked = syncDesk(b, server);
    QCOMPARE(asked.newConflicts, 1);
    ConflictResolver resolver(b.database());
    const SyncConflict conflict = resolver.openConflicts().first();
    QCOMPARE(conflict.entity, QStringLiteral("procedure"));
    QVERIFY(fieldNamed(resolver.fields(conflict), QStringLiteral("deleted")).choosable);
    QVERIFY(proceduresB.milestones().load(late.sync.uuid)); // still here while undecided
    // Until decided, the hearing waits instead of being refused run after run.
    const SyncReport waiting = syncDesk(b, server);
    QVERIFY2(waiting.errors.isEmpty(), qPrintable(describe(waiting)));

    ConflictChoices keep;
    keep.defaultSide = ConflictSide::Mine;
    QVERIFY(resolver.resolve(conflict.id, keep).queued);
    const SyncReport restored = syncDesk(b, server);
    QVERIFY2(restored.converged(), qPrintable(describe(restored)));
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(proceduresA.load(procedure.sync.uuid));
    QCOMPARE(proceduresA.milestones().forProcedure(procedure.sync.uuid).size(), 1);
    QCOMPARE(proceduresA.milestones().forProcedure(procedure.sync.uuid).first().title,
             QStringLiteral("Audience tardive"));

    // Deleted again on A; this time B has nothing pending and simply follows.
    proceduresA.remove(procedure.sync.uuid);
    QVERIFY(bothConverge(setup));
    QVERIFY(!proceduresB.load(procedure.sync.uuid));
    QVERIFY(!proceduresB.milestones().load(late.sync.uuid));
    PlatformClient visitor(server.baseUrl(), {});
    QVERIFY(visitor.send("GET", QStringLiteral("/v1/public/milestones"))
                .json()
                .value(QStringLiteral("items"))
                .toArray()
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncProcedures)
#include "tst_sync_procedures.moc"

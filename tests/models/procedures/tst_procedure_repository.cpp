// ProcedureRepository against a real desk file: procedures and milestones with their sync
// identity and outbox entries, the appeal chain and its checks, refused writes that change
// nothing, deadlines proposed from a notification and kept in step when their inputs change,
// and the deadlines dashboard with a fixed clock.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"

#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString key(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// entity:operation:revision of the outbox entry for `uuid`, or empty.
QString outboxEntry(Database& database, const QUuid& uuid)
{
    QSqlQuery q = database.exec(
        QStringLiteral("SELECT entity, operation, revision FROM outbox WHERE entity_uuid = ?"),
        { key(uuid) });
    if (!q.next())
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

int rowCount(Database& database, const QString& table)
{
    return database.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

} // namespace

class TestProcedureRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_clock = std::make_unique<FixedClock>();
        m_desk = std::make_unique<TempDesk>();
        CASEDESK_VERIFY_DESK(*m_desk);
        m_repository = std::make_unique<ProcedureRepository>(m_desk->database());
        m_campaign = m_desk->campaigns().create(completeCampaign(m_clock->today())).sync.uuid;
        m_otherCampaign = m_desk->campaigns()
                              .create(completeCampaign(m_clock->today(), QStringLiteral("Autre")))
                              .sync.uuid;
    }

    void cleanup()
    {
        m_repository.reset();
        m_desk.reset();
        m_clock.reset();
    }

    void createLoadAndOutbox()
    {
        QSignalSpy changed(m_repository.get(), &ProcedureRepository::proceduresChanged);
        const Procedure created = createdProcedure(*m_repository, firstInstance());
        QVERIFY(!created.sync.uuid.isNull());
        QCOMPARE(created.sync.revision, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(outboxEntry(m_desk->database(), created.sync.uuid), QStringLiteral("procedure:upsert:1"));

        const std::optional<Procedure> loaded = m_repository->load(created.sync.uuid);
        QVERIFY(loaded);
        QCOMPARE(loaded->court, Court::TribunalAdministratif);
        QCOMPARE(loaded->courtName, QStringLiteral("Tribunal administratif de Toulouse"));
        QCOMPARE(loaded->kind, ProcedureKind::RecoursExcesPouvoir);
        QCOMPARE(loaded->caseNumber, QStringLiteral("1305124"));
        QCOMPARE(loaded->lawyer, QStringLiteral("Me Durand"));
        QCOMPARE(loaded->region, HolidayRegion::Metropole);
        QCOMPARE(loaded->status, ProcedureStatus::Pending);
        QCOMPARE(loaded->sync.createdAt, m_clock->now());
        QVERIFY(!loaded->sync.serverVersion);
        QCOMPARE(loaded->displayName(), QStringLiteral("Tribunal administratif de Toulouse, no. 1305124"));
    }

    void saveBumpsRevisionAndRefusesStaleWrites()
    {
        Procedure procedure = createdProcedure(*m_repository, firstInstance());
        Procedure other = *m_repository->load(procedure.sync.uuid);
        procedure.status = ProcedureStatus::Decided;
        m_repository->save(procedure);
        QCOMPARE(procedure.sync.revision, 2);
        QCOMPARE(outboxEntry(m_desk->database(), procedure.sync.uuid), QStringLiteral("procedure:upsert:2"));
        other.lawyer = QStringLiteral("Me Martin");
        QVERIFY_THROWS_EXCEPTION(StaleRecordError, m_repository->save(other));
        QCOMPARE(m_repository->load(procedure.sync.uuid)->lawyer, QStringLiteral("Me Durand"));
    }

    void refusedProceduresChangeNothing()
    {
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        const int procedures = rowCount(m_desk->database(), QStringLiteral("procedures"));
        const int outbox = rowCount(m_desk->database(), QStringLiteral("outbox"));

        Procedure orphan = firstInstance();
        orphan.campaignUuid = QUuid::createUuid();
        QVERIFY(m_repository->check(orphan).first().message.startsWith(QStringLiteral("Campaign:")));
        QVERIFY(!m_repository->create(orphan).isEmpty());

        Procedure elsewhere = appealOf(first);
        elsewhere.campaignUuid = m_otherCampaign;
        QVERIFY(m_repository->check(elsewhere).first().message.contains(QStringLiteral("another campaign")));
        QVERIFY(!m_repository->create(elsewhere).isEmpty());

        Procedure unnamed = firstInstance();
        unnamed.court = Court::Other;
        unnamed.courtName.clear();
        QVERIFY(!m_repository->create(unnamed).isEmpty());

        QCOMPARE(rowCount(m_desk->database(), QStringLiteral("procedures")), procedures);
        QCOMPARE(rowCount(m_desk->database(), QStringLiteral("outbox")), outbox);
    }

    void appealChainAndLoops()
    {
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        const Procedure appeal = createdProcedure(*m_repository, appealOf(first));
        Procedure pourvoi = appealOf(appeal);
        pourvoi.court = Court::ConseilEtat;
        pourvoi.kind = ProcedureKind::Cassation;
        pourvoi.courtName = QStringLiteral("Conseil d'État");
        pourvoi = createdProcedure(*m_repository, pourvoi);
        // An unrelated procedure of the same campaign, created between them.
        Procedure refere = firstInstance();
        refere.kind = ProcedureKind::RefereSuspension;
        refere = createdProcedure(*m_repository, refere);

        const QList<Procedure> chain = m_repository->appealChain(appeal.sync.uuid);
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(0).sync.uuid, first.sync.uuid);
        QCOMPARE(chain.at(1).sync.uuid, appeal.sync.uuid);
        QCOMPARE(chain.at(2).sync.uuid, pourvoi.sync.uuid);
        QCOMPARE(m_repository->appealDepth(pourvoi.sync.uuid), 2);
        QCOMPARE(m_repository->appealDepth(first.sync.uuid), 0);

        const QList<Procedure> all = m_repository->forCampaign(m_campaign);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(2).sync.uuid, pourvoi.sync.uuid); // each appeal right after what it challenges
        QCOMPARE(all.at(3).sync.uuid, refere.sync.uuid);

        // The first instance cannot become an appeal of its own pourvoi, nor of itself.
        Procedure loop = *m_repository->load(first.sync.uuid);
        loop.appealsUuid = pourvoi.sync.uuid;
        QVERIFY(m_repository->check(loop).first().message.contains(QStringLiteral("circle")));
        QVERIFY(!m_repository->save(loop).isEmpty());
        loop.appealsUuid = first.sync.uuid;
        QVERIFY(m_repository->check(loop).first().message.contains(QStringLiteral("itself")));
        QVERIFY(m_repository->load(first.sync.uuid)->appealsUuid.isNull());

        // Deleting is refused while an appeal exists, then tombstones the procedure.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m_repository->remove(appeal.sync.uuid));
        QVERIFY(m_repository->load(appeal.sync.uuid));
        m_repository->remove(pourvoi.sync.uuid);
        QVERIFY(!m_repository->load(pourvoi.sync.uuid));
        QCOMPARE(outboxEntry(m_desk->database(), pourvoi.sync.uuid), QStringLiteral("procedure:delete:2"));
        QCOMPARE(m_desk->database()
                     .scalar(QStringLiteral("SELECT deleted FROM procedures WHERE uuid = ?"),
                             { key(pourvoi.sync.uuid) })
                     .toInt(),
                 1);
    }

    void resolveReferences()
    {
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        QString error;
        QCOMPARE(m_repository->resolve(key(first.sync.uuid).left(8), &error), first.sync.uuid);
        QVERIFY(!m_repository->resolve(QStringLiteral("ab"), &error));
        QVERIFY(error.contains(QStringLiteral("too short")));
        QVERIFY(!m_repository->resolve(QStringLiteral("ffffffff-0000"), &error));
        QVERIFY(error.contains(QStringLiteral("No procedure")));
    }

    void notificationProposesAndStoresTheDeadline()
    {
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        const Milestone notification
            = addedMilestone(m_repository->milestones(),
                             milestone(first, MilestoneKind::Notification, QDate(2007, 10, 1),
                                       QStringLiteral("Jugement notifié")));
        QCOMPARE(outboxEntry(m_desk->database(), notification.sync.uuid),
                 QStringLiteral("milestone:upsert:1"));

        const QStringList proposals = DeadlineProposals::forMilestone(first, MilestoneKind::Notification);
        QCOMPARE(proposals, QStringList { QStringLiteral("cja-r811-2") });
        const ComputedDeadline proposed
            = DeadlineService(m_repository->database()).propose(notification.sync.uuid, proposals.first());
        QCOMPARE(proposed.due, QDate(2007, 12, 3));

        const Milestone deadline
            = m_repository->milestones().addDeadline(notification.sync.uuid, proposals.first());
        QCOMPARE(deadline.kind, MilestoneKind::Deadline);
        QCOMPARE(deadline.date, QDate(2007, 12, 3));
        QCOMPARE(deadline.startDate, QDate(2007, 10, 1));
        QCOMPARE(deadline.sourceUuid, notification.sync.uuid);
        QCOMPARE(deadline.ruleId, QStringLiteral("cja-r811-2"));
        QVERIFY(DeadlineService(m_repository->database())
                    .explain(*m_repository->milestones().load(deadline.sync.uuid))
                    .explanation()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Sunday 2 December 2007 is a Sunday")));

        const QList<Milestone> timeline = m_repository->milestones().forProcedure(first.sync.uuid);
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline.at(0).sync.uuid, notification.sync.uuid);
        QCOMPARE(timeline.at(1).sync.uuid, deadline.sync.uuid);

        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            m_repository->milestones().addDeadline(notification.sync.uuid, QStringLiteral("x")));
        QCOMPARE(m_repository->milestones().forProcedure(first.sync.uuid).size(), 2);
    }

    void deadlinesFollowTheirInputs()
    {
        Procedure first = createdProcedure(*m_repository, firstInstance());
        Milestone notification = addedMilestone(
            m_repository->milestones(), milestone(first, MilestoneKind::Notification, QDate(2025, 2, 17)));
        const Milestone deadline
            = m_repository->milestones().addDeadline(notification.sync.uuid, QStringLiteral("cja-r811-2"));
        QCOMPARE(deadline.date, QDate(2025, 4, 18));

        // The TA de Strasbourg: Alsace-Moselle holidays move the deadline over Good Friday.
        first.region = HolidayRegion::AlsaceMoselle;
        m_repository->save(first);
        std::optional<Milestone> stored = m_repository->milestones().load(deadline.sync.uuid);
        QCOMPARE(stored->date, QDate(2025, 4, 22));
        QCOMPARE(stored->sync.revision, 2);
        QCOMPARE(outboxEntry(m_desk->database(), deadline.sync.uuid), QStringLiteral("milestone:upsert:2"));

        // The notification's date was mistyped: the deadline follows.
        notification.date = QDate(2025, 2, 24);
        m_repository->milestones().save(notification);
        stored = m_repository->milestones().load(deadline.sync.uuid);
        QCOMPARE(stored->startDate, QDate(2025, 2, 24));
        QCOMPARE(stored->date, QDate(2025, 4, 25));

        // A deadline already met stays as it was.
        m_repository->milestones().setDone(deadline.sync.uuid, true);
        notification.date = QDate(2025, 3, 3);
        m_repository->milestones().save(notification);
        QCOMPARE(m_repository->milestones().load(deadline.sync.uuid)->date, QDate(2025, 4, 25));
    }

    void refusedMilestonesChangeNothing()
    {
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        const int before = rowCount(m_desk->database(), QStringLiteral("milestones"));
        Milestone bad = milestone(first, MilestoneKind::Hearing, QDate(207, 5, 1));
        QVERIFY(
            m_repository->milestones().check(bad).first().message.contains(QStringLiteral("check the year")));
        QVERIFY(!m_repository->milestones().add(bad).isEmpty());
        bad.date = QDate();
        QVERIFY(!m_repository->milestones().add(bad).isEmpty());
        Milestone wrongRule = milestone(first, MilestoneKind::Deadline, QDate(2025, 5, 1));
        wrongRule.ruleId = QStringLiteral("cpc-999");
        wrongRule.startDate = QDate(2025, 4, 1);
        QVERIFY(!m_repository->milestones().add(wrongRule).isEmpty());
        Milestone orphan = milestone(first, MilestoneKind::Hearing, QDate(2025, 5, 1));
        orphan.procedureUuid = QUuid::createUuid();
        QVERIFY(!m_repository->milestones().add(orphan).isEmpty());
        QCOMPARE(rowCount(m_desk->database(), QStringLiteral("milestones")), before);
    }

    void removingAProcedureTombstonesItsMilestones()
    {
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        const Milestone hearing = addedMilestone(m_repository->milestones(),
                                                 milestone(first, MilestoneKind::Hearing, QDate(2026, 4, 2)));
        m_repository->remove(first.sync.uuid);
        QVERIFY(!m_repository->milestones().load(hearing.sync.uuid));
        QCOMPARE(outboxEntry(m_desk->database(), hearing.sync.uuid), QStringLiteral("milestone:delete:2"));
    }

    void dashboardOrderAndOverdue()
    {
        // Today is 16 March 2026 (FixedClock).
        const QDate today = m_clock->today();
        QCOMPARE(today, QDate(2026, 3, 16));
        const Procedure first = createdProcedure(*m_repository, firstInstance());
        Procedure elsewhere = firstInstance();
        elsewhere.campaignUuid = m_otherCampaign;
        elsewhere = createdProcedure(*m_repository, elsewhere);

        const auto deadlineOn = [&](const Procedure& procedure, const QDate& date, const QString& title) {
            return addedMilestone(m_repository->milestones(),
                                  milestone(procedure, MilestoneKind::Deadline, date, title));
        };
        deadlineOn(first, QDate(2026, 4, 10), QStringLiteral("in 25 days"));
        deadlineOn(elsewhere, QDate(2026, 3, 10), QStringLiteral("6 days late"));
        deadlineOn(first, today, QStringLiteral("today"));
        deadlineOn(first, QDate(2026, 6, 1), QStringLiteral("beyond the horizon"));
        const Milestone done = deadlineOn(first, QDate(2026, 3, 20), QStringLiteral("met"));
        m_repository->milestones().setDone(done.sync.uuid, true);
        addedMilestone(m_repository->milestones(),
                       milestone(first, MilestoneKind::Hearing, QDate(2026, 3, 18)));
        deadlineOn(elsewhere, QDate(2026, 1, 5), QStringLiteral("70 days late"));

        DeadlineQuery query;
        query.today = today;
        query.horizonDays = 30;
        QList<DeadlineItem> items = DeadlineService(m_repository->database()).due(query);
        QStringList titles;
        QList<int> days;
        for (const DeadlineItem& item : items) {
            titles.append(item.title);
            days.append(item.daysRemaining);
        }
        QCOMPARE(titles,
                 (QStringList { QStringLiteral("70 days late"), QStringLiteral("6 days late"),
                                QStringLiteral("today"), QStringLiteral("in 25 days") }));
        QCOMPARE(days, (QList<int> { -70, -6, 0, 25 }));
        QVERIFY(items.at(0).overdue());
        QVERIFY(!items.at(2).overdue());
        QCOMPARE(items.at(0).campaignTitle, QStringLiteral("Autre"));

        query.includeOverdue = false;
        QCOMPARE(DeadlineService(m_repository->database()).due(query).size(), 2);
        query.includeOverdue = true;
        query.campaignUuid = m_otherCampaign;
        QCOMPARE(DeadlineService(m_repository->database()).due(query).size(), 2);

        // The item model shows the same order and marks overdue rows in red.
        DeadlineListModel model(*m_repository);
        DeadlineQuery all;
        all.today = today;
        all.horizonDays = 30;
        model.setQuery(all);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.overdueCount(), 2);
        QCOMPARE(model.data(model.index(0, DeadlineListModel::DaysLeft)).toString(),
                 QStringLiteral("70 days overdue"));
        QCOMPARE(model.data(model.index(2, DeadlineListModel::DaysLeft)).toString(), QStringLiteral("today"));
        QCOMPARE(model.data(model.index(0, DeadlineListModel::Due), Qt::ForegroundRole).value<QColor>(),
                 QColor(0xb0, 0x00, 0x20));
        QVERIFY(!model.data(model.index(3, DeadlineListModel::Due), Qt::ForegroundRole).isValid());
        QVERIFY(model.data(model.index(1, 0), DeadlineListModel::OverdueRole).toBool());

        // Marking one met updates the model through the repository's signal.
        m_repository->milestones().setDone(items.at(0).milestoneUuid, true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.overdueCount(), 1);

        // A deleted campaign's deadlines leave the dashboard.
        m_desk->campaigns().remove(m_otherCampaign);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

private:
    Procedure firstInstance() const
    {
        Procedure procedure;
        procedure.campaignUuid = m_campaign;
        procedure.court = Court::TribunalAdministratif;
        procedure.courtName = QStringLiteral("Tribunal administratif de Toulouse");
        procedure.kind = ProcedureKind::RecoursExcesPouvoir;
        procedure.caseNumber = QStringLiteral("1305124");
        procedure.lawyer = QStringLiteral("Me Durand");
        procedure.parties = QStringLiteral("Association c/ Préfet du Tarn");
        procedure.status = ProcedureStatus::Pending;
        return procedure;
    }

    Procedure appealOf(const Procedure& parent) const
    {
        Procedure procedure = firstInstance();
        procedure.court = Court::CourAdministrativeAppel;
        procedure.courtName = QStringLiteral("Cour administrative d'appel de Toulouse");
        procedure.kind = ProcedureKind::Appeal;
        procedure.caseNumber.clear();
        procedure.appealsUuid = parent.sync.uuid;
        return procedure;
    }

    static Milestone milestone(const Procedure& procedure, MilestoneKind kind, const QDate& date,
                               const QString& title = {})
    {
        return milestoneOf(procedure.sync.uuid, kind, date, title);
    }

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<ProcedureRepository> m_repository;
    QUuid m_campaign;
    QUuid m_otherCampaign;
};

QTEST_MAIN(TestProcedureRepository)
#include "tst_procedure_repository.moc"

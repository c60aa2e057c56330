// CampaignRepository against a real desk: round trips, revisions, the outbox written in the
// same transaction as the record, stale writes, tombstones, references typed on the command
// line, and the list queries (search, filters, every sort column).

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "common/AmountRules.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "sync/SyncKinds.h"
#include "sync/kinds/KindEntries.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct OutboxEntry
{
    QString entity;
    QString operation;
    qint64 revision = 0;
};

QList<OutboxEntry> outboxFor(Database& database, const QUuid& uuid)
{
    QSqlQuery q = database.exec(QStringLiteral("SELECT entity, operation, revision FROM outbox "
                                               "WHERE entity_uuid = ? ORDER BY id"),
                                { uuid.toString(QUuid::WithoutBraces) });
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    return entries;
}

// The order the sync will push in.
QStringList outboxQueue(Database& database)
{
    QSqlQuery q = database.exec(QStringLiteral("SELECT entity_uuid FROM outbox ORDER BY id"));
    QStringList uuids;
    while (q.next())
        uuids.append(q.value(0).toString());
    return uuids;
}

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QString key(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QStringList titlesOf(const QList<CampaignRow>& rows)
{
    QStringList titles;
    for (const CampaignRow& row : rows)
        titles.append(row.title);
    return titles;
}

Campaign withStatus(Campaign campaign, CampaignStatus status)
{
    campaign.status = status;
    return campaign;
}

// A failure planted in the schema: SQLite aborts any insert into `table`.
void failInsertsInto(Database& database, const QString& table)
{
    database.exec(QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 "
                                 "BEGIN SELECT RAISE(ABORT, 'planted failure'); END")
                      .arg(table));
}

} // namespace

class TestCampaignRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createThenLoadKeepsEveryField();
    void createWithOnlyATitle();
    void createWithoutDatesKeepsThemEmpty();
    void createAlwaysStoresADraft();
    void importKeepsStatusAndCause_data();
    void importKeepsStatusAndCause();
    void saveBumpsRevisionAndRewritesChildren();
    void boardFieldsRoundTripAndNeverLeaveTheDesk();
    void outboxKeepsOneEntryPerRecord();
    void failedChildWriteRollsBackRowAndOutbox();
    void failedOutboxWriteRollsBackRow();
    void failedOutboxWriteRollsBackCreate();
    void staleRevisionIsRefused();
    void savingADeletedCampaignIsStale();
    void savingANonDraftIsRefused();
    void removeLeavesATombstone();
    void removeIsRefusedOncePastDraft_data();
    void removeIsRefusedOncePastDraft();
    void aLiveCampaignIsFoundByAnUnambiguousUuidPrefix_data();
    void aLiveCampaignIsFoundByAnUnambiguousUuidPrefix();
    void searchMatchesLiterally_data();
    void searchMatchesLiterally();
    void filtersByStatusAndCause();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void titlesSortTheFrenchWay();
    void rowsArePagedByOffsetAndLimit();
    void nestedTransactionRollsBackToItsSavepoint();
    void outerRollbackDiscardsCommittedInnerWork();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    CampaignRepository& repo() { return m_desk->campaigns(); }
    Database& db() { return m_desk->database(); }
    // Five campaigns with a distinct value in every sortable column (see sortsByEveryColumn).
    void createSortFixture();
};

void TestCampaignRepository::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
}

void TestCampaignRepository::cleanup()
{
    m_desk.reset();
    m_clock.reset();
}

void TestCampaignRepository::createThenLoadKeepsEveryField()
{
    Campaign draft = completeCampaign(m_clock->today());
    draft.cause = Cause::SocialRights;
    draft.pressArticles.append({ {},
                                 QStringLiteral("Deuxième article"),
                                 QStringLiteral("Le Monde"),
                                 QUrl(QStringLiteral("https://www.lemonde.fr/a?q=R%26D&d=%C3%A9")),
                                 QDate(2025, 12, 31) });
    const Campaign created = repo().create(draft);
    QVERIFY(created.sync.localId > 0);
    QVERIFY(!created.sync.uuid.isNull());
    for (const BudgetLine& line : created.budgetLines)
        QVERIFY(!line.uuid.isNull());

    const std::optional<Campaign> loaded = repo().load(created.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->sync.localId, created.sync.localId);
    QCOMPARE(loaded->sync.uuid, created.sync.uuid);
    QCOMPARE(loaded->sync.revision, 1);
    QVERIFY(!loaded->sync.serverVersion);
    QCOMPARE(loaded->sync.createdAt, m_clock->now());
    QCOMPARE(loaded->sync.updatedAt, m_clock->now());
    QVERIFY(!loaded->sync.deleted);
    QCOMPARE(loaded->title, draft.title);
    QCOMPARE(loaded->summary, draft.summary);
    QCOMPARE(loaded->description, draft.description);
    QCOMPARE(loaded->cause, Cause::SocialRights);
    QCOMPARE(loaded->harm, draft.harm);
    QCOMPARE(loaded->legalBasis, draft.legalBasis);
    QCOMPARE(loaded->court, draft.court);
    QCOMPARE(loaded->opposingParty, draft.opposingParty);
    QCOMPARE(loaded->goalCents, draft.goalCents);
    QCOMPARE(loaded->endDate, draft.endDate);
    QCOMPARE(loaded->status, CampaignStatus::Draft);
    QCOMPARE(loaded->howMoneyUsed, draft.howMoneyUsed);
    QCOMPARE(loaded->lawyer, draft.lawyer);
    QCOMPARE(loaded->lawyerAssessment, draft.lawyerAssessment);
    QCOMPARE(loaded->risks, draft.risks);
    QCOMPARE(loaded->adverseCostsCents, draft.adverseCostsCents);
    QCOMPARE(loaded->whyAssociation, draft.whyAssociation);
    QCOMPARE(loaded->budgetLines, created.budgetLines);
    QCOMPARE(loaded->pressArticles, created.pressArticles);
    QCOMPARE(loaded->pressArticles.size(), 2);
    QCOMPARE(loaded->pressArticles.at(1).url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://www.lemonde.fr/a?q=R%26D&d=%C3%A9"));
}

// The editor and `campaign create --title` store a draft long before it is complete: every
// text left empty must be stored as '' (the columns are NOT NULL DEFAULT ''), not as NULL.
void TestCampaignRepository::createWithOnlyATitle()
{
    Campaign draft;
    draft.title = QStringLiteral("Titre seul");
    draft.budgetLines = { { {}, BudgetKind::Other, QString(), 0 } };
    draft.pressArticles = { { {}, QStringLiteral("Brève"), QString(), QUrl(), QDate() } };
    Campaign created;
    QVERIFY_THROWS_NO_EXCEPTION(created = repo().create(draft));
    const std::optional<Campaign> loaded = repo().load(created.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->title, QStringLiteral("Titre seul"));
    QVERIFY(loaded->summary.isEmpty());
    QVERIFY(loaded->howMoneyUsed.isEmpty());
    QVERIFY(loaded->budgetLines.at(0).label.isEmpty());
    QVERIFY(loaded->pressArticles.at(0).url.isEmpty());
}

void TestCampaignRepository::createWithoutDatesKeepsThemEmpty()
{
    Campaign draft = completeCampaign(m_clock->today());
    draft.endDate = QDate();
    draft.pressArticles.first().date = QDate();
    const Campaign created = repo().create(draft);
    const std::optional<Campaign> loaded = repo().load(created.sync.uuid);
    QVERIFY(loaded);
    QVERIFY(!loaded->endDate.isValid());
    QVERIFY(!loaded->pressArticles.at(0).date.isValid());
    QVERIFY(db().scalar(QStringLiteral("SELECT end_date FROM campaigns")).isNull());
    QVERIFY(db().scalar(QStringLiteral("SELECT published_on FROM press_articles")).isNull());
}

void TestCampaignRepository::createAlwaysStoresADraft()
{
    const Campaign created
        = repo().create(withStatus(completeCampaign(m_clock->today()), CampaignStatus::Published));
    QCOMPARE(created.status, CampaignStatus::Draft);
    QCOMPARE(repo().load(created.sync.uuid)->status, CampaignStatus::Draft);
}

void TestCampaignRepository::importKeepsStatusAndCause_data()
{
    QTest::addColumn<CampaignStatus>("status");
    QTest::addColumn<Cause>("cause");
    const QList<Cause> causes = CampaignCodes::allCauses();
    int i = 0;
    for (CampaignStatus status : CampaignCodes::allStatuses()) {
        const Cause cause = causes.at(i++ % causes.size());
        QTest::addRow("%s/%s", qPrintable(CampaignCodes::status(status)),
                      qPrintable(CampaignCodes::cause(cause)))
            << status << cause;
    }
}

void TestCampaignRepository::importKeepsStatusAndCause()
{
    QFETCH(CampaignStatus, status);
    QFETCH(Cause, cause);
    Campaign campaign = withStatus(completeCampaign(m_clock->today()), status);
    campaign.cause = cause;
    const Campaign stored = repo().import(campaign);
    const std::optional<Campaign> loaded = repo().load(stored.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, status);
    QCOMPARE(loaded->cause, cause);
    QCOMPARE(repo().row(stored.sync.uuid)->status, status);
}

void TestCampaignRepository::saveBumpsRevisionAndRewritesChildren()
{
    Campaign campaign = repo().create(completeCampaign(m_clock->today()));
    const QDateTime createdAt = m_clock->now();
    m_clock->advance(60'000);
    campaign.title = QStringLiteral("Titre modifié");
    campaign.endDate = campaign.endDate.addDays(10);
    campaign.budgetLines.removeFirst();
    campaign.budgetLines.append({ {}, BudgetKind::Bailiff, QStringLiteral("Huissier"), 700'000 });
    campaign.pressArticles.clear();
    repo().save(campaign);
    QCOMPARE(campaign.sync.revision, 2);
    QCOMPARE(campaign.sync.updatedAt, m_clock->now());

    const std::optional<Campaign> loaded = repo().load(campaign.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->sync.revision, 2);
    QCOMPARE(loaded->sync.createdAt, createdAt);
    QCOMPARE(loaded->sync.updatedAt, m_clock->now());
    QCOMPARE(loaded->title, QStringLiteral("Titre modifié"));
    QCOMPARE(loaded->endDate, campaign.endDate);
    QCOMPARE(loaded->budgetLines, campaign.budgetLines);
    QCOMPARE(loaded->budgetLines.at(1).kind, BudgetKind::Bailiff);
    QVERIFY(loaded->pressArticles.isEmpty());
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM budget_lines")).toInt(), 2);
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM press_articles")).toInt(), 0);
}

// What the board reads before approving (lawyer, assessment, risks, adverse costs, why the
// association) is saved and read back, and is legal strategy: never in the document pushed to the
// platform, where campaigns are public, and left alone by a campaign pulled from it.
void TestCampaignRepository::boardFieldsRoundTripAndNeverLeaveTheDesk()
{
    Campaign campaign = repo().create(completeCampaign(m_clock->today()));
    campaign.lawyer = QStringLiteral("Me Paul Roux");
    campaign.lawyerAssessment = QStringLiteral("Chances faibles en référé, sérieuses au fond.");
    campaign.risks = QStringLiteral("Condamnation aux frais de l'article L. 761-1 du CJA.");
    campaign.adverseCostsCents = 250'000;
    campaign.whyAssociation = QStringLiteral("Seule association agréée du département.");
    QVERIFY(repo().save(campaign).isEmpty());
    Campaign loaded = *repo().load(campaign.sync.uuid);
    QCOMPARE(loaded.lawyer, campaign.lawyer);
    QCOMPARE(loaded.lawyerAssessment, campaign.lawyerAssessment);
    QCOMPARE(loaded.risks, campaign.risks);
    QCOMPARE(loaded.adverseCostsCents, 250'000);
    QCOMPARE(loaded.whyAssociation, campaign.whyAssociation);

    const QJsonObject pushed = KindEntries::campaign().document(db(), campaign.sync.uuid);
    QCOMPARE(pushed.value(QStringLiteral("title")).toString(), campaign.title);
    for (const QString& key : CampaignJson::deskOnlyKeys())
        QVERIFY2(!pushed.contains(key), qPrintable(key));
    QVERIFY(!QJsonDocument(pushed).toJson().contains("Paul Roux"));

    // The platform sends the campaign back changed, without them: the desk keeps its own.
    QJsonObject received = pushed;
    received.insert(QStringLiteral("title"), QStringLiteral("Titre venu de la plateforme"));
    KindEntries::campaign().writeDecided(db(), campaign.sync.uuid, received, 3);
    loaded = *repo().load(campaign.sync.uuid);
    QCOMPARE(loaded.title, QStringLiteral("Titre venu de la plateforme"));
    QCOMPARE(loaded.lawyer, campaign.lawyer);
    QCOMPARE(loaded.adverseCostsCents, 250'000);
    QCOMPARE(loaded.whyAssociation, campaign.whyAssociation);

    loaded.adverseCostsCents = AmountRules::kMaxGoalCents + 1;
    const QList<FieldProblem> problems = repo().save(loaded);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("adverseCosts"));
}

void TestCampaignRepository::outboxKeepsOneEntryPerRecord()
{
    Campaign first = repo().create(completeCampaign(m_clock->today(), QStringLiteral("Premier")));
    const Campaign second = repo().create(completeCampaign(m_clock->today(), QStringLiteral("Second")));
    QCOMPARE(Outbox::pendingCount(db()), 2);
    QCOMPARE(outboxFor(db(), first.sync.uuid).size(), 1);
    QCOMPARE(outboxFor(db(), first.sync.uuid).at(0).revision, 1);

    first.summary = QStringLiteral("une fois");
    repo().save(first);
    first.summary = QStringLiteral("deux fois");
    repo().save(first);

    const QList<OutboxEntry> entries = outboxFor(db(), first.sync.uuid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).entity, QStringLiteral("campaign"));
    QCOMPARE(entries.at(0).operation, QStringLiteral("upsert"));
    QCOMPARE(entries.at(0).revision, 3);
    QCOMPARE(Outbox::pendingCount(db()), 2);
    // The newest change goes to the back of the queue.
    QCOMPARE(outboxQueue(db()), (QStringList { key(second.sync.uuid), key(first.sync.uuid) }));
}

// A budget line the desk refuses after the campaign row was updated: the row change and the
// outbox entry must both be rolled back with it. A negative amount no longer gets that far
// (CampaignRules refuses it first, writing nothing), so the desk itself refuses the line here.
void TestCampaignRepository::failedChildWriteRollsBackRowAndOutbox()
{
    const Campaign created = repo().create(completeCampaign(m_clock->today()));
    Campaign edited = created;
    edited.title = QStringLiteral("Ne doit pas rester");
    edited.budgetLines.append({ {}, BudgetKind::Other, QStringLiteral("Négatif"), -1 });
    const QList<FieldProblem> problems = repo().save(edited);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("budget.3"));
    QCOMPARE(repo().load(created.sync.uuid)->sync.revision, 1);

    edited.budgetLines.last().amountCents = 100;
    db().exec(QStringLiteral("CREATE TRIGGER refuse_line BEFORE INSERT ON budget_lines "
                             "WHEN NEW.label = 'Négatif' BEGIN SELECT RAISE(ABORT, 'planted failure'); END"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, repo().save(edited));

    const std::optional<Campaign> loaded = repo().load(created.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->title, created.title);
    QCOMPARE(loaded->sync.revision, 1);
    QCOMPARE(loaded->budgetLines, created.budgetLines);
    const QList<OutboxEntry> entries = outboxFor(db(), created.sync.uuid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).revision, 1);
    // The transaction is over: the next write works.
    edited.budgetLines.removeLast();
    repo().save(edited);
    QCOMPARE(repo().load(created.sync.uuid)->title, QStringLiteral("Ne doit pas rester"));
}

// The outbox write is the last statement before the commit: when it fails, the campaign row
// written before it must not survive, and the older outbox entry it replaced must come back.
void TestCampaignRepository::failedOutboxWriteRollsBackRow()
{
    const Campaign created = repo().create(completeCampaign(m_clock->today()));
    failInsertsInto(db(), QStringLiteral("outbox"));
    Campaign edited = created;
    edited.title = QStringLiteral("Ne doit pas rester");
    QVERIFY_THROWS_EXCEPTION(DatabaseError, repo().save(edited));

    QCOMPARE(repo().load(created.sync.uuid)->title, created.title);
    QCOMPARE(repo().load(created.sync.uuid)->sync.revision, 1);
    const QList<OutboxEntry> entries = outboxFor(db(), created.sync.uuid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).revision, 1);
}

void TestCampaignRepository::failedOutboxWriteRollsBackCreate()
{
    failInsertsInto(db(), QStringLiteral("outbox"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, repo().create(completeCampaign(m_clock->today())));
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 0);
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM budget_lines")).toInt(), 0);
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM campaign_status_changes")).toInt(), 0);
}

void TestCampaignRepository::staleRevisionIsRefused()
{
    const Campaign created = repo().create(completeCampaign(m_clock->today()));
    Campaign inEditor = *repo().load(created.sync.uuid);
    Campaign inCli = *repo().load(created.sync.uuid);
    inCli.title = QStringLiteral("Modifié ailleurs");
    repo().save(inCli);

    inEditor.title = QStringLiteral("Modifié ici");
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, repo().save(inEditor));
    QCOMPARE(inEditor.sync.revision, 1);
    QCOMPARE(repo().load(created.sync.uuid)->title, QStringLiteral("Modifié ailleurs"));
    QCOMPARE(outboxFor(db(), created.sync.uuid).at(0).revision, 2);
}

void TestCampaignRepository::savingADeletedCampaignIsStale()
{
    Campaign created = repo().create(completeCampaign(m_clock->today()));
    repo().remove(created.sync.uuid);
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, repo().save(created));
    QCOMPARE(db().scalar(QStringLiteral("SELECT title FROM campaigns")).toString(), created.title);
}

void TestCampaignRepository::savingANonDraftIsRefused()
{
    const Campaign stored
        = repo().import(withStatus(completeCampaign(m_clock->today()), CampaignStatus::InReview));
    Campaign loaded = *repo().load(stored.sync.uuid);
    loaded.title = QStringLiteral("Changé pendant la revue");
    try {
        repo().save(loaded);
        QFAIL("saving a campaign under review must throw");
    } catch (const StaleRecordError&) {
        QFAIL("a campaign that is simply not a draft is not a stale write");
    } catch (const DatabaseError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("return it to draft")), qPrintable(error.message()));
    }
    QCOMPARE(repo().load(stored.sync.uuid)->title, stored.title);
    QCOMPARE(repo().load(stored.sync.uuid)->sync.revision, 1);
}

void TestCampaignRepository::removeLeavesATombstone()
{
    const Campaign created = repo().create(completeCampaign(m_clock->today()));
    repo().remove(created.sync.uuid);

    QSqlQuery row = db().exec(QStringLiteral("SELECT deleted, revision FROM campaigns WHERE uuid = ?"),
                              { key(created.sync.uuid) });
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), 1);
    QCOMPARE(row.value(1).toLongLong(), 2);
    const QList<OutboxEntry> entries = outboxFor(db(), created.sync.uuid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).operation, QStringLiteral("delete"));
    QCOMPARE(entries.at(0).revision, 2);
    QVERIFY(!repo().load(created.sync.uuid));
    QVERIFY(!repo().row(created.sync.uuid));
    QCOMPARE(repo().count({}), 0);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, repo().remove(created.sync.uuid));
}

void TestCampaignRepository::removeIsRefusedOncePastDraft_data()
{
    QTest::addColumn<CampaignStatus>("status");
    QTest::addColumn<bool>("removable");
    for (CampaignStatus status : CampaignCodes::allStatuses()) {
        const bool removable = status == CampaignStatus::Draft || status == CampaignStatus::Withdrawn;
        QTest::newRow(qPrintable(CampaignCodes::status(status))) << status << removable;
    }
}

void TestCampaignRepository::removeIsRefusedOncePastDraft()
{
    QFETCH(CampaignStatus, status);
    QFETCH(bool, removable);
    const Campaign stored = repo().import(withStatus(completeCampaign(m_clock->today()), status));
    if (removable) {
        repo().remove(stored.sync.uuid);
        QVERIFY(!repo().load(stored.sync.uuid));
        return;
    }
    QVERIFY_THROWS_EXCEPTION(DatabaseError, repo().remove(stored.sync.uuid));
    QVERIFY(repo().load(stored.sync.uuid));
    QCOMPARE(outboxFor(db(), stored.sync.uuid).at(0).operation, QStringLiteral("upsert"));
}

void TestCampaignRepository::aLiveCampaignIsFoundByAnUnambiguousUuidPrefix_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected"); // a UUID, or the start of the error message
    const QString a = QStringLiteral("abcd1234-0000-4000-8000-000000000001");
    QTest::newRow("full uuid") << a << a;
    QTest::newRow("uuid in braces, upper case")
        << QStringLiteral("{ABCD1234-0000-4000-8000-000000000001}") << a;
    QTest::newRow("unique prefix") << QStringLiteral("abcd1") << a;
    QTest::newRow("prefix with spaces") << QStringLiteral("  abcd1 ") << a;
    QTest::newRow("ambiguous prefix") << QStringLiteral("abcd") << QStringLiteral("matches several");
    QTest::newRow("too short") << QStringLiteral("abc") << QStringLiteral("too short");
    QTest::newRow("empty") << QString() << QStringLiteral("too short");
    QTest::newRow("unknown") << QStringLiteral("ffff") << QStringLiteral("No campaign");
    QTest::newRow("percent is literal") << QStringLiteral("%%%%") << QStringLiteral("No campaign");
    QTest::newRow("underscore is literal") << QStringLiteral("____") << QStringLiteral("No campaign");
    QTest::newRow("deleted campaign") << QStringLiteral("dead") << QStringLiteral("No campaign");
}

void TestCampaignRepository::aLiveCampaignIsFoundByAnUnambiguousUuidPrefix()
{
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    for (const char* uuid : { "abcd1234-0000-4000-8000-000000000001", "abcd5678-0000-4000-8000-000000000002",
                              "deadbeef-0000-4000-8000-000000000003" }) {
        Campaign campaign = completeCampaign(m_clock->today());
        campaign.sync.uuid = QUuid::fromString(QLatin1String(uuid));
        repo().create(campaign);
    }
    repo().remove(QUuid::fromString(QLatin1String("deadbeef-0000-4000-8000-000000000003")));

    QString error;
    const std::optional<QUuid> found = repo().resolve(reference, &error);
    const QUuid expectedUuid = QUuid::fromString(expected);
    if (!expectedUuid.isNull()) {
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(*found, expectedUuid);
    } else {
        QVERIFY(!found);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestCampaignRepository::searchMatchesLiterally_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("titles"); // in title order
    QTest::newRow("nothing") << QString()
                             << texts({ "100% bio", "Barrage de Sivens", "Pesticides", "zone_humide" });
    QTest::newRow("case-insensitive title") << QStringLiteral("SIVENS") << texts({ "Barrage de Sivens" });
    QTest::newRow("trimmed") << QStringLiteral("  sivens  ") << texts({ "Barrage de Sivens" });
    QTest::newRow("percent is literal") << QStringLiteral("%") << texts({ "100% bio" });
    QTest::newRow("underscore is literal") << QStringLiteral("_") << texts({ "zone_humide" });
    QTest::newRow("backslash is literal") << QStringLiteral("\\") << texts({ "Pesticides" });
    QTest::newRow("summary") << QStringLiteral("riverains") << texts({ "Pesticides" });
    QTest::newRow("court") << QStringLiteral("Toulouse") << texts({ "Barrage de Sivens" });
    QTest::newRow("opposing party") << QStringLiteral("Agrochimie") << texts({ "Pesticides" });
    QTest::newRow("legal basis") << QStringLiteral("L. 253-7") << texts({ "Pesticides" });
    QTest::newRow("not in the description") << QStringLiteral("Markdown") << QStringList();
    QTest::newRow("no match") << QStringLiteral("Roybon") << QStringList();
}

void TestCampaignRepository::searchMatchesLiterally()
{
    QFETCH(QString, search);
    QFETCH(QStringList, titles);
    const auto add = [this](const char* title, const char* summary, const char* court, const char* opponent,
                            const char* basis) {
        Campaign c = completeCampaign(m_clock->today(), QString::fromUtf8(title));
        c.summary = QString::fromUtf8(summary);
        c.court = QString::fromUtf8(court);
        c.opposingParty = QString::fromUtf8(opponent);
        c.legalBasis = QString::fromUtf8(basis);
        c.description = QStringLiteral("Markdown everywhere");
        repo().create(c);
    };
    add("Barrage de Sivens", "Zone humide", "TA de Toulouse", "Préfet du Tarn", "L. 411-2");
    add("100% bio", "Cantines", "TA de Lyon", "Commune", "L. 230-5-1");
    add("zone_humide", "Code interne", "TA de Nantes", "Préfet", "L. 211-1");
    add("Pesticides", "Protéger les riverains", "Conseil d'État", "Agrochimie SA", "Art. L. 253-7 \\ D. 253");

    CampaignQuery query;
    query.search = search;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(repo().count(query), titles.size());
    QCOMPARE(titlesOf(repo().rows(query, 0, 100)), titles);
}

void TestCampaignRepository::filtersByStatusAndCause()
{
    const auto add = [this](const char* title, CampaignStatus status, Cause cause) {
        Campaign c = withStatus(completeCampaign(m_clock->today(), QString::fromUtf8(title)), status);
        c.cause = cause;
        repo().import(c);
    };
    add("Sivens", CampaignStatus::Draft, Cause::Environment);
    add("Roybon", CampaignStatus::Draft, Cause::Health);
    add("Testet", CampaignStatus::Published, Cause::Health);
    add("Fos", CampaignStatus::Published, Cause::Health);

    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(repo().count(query), 4);
    query.status = CampaignStatus::Published;
    QCOMPARE(repo().count(query), 2);
    QCOMPARE(titlesOf(repo().rows(query, 0, 10)), texts({ "Fos", "Testet" }));
    query.status.reset();
    query.cause = Cause::Health;
    QCOMPARE(repo().count(query), 3);
    QCOMPARE(titlesOf(repo().rows(query, 0, 10)), texts({ "Fos", "Roybon", "Testet" }));
    query.status = CampaignStatus::Draft;
    QCOMPARE(repo().count(query), 1);
    QCOMPARE(titlesOf(repo().rows(query, 0, 10)), texts({ "Roybon" }));
    query.status = CampaignStatus::Withdrawn;
    QCOMPARE(repo().count(query), 0);
    QVERIFY(repo().rows(query, 0, 10).isEmpty());

    query = {};
    query.search = QStringLiteral("Roybon");
    query.cause = Cause::Health;
    QCOMPARE(repo().count(query), 1);
    query.cause = Cause::Environment;
    QCOMPARE(repo().count(query), 0);
}

void TestCampaignRepository::createSortFixture()
{
    struct Spec
    {
        const char* title;
        CampaignStatus status;
        Cause cause;
        const char* court;
        qint64 goal;
        QDate end;
    };
    // Created in this order, one minute apart: that is the updated-at order.
    const Spec specs[] = {
        { "delta", CampaignStatus::Funded, Cause::Other, "Conseil d'État", 300, QDate(2026, 5, 1) },
        { "Alpha", CampaignStatus::Draft, Cause::Health, "tribunal de Lyon", 500, QDate(2026, 9, 1) },
        { "charlie", CampaignStatus::Withdrawn, Cause::Environment, "Cour de cassation", 100,
          QDate(2026, 4, 1) },
        { "Bravo", CampaignStatus::Published, Cause::SocialRights, "bordeaux", 400, QDate(2026, 12, 1) },
        { "echo", CampaignStatus::InReview, Cause::Other, "Tribunal administratif", 200, QDate(2026, 7, 1) },
    };
    for (const Spec& spec : specs) {
        Campaign c = completeCampaign(m_clock->today(), QString::fromUtf8(spec.title));
        c.status = spec.status;
        c.cause = spec.cause;
        c.court = QString::fromUtf8(spec.court);
        c.goalCents = spec.goal;
        c.endDate = spec.end;
        repo().import(c);
        m_clock->advance(60'000);
    }
}

void TestCampaignRepository::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::newRow("title, ignoring case")
        << int(CampaignColumn::Title) << texts({ "Alpha", "Bravo", "charlie", "delta", "echo" });
    QTest::newRow("status, in workflow order")
        << int(CampaignColumn::Status) << texts({ "Alpha", "echo", "Bravo", "delta", "charlie" });
    // Two campaigns share the cause "other": the older one (smaller id) comes first.
    QTest::newRow("cause") << int(CampaignColumn::Cause)
                           << texts({ "charlie", "Alpha", "delta", "echo", "Bravo" });
    QTest::newRow("court, ignoring case")
        << int(CampaignColumn::Court) << texts({ "Bravo", "delta", "charlie", "echo", "Alpha" });
    QTest::newRow("goal") << int(CampaignColumn::Goal)
                          << texts({ "charlie", "echo", "delta", "Bravo", "Alpha" });
    QTest::newRow("end date") << int(CampaignColumn::EndDate)
                              << texts({ "charlie", "delta", "echo", "Alpha", "Bravo" });
    QTest::newRow("updated at") << int(CampaignColumn::UpdatedAt)
                                << texts({ "delta", "Alpha", "charlie", "Bravo", "echo" });
}

void TestCampaignRepository::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    createSortFixture();
    CampaignQuery query;
    query.sortColumn = CampaignColumn(column);
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(titlesOf(repo().rows(query, 0, 10)), ascending);
    query.sortOrder = Qt::DescendingOrder;
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(titlesOf(repo().rows(query, 0, 10)), descending);
}

void TestCampaignRepository::titlesSortTheFrenchWay()
{
    // SQLite's NOCASE folds ASCII only and would put "École" and "étang" after "Zone"; the
    // LOCALE collation sorts them among the E, whatever their case, and numbers by value.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    TempDesk desk; // the collation takes the locale of the connection's opening
    CASEDESK_VERIFY_DESK(desk);
    for (const char* title :
         { "Zone humide", "étang de Berre", "Abeille", "École de Roybon", "Campagne 10", "Campagne 2" }) {
        Campaign campaign;
        campaign.title = QString::fromUtf8(title);
        desk.campaigns().create(campaign);
    }
    QLocale::setDefault(previous);
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(titlesOf(desk.campaigns().rows(query, 0, 10)),
             texts({ "Abeille", "Campagne 2", "Campagne 10", "École de Roybon", "étang de Berre",
                     "Zone humide" }));
}

void TestCampaignRepository::rowsArePagedByOffsetAndLimit()
{
    createSortFixture();
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Goal;
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(titlesOf(repo().rows(query, 0, 2)), texts({ "charlie", "echo" }));
    QCOMPARE(titlesOf(repo().rows(query, 2, 2)), texts({ "delta", "Bravo" }));
    QCOMPARE(titlesOf(repo().rows(query, 4, 2)), texts({ "Alpha" }));
    QVERIFY(repo().rows(query, 5, 2).isEmpty());
    const CampaignRow row = repo().rows(query, 1, 1).at(0);
    QCOMPARE(row.goalCents, 200);
    QCOMPARE(row.status, CampaignStatus::InReview);
    QCOMPARE(row.court, QStringLiteral("Tribunal administratif"));
    QCOMPARE(row.endDate, QDate(2026, 7, 1));
}

void TestCampaignRepository::nestedTransactionRollsBackToItsSavepoint()
{
    Campaign kept;
    Campaign discarded;
    Campaign keptToo;
    {
        WriteTransaction outer(db());
        kept = repo().create(completeCampaign(m_clock->today(), QStringLiteral("Gardée")));
        {
            WriteTransaction inner(db());
            discarded = repo().create(completeCampaign(m_clock->today(), QStringLiteral("Annulée")));
        } // no commit: back to the savepoint
        keptToo = repo().create(completeCampaign(m_clock->today(), QStringLiteral("Gardée aussi")));
        outer.commit();
    }
    QVERIFY(repo().load(kept.sync.uuid));
    QVERIFY(repo().load(keptToo.sync.uuid));
    QVERIFY(!repo().load(discarded.sync.uuid));
    QVERIFY(outboxFor(db(), discarded.sync.uuid).isEmpty());
    QCOMPARE(Outbox::pendingCount(db()), 2);
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM budget_lines")).toInt(), 4);

    // Back at depth 0: a new write opens a real transaction again and commits.
    repo().create(completeCampaign(m_clock->today(), QStringLiteral("Après")));
    QCOMPARE(repo().count({}), 3);
}

void TestCampaignRepository::outerRollbackDiscardsCommittedInnerWork()
{
    {
        WriteTransaction outer(db());
        {
            WriteTransaction inner(db());
            repo().create(completeCampaign(m_clock->today()));
            inner.commit();
        }
        QCOMPARE(repo().count({}), 1); // visible inside the outer transaction
    } // the outer one is never committed
    QCOMPARE(repo().count({}), 0);
    QCOMPARE(Outbox::pendingCount(db()), 0);
}

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaign_repository.moc"

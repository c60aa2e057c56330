// AssociationRepository: the desk's single profile row, its revision and outbox entry, and
// validation that writes nothing when it finds a problem.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "campaigns/AssociationRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/Outbox.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

int rowCount(Database& database)
{
    return database.scalar(QStringLiteral("SELECT count(*) FROM association")).toInt();
}

qint64 outboxRevision(Database& database)
{
    return database.scalar(QStringLiteral("SELECT revision FROM outbox WHERE entity = 'association'"))
        .toLongLong();
}

} // namespace

class TestAssociationRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadBeforeFirstSaveIsEmpty();
    void saveThenLoadKeepsEveryField();
    void laterSavesBumpRevisionAndKeepIdentity();
    void profileWithOnlyANameIsSaved();
    void invalidProfileWritesNothing_data();
    void invalidProfileWritesNothing();
    void invalidEditLeavesStoredProfile();
    void staleProfileIsRefused();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    AssociationRepository& repo() { return m_desk->associations(); }
    Database& db() { return m_desk->database(); }
};

void TestAssociationRepository::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
}

void TestAssociationRepository::cleanup()
{
    m_desk.reset();
    m_clock.reset();
}

void TestAssociationRepository::loadBeforeFirstSaveIsEmpty()
{
    const Association empty = repo().load();
    QVERIFY(empty.sync.uuid.isNull());
    QCOMPARE(empty.sync.revision, 0);
    QVERIFY(empty.name.isEmpty());
}

void TestAssociationRepository::saveThenLoadKeepsEveryField()
{
    QSignalSpy saved(&repo(), &AssociationRepository::associationSaved);
    Association profile = validAssociation();
    QVERIFY(repo().save(profile).isEmpty());
    QVERIFY(!profile.sync.uuid.isNull());
    QCOMPARE(profile.sync.revision, 1);
    QCOMPARE(saved.count(), 1);

    const Association loaded = repo().load();
    QCOMPARE(loaded.sync.uuid, profile.sync.uuid);
    QCOMPARE(loaded.sync.revision, 1);
    QCOMPARE(loaded.sync.createdAt, m_clock->now());
    QCOMPARE(loaded.sync.updatedAt, m_clock->now());
    QCOMPARE(loaded.name, profile.name);
    QCOMPARE(loaded.legalForm, profile.legalForm);
    QCOMPARE(loaded.rna, profile.rna);
    QCOMPARE(loaded.siren, profile.siren);
    QCOMPARE(loaded.address, profile.address);
    QCOMPARE(loaded.purpose, profile.purpose);
    QCOMPARE(loaded.generalInterest, true);
    QCOMPARE(loaded.signatoryName, profile.signatoryName);
    QCOMPARE(loaded.signatoryRole, profile.signatoryRole);
    QCOMPARE(Outbox::pendingCount(db()), 1);
    QCOMPARE(outboxRevision(db()), 1);
}

// A profile edited from a fresh form (no identity) updates the one row; it never makes a second
// association or a new UUID the platform would not know.
void TestAssociationRepository::laterSavesBumpRevisionAndKeepIdentity()
{
    Association first = validAssociation();
    QVERIFY(repo().save(first).isEmpty());
    m_clock->advance(1000);

    // A form edits the profile it loaded (a fresh one would be refused as stale, see below).
    Association fromForm = repo().load();
    fromForm.name = QStringLiteral("Nouveau nom");
    fromForm.generalInterest = false;
    QVERIFY(repo().save(fromForm).isEmpty());
    QCOMPARE(fromForm.sync.uuid, first.sync.uuid);
    QCOMPARE(fromForm.sync.revision, 2);

    const Association loaded = repo().load();
    QCOMPARE(loaded.name, QStringLiteral("Nouveau nom"));
    QCOMPARE(loaded.generalInterest, false);
    QCOMPARE(loaded.sync.revision, 2);
    QCOMPARE(loaded.sync.updatedAt, m_clock->now());
    QCOMPARE(rowCount(db()), 1);
    QCOMPARE(Outbox::pendingCount(db()), 1);
    QCOMPARE(outboxRevision(db()), 2);
}

// RNA and SIREN are optional for small associations: a name alone is a valid profile.
void TestAssociationRepository::profileWithOnlyANameIsSaved()
{
    Association minimal;
    minimal.name = QStringLiteral("Collectif du Testet");
    QList<FieldProblem> problems;
    QVERIFY_THROWS_NO_EXCEPTION(problems = repo().save(minimal));
    QVERIFY(problems.isEmpty());
    QCOMPARE(repo().load().name, QStringLiteral("Collectif du Testet"));
    QVERIFY(repo().load().rna.isEmpty());
}

void TestAssociationRepository::invalidProfileWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("   ");
    QTest::newRow("bad RNA") << QStringLiteral("rna") << QStringLiteral("W12345");
    QTest::newRow("SIREN with a bad check digit") << QStringLiteral("siren") << QStringLiteral("732829321");
    QTest::newRow("SIREN too short") << QStringLiteral("siren") << QStringLiteral("73282932");
}

void TestAssociationRepository::invalidProfileWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QSignalSpy saved(&repo(), &AssociationRepository::associationSaved);
    Association profile = validAssociation();
    if (field == QLatin1String("name"))
        profile.name = value;
    else if (field == QLatin1String("rna"))
        profile.rna = value;
    else
        profile.siren = value;

    const QList<FieldProblem> problems = repo().save(profile);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, field);
    QVERIFY(profile.sync.uuid.isNull());
    QCOMPARE(rowCount(db()), 0);
    QCOMPARE(Outbox::pendingCount(db()), 0);
    QCOMPARE(saved.count(), 0);
}

void TestAssociationRepository::invalidEditLeavesStoredProfile()
{
    Association profile = validAssociation();
    QVERIFY(repo().save(profile).isEmpty());
    profile.name = QStringLiteral("Nom modifié");
    profile.rna = QStringLiteral("w313012345");
    QCOMPARE(repo().save(profile).size(), 1);
    QCOMPARE(profile.sync.revision, 1);
    const Association loaded = repo().load();
    QCOMPARE(loaded.name, validAssociation().name);
    QCOMPARE(loaded.rna, kValidRna);
    QCOMPARE(loaded.sync.revision, 1);
    QCOMPARE(outboxRevision(db()), 1);
}

void TestAssociationRepository::staleProfileIsRefused()
{
    Association mine = validAssociation();
    QVERIFY(repo().save(mine).isEmpty());
    Association theirs = repo().load();
    theirs.signatoryName = QStringLiteral("Jeanne Martin");
    QVERIFY(repo().save(theirs).isEmpty());

    // `mine` was read at revision 1; the stored profile is at 2 and keeps their change.
    // A profile built before the first save (revision 0) is just as stale.
    mine.purpose = QStringLiteral("Autre objet");
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, repo().save(mine));
    Association beforeFirstSave = validAssociation();
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, repo().save(beforeFirstSave));
    const Association stored = repo().load();
    QCOMPARE(stored.signatoryName, QStringLiteral("Jeanne Martin"));
    QCOMPARE(stored.sync.revision, 2);
}

QTEST_GUILESS_MAIN(TestAssociationRepository)
#include "tst_association_repository.moc"

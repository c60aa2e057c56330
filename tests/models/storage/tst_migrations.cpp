// Opening desks: fresh, old, newer, damaged, foreign and read-only files, the pragmas and the
// permissions. Every file lives in a temporary folder; a refused file must come out byte for
// byte as it went in.

#include "FixedClock.h"
#include "Samples.h"
#include "SqliteFile.h"
#include "TempDesk.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The tables of steps 1 and 2. Later steps add more; the full schema is compared with what the
// steps themselves create.
const QStringList kCampaignTables = {
    QStringLiteral("association"), QStringLiteral("budget_lines"), QStringLiteral("campaign_status_changes"),
    QStringLiteral("campaigns"),   QStringLiteral("outbox"),       QStringLiteral("press_articles"),
    QStringLiteral("settings")
};

// Identifiers of the records in tests/data/casedesk-v1.db.
const QUuid kV1DraftUuid = QUuid::fromString(QStringLiteral("1b7e3c2a-8d4f-4e6a-b0c1-5a9f2e7d3c01"));
const QUuid kV1PublishedUuid = QUuid::fromString(QStringLiteral("9e4f1d7b-2c3a-4b5e-8f60-7d1a3b9c5e02"));

QStringList tablesOf(const QString& path)
{
    RawSqlite raw(path);
    return raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
}

// Every table and index with its CREATE statement: two files with the same schema text were
// made by the same statements.
QStringList schemaOf(const QString& path)
{
    RawSqlite raw(path);
    return raw.column(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
                                     "WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name"));
}

int userVersionOf(const QString& path)
{
    RawSqlite raw(path);
    return raw.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

// A file holding the statements of Migrations::stepTo(1) .. stepTo(version), nothing else.
bool buildReference(const QString& path, int version)
{
    RawSqlite raw(path);
    for (int step = 1; step <= version; ++step) {
        for (const QString& statement : Migrations::stepTo(step)) {
            if (!raw.exec(statement))
                return false;
        }
    }
    return true;
}

// A desk big enough to span many pages, closed so that everything is in the main file.
bool writeBigDesk(const QString& path)
{
    Database database(uniqueConnectionName(QStringLiteral("big")));
    QString error;
    if (!database.open(path, &error))
        return false;
    CampaignRepository campaigns(database);
    WriteTransaction transaction(database);
    for (int i = 0; i < 200; ++i) {
        Campaign draft = completeCampaign(QDate(2026, 1, 1), QStringLiteral("Campagne %1").arg(i));
        draft.description = QString(2000, QLatin1Char('x'));
        campaigns.create(draft);
    }
    transaction.commit();
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes of a damaged file: noise, or a real desk of about 100 pages cut or overwritten.
QByteArray damagedBytes(const QString& damage)
{
    if (damage == QLatin1String("random")) {
        QRandomGenerator random(20260316);
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        return noise;
    }
    if (damage == QLatin1String("text"))
        return "Ceci n'est pas un dossier CaseDesk.\n";
    // Built once for all the rows: 200 campaigns take a moment to write.
    static const QByteArray sound = [] {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.db"));
        return dir.isValid() && writeBigDesk(good) ? readFile(good) : QByteArray();
    }();
    QByteArray bytes = sound;
    if (bytes.size() < 64 * 1024)
        return {};
    if (damage == QLatin1String("first-kib"))
        bytes.truncate(1024);
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("last-page"))
        bytes.truncate(bytes.size() - 4096);
    else if (damage == QLatin1String("header"))
        bytes.replace(0, 16, QByteArray(16, '\xff'));
    else // a page in the middle, as a bad disk sector leaves it
        bytes.replace(bytes.size() / 2 / 4096 * 4096, 4096, QByteArray(4096, '\0'));
    return bytes;
}

// Opens `path` on a throwaway connection; returns the error message, empty when it opened.
QString openError(const QString& path)
{
    Database database(uniqueConnectionName(QStringLiteral("probe")));
    QString error;
    if (database.open(path, &error))
        return QString();
    return error.isEmpty() ? QStringLiteral("(open() failed without a message)") : error;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void freshDeskIsAtCurrentVersionWithEveryTable();
    void freshDeskSchemaIsExactlyTheSteps();
    void v1FixtureHoldsExactlyStepOne();
    void upgradeFromV1KeepsDataAndAddsTables();
    void failingMigrationStepLeavesOldVersion();

    void newerDeskIsRefusedUntouched();
    void damagedFileIsRefusedUntouched_data();
    void damagedFileIsRefusedUntouched();
    void bigDeskIsCheckedAfterOpening();
    void foreignSqliteDatabaseIsRefusedUntouched();
    void walForeignKeysAndFullSyncAreOn();
    void defaultPathIsInAppData();
#ifdef Q_OS_UNIX
    void readOnlyDeskGivesClearError_data();
    void readOnlyDeskGivesClearError();
    void deskFilesAreOwnerOnly();
    void preparedDirectoryIsOwnerOnly();
#endif
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(fixturePath(QStringLiteral("casedesk-v1.db"))),
             "tests/data/casedesk-v1.db is missing");
}

void TestMigrations::freshDeskIsAtCurrentVersionWithEveryTable()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    QCOMPARE(desk.database().schemaVersion(), Database::kSchemaVersion);
    const QStringList tables = tablesOf(desk.path());
    for (const QString& table : kCampaignTables)
        QVERIFY2(tables.contains(table), qPrintable(table));
}

void TestMigrations::freshDeskSchemaIsExactlyTheSteps()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QString reference = desk.filePath(QStringLiteral("reference.db"));
    QVERIFY(buildReference(reference, Database::kSchemaVersion));
    QCOMPARE(schemaOf(desk.path()), schemaOf(reference));
}

// The fixture must stay what a version-1 CaseDesk wrote; if this fails, step 1 was edited,
// which would also break every real desk still at version 1.
void TestMigrations::v1FixtureHoldsExactlyStepOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString reference = dir.filePath(QStringLiteral("reference.db"));
    QVERIFY(buildReference(reference, 1));
    const QString fixture = dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(copyFile(fixturePath(QStringLiteral("casedesk-v1.db")), fixture));
    QCOMPARE(userVersionOf(fixture), 1);
    QCOMPARE(schemaOf(fixture), schemaOf(reference));
}

void TestMigrations::upgradeFromV1KeepsDataAndAddsTables()
{
    TempDesk desk(false);
    CASEDESK_VERIFY_DESK(desk);
    QVERIFY(copyFile(fixturePath(QStringLiteral("casedesk-v1.db")), desk.path()));
    QVERIFY2(desk.reopen(), qPrintable(desk.errorMessage()));

    QCOMPARE(desk.database().schemaVersion(), Database::kSchemaVersion);
    // An upgraded desk is indistinguishable from a fresh one.
    const QString reference = desk.filePath(QStringLiteral("reference.db"));
    QVERIFY(buildReference(reference, Database::kSchemaVersion));
    QCOMPARE(schemaOf(desk.path()), schemaOf(reference));

    const std::optional<Campaign> draft = desk.campaigns().load(kV1DraftUuid);
    QVERIFY(draft);
    QCOMPARE(draft->title, QStringLiteral("Sauver la tourbière de Frasne"));
    QCOMPARE(draft->sync.revision, 4);
    QCOMPARE(draft->goalCents, 850000);
    QCOMPARE(draft->endDate, QDate(2026, 6, 30));
    QCOMPARE(draft->budgetLines.size(), 2);
    QCOMPARE(draft->budgetLines.at(1).label, QStringLiteral("Étude hydrologique"));
    QCOMPARE(draft->budgetTotalCents(), draft->goalCents);
    QVERIFY(draft->pressArticles.isEmpty());

    const std::optional<Campaign> published = desk.campaigns().load(kV1PublishedUuid);
    QVERIFY(published);
    QCOMPARE(published->status, CampaignStatus::Published);
    QCOMPARE(published->cause, Cause::Health);
    QCOMPARE(published->sync.serverVersion, std::optional<qint64>(5));
    QCOMPARE(published->budgetLines.size(), 3);

    const Association association = desk.associations().load();
    QCOMPARE(association.name, QStringLiteral("Les Amis du Marais poitevin"));
    QCOMPARE(association.siren, QStringLiteral("552100554"));
    QCOMPARE(desk.database().scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
}

// Step 2 creates press_articles; a file that already has one makes the step fail half-way, and
// the whole upgrade must be rolled back.
void TestMigrations::failingMigrationStepLeavesOldVersion()
{
    TempDesk desk(false);
    CASEDESK_VERIFY_DESK(desk);
    QVERIFY(copyFile(fixturePath(QStringLiteral("casedesk-v1.db")), desk.path()));
    {
        RawSqlite raw(desk.path());
        QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE press_articles (id INTEGER PRIMARY KEY)")),
                 qPrintable(raw.lastError()));
    }

    QVERIFY(!desk.reopen());
    QVERIFY2(desk.errorMessage().contains(QStringLiteral("Cannot update")), qPrintable(desk.errorMessage()));
    QVERIFY(!desk.database().isOpen());

    QCOMPARE(userVersionOf(desk.path()), 1);
    const QStringList tables = tablesOf(desk.path());
    QVERIFY(!tables.contains(QStringLiteral("campaign_status_changes")));
    QVERIFY(!tables.contains(QStringLiteral("settings")));
    RawSqlite raw(desk.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 2);
}

void TestMigrations::newerDeskIsRefusedUntouched()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.campaigns().create(completeCampaign(QDate(2026, 1, 1)));
    desk.close();
    {
        RawSqlite raw(desk.path());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
    }
    const QByteArray before = sha256Of(desk.path());

    QVERIFY(!desk.reopen());
    QVERIFY2(desk.errorMessage().contains(QStringLiteral("newer")), qPrintable(desk.errorMessage()));
    QVERIFY(!desk.database().isOpen());
    QCOMPARE(sha256Of(desk.path()), before);
    QCOMPARE(userVersionOf(desk.path()), Database::kSchemaVersion + 1);
}

void TestMigrations::damagedFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("desk cut to its first KiB") << QStringLiteral("first-kib");
    QTest::newRow("desk cut in half") << QStringLiteral("half");
    QTest::newRow("desk missing its last page") << QStringLiteral("last-page");
    QTest::newRow("desk with a wiped header") << QStringLiteral("header");
    QTest::newRow("desk with a zeroed page") << QStringLiteral("zeroed-page");
}

void TestMigrations::damagedFileIsRefusedUntouched()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.db"));

    const QByteArray bytes = damagedBytes(damage);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = sha256Of(path);

    const QString error = openError(path);
    QVERIFY2(!error.isEmpty(), "a damaged desk was opened as if it were sound");
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(sha256Of(path), before);
}

// A desk past Database::kCheckOnOpenMaxBytes opens without reading every page; the check runs
// afterwards (the GUI does it in the background) and still finds a damaged page.
void TestMigrations::bigDeskIsCheckedAfterOpening()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.db"));
    QVERIFY(writeBigDesk(path));
    const qint64 campaignsEnd = QFileInfo(path).size();
    {
        RawSqlite raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('padding', zeroblob(%1))")
                             .arg(Database::kCheckOnOpenMaxBytes + 1024 * 1024)));
    }
    QVERIFY(QFileInfo(path).size() > Database::kCheckOnOpenMaxBytes);
    {
        Database database(uniqueConnectionName(QStringLiteral("big-sound")));
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QVERIFY(database.integrityCheckDeferred());
        QCOMPARE(Database::checkIntegrity(path), QString());
    }
    // A bad sector in the campaigns: opening does not see it, the check does.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(campaignsEnd / 2 / 4096 * 4096));
    QVERIFY(file.write(QByteArray(4096, '\0')) == 4096);
    file.close();
    Database database(uniqueConnectionName(QStringLiteral("big-damaged")));
    QString error;
    QVERIFY2(database.open(path, &error), qPrintable(error));
    const QString problem = Database::checkIntegrity(path);
    QVERIFY2(problem.contains(QStringLiteral("damaged")), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
}

void TestMigrations::foreignSqliteDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        RawSqlite raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('liste de courses')")));
    }
    const QByteArray before = sha256Of(path);

    const QString error = openError(path);
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(tablesOf(path), QStringList { QStringLiteral("notes") });
}

void TestMigrations::walForeignKeysAndFullSyncAreOn()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    Database& db = desk.database();
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    // The pragma is on, and SQLite really enforces it: a budget line needs its campaign.
    QVERIFY_THROWS_EXCEPTION(
        DatabaseError,
        db.exec(QStringLiteral("INSERT INTO budget_lines (uuid, campaign_id, position, kind, "
                               "amount_cents) VALUES ('x', 999, 0, 'other', 1)")));
}

void TestMigrations::defaultPathIsInAppData()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(folder.contains(QStringLiteral(".qttest")), "test mode must keep the suite away from user data");
    QCOMPARE(Database::defaultPath(), QDir(folder).filePath(QStringLiteral("casedesk.db")));
}

#ifdef Q_OS_UNIX
void TestMigrations::readOnlyDeskGivesClearError_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::newRow("read-only file") << 0444 << 0700;
    QTest::newRow("read-only folder") << 0600 << 0500;
}

void TestMigrations::readOnlyDeskGivesClearError()
{
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.campaigns().create(completeCampaign(QDate(2026, 1, 1)));
    desk.close();
    const QByteArray before = sha256Of(desk.path());

    QVERIFY(setUnixMode(desk.path(), fileMode));
    QVERIFY(setUnixMode(desk.dirPath(), folderMode));
    const auto restore = qScopeGuard([&] { setUnixMode(desk.dirPath(), 0700); });

    QString error;
    {
        UnprivilegedScope unprivileged({ desk.dirPath(), desk.path() });
        QVERIFY2(unprivileged.isValid(), qPrintable(unprivileged.errorMessage()));
        error = openError(desk.path());
    }
    QVERIFY2(!error.isEmpty(), "a desk that cannot be written was opened as if it could");
    QVERIFY2(error.contains(QDir::toNativeSeparators(desk.path())), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("writable")), qPrintable(error));
    QCOMPARE(sha256Of(desk.path()), before);
}

void TestMigrations::deskFilesAreOwnerOnly()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.campaigns().create(completeCampaign(QDate(2026, 1, 1)));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QCOMPARE(unixMode(desk.path() + suffix), 0600);

    // A desk copied in with loose permissions is tightened when it is opened.
    desk.close();
    QVERIFY(QFile::setPermissions(desk.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    QCOMPARE(unixMode(desk.path()), 0644);
    QVERIFY2(desk.reopen(), qPrintable(desk.errorMessage()));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QCOMPARE(unixMode(desk.path() + suffix), 0600);
}

void TestMigrations::preparedDirectoryIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("casedesk"));
    QString error;
    QVERIFY2(Database::prepareDirectory(QDir(folder).filePath(QStringLiteral("casedesk.db")), &error),
             qPrintable(error));
    QCOMPARE(unixMode(folder), 0700);

    // Opening a desk in a folder that does not exist yet goes through the same path.
    Database database(uniqueConnectionName(QStringLiteral("prepared")));
    const QString nested = dir.filePath(QStringLiteral("nested"));
    QVERIFY2(database.open(QDir(nested).filePath(QStringLiteral("desk.db")), &error), qPrintable(error));
    QCOMPARE(unixMode(nested), 0700);

    // A folder the user chose keeps the permissions the user gave it.
    QVERIFY(QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(Database::prepareDirectory(dir.filePath(QStringLiteral("other.db")), &error));
    QCOMPARE(unixMode(dir.path()), 0705);
}
#endif

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

#include "storage/Database.h"

#include "storage/DeskStatistics.h"
#include "storage/LocaleCollation.h"
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStorage, "casedesk.storage", QtWarningMsg)

namespace casedesk {

namespace {

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString describe(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

Database::Database(const QString& connectionName)
    : m_connectionName(connectionName)
{
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    m_prepared.clear(); // statements go before their connection
    // Only the connection this object added: another Database under the same name keeps its own.
    if (!m_ownsConnection || !QSqlDatabase::contains(m_connectionName))
        return;
    // Only a desk that opened fully: one refused (newer, damaged) is left exactly as it was.
    if (m_ready && m_transactionDepth == 0)
        refreshStatistics();
    m_ready = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_ownsConnection = false;
}

QString Database::checkIntegrity(const QString& path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("casedesk-integrity-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const QString nativePath = QDir::toNativeSeparators(path);
        if (!db.open()) {
            problem = tr("Cannot open the desk file %1: %2").arg(nativePath, describe(db.lastError()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
                problem
                    = tr("The desk %1 could not be checked: %2").arg(nativePath, describe(query.lastError()));
            } else if (query.value(0).toString() != QLatin1String("ok")) {
                problem = tr("The desk %1 is damaged (%2). Keep a copy of the file and restore your last "
                             "backup.")
                              .arg(nativePath, query.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("casedesk.db"));
}

bool Database::prepareDirectory(const QString& filePath, QString* errorMessage)
{
    const QString dirPath = QFileInfo(filePath).absolutePath();
    QDir dir(dirPath);
    if (dir.exists())
        return true; // a folder the user chose keeps the permissions the user gave it
    if (!dir.mkpath(QStringLiteral("."))) {
        *errorMessage
            = tr("Cannot create the folder %1 for the desk.").arg(QDir::toNativeSeparators(dirPath));
        return false;
    }
    QFile::setPermissions(dirPath, kOwnerOnlyDir);
    return true;
}

bool Database::open(const QString& path, QString* errorMessage)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(m_path);

    if (!prepareDirectory(m_path, errorMessage))
        return false;
    const QFileInfo info(m_path);
    if (info.exists() && (!info.isFile() || !info.isReadable())) {
        *errorMessage = tr("Cannot read the desk file %1: it is not a readable file.").arg(nativePath);
        return false;
    }

    // Two connections under one name would silently become one: the second desk refused.
    if (QSqlDatabase::contains(m_connectionName)) {
        *errorMessage = tr("Cannot open the desk file %1: another desk is already open under the connection "
                           "name \"%2\".")
                            .arg(nativePath, m_connectionName);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_ownsConnection = true;
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *errorMessage = tr("Cannot open the desk file %1: %2").arg(nativePath, describe(db.lastError()));
            close();
            return false;
        }
    }

    if (!checkReadable(errorMessage) || !configureConnection(errorMessage)) {
        close();
        return false;
    }
    const int versionFound = schemaVersion();
    try {
        Migrations::apply(*this);
    } catch (const DatabaseError& error) {
        *errorMessage = tr("Cannot update the desk file %1 to this version of CaseDesk: %2")
                            .arg(nativePath, error.message());
        close();
        return false;
    }
    // WAL last: a desk refused above (or whose migration failed) keeps its journal mode.
    if (!enableWriteAheadLog(errorMessage)) {
        close();
        return false;
    }
    restrictPermissions();
    m_ready = true;
    // A migration may have added indexes, and a desk made before CaseDesk kept its statistics
    // has none: both are analysed now (a sample of each index: milliseconds).
    if (versionFound != kSchemaVersion)
        refreshStatistics();
    qCDebug(lcStorage) << "opened desk" << m_path << "schema" << kSchemaVersion;
    return true;
}

void Database::refreshStatistics()
{
    try {
        DeskStatistics::refresh(*this);
    } catch (const DatabaseError& error) {
        // Statistics only speed things up: a desk that cannot store them (read-only, busy) works.
        qCWarning(lcStorage) << "cannot refresh the statistics:" << error.message();
    }
}

// Reads the header and the schema before anything writes: a damaged file, a file that is not
// SQLite, another program's database or a newer desk is refused while still untouched.
bool Database::checkReadable(QString* errorMessage)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        // SQLITE_READONLY (8) and SQLITE_CANTOPEN (14): the folder or file refuses us, the file
        // itself may be fine.
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == 8 || code == 14) {
            *errorMessage
                = tr("Cannot write to the desk file %1 (%2). Check that the file and its folder are "
                     "writable.")
                      .arg(nativePath, describe(query.lastError()));
        } else {
            *errorMessage = tr("The file %1 is not a CaseDesk desk or is damaged (%2).")
                                .arg(nativePath, describe(query.lastError()));
        }
        return false;
    }
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        *errorMessage = tr("The file %1 is not a CaseDesk desk or is damaged (%2).")
                            .arg(nativePath, describe(query.lastError()));
        return false;
    }
    const int objectCount = query.value(0).toInt();
    if (version > kSchemaVersion) {
        *errorMessage = tr("The desk %1 was written by a newer version of CaseDesk (data format %2; this "
                           "version reads up to %3). It was left untouched: please update CaseDesk.")
                            .arg(nativePath)
                            .arg(version)
                            .arg(kSchemaVersion);
        return false;
    }
    if (version == 0 && objectCount > 0) {
        *errorMessage = tr("The file %1 is an SQLite database of another program, not a CaseDesk desk. "
                           "It was left untouched.")
                            .arg(nativePath);
        return false;
    }
    // A damaged page anywhere is found now, not in the middle of the user's work; a big desk is
    // checked in the background once open (checkIntegrity), so it opens in a blink all the same.
    m_integrityCheckDeferred = QFileInfo(m_path).size() > kCheckOnOpenMaxBytes;
    if (m_integrityCheckDeferred)
        return true;
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        const QString detail
            = query.lastError().isValid() ? describe(query.lastError()) : query.value(0).toString();
        *errorMessage = tr("The file %1 is not a CaseDesk desk or is damaged (%2).").arg(nativePath, detail);
        return false;
    }
    return true;
}

bool Database::configureConnection(QString* errorMessage)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // FULL: a commit that returned survives a power cut; the editor saves often and small.
        QStringLiteral("PRAGMA synchronous=FULL"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *errorMessage
                = tr("Cannot configure the desk file %1: %2").arg(nativePath, describe(query.lastError()));
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next() || query.value(0).toInt() != 1) {
        *errorMessage = tr("SQLite refused to enforce foreign keys on %1.").arg(nativePath);
        return false;
    }
    if (!registerLocaleCollation(connection())) {
        *errorMessage = tr("Cannot prepare sorting in your language for %1.").arg(nativePath);
        return false;
    }
    // SQLite opens a file it may not write as read-only without a word, and even BEGIN IMMEDIATE
    // succeeds; only a real write fails. Probe with a write rolled back, so the user hears it now
    // and not at the first autosave.
    const int version = schemaVersion();
    const bool writable = query.exec(QStringLiteral("BEGIN IMMEDIATE"))
        && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    const QSqlError writeError = query.lastError();
    query.exec(QStringLiteral("ROLLBACK"));
    if (!writable) {
        *errorMessage = tr("Cannot write to the desk file %1 (%2). Check that the file and its folder are "
                           "writable.")
                            .arg(nativePath, describe(writeError));
        return false;
    }
    return true;
}

bool Database::enableWriteAheadLog(QString* errorMessage)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        *errorMessage = tr("Cannot write to the desk file %1 (%2). Check that the file and its folder are "
                           "writable.")
                            .arg(nativePath, describe(query.lastError()));
        return false;
    }
    // WAL is what lets the list read while the editor writes; a file system without shared
    // memory silently keeps the old journal, so check what SQLite really did.
    const QString mode = query.value(0).toString().toLower();
    if (mode != QLatin1String("wal")) {
        *errorMessage = tr("The desk file %1 cannot use write-ahead logging (journal mode stayed \"%2\"). "
                           "Is it on a network drive?")
                            .arg(nativePath, mode);
        return false;
    }
    return true;
}

void Database::restrictPermissions() const
{
    // Donors' personal data and legal strategy: only the owner may read the desk and its logs.
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString file = m_path + suffix;
        if (QFile::exists(file))
            QFile::setPermissions(file, kOwnerOnlyFile);
    }
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DatabaseError(tr("Cannot prepare a statement: %1").arg(describe(query.lastError())));
    bindAndExec(query, values);
    return query;
}

Database::CachedQuery Database::execCached(const QString& sql, const QVariantList& values)
{
    std::unique_ptr<Prepared>& prepared = m_prepared[sql];
    if (!prepared) {
        auto fresh = std::make_unique<Prepared>();
        fresh->query = QSqlQuery(connection());
        fresh->query.setForwardOnly(true);
        if (!fresh->query.prepare(sql)) {
            m_prepared.erase(sql);
            throw DatabaseError(tr("Cannot prepare a statement: %1").arg(describe(fresh->query.lastError())));
        }
        prepared = std::move(fresh);
    }
    if (prepared->busy)
        return CachedQuery(exec(sql, values));
    CachedQuery cached(&prepared->query, &prepared->busy);
    bindAndExec(prepared->query, values);
    return cached;
}

QVariant Database::scalarCached(const QString& sql, const QVariantList& values)
{
    CachedQuery query = execCached(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

Database::CachedQuery::CachedQuery(QSqlQuery* cached, bool* busy)
    : m_cached(cached)
    , m_busy(busy)
{
    *m_busy = true;
}

Database::CachedQuery::CachedQuery(QSqlQuery own)
    : m_own(std::move(own))
{
}

Database::CachedQuery::CachedQuery(CachedQuery&& other) noexcept
    : m_cached(std::exchange(other.m_cached, nullptr))
    , m_busy(std::exchange(other.m_busy, nullptr))
    , m_own(std::move(other.m_own))
{
}

Database::CachedQuery::~CachedQuery()
{
    if (!m_cached)
        return;
    m_cached->finish();
    *m_busy = false;
}

void Database::bindAndExec(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values) {
        // QtSql binds a null QString as SQL NULL, but a default-constructed QString field means
        // empty text here; the NOT NULL text columns would refuse it. A typed null QVariant
        // (no value at all, as an unset date is passed) still binds NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw DatabaseError(describe(query.lastError()));
}

QVariant Database::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

WriteTransaction::WriteTransaction(Database& database)
    : m_database(database)
{
    if (m_database.m_transactionDepth == 0) {
        m_changesBefore = m_database.scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
        m_database.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("nested_%1").arg(m_database.m_transactionDepth);
        m_database.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    }
    ++m_database.m_transactionDepth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    --m_database.m_transactionDepth;
    QSqlQuery rollback(m_database.connection());
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("ROLLBACK")
                                              : QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint);
    for (const QString& statement : sql.split(QStringLiteral("; "))) {
        if (!rollback.exec(statement))
            qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().text();
    }
}

void WriteTransaction::commit()
{
    m_database.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                          : QStringLiteral("RELEASE %1").arg(m_savepoint));
    --m_database.m_transactionDepth;
    m_done = true;
    if (m_savepoint.isEmpty() && m_database.m_commitObserver)
        m_database.m_commitObserver();
    // A bulk write (an import, a sync pull, the demo) may have made a table ten times bigger.
    if (m_savepoint.isEmpty()
        && m_database.scalar(QStringLiteral("SELECT total_changes()")).toLongLong() - m_changesBefore
            >= DeskStatistics::kBulkWriteRows)
        m_database.refreshStatistics();
}

} // namespace casedesk

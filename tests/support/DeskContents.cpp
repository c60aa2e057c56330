#include "DeskContents.h"

#include "TempDesk.h"
#include "TestFiles.h"

#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/Sha256.h"
#include "evidence/Vault.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace casedesk::test {

namespace {

QString cellText(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    return value.toString();
}

} // namespace

QMap<QString, QStringList> dumpTables(const QString& deskPath)
{
    QMap<QString, QStringList> dump;
    const QString name = uniqueConnectionName(QStringLiteral("dump"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(deskPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
                QStringList& lines = dump[table];
                while (rows.next()) {
                    QStringList cells;
                    for (int i = 0; i < rows.record().count(); ++i)
                        cells.append(cellText(rows.value(i)));
                    lines.append(cells.join(QLatin1Char('|')));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

QMap<QString, QByteArray> vaultContents(const QString& deskPath)
{
    QMap<QString, QByteArray> files;
    const QString root = Vault::pathForDesk(deskPath) + QStringLiteral("/sha256");
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), Sha256::hexOfFile(path).toLatin1());
    }
    return files;
}

QStringList leftovers(const QString& folder)
{
    QStringList found;
    const QDir dir(folder);
    for (const QString& entry : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        // QSaveFile writes "<name>.XXXXXX" beside the final name.
        if (entry.startsWith(QLatin1Char('.')) || entry.contains(QStringLiteral(".casedesk-backup.")))
            found.append(entry);
    }
    return found;
}

int fillDesk(Database& database, AssociationRepository& associations, CampaignRepository& campaigns,
             int files, qint64 fileBytes)
{
    QString message;
    if (DemoData::load(database, associations, campaigns, Clock::today(), &message)
        != DemoData::Outcome::Loaded)
        qFatal("cannot load the demo desk: %s", qPrintable(message));
    const int demoFiles = int(vaultContents(database.path()).size());
    QList<QUuid> uuids;
    for (const CampaignRow& row : campaigns.rows({}, 0, 1000))
        uuids.append(row.uuid);
    EvidenceRepository evidence(database, Vault(Vault::pathForDesk(database.path())));
    QTemporaryDir sources;
    QList<QUuid> pieces;
    for (int i = 0; i < files; ++i) {
        const QString path = sources.filePath(QStringLiteral("piece-%1.pdf").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(patternBytes(fileBytes, i)) != fileBytes)
            qFatal("cannot write a test file");
        file.close();
        pieces.append(evidence.attachFile(uuids.at(i % uuids.size()), path).piece.sync.uuid);
        // The first file is in a second campaign too: one stored file, two pieces.
        if (i == 0 && uuids.size() > 1)
            evidence.attachFile(uuids.at(1), path);
    }
    if (pieces.size() > 2)
        evidence.remove(pieces.last()); // a tombstone: its file leaves the vault
    database.exec(
        QStringLiteral("UPDATE campaigns SET server_version = 7 WHERE id = (SELECT min(id) FROM campaigns)"));
    database.exec(
        QStringLiteral("INSERT INTO sync_cursors (server, cursor) VALUES ('https://platform.test', 'c42')"));
    return demoFiles + int(pieces.size()) - (pieces.size() > 2 ? 1 : 0);
}

} // namespace casedesk::test

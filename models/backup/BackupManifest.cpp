#include "backup/BackupManifest.h"

#include "backup/BackupFormat.h"
#include "evidence/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kApplication = QStringLiteral("application");
const QString kVersion = QStringLiteral("caseDeskVersion");
const QString kSchema = QStringLiteral("schemaVersion");
const QString kCreated = QStringLiteral("createdAt");
const QString kEncrypted = QStringLiteral("encrypted");
const QString kRecords = QStringLiteral("records");
const QString kDatabase = QStringLiteral("database");
const QString kFiles = QStringLiteral("files");
const QString kSha256 = QStringLiteral("sha256");
const QString kSize = QStringLiteral("size");

QJsonObject entryJson(const BackupFileEntry& entry)
{
    return { { kSha256, QString::fromLatin1(entry.sha256) }, { kSize, entry.size } };
}

std::optional<BackupFileEntry> entryFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QByteArray sha256 = object.value(kSha256).toString().toLatin1();
    const double size = object.value(kSize).toDouble(-1);
    // Sizes are integers that a double holds exactly up to 2^53 bytes: 8 PiB.
    if (!Vault::isValidHash(sha256) || size < 0 || size != double(qint64(size)))
        return std::nullopt;
    return BackupFileEntry { sha256, qint64(size) };
}

} // namespace

qint64 BackupManifest::fileBytes() const
{
    qint64 total = 0;
    for (const BackupFileEntry& file : files)
        total += file.size;
    return total;
}

QString BackupManifest::currentVersion()
{
    const QString running = QCoreApplication::applicationVersion();
    return running.isEmpty() ? QStringLiteral(CASEDESK_VERSION) : running;
}

QByteArray BackupManifest::toJson() const
{
    QJsonObject counts;
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray fileList;
    for (const BackupFileEntry& file : files)
        fileList.append(entryJson(file));
    const QJsonObject object {
        { kFormat, format },
        { kApplication, QStringLiteral("CaseDesk") },
        { kVersion, caseDeskVersion },
        { kSchema, schemaVersion },
        { kCreated, createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { kEncrypted, encrypted },
        { kRecords, counts },
        { kDatabase, entryJson(database) },
        { kFiles, fileList },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray& json, QString* problem)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || object.value(kFormat).toInt() < 1) {
        *problem = tr("its manifest is not readable");
        return std::nullopt;
    }
    BackupManifest manifest;
    manifest.format = object.value(kFormat).toInt();
    manifest.caseDeskVersion = object.value(kVersion).toString();
    manifest.schemaVersion = object.value(kSchema).toInt();
    manifest.createdAt = QDateTime::fromString(object.value(kCreated).toString(), Qt::ISODateWithMs);
    manifest.encrypted = object.value(kEncrypted).toBool();
    const QJsonObject counts = object.value(kRecords).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        manifest.records.insert(it.key(), qint64(it.value().toDouble()));
    const std::optional<BackupFileEntry> database = entryFrom(object.value(kDatabase));
    if (!database || manifest.schemaVersion < 1) {
        *problem = tr("its manifest does not describe a desk");
        return std::nullopt;
    }
    manifest.database = *database;
    for (const QJsonValue& value : object.value(kFiles).toArray()) {
        const std::optional<BackupFileEntry> file = entryFrom(value);
        if (!file) {
            *problem = tr("its manifest lists a file without a valid SHA-256 or size");
            return std::nullopt;
        }
        manifest.files.append(*file);
    }
    return manifest;
}

} // namespace casedesk

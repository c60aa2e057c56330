#include "backup/AutoBackup.h"

#include "backup/BackupFormat.h"
#include "evidence/Sha256.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace casedesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(AutoBackup)
};

const QString kEnabled = QStringLiteral("backup.auto.enabled");
const QString kFolder = QStringLiteral("backup.auto.folder");
const QString kKeep = QStringLiteral("backup.auto.keep");
const QString kEncrypted = QStringLiteral("backup.auto.encrypted");
const QString kLastAt = QStringLiteral("backup.last_at");
const QString kLastAutomaticAt = QStringLiteral("backup.last_automatic_at");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QDateTime instant(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

// "<desk name>-<8 hex>-": what every automatic backup of this desk starts with.
QString prefixOf(const QString& deskPath)
{
    const QFileInfo desk(deskPath);
    Sha256 hash;
    const QByteArray path = desk.absoluteFilePath().toUtf8();
    hash.addData(path.constData(), path.size());
    return desk.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash.hexResult().left(8))
        + QLatin1Char('-');
}

} // namespace

BackupSettings::BackupSettings(SettingsRepository& settings)
    : m_settings(settings)
{
}

AutoBackupSettings BackupSettings::automatic()
{
    AutoBackupSettings settings;
    settings.enabled = m_settings.value(kEnabled) == QLatin1String("1");
    settings.folder = m_settings.value(kFolder);
    bool ok = false;
    const int keep = m_settings.value(kKeep).toInt(&ok);
    settings.keep = ok && keep >= 1 && keep <= AutoBackup::kMaxKeep ? keep : AutoBackup::kDefaultKeep;
    settings.encrypted = m_settings.value(kEncrypted, QStringLiteral("1")) != QLatin1String("0");
    return settings;
}

void BackupSettings::setAutomatic(const AutoBackupSettings& settings)
{
    WriteTransaction transaction(m_settings.database());
    m_settings.setValue(kEnabled, yesNo(settings.enabled));
    m_settings.setValue(kFolder, settings.folder);
    m_settings.setValue(kKeep, QString::number(std::clamp(settings.keep, 1, AutoBackup::kMaxKeep)));
    m_settings.setValue(kEncrypted, yesNo(settings.encrypted));
    transaction.commit();
}

QDateTime BackupSettings::lastBackupAt()
{
    return instant(m_settings.value(kLastAt));
}

QDateTime BackupSettings::lastAutomaticAt()
{
    return instant(m_settings.value(kLastAutomaticAt));
}

void BackupSettings::recordBackup(const QDateTime& at, bool automatic)
{
    const QString text = at.toUTC().toString(Qt::ISODateWithMs);
    WriteTransaction transaction(m_settings.database());
    m_settings.setValue(kLastAt, text);
    if (automatic)
        m_settings.setValue(kLastAutomaticAt, text);
    transaction.commit();
}

namespace AutoBackup {

bool isDue(const AutoBackupSettings& settings, const QDateTime& lastAutomatic, const QDateTime& now)
{
    if (!settings.enabled || settings.folder.isEmpty())
        return false;
    // A clock set back (lastAutomatic in the future) must not stop backups for good.
    return !lastAutomatic.isValid() || lastAutomatic > now
        || lastAutomatic.secsTo(now) >= kMinIntervalSeconds;
}

Freshness freshness(const QDateTime& lastBackup, const QDateTime& now)
{
    if (!lastBackup.isValid())
        return Freshness::Never;
    return lastBackup.secsTo(now) > kStaleAfterDays * 24 * 3600 ? Freshness::Stale : Freshness::Recent;
}

QString archiveName(const QString& deskPath, const QDateTime& at)
{
    return prefixOf(deskPath) + at.toUTC().toString(kStampFormat) + QLatin1Char('Z')
        + BackupFormat::fileSuffix();
}

QStringList archivesOf(const QString& folder, const QString& deskPath)
{
    const QString prefix = prefixOf(deskPath);
    const QRegularExpression name(
        QStringLiteral("^%1\\d{8}-\\d{6}Z%2$")
            .arg(QRegularExpression::escape(prefix), QRegularExpression::escape(BackupFormat::fileSuffix())));
    QStringList archives;
    const QDir dir(folder);
    for (const QString& entry : dir.entryList({ prefix + QLatin1Char('*') }, QDir::Files, QDir::Name)) {
        if (name.match(entry).hasMatch())
            archives.append(dir.filePath(entry));
    }
    return archives;
}

QStringList prune(const QString& folder, const QString& deskPath, int keep)
{
    QStringList removed;
    const QStringList archives = archivesOf(folder, deskPath);
    for (qsizetype i = 0; i + std::max(keep, 1) < archives.size(); ++i) {
        if (QFile::remove(archives.at(i)))
            removed.append(archives.at(i));
    }
    return removed;
}

QString folderProblem(const QString& folder)
{
    if (folder.trimmed().isEmpty())
        return Text::tr("No folder is chosen for the automatic backups.");
    const QFileInfo info(folder);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isDir())
        return Text::tr("The backup folder %1 is not available (is the USB key or the drive connected?).")
            .arg(native);
    if (!info.isWritable())
        return Text::tr("The backup folder %1 cannot be written to.").arg(native);
    return {};
}

} // namespace AutoBackup
} // namespace casedesk

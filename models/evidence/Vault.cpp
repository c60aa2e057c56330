#include "evidence/Vault.h"

#include "evidence/FileSafety.h"
#include "evidence/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcVault, "casedesk.evidence.vault")

namespace casedesk {

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;
const QString kTempSuffix = QStringLiteral(".part");

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

} // namespace

Vault::Vault(const QString& rootPath)
    : m_root(QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath()))
{
}

QString Vault::pathForDesk(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-evidence");
}

bool Vault::isValidHash(const QByteArray& sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const char c : sha256) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QString Vault::tempDir() const
{
    return m_root + QStringLiteral("/tmp");
}

QString Vault::storeDir() const
{
    return m_root + QStringLiteral("/sha256");
}

bool Vault::prepare(QString* errorMessage) const
{
    for (const QString& dir : { m_root, storeDir(), tempDir() }) {
        if (QFileInfo(dir).isDir())
            continue;
        if (!QDir().mkpath(dir)) {
            *errorMessage = tr("Cannot create the evidence folder %1.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        FileSafety::restrictFolder(dir);
    }
    return true;
}

QString Vault::filePath(const QByteArray& sha256) const
{
    Q_ASSERT(isValidHash(sha256));
    const QString hex = QString::fromLatin1(sha256);
    return storeDir() + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex;
}

bool Vault::contains(const QByteArray& sha256) const
{
    return isValidHash(sha256) && QFileInfo(filePath(sha256)).isFile();
}

StageResult Vault::stage(const QString& sourcePath, qint64 maxBytes, const Progress& progress,
                         const std::atomic_bool* cancel) const
{
    StageResult result;
    const QString nativeSource = QDir::toNativeSeparators(sourcePath);
    const auto fail = [&result](StageResult::Error error, const QString& message) {
        result.error = error;
        result.message = message;
        result.file = {};
        return result;
    };

    const QFileInfo info(sourcePath);
    if (!info.exists())
        return fail(StageResult::Error::Unreadable, tr("The file %1 does not exist.").arg(nativeSource));
    if (info.isDir())
        return fail(StageResult::Error::Unreadable,
                    tr("%1 is a folder; attach the files inside it instead.").arg(nativeSource));
    if (!info.isFile())
        return fail(StageResult::Error::Unreadable, tr("%1 is not a regular file.").arg(nativeSource));
    const QString tooLarge = tr("The file %1 is larger than the limit of %2 MiB for one piece; it was not "
                                "attached. The limit can be changed in the evidence settings.")
                                 .arg(nativeSource, mebibytes(maxBytes));
    if (info.size() > maxBytes)
        return fail(StageResult::Error::TooLarge, tooLarge);

    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(StageResult::Error::Unreadable,
                    tr("Cannot read the file %1: %2").arg(nativeSource, source.errorString()));

    QString error;
    if (!prepare(&error))
        return fail(StageResult::Error::WriteFailed, error);
    // The process id in the name lets sweepAbandonedCopies() tell a crashed copy from a live one.
    const QString tempPath = QStringLiteral("%1/%2-%3%4")
                                 .arg(tempDir())
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QUuid::createUuid().toString(QUuid::Id128), kTempSuffix);
    QFile target(tempPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(StageResult::Error::WriteFailed,
                    tr("Cannot write into the evidence folder %1: %2")
                        .arg(QDir::toNativeSeparators(m_root), target.errorString()));
    FileSafety::restrictFile(tempPath);
    const auto abandon = [&](StageResult::Error kind, const QString& message) {
        target.close();
        QFile::remove(tempPath);
        return fail(kind, message);
    };

    Sha256 hash;
    QByteArray buffer(int(kChunkBytes), Qt::Uninitialized);
    const qint64 expected = info.size();
    qint64 total = 0;
    if (progress)
        progress(0, expected);
    for (;;) {
        if (cancel && cancel->load())
            return abandon(StageResult::Error::Cancelled,
                           tr("Attaching %1 was cancelled.").arg(nativeSource));
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0)
            return abandon(StageResult::Error::Unreadable,
                           tr("Cannot read the file %1: %2").arg(nativeSource, source.errorString()));
        if (read == 0)
            break;
        total += read;
        // The size seen before opening is not trusted: the file may grow while it is read.
        if (total > maxBytes)
            return abandon(StageResult::Error::TooLarge, tooLarge);
        hash.addData(buffer.constData(), read);
        if (target.write(buffer.constData(), read) != read)
            return abandon(StageResult::Error::WriteFailed,
                           tr("Cannot copy %1 into the evidence folder %2 (is the disk full?): %3")
                               .arg(nativeSource, QDir::toNativeSeparators(m_root), target.errorString()));
        if (progress)
            progress(total, std::max(expected, total));
    }
    if (!FileSafety::syncFile(target))
        return abandon(StageResult::Error::WriteFailed,
                       tr("Cannot write %1 to the disk in the evidence folder %2 (is the disk full?): %3")
                           .arg(nativeSource, QDir::toNativeSeparators(m_root), target.errorString()));
    target.close();
    result.file = { tempPath, hash.hexResult(), total };
    return result;
}

bool Vault::commit(const StagedFile& staged, bool* alreadyStored, QString* errorMessage) const
{
    *alreadyStored = false;
    const QString target = filePath(staged.sha256);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder)) {
            *errorMessage = tr("Cannot create the evidence folder %1.").arg(QDir::toNativeSeparators(folder));
            return false;
        }
        FileSafety::restrictFolder(folder);
        FileSafety::syncDirectory(storeDir());
    }
    if (QFileInfo::exists(target)) {
        if (check(staged.sha256, staged.size) == FileState::Intact) {
            *alreadyStored = true;
            discard(staged);
            return true;
        }
        // The stored copy is damaged or altered: the fresh one, with the right hash, repairs it.
        qCWarning(lcVault) << "replacing a damaged vault file" << target;
    }
    QString reason;
    if (!FileSafety::replaceFile(staged.tempPath, target, &reason)) {
        *errorMessage = tr("Cannot move the copy into the evidence folder %1: %2")
                            .arg(QDir::toNativeSeparators(folder), reason);
        return false;
    }
    if (!FileSafety::syncDirectory(folder)) {
        *errorMessage
            = tr("Cannot write the evidence folder %1 to the disk.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

void Vault::discard(const StagedFile& staged) const
{
    if (!staged.tempPath.isEmpty())
        QFile::remove(staged.tempPath);
}

bool Vault::removeFile(const QByteArray& sha256, QString* errorMessage) const
{
    const QString path = filePath(sha256);
    if (!QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.remove()) {
        *errorMessage = tr("Cannot delete %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    FileSafety::syncDirectory(QFileInfo(path).absolutePath());
    return true;
}

QByteArray Vault::hashFile(const QString& path, const Progress& progress, const std::atomic_bool* cancel,
                           qint64* size) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(int(kChunkBytes), Qt::Uninitialized);
    const qint64 expected = file.size();
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load())
            return {};
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        total += read;
        hash.addData(buffer.constData(), read);
        if (progress)
            progress(total, std::max(expected, total));
    }
    *size = total;
    return hash.hexResult();
}

Vault::FileState Vault::check(const QByteArray& sha256, qint64 expectedSize, const Progress& progress,
                              const std::atomic_bool* cancel) const
{
    if (!isValidHash(sha256))
        return FileState::Altered;
    const QString path = filePath(sha256);
    const QFileInfo info(path);
    if (!info.exists())
        return FileState::Missing;
    if (!info.isFile())
        return FileState::Altered;
    qint64 size = 0;
    const QByteArray actual = hashFile(path, progress, cancel, &size);
    if (actual.isEmpty())
        return FileState::Unreadable;
    return actual == sha256 && size == expectedSize ? FileState::Intact : FileState::Altered;
}

QList<QByteArray> Vault::storedHashes() const
{
    QList<QByteArray> hashes;
    QDirIterator it(storeDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QByteArray name = it.fileName().toLatin1();
        if (isValidHash(name))
            hashes.append(name);
    }
    return hashes;
}

int Vault::sweepAbandonedCopies() const
{
    int removed = 0;
    const QStringList names = QDir(tempDir()).entryList({ QLatin1Char('*') + kTempSuffix }, QDir::Files);
    for (const QString& name : names) {
        bool isNumber = false;
        const qint64 pid = name.section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        if (isNumber && pid != QCoreApplication::applicationPid() && FileSafety::processIsRunning(pid))
            continue;
        if (isNumber && pid == QCoreApplication::applicationPid())
            continue; // ours, in progress on another thread
        if (QFile::remove(tempDir() + QLatin1Char('/') + name))
            ++removed;
    }
    return removed;
}

} // namespace casedesk

// The backup archive reader, through the entry point a restore uses: DeskRestore::restore, which
// reads the header (ArchiveReader::readHeader), unlocks an encrypted archive (scrypt, the key
// check), then reads entry by entry (framing, each chunk's GCM tag, BackupManifest::fromJson,
// every entry checked against the manifest, the end checksum) into a staging folder, and only for
// a sound archive opens the staged desk and moves it into place. The input is the archive file.
//
// Encrypted inputs are opened with kPassphrase, the one the encrypted seed was made with
// (fuzz/make_backup_seed). A header may ask scrypt for up to 1 GiB and seconds per input, which
// the reader accepts by design (BackupFormat::KdfParameters::isAcceptable): such inputs are
// skipped, or every run would end in timeouts that are not bugs.

#include "FuzzSupport.h"

#include "backup/BackupFormat.h"
#include "backup/DeskRestore.h"
#include "evidence/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

using namespace casedesk;

namespace {

const QByteArray kPassphrase = "fuzzing passphrase";

// scrypt with N = 2^10, r = 8, p = 1: 1 MiB and about a millisecond; the least a header may ask.
constexpr quint64 kMaxScryptWork = quint64(1) << 13; // N * r * p

// Where each input is written and restored: in memory when the machine has /dev/shm. Removed at
// exit with std::filesystem, not Qt: libFuzzer ends with exit(), when Qt's statics may be gone
// (FuzzSupport.h); a crash leaves it, with the input that crashed, like libFuzzer's own artifacts.
std::string g_workPath;

void removeWorkFolder()
{
    std::error_code ignored;
    std::filesystem::remove_all(g_workPath, ignored);
}

QTemporaryDir* workFolder()
{
    static QTemporaryDir* folder = [] {
        const QString shm = QStringLiteral("/dev/shm");
        auto* made = QFileInfo(shm).isDir()
            ? new QTemporaryDir(shm + QStringLiteral("/casedesk-fuzz-backup-XXXXXX"))
            : new QTemporaryDir;
        if (!made->isValid())
            abort();
        g_workPath = made->path().toStdString();
        std::atexit(removeWorkFolder);
        return made;
    }();
    return folder;
}

bool costsTooMuchToOpen(const QByteArray& archive)
{
    QBuffer buffer;
    buffer.setData(archive);
    buffer.open(QIODevice::ReadOnly);
    BackupFormat::Header header;
    if (BackupFormat::Header::read(buffer, &header) != BackupFormat::Header::ReadStatus::Ok
        || !header.encrypted)
        return false;
    const quint64 work = (quint64(1) << header.kdf.log2N) * header.kdf.r * header.kdf.p;
    return work > kMaxScryptWork;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    workFolder();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray archive = fuzz::bytes(data, size);
    if (costsTooMuchToOpen(archive))
        return 0;
    const QDir folder(workFolder()->path());
    const QString archivePath = folder.filePath(QStringLiteral("input.casedesk-backup"));
    const QString deskPath = folder.filePath(QStringLiteral("restored.db"));
    {
        QFile file(archivePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(archive) != archive.size())
            abort();
    }
    const RestoreOutcome outcome = DeskRestore::restore(archivePath, deskPath, kPassphrase);
    // All or nothing: a refused archive leaves no desk, no vault and no staging folder behind.
    const QStringList left = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (outcome.ok()) {
        if (!QFileInfo(deskPath).isFile())
            abort();
        QFile::remove(deskPath);
        QDir(Vault::pathForDesk(deskPath)).removeRecursively();
    } else if (outcome.message.isEmpty() || left != QStringList { QStringLiteral("input.casedesk-backup") }) {
        abort();
    }
    return 0;
}

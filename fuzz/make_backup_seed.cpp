// Makes fuzz_backup's encrypted seed from a plain backup written by `casedesk-cli desk backup`:
// the same entries, encrypted with the passphrase fuzz_backup opens archives with and the
// cheapest scrypt a reader accepts (N = 2^10), so that the fuzzer can go past the key check
// thousands of times a second. The CLI always uses the expensive defaults (N = 2^17).
//
//   make_backup_seed PLAIN.casedesk-backup ENCRYPTED.casedesk-backup

#include "backup/ArchiveStream.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace casedesk;

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_backup_seed PLAIN.casedesk-backup ENCRYPTED.casedesk-backup\n");
        return 2;
    }
    QFile input(QString::fromLocal8Bit(argv[1]));
    QFile output(QString::fromLocal8Bit(argv[2]));
    if (!input.open(QIODevice::ReadOnly) || !output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "make_backup_seed: cannot open the files\n");
        return 1;
    }
    ArchiveReader reader(input);
    ArchiveWriter writer(output);
    BackupFormat::KdfParameters cheapest;
    cheapest.log2N = 10;
    if (reader.readHeader() != ArchiveReader::Status::Ok || reader.header().encrypted
        || !writer.start("fuzzing passphrase", cheapest)) {
        std::fprintf(stderr, "make_backup_seed: the input must be a plain backup\n");
        return 1;
    }
    for (;;) {
        ArchiveReader::Entry entry;
        if (reader.next(&entry) != ArchiveReader::Status::Ok) {
            std::fprintf(stderr, "make_backup_seed: %s\n", qPrintable(reader.detail()));
            return 1;
        }
        if (entry.kind == BackupFormat::EntryKind::End)
            break;
        QByteArray bytes(entry.size, Qt::Uninitialized);
        if (reader.read(bytes.data(), bytes.size()) != ArchiveReader::Status::Ok
            || !writer.beginEntry(entry.kind, entry.name, entry.size) || !writer.write(bytes)) {
            std::fprintf(stderr, "make_backup_seed: %s%s\n", qPrintable(reader.detail()),
                         qPrintable(writer.errorString()));
            return 1;
        }
    }
    if (!writer.finish()) {
        std::fprintf(stderr, "make_backup_seed: %s\n", qPrintable(writer.errorString()));
        return 1;
    }
    return 0;
}

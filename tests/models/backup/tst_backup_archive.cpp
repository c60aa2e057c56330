// An archive that was cut, altered, reordered or is not one at all is refused with a sentence
// that says so, and nothing is restored: encrypted archives by each chunk's authentication (its
// index and final flag included), plain ones by the files' SHA-256 and the end checksum.

#include "DeskContents.h"
#include "TempDesk.h"

#include "backup/BackupFormat.h"
#include "backup/DeskBackup.h"
#include "backup/DeskRestore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QByteArray kPassphrase = "un mot de passe solide";
// Every frame but the last: u32 length, u8 flags, the chunk, its tag.
constexpr qint64 kFrameSize = 5 + qint64(BackupFormat::kChunkSize) + BackupFormat::kTagSize;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

qint64 frameOffset(int index)
{
    return BackupFormat::kEncryptedHeaderSize + index * kFrameSize;
}

} // namespace

class TestBackupArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void encryptedArchiveAltered_data();
    void encryptedArchiveAltered();
    void plainArchiveAltered_data();
    void plainArchiveAltered();
    void notABackupOrFromANewerCaseDesk();

private:
    // Restores `bytes` written as an archive; returns the message and checks nothing was left.
    QString refusal(const QByteArray& bytes, const QByteArray& passphrase);

    std::unique_ptr<TempDesk> m_desk;
    QByteArray m_encrypted;
    QByteArray m_plain;
};

void TestBackupArchive::initTestCase()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    // Three files of 1.5 MiB: the encrypted stream has several full chunks.
    fillDesk(m_desk->database(), m_desk->associations(), m_desk->campaigns(), 4, 1536 * 1024);
    BackupOptions options;
    options.passphrase = kPassphrase;
    options.kdf.log2N = 14;
    const QString encrypted = m_desk->filePath(QStringLiteral("encrypted.casedesk-backup"));
    const QString plain = m_desk->filePath(QStringLiteral("plain.casedesk-backup"));
    QVERIFY(DeskBackup::write(m_desk->path(), encrypted, options).ok());
    QVERIFY(DeskBackup::write(m_desk->path(), plain, {}).ok());
    m_encrypted = fileBytes(encrypted);
    m_plain = fileBytes(plain);
    QVERIFY(m_encrypted.size() > frameOffset(4));
    // Unaltered, both restore: what the refusals below refuse is the alteration.
    QCOMPARE(refusal(m_encrypted, kPassphrase), QString());
    QCOMPARE(refusal(m_plain, {}), QString());
}

void TestBackupArchive::cleanup()
{
    QDir(m_desk->filePath(QStringLiteral("restored"))).removeRecursively();
}

QString TestBackupArchive::refusal(const QByteArray& bytes, const QByteArray& passphrase)
{
    const QString archive = m_desk->filePath(QStringLiteral("altered.casedesk-backup"));
    if (!writeFile(archive, bytes))
        return QStringLiteral("cannot write the test archive");
    const QString folder = m_desk->filePath(QStringLiteral("restored"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const RestoreOutcome outcome
        = DeskRestore::restore(archive, folder + QStringLiteral("/desk.db"), passphrase);
    const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (outcome.ok())
        return {};
    if (!left.isEmpty())
        return QStringLiteral("refused, but left %1 behind").arg(left.join(QStringLiteral(", ")));
    return outcome.message;
}

void TestBackupArchive::encryptedArchiveAltered_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray whole = m_encrypted;
    const QString incomplete = QStringLiteral("is incomplete: it ends before its last part");

    QTest::newRow("header only") << whole.left(BackupFormat::kEncryptedHeaderSize) << incomplete;
    QTest::newRow("cut in a chunk") << whole.left(frameOffset(1) + 1000) << incomplete;
    QTest::newRow("cut after a chunk") << whole.left(frameOffset(2)) << incomplete;
    QTest::newRow("last byte missing") << whole.left(whole.size() - 1) << incomplete;

    QByteArray flipped = whole;
    flipped[whole.size() / 2] = char(flipped.at(whole.size() / 2) ^ 0x01);
    QTest::newRow("a flipped byte in the middle")
        << flipped
        << QStringLiteral("damaged or was altered: part %1 fails its authentication check")
               .arg((whole.size() / 2 - BackupFormat::kEncryptedHeaderSize) / kFrameSize + 1);

    QByteArray swapped = whole;
    swapped.replace(frameOffset(1), kFrameSize, whole.mid(frameOffset(2), kFrameSize));
    swapped.replace(frameOffset(2), kFrameSize, whole.mid(frameOffset(1), kFrameSize));
    QTest::newRow("two chunks swapped") << swapped << QStringLiteral("part 2 fails its authentication check");

    QByteArray dropped = whole;
    dropped.remove(frameOffset(1), kFrameSize);
    QTest::newRow("a chunk dropped") << dropped << QStringLiteral("part 2 fails its authentication check");

    QByteArray early = whole;
    early[frameOffset(0) + 4] = 1; // "final" on the first chunk
    QTest::newRow("first chunk marked final")
        << early << QStringLiteral("part 1 fails its authentication check");

    QTest::newRow("bytes appended") << whole + QByteArray("more")
                                    << QStringLiteral("there are bytes after its end");

    QByteArray salt = whole;
    salt[30] = char(salt.at(30) ^ 0x40);
    QTest::newRow("salt altered") << salt << QStringLiteral("The passphrase does not open the backup");
}

void TestBackupArchive::encryptedArchiveAltered()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString message = refusal(bytes, kPassphrase);
    QVERIFY2(message.contains(expected) && message.endsWith(QStringLiteral("Nothing was restored.")),
             qPrintable(message));
}

void TestBackupArchive::plainArchiveAltered_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray whole = m_plain;

    QByteArray inFile = whole;
    const qint64 middle = whole.size() - 1024 * 1024; // inside the last evidence file
    inFile[middle] = char(inFile.at(middle) ^ 0x01);
    QTest::newRow("a flipped byte in a file") << inFile << QStringLiteral("does not match its SHA-256");

    QByteArray counted = whole;
    const qsizetype at = counted.indexOf("\"campaigns\": ") + 13;
    QVERIFY(at > 13);
    counted[at] = counted.at(at) == '9' ? '8' : char(counted.at(at) + 1);
    QTest::newRow("a count in the manifest")
        << counted << QStringLiteral("do not match the checksum at its end");

    QTest::newRow("cut") << whole.left(whole.size() / 2) << QStringLiteral("is incomplete");
    QTest::newRow("end checksum cut") << whole.left(whole.size() - 5) << QStringLiteral("is incomplete");
}

void TestBackupArchive::plainArchiveAltered()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString message = refusal(bytes, {});
    QVERIFY2(message.contains(expected) && message.endsWith(QStringLiteral("Nothing was restored.")),
             qPrintable(message));
}

void TestBackupArchive::notABackupOrFromANewerCaseDesk()
{
    QString message = refusal(QByteArray("PK\x03\x04 a zip file, not a backup"), {});
    QVERIFY2(message.contains(QStringLiteral("is not a CaseDesk backup")), qPrintable(message));
    message = refusal(QByteArray(), {});
    QVERIFY2(message.contains(QStringLiteral("is not a CaseDesk backup")), qPrintable(message));

    QByteArray newer = m_plain;
    newer[9] = char(BackupFormat::kFormatVersion + 1);
    message = refusal(newer, {});
    QVERIFY2(message.contains(QStringLiteral("was made by a newer version of CaseDesk")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestBackupArchive)
#include "tst_backup_archive.moc"

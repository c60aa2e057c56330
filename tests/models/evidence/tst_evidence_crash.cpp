// A process attaching files is killed with SIGKILL: in the middle of a copy, and at random
// moments (between the copy, the rename and the commit). Afterwards the vault holds no partial
// file at a content address, no piece points at a missing or wrong file, every piece the writer
// acknowledged is there, and the abandoned copy in tmp/ is swept away.

#include "ChildProcess.h"
#include "FixedClock.h"
#include "Samples.h"
#include "SqliteFile.h"
#include "TempDesk.h"
#include "TestFiles.h"

#include "evidence/EvidenceRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int kRandomRounds = 12;
constexpr qint64 kBigFile = qint64(3) * 1024 * 1024;

bool waitFor(QProcess& process, QByteArray* output, const QByteArray& needle, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!output->contains(needle)) {
        if (timer.hasExpired(timeoutMs))
            return false;
        process.waitForReadyRead(50);
        *output += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning && !output->contains(needle))
            return false;
    }
    return true;
}

// Lines "attached I NUMBER SHA" the child completed before it died.
QStringList acknowledged(const QByteArray& output)
{
    QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    lines.removeLast(); // empty, or cut by the kill
    return lines.filter(QRegularExpression(QStringLiteral("^attached ")));
}

} // namespace

class TestEvidenceCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedInTheMiddleOfACopy();
    void killedAtRandomMoments();

private:
    QStringList makeFiles(int round, int count);
    QByteArray runAndKill(const QStringList& files, int pauseMs, int delayMs, bool waitForCopy);
    void checkVault(const QStringList& acknowledgedLines);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_desk;
    QUuid m_campaign;
    QProcessEnvironment m_environment;
};

void TestEvidenceCrash::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(EVIDENCE_WRITER_PATH)).isExecutable(), EVIDENCE_WRITER_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_desk = m_dir->filePath(QStringLiteral("desk.db"));
    m_environment = isolatedEnvironment(m_dir->path());
    Database database(uniqueConnectionName(QStringLiteral("crash-setup")));
    QString error;
    QVERIFY2(database.open(m_desk, &error), qPrintable(error));
    CampaignRepository campaigns(database);
    m_campaign = campaigns.create(completeCampaign(QDate(2026, 3, 16))).sync.uuid;
}

QStringList TestEvidenceCrash::makeFiles(int round, int count)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        // Big and small files alternate, so kills land in copies, renames and commits alike.
        const qint64 size = i % 2 == 0 ? kBigFile + i : 1000 + i;
        const QString path = m_dir->filePath(QStringLiteral("src/r%1-f%2.bin").arg(round).arg(i));
        if (!writeBytes(path, patternBytes(size, round * 100 + i)))
            qFatal("cannot write a source file");
        files.append(path);
    }
    return files;
}

QByteArray TestEvidenceCrash::runAndKill(const QStringList& files, int pauseMs, int delayMs, bool waitForCopy)
{
    QProcess child;
    child.setProcessEnvironment(m_environment);
    QStringList arguments = { QStringLiteral("--database"), m_desk,
                              QStringLiteral("--campaign"), m_campaign.toString(QUuid::WithoutBraces),
                              QStringLiteral("--pause-ms"), QString::number(pauseMs) };
    child.start(QStringLiteral(EVIDENCE_WRITER_PATH), arguments + files);
    if (!child.waitForStarted(10000))
        return {};
    QByteArray output;
    if (!waitFor(child, &output, "ready\n", 20000))
        return {};
    if (waitForCopy)
        waitFor(child, &output, "copying 2\n", 20000); // the third file: two pieces committed before
    else
        child.waitForFinished(delayMs); // returns early when the writer finished all its files
    child.kill(); // SIGKILL
    child.waitForFinished(10000);
    output += child.readAllStandardOutput();
    return output;
}

void TestEvidenceCrash::checkVault(const QStringList& acknowledgedLines)
{
    Database database(uniqueConnectionName(QStringLiteral("crash-check")));
    QString error;
    QVERIFY2(database.open(m_desk, &error), qPrintable(error));
    Vault vault(Vault::pathForDesk(m_desk));
    EvidenceRepository evidence(database, vault);

    // No half file: every file at a content address holds exactly the bytes its name says.
    for (const QByteArray& hash : vault.storedHashes()) {
        QCOMPARE(sha256Of(vault.filePath(hash)), hash);
    }
    // No row pointing at nothing.
    QVERIFY(evidence.verify().isEmpty());
    // Every acknowledged piece is there with its number and file.
    for (const QString& line : acknowledgedLines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        const std::optional<EvidencePiece> piece = evidence.byNumber(m_campaign, parts.at(2).toInt());
        QVERIFY2(piece, qPrintable(line));
        QCOMPARE(QString::fromLatin1(piece->sha256), parts.at(3));
    }
    // Numbers stay unique and the database is sound.
    QCOMPARE(database.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(database
                 .scalar(QStringLiteral(
                     "SELECT count(*) - count(DISTINCT number) FROM evidence WHERE deleted = 0"))
                 .toInt(),
             0);
    // The killed writer's copy is swept; then nothing is left but files of recorded pieces.
    evidence.collectGarbage();
    QVERIFY(filesBelow(vault.rootPath() + QStringLiteral("/tmp")).isEmpty());
    QCOMPARE(vault.storedHashes().size(),
             database.scalar(QStringLiteral("SELECT count(DISTINCT sha256) FROM evidence WHERE deleted = 0"))
                 .toInt());
}

void TestEvidenceCrash::killedInTheMiddleOfACopy()
{
    const QStringList files = makeFiles(0, 4);
    const QByteArray output = runAndKill(files, 2000, 0, true);
    QVERIFY2(output.contains("copying 2\n"), output.constData());
    const QStringList done = acknowledged(output);
    QCOMPARE(done.size(), 2);
    // The copy in progress is in tmp/ until swept, never at its content address.
    const QString tmp = Vault::pathForDesk(m_desk) + QStringLiteral("/tmp");
    QCOMPARE(filesBelow(tmp).size(), 1);
    const QByteArray third = sha256Of(files.at(2));
    QVERIFY(!Vault(Vault::pathForDesk(m_desk)).contains(third));
    checkVault(done);
    if (QTest::currentTestFailed())
        return;
    // Attaching again after the crash works and takes the next number.
    Database database(uniqueConnectionName(QStringLiteral("crash-again")));
    QString error;
    QVERIFY2(database.open(m_desk, &error), qPrintable(error));
    EvidenceRepository evidence(database, Vault(Vault::pathForDesk(m_desk)));
    QCOMPARE(evidence.attachFile(m_campaign, files.at(2)).piece.number, 3);
}

void TestEvidenceCrash::killedAtRandomMoments()
{
    // How long a whole run takes on this machine, so the kills spread over all of it.
    QElapsedTimer timer;
    timer.start();
    const QByteArray full = runAndKill(makeFiles(100, 8), 0, 60000, false);
    const int runMs = int(timer.elapsed());
    QCOMPARE(acknowledged(full).size(), 8);
    checkVault(acknowledged(full));

    QRandomGenerator random(20260316);
    QList<int> killedWith; // pieces acknowledged before each kill
    for (int round = 1; round <= kRandomRounds; ++round) {
        const QStringList files = makeFiles(round, 8);
        const int delay = random.bounded(0, std::max(2, runMs));
        const QByteArray output = runAndKill(files, 0, delay, false);
        QVERIFY2(output.startsWith("ready\n"), output.constData());
        const QStringList done = acknowledged(output);
        killedWith.append(done.size());
        checkVault(done);
        if (QTest::currentTestFailed()) {
            qWarning("round %d, killed after %d ms:\n%s", round, delay, output.constData());
            return;
        }
        for (const QString& file : files)
            QFile::remove(file);
    }
    // The kills must have landed at different points, or this test proves little.
    qInfo() << "pieces acknowledged before each kill:" << killedWith;
    QVERIFY(*std::max_element(killedWith.begin(), killedWith.end())
            > *std::min_element(killedWith.begin(), killedWith.end()));
}

QTEST_GUILESS_MAIN(TestEvidenceCrash)
#include "tst_evidence_crash.moc"

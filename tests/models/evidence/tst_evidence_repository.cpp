// The evidence vault and its repository against a real desk and real files: attach, numbering,
// dedupe, renumbering, tombstones and garbage collection, hostile names, the size limit, cancel,
// tamper detection, and the sync outbox (only public pieces leave the desk).

#include "FixedClock.h"
#include "Samples.h"
#include "SqliteFile.h"
#include "TempDesk.h"
#include "TestFiles.h"

#include "evidence/EvidenceRepository.h"
#include "evidence/Sha256.h"
#include "evidence/Vault.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestEvidenceRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void attachNumbersPiecesInOrder();
    void attachStoresByContentWithOwnerOnlyPermissions();
    void sameFileTwiceInCampaignIsStoredOnceAndReported();
    void sameContentInAnotherCampaignIsStoredOnce();
    void titleAndMediaTypeFromTheFile();
    void hostileOriginalNamesNeverBecomePaths();
    void sizeLimitIsEnforcedWithAClearMessage();
    void sizeLimitIsADeskSetting();
    void unreadableSourcesAreRefusedCleanly();
    void cancelLeavesNothing();
    void unwritableVaultIsReportedAndLeavesNothing();
    void attachToUnknownCampaignLeavesNothing();
    void moveRenumbersTheList();
    void moveOutOfRangeChangesNothing();
    void databaseRefusesTwoPiecesWithOneNumber();
    void removeIsATombstoneAndKeepsOtherNumbers();
    void removingSeveralIsAllOrNothing();
    void fileGoesWhenNoLivePieceRefersToIt();
    void collectGarbageRemovesOrphansAndAbandonedCopies();
    void verifyDetectsMissingAndAlteredFiles();
    void reattachingRepairsADamagedFile();
    void updateChecksRevisionAndTitle();
    void onlyPublicPiecesAreQueuedForSync();
    void vaultFolderBesideTheDesk();
    void sha256KnownAnswers();

private:
    QString source(const QString& name, const QByteArray& bytes);
    QUuid newCampaign(const QString& title = QStringLiteral("Zone humide"));
    QStringList storeFiles() const;
    QStringList tempFiles() const;
    int outboxCount(const QUuid& uuid, const QString& operation);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<QTemporaryDir> m_sources;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<EvidenceRepository> m_evidence;
};

void TestEvidenceRepository::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_sources = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sources->isValid());
    m_vault = std::make_unique<Vault>(Vault::pathForDesk(m_desk->path()));
    m_evidence = std::make_unique<EvidenceRepository>(m_desk->database(), *m_vault);
}

void TestEvidenceRepository::cleanup()
{
    m_evidence.reset();
    m_vault.reset();
    m_sources.reset();
    m_desk.reset();
    m_clock.reset();
}

QString TestEvidenceRepository::source(const QString& name, const QByteArray& bytes)
{
    const QString path = m_sources->filePath(name);
    if (!writeBytes(path, bytes))
        qFatal("cannot write a test file");
    return path;
}

QUuid TestEvidenceRepository::newCampaign(const QString& title)
{
    return m_desk->campaigns().create(completeCampaign(m_clock->today(), title)).sync.uuid;
}

QStringList TestEvidenceRepository::storeFiles() const
{
    return filesBelow(m_vault->rootPath() + QStringLiteral("/sha256"));
}

QStringList TestEvidenceRepository::tempFiles() const
{
    return filesBelow(m_vault->rootPath() + QStringLiteral("/tmp"));
}

int TestEvidenceRepository::outboxCount(const QUuid& uuid, const QString& operation)
{
    return m_desk->database()
        .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'evidence' AND entity_uuid = ? "
                               "AND operation = ?"),
                { uuid.toString(QUuid::WithoutBraces), operation })
        .toInt();
}

void TestEvidenceRepository::attachNumbersPiecesInOrder()
{
    const QUuid campaign = newCampaign();
    for (int i = 0; i < 3; ++i) {
        const AttachOutcome outcome = m_evidence->attachFile(
            campaign, source(QStringLiteral("f%1.txt").arg(i), patternBytes(1000 + i, i)));
        QCOMPARE(outcome.kind, AttachOutcome::Kind::Attached);
        QCOMPARE(outcome.piece.number, i + 1);
    }
    const QList<EvidencePiece> pieces = m_evidence->pieces(campaign);
    QCOMPARE(pieces.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pieces.at(i).number, i + 1);
        QCOMPARE(pieces.at(i).originalName, QStringLiteral("f%1.txt").arg(i));
        QCOMPARE(pieces.at(i).size, 1000 + i);
        QCOMPARE(pieces.at(i).sync.revision, 1);
        QCOMPARE(pieces.at(i).attachedAt, m_clock->now());
    }
    QCOMPARE(m_evidence->count(campaign), 3);
    QCOMPARE(m_evidence->byNumber(campaign, 2)->originalName, QStringLiteral("f1.txt"));
    QVERIFY(!m_evidence->byNumber(campaign, 4));
    QVERIFY(tempFiles().isEmpty());
}

void TestEvidenceRepository::attachStoresByContentWithOwnerOnlyPermissions()
{
    const QUuid campaign = newCampaign();
    const QByteArray bytes = patternBytes(3 * 1024 * 1024 + 17, 7); // several copy chunks
    const QString path = source(QStringLiteral("rapport.pdf"), bytes);
    const EvidencePiece piece = m_evidence->attachFile(campaign, path).piece;

    QCOMPARE(piece.sha256, sha256Of(path));
    const QString stored = m_vault->filePath(piece.sha256);
    QCOMPARE(stored,
             m_vault->rootPath() + QStringLiteral("/sha256/") + QString::fromLatin1(piece.sha256.left(2))
                 + QLatin1Char('/') + QString::fromLatin1(piece.sha256));
    QCOMPARE(readBytes(stored), bytes);
    QCOMPARE(unixMode(stored), 0600);
    QCOMPARE(unixMode(m_vault->rootPath()), 0700);
    QCOMPARE(unixMode(m_vault->rootPath() + QStringLiteral("/sha256")), 0700);
    QCOMPARE(unixMode(QFileInfo(stored).absolutePath()), 0700);
    QCOMPARE(unixMode(m_vault->rootPath() + QStringLiteral("/tmp")), 0700);
    // The source is untouched.
    QCOMPARE(readBytes(path), bytes);
}

void TestEvidenceRepository::sameFileTwiceInCampaignIsStoredOnceAndReported()
{
    const QUuid campaign = newCampaign();
    const QByteArray bytes = patternBytes(5000, 1);
    const AttachOutcome first = m_evidence->attachFile(campaign, source(QStringLiteral("a.jpg"), bytes));
    // Another name, same bytes: the same piece.
    const AttachOutcome second
        = m_evidence->attachFile(campaign, source(QStringLiteral("copie de a.jpg"), bytes));
    QCOMPARE(second.kind, AttachOutcome::Kind::AlreadyAttached);
    QCOMPARE(second.piece.sync.uuid, first.piece.sync.uuid);
    QCOMPARE(second.piece.number, 1);
    QCOMPARE(m_evidence->count(campaign), 1);
    QCOMPARE(storeFiles().size(), 1);
    QVERIFY(tempFiles().isEmpty());
}

void TestEvidenceRepository::sameContentInAnotherCampaignIsStoredOnce()
{
    const QUuid a = newCampaign(QStringLiteral("A"));
    const QUuid b = newCampaign(QStringLiteral("B"));
    const QString path = source(QStringLiteral("decision.pdf"), patternBytes(4000, 2));
    QCOMPARE(m_evidence->attachFile(a, path).kind, AttachOutcome::Kind::Attached);
    const AttachOutcome second = m_evidence->attachFile(b, path);
    QCOMPARE(second.kind, AttachOutcome::Kind::SharedContent);
    QCOMPARE(second.piece.number, 1);
    QCOMPARE(m_evidence->count(a), 1);
    QCOMPARE(m_evidence->count(b), 1);
    QCOMPARE(storeFiles().size(), 1);
}

void TestEvidenceRepository::titleAndMediaTypeFromTheFile()
{
    const QUuid campaign = newCampaign();
    const EvidencePiece pdf = m_evidence
                                  ->attachFile(campaign,
                                               source(QStringLiteral("Rapport d'expertise.v2.pdf"),
                                                      "%PDF-1.4\n%\xe2\xe3\n1 0 obj\n"))
                                  .piece;
    QCOMPARE(pdf.metadata.title, QStringLiteral("Rapport d'expertise.v2"));
    QCOMPARE(pdf.mediaType, QStringLiteral("application/pdf"));
    // A PNG named .txt is still an image: the content decides.
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + patternBytes(64, 3);
    const EvidencePiece image
        = m_evidence->attachFile(campaign, source(QStringLiteral("photo.txt"), png)).piece;
    QCOMPARE(image.mediaType, QStringLiteral("image/png"));

    EvidenceMetadata metadata;
    metadata.title = QStringLiteral("Lettre du préfet");
    metadata.documentDate = QDate(2025, 2, 3);
    metadata.source = QStringLiteral("Préfecture du Tarn");
    metadata.tags = { QStringLiteral("courrier"), QStringLiteral(" préfet "), QStringLiteral("courrier") };
    const EvidencePiece letter
        = m_evidence->attachFile(campaign, source(QStringLiteral("scan.pdf"), patternBytes(100, 4)), metadata)
              .piece;
    const EvidencePiece loaded = *m_evidence->load(letter.sync.uuid);
    QCOMPARE(loaded.metadata.title, metadata.title);
    QCOMPARE(loaded.metadata.documentDate, metadata.documentDate);
    QCOMPARE(loaded.metadata.source, metadata.source);
    QCOMPARE(loaded.metadata.tags, QStringList({ QStringLiteral("courrier"), QStringLiteral("préfet") }));
    QCOMPARE(loaded.metadata.isPublic, false); // private unless the jurist says otherwise
}

void TestEvidenceRepository::hostileOriginalNamesNeverBecomePaths()
{
    const QUuid campaign = newCampaign();
    const QStringList names = { QStringLiteral("../../evil.pdf"), QStringLiteral("/etc/passwd"),
                                QStringLiteral("..\\..\\win.ini"), QStringLiteral("a/../../b.txt"),
                                QString::fromUtf8("nul\x01name.txt") };
    int seed = 10;
    for (const QString& name : names) {
        const StageResult staged
            = m_vault->stage(source(QStringLiteral("plain%1").arg(seed), patternBytes(300, seed)),
                             Vault::kDefaultMaxFileBytes);
        ++seed;
        QVERIFY2(staged.ok(), qPrintable(staged.message));
        const EvidencePiece piece = m_evidence->attach(campaign, staged.file, name).piece;
        QCOMPARE(piece.originalName, name); // kept as text
        QCOMPARE(m_evidence->load(piece.sync.uuid)->originalName, name);
        QVERIFY(m_vault->contains(piece.sha256));
    }
    // Every stored file is named by a hash, inside the vault; nothing appeared around the desk.
    for (const QString& file : storeFiles())
        QVERIFY2(Vault::isValidHash(QFileInfo(file).fileName().toLatin1()), qPrintable(file));
    QCOMPARE(storeFiles().size(), names.size());
    // Everything in the desk's folder is the desk file, its SQLite companions, or a hash-named file
    // in the vault: no name the user gave made its way into a path.
    for (const QString& file : filesBelow(m_desk->dirPath())) {
        const bool deskFile = file.startsWith(QStringLiteral("desk.db")) && !file.contains(QLatin1Char('/'));
        const bool vaultFile = file.startsWith(QStringLiteral("desk.db-evidence/sha256/"))
            && Vault::isValidHash(QFileInfo(file).fileName().toLatin1());
        QVERIFY2(deskFile || vaultFile, qPrintable(file));
    }
    QVERIFY(!QFileInfo::exists(m_sources->filePath(QStringLiteral("../evil.pdf"))));
    QVERIFY(!QFileInfo::exists(QFileInfo(m_desk->dirPath()).absolutePath() + QStringLiteral("/evil.pdf")));
    // A hash is the only way to name a vault file; a forged one is refused.
    QVERIFY(!Vault::isValidHash("../../../../etc/passwd"));
    QVERIFY(!Vault::isValidHash(QByteArray(64, 'A')));
    QVERIFY(!m_vault->contains("../x"));
}

void TestEvidenceRepository::sizeLimitIsEnforcedWithAClearMessage()
{
    const QUuid campaign = newCampaign();
    m_evidence->setMaxFileBytes(1024 * 1024);
    const QString exact = source(QStringLiteral("exact.bin"), patternBytes(1024 * 1024, 5));
    QCOMPARE(m_evidence->attachFile(campaign, exact).piece.size, 1024 * 1024);

    const QString big = source(QStringLiteral("trop gros.mp4"), patternBytes(1024 * 1024 + 1, 6));
    try {
        m_evidence->attachFile(campaign, big);
        QFAIL("a file over the limit was attached");
    } catch (const DatabaseError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("trop gros.mp4")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("1 MiB")), qPrintable(error.message()));
    }
    QCOMPARE(m_evidence->count(campaign), 1);
    QCOMPARE(storeFiles().size(), 1);
    QVERIFY(tempFiles().isEmpty());

    // The limit holds while streaming, whatever size the file announced before.
    const StageResult streamed = m_vault->stage(exact, 1000);
    QCOMPARE(streamed.error, StageResult::Error::TooLarge);
    QVERIFY(tempFiles().isEmpty());
}

void TestEvidenceRepository::sizeLimitIsADeskSetting()
{
    QCOMPARE(m_evidence->maxFileBytes(), qint64(512) * 1024 * 1024);
    m_evidence->setMaxFileBytes(2048);
    QVERIFY(m_desk->reopen());
    QCOMPARE(m_evidence->maxFileBytes(), 2048);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_evidence->setMaxFileBytes(0));
    QCOMPARE(m_evidence->maxFileBytes(), 2048);
}

void TestEvidenceRepository::unreadableSourcesAreRefusedCleanly()
{
    const StageResult missing = m_vault->stage(m_sources->filePath(QStringLiteral("absent.pdf")), 1000);
    QCOMPARE(missing.error, StageResult::Error::Unreadable);
    QVERIFY(missing.message.contains(QStringLiteral("absent.pdf")));
    const StageResult folder = m_vault->stage(m_sources->path(), 1000);
    QCOMPARE(folder.error, StageResult::Error::Unreadable);
    QVERIFY(folder.message.contains(QStringLiteral("folder")));
    QVERIFY(tempFiles().isEmpty());
}

void TestEvidenceRepository::cancelLeavesNothing()
{
    const QString path = source(QStringLiteral("film.mp4"), patternBytes(4 * 1024 * 1024, 8));
    std::atomic_bool cancel { false };
    int calls = 0;
    const StageResult staged = m_vault->stage(
        path, Vault::kDefaultMaxFileBytes,
        [&](qint64 done, qint64 total) {
            ++calls;
            QCOMPARE(total, 4 * 1024 * 1024);
            if (done >= 2 * 1024 * 1024)
                cancel = true;
        },
        &cancel);
    QCOMPARE(staged.error, StageResult::Error::Cancelled);
    QVERIFY(calls >= 2);
    QVERIFY(tempFiles().isEmpty());
    QVERIFY(storeFiles().isEmpty());
}

void TestEvidenceRepository::unwritableVaultIsReportedAndLeavesNothing()
{
    const QString path = source(QStringLiteral("scan.pdf"), patternBytes(2000, 12));
    QString error;
    QVERIFY(m_vault->prepare(&error));
    const QString tmp = m_vault->rootPath() + QStringLiteral("/tmp");
    StageResult staged;
    {
        // As root the permission would be ignored; act as an ordinary user.
        UnprivilegedScope unprivileged(
            { m_sources->path(), path, m_desk->dirPath(), m_vault->rootPath(), tmp });
        QVERIFY2(unprivileged.isValid(), qPrintable(unprivileged.errorMessage()));
        QVERIFY(setUnixMode(tmp, 0500));
        staged = m_vault->stage(path, Vault::kDefaultMaxFileBytes);
        QVERIFY(setUnixMode(tmp, 0700));
    }
    QCOMPARE(staged.error, StageResult::Error::WriteFailed);
    QVERIFY2(staged.message.contains(m_vault->rootPath()), qPrintable(staged.message));
    QVERIFY(tempFiles().isEmpty());
    QVERIFY(storeFiles().isEmpty());
}

void TestEvidenceRepository::attachToUnknownCampaignLeavesNothing()
{
    const StageResult staged = m_vault->stage(source(QStringLiteral("x.pdf"), patternBytes(100, 9)), 1000);
    QVERIFY(staged.ok());
    QVERIFY_THROWS_EXCEPTION(DatabaseError,
                             m_evidence->attach(QUuid::createUuid(), staged.file, QStringLiteral("x.pdf")));
    QVERIFY(tempFiles().isEmpty());
    QVERIFY(storeFiles().isEmpty());
    QCOMPARE(m_desk->database().scalar(QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 0);
}

void TestEvidenceRepository::moveRenumbersTheList()
{
    const QUuid campaign = newCampaign();
    QList<QUuid> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(
            m_evidence->attachFile(campaign, source(QStringLiteral("p%1").arg(i), patternBytes(50, 20 + i)))
                .piece.sync.uuid);
    // Drag the fourth piece to the top: 4,1,2,3 become 1,2,3,4.
    m_evidence->move(ids.at(3), 1);
    QList<EvidencePiece> pieces = m_evidence->pieces(campaign);
    QCOMPARE(pieces.at(0).sync.uuid, ids.at(3));
    QCOMPARE(pieces.at(1).sync.uuid, ids.at(0));
    QCOMPARE(pieces.at(2).sync.uuid, ids.at(1));
    QCOMPARE(pieces.at(3).sync.uuid, ids.at(2));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pieces.at(i).number, i + 1);
        QCOMPARE(pieces.at(i).sync.revision, 2); // every number changed
    }
    // Down again: only the pieces whose number changes get a new revision.
    m_evidence->move(ids.at(3), 2);
    pieces = m_evidence->pieces(campaign);
    QCOMPARE(pieces.at(0).sync.uuid, ids.at(0));
    QCOMPARE(pieces.at(1).sync.uuid, ids.at(3));
    QCOMPARE(pieces.at(2).sync.revision, 2); // ids[1] stayed no. 3
    QCOMPARE(pieces.at(3).sync.revision, 2);
    QCOMPARE(pieces.at(0).sync.revision, 3);
}

void TestEvidenceRepository::moveOutOfRangeChangesNothing()
{
    const QUuid campaign = newCampaign();
    const QUuid first
        = m_evidence->attachFile(campaign, source(QStringLiteral("a"), patternBytes(10, 30))).piece.sync.uuid;
    m_evidence->attachFile(campaign, source(QStringLiteral("b"), patternBytes(10, 31)));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_evidence->move(first, 3));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_evidence->move(first, 0));
    QCOMPARE(m_evidence->load(first)->number, 1);
    QCOMPARE(m_evidence->load(first)->sync.revision, 1);
}

void TestEvidenceRepository::databaseRefusesTwoPiecesWithOneNumber()
{
    const QUuid campaign = newCampaign();
    const EvidencePiece a
        = m_evidence->attachFile(campaign, source(QStringLiteral("a"), patternBytes(10, 40))).piece;
    const EvidencePiece b
        = m_evidence->attachFile(campaign, source(QStringLiteral("b"), patternBytes(10, 41))).piece;
    QVERIFY_THROWS_EXCEPTION(
        DatabaseError,
        m_desk->database().exec(QStringLiteral("UPDATE evidence SET number = ? WHERE id = ?"),
                                { a.number, b.sync.localId }));
}

void TestEvidenceRepository::removeIsATombstoneAndKeepsOtherNumbers()
{
    const QUuid campaign = newCampaign();
    QList<EvidencePiece> added;
    for (int i = 0; i < 3; ++i)
        added.append(
            m_evidence->attachFile(campaign, source(QStringLiteral("r%1").arg(i), patternBytes(20, 50 + i)))
                .piece);
    m_evidence->remove(added.at(1).sync.uuid);

    const QList<EvidencePiece> pieces = m_evidence->pieces(campaign);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).number, 1);
    QCOMPARE(pieces.at(1).number, 3); // already cited as no. 3 in a pleading: it stays no. 3
    QVERIFY(!m_evidence->load(added.at(1).sync.uuid));
    QSqlQuery row = m_desk->database().exec(
        QStringLiteral("SELECT deleted, revision, number FROM evidence WHERE uuid = ?"),
        { added.at(1).sync.uuid.toString(QUuid::WithoutBraces) });
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), 1);
    QCOMPARE(row.value(1).toInt(), 2);
    // The next piece takes the next free number after the last one, not the gap.
    QCOMPARE(m_evidence->attachFile(campaign, source(QStringLiteral("n"), patternBytes(20, 59))).piece.number,
             4);
    // A renumbering closes the gap when the jurist asks for it.
    m_evidence->move(pieces.at(1).sync.uuid, 2);
    QCOMPARE(m_evidence->load(pieces.at(1).sync.uuid)->number, 2);
    QCOMPARE(m_evidence->pieces(campaign).last().number, 3);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_evidence->remove(added.at(1).sync.uuid));
}

void TestEvidenceRepository::removingSeveralIsAllOrNothing()
{
    const QUuid campaign = newCampaign();
    const EvidencePiece a
        = m_evidence->attachFile(campaign, source(QStringLiteral("a"), patternBytes(10, 55))).piece;
    const EvidencePiece b
        = m_evidence->attachFile(campaign, source(QStringLiteral("b"), patternBytes(10, 56))).piece;
    m_evidence->remove(b.sync.uuid);
    // b is already gone: nothing of this removal happens, a keeps its row and its file.
    QVERIFY_THROWS_EXCEPTION(DatabaseError, m_evidence->remove(QList<QUuid> { a.sync.uuid, b.sync.uuid }));
    QVERIFY(m_evidence->load(a.sync.uuid));
    QVERIFY(m_vault->contains(a.sha256));
    const EvidencePiece c
        = m_evidence->attachFile(campaign, source(QStringLiteral("c"), patternBytes(10, 57))).piece;
    m_evidence->remove(QList<QUuid> { a.sync.uuid, c.sync.uuid });
    QCOMPARE(m_evidence->count(campaign), 0);
    QVERIFY(storeFiles().isEmpty());
}

void TestEvidenceRepository::fileGoesWhenNoLivePieceRefersToIt()
{
    const QUuid a = newCampaign(QStringLiteral("A"));
    const QUuid b = newCampaign(QStringLiteral("B"));
    const QString path = source(QStringLiteral("shared.pdf"), patternBytes(2000, 60));
    const EvidencePiece inA = m_evidence->attachFile(a, path).piece;
    const EvidencePiece inB = m_evidence->attachFile(b, path).piece;
    const EvidencePiece other
        = m_evidence->attachFile(a, source(QStringLiteral("o"), patternBytes(10, 61))).piece;

    m_evidence->remove(inA.sync.uuid);
    QVERIFY(m_vault->contains(inA.sha256)); // still piece no. 1 of B
    m_evidence->remove(inB.sync.uuid);
    QVERIFY(!m_vault->contains(inA.sha256));
    QVERIFY(m_vault->contains(other.sha256));
    QCOMPARE(storeFiles().size(), 1);
    // Attaching the same file again stores it again.
    QCOMPARE(m_evidence->attachFile(a, path).kind, AttachOutcome::Kind::Attached);
    QVERIFY(m_vault->contains(inA.sha256));
}

void TestEvidenceRepository::collectGarbageRemovesOrphansAndAbandonedCopies()
{
    const QUuid campaign = newCampaign();
    const EvidencePiece kept
        = m_evidence->attachFile(campaign, source(QStringLiteral("k"), patternBytes(10, 70))).piece;
    // An orphan: a file moved into place by a process killed before its row was committed.
    const QByteArray orphanBytes = patternBytes(30, 71);
    const QByteArray orphanHash = QCryptographicHash::hash(orphanBytes, QCryptographicHash::Sha256).toHex();
    QVERIFY(writeBytes(m_vault->filePath(orphanHash), orphanBytes));
    // A copy abandoned by a dead process, and one of a live process (this one's parent... use pid 1).
    const QString dead = m_vault->rootPath() + QStringLiteral("/tmp/999999999-abc.part");
    const QString live = m_vault->rootPath() + QStringLiteral("/tmp/1-def.part");
    QVERIFY(writeBytes(dead, "half"));
    QVERIFY(writeBytes(live, "half"));

    QCOMPARE(m_evidence->collectGarbage(), 1);
    QVERIFY(!m_vault->contains(orphanHash));
    QVERIFY(m_vault->contains(kept.sha256));
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(live)); // process 1 runs: its copy may be in progress
}

void TestEvidenceRepository::verifyDetectsMissingAndAlteredFiles()
{
    const QUuid a = newCampaign(QStringLiteral("A"));
    const QUuid b = newCampaign(QStringLiteral("B"));
    const QString sharedPath = source(QStringLiteral("s"), patternBytes(5000, 80));
    const EvidencePiece altered = m_evidence->attachFile(a, sharedPath).piece;
    const EvidencePiece alteredInB = m_evidence->attachFile(b, sharedPath).piece;
    const EvidencePiece missing
        = m_evidence->attachFile(a, source(QStringLiteral("m"), patternBytes(100, 81))).piece;
    const EvidencePiece intact
        = m_evidence->attachFile(a, source(QStringLiteral("i"), patternBytes(100, 82))).piece;
    QVERIFY(m_evidence->verify().isEmpty());

    // One byte flipped, same size: only the hash can tell.
    QByteArray bytes = readBytes(m_vault->filePath(altered.sha256));
    bytes[2500] = char(bytes.at(2500) ^ 1);
    QVERIFY(writeBytes(m_vault->filePath(altered.sha256), bytes));
    QVERIFY(QFile::remove(m_vault->filePath(missing.sha256)));

    const QList<IntegrityProblem> problems = m_evidence->verify();
    QCOMPARE(problems.size(), 3);
    QHash<QUuid, Vault::FileState> states;
    for (const IntegrityProblem& problem : problems)
        states.insert(problem.piece.sync.uuid, problem.state);
    QCOMPARE(states.value(altered.sync.uuid), Vault::FileState::Altered);
    QCOMPARE(states.value(alteredInB.sync.uuid), Vault::FileState::Altered);
    QCOMPARE(states.value(missing.sync.uuid), Vault::FileState::Missing);
    QVERIFY(!states.contains(intact.sync.uuid));
    // One campaign only.
    QCOMPARE(m_evidence->verify(b).size(), 1);
    // A truncated file is altered too.
    QVERIFY(writeBytes(m_vault->filePath(intact.sha256), QByteArray()));
    QCOMPARE(m_vault->check(intact.sha256, intact.size), Vault::FileState::Altered);
}

void TestEvidenceRepository::reattachingRepairsADamagedFile()
{
    const QUuid campaign = newCampaign();
    const QString path = source(QStringLiteral("p.pdf"), patternBytes(900, 90));
    const EvidencePiece piece = m_evidence->attachFile(campaign, path).piece;
    QVERIFY(writeBytes(m_vault->filePath(piece.sha256), "tampered"));
    QCOMPARE(m_evidence->verify().size(), 1);
    // The original attached to another campaign puts the right bytes back at the address.
    const QUuid other = newCampaign(QStringLiteral("Autre"));
    QCOMPARE(m_evidence->attachFile(other, path).kind, AttachOutcome::Kind::Attached);
    QVERIFY(m_evidence->verify().isEmpty());
    QCOMPARE(readBytes(m_vault->filePath(piece.sha256)), readBytes(path));
}

void TestEvidenceRepository::updateChecksRevisionAndTitle()
{
    const QUuid campaign = newCampaign();
    EvidencePiece piece
        = m_evidence->attachFile(campaign, source(QStringLiteral("u.pdf"), patternBytes(10, 100))).piece;
    EvidencePiece stale = piece;
    piece.metadata.description = QStringLiteral("Constat d'huissier du 3 février");
    m_evidence->update(piece);
    QCOMPARE(piece.sync.revision, 2);
    QCOMPARE(m_evidence->load(piece.sync.uuid)->metadata.description, piece.metadata.description);

    stale.metadata.title = QStringLiteral("Autre titre");
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, m_evidence->update(stale));
    EvidencePiece blank = *m_evidence->load(piece.sync.uuid);
    blank.metadata.title = QStringLiteral("   ");
    QVERIFY(!m_evidence->update(blank).isEmpty());
    QCOMPARE(m_evidence->load(piece.sync.uuid)->metadata.title, QStringLiteral("u"));
    QCOMPARE(m_evidence->load(piece.sync.uuid)->sync.revision, 2);
}

void TestEvidenceRepository::onlyPublicPiecesAreQueuedForSync()
{
    const QUuid campaign = newCampaign();
    const int campaignEntries = Outbox::pendingCount(m_desk->database());
    EvidencePiece privatePiece
        = m_evidence->attachFile(campaign, source(QStringLiteral("priv"), patternBytes(10, 110))).piece;
    QCOMPARE(Outbox::pendingCount(m_desk->database()), campaignEntries);

    EvidenceMetadata open;
    open.isPublic = true;
    EvidencePiece publicPiece
        = m_evidence->attachFile(campaign, source(QStringLiteral("pub"), patternBytes(10, 111)), open).piece;
    QCOMPARE(outboxCount(publicPiece.sync.uuid, QStringLiteral("upsert")), 1);

    // Made private: the platform must take it down.
    publicPiece.metadata.isPublic = false;
    m_evidence->update(publicPiece);
    QCOMPARE(outboxCount(publicPiece.sync.uuid, QStringLiteral("upsert")), 0);
    QCOMPARE(outboxCount(publicPiece.sync.uuid, QStringLiteral("delete")), 1);

    // A private piece stays off the queue through edits, moves and deletion.
    privatePiece.metadata.source = QStringLiteral("interne");
    m_evidence->update(privatePiece);
    m_evidence->move(privatePiece.sync.uuid, 2);
    m_evidence->remove(privatePiece.sync.uuid);
    QCOMPARE(outboxCount(privatePiece.sync.uuid, QStringLiteral("upsert"))
                 + outboxCount(privatePiece.sync.uuid, QStringLiteral("delete")),
             0);

    // Made public again, then deleted: a deletion is queued with the tombstone's revision.
    EvidencePiece again = *m_evidence->load(publicPiece.sync.uuid);
    again.metadata.isPublic = true;
    m_evidence->update(again);
    QCOMPARE(outboxCount(again.sync.uuid, QStringLiteral("upsert")), 1);
    m_evidence->remove(again.sync.uuid);
    QCOMPARE(outboxCount(again.sync.uuid, QStringLiteral("delete")), 1);
    QCOMPARE(m_desk->database()
                 .scalar(QStringLiteral("SELECT revision FROM outbox WHERE entity_uuid = ?"),
                         { again.sync.uuid.toString(QUuid::WithoutBraces) })
                 .toInt(),
             again.sync.revision + 1);
}

void TestEvidenceRepository::vaultFolderBesideTheDesk()
{
    QCOMPARE(Vault::pathForDesk(QStringLiteral("/data/assoc/casedesk.db")),
             QStringLiteral("/data/assoc/casedesk.db-evidence"));
    QCOMPARE(m_vault->rootPath(), m_desk->path() + QStringLiteral("-evidence"));
}

void TestEvidenceRepository::sha256KnownAnswers()
{
    // FIPS 180-2 test vectors, fed in pieces as the vault does.
    Sha256 empty;
    QCOMPARE(empty.hexResult(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 abc;
    abc.addData("a", 1);
    abc.addData("bc", 2);
    QCOMPARE(abc.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QByteArray million(1000000, 'a');
    Sha256 many;
    for (qsizetype at = 0; at < million.size(); at += 4096)
        many.addData(million.constData() + at, std::min<qsizetype>(4096, million.size() - at));
    QCOMPARE(many.hexResult(),
             QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

QTEST_GUILESS_MAIN(TestEvidenceRepository)
#include "tst_evidence_repository.moc"

#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "evidence/EvidencePiece.h"
#include "evidence/Vault.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace casedesk {

class Database;

struct AttachOutcome
{
    enum class Kind
    {
        Attached, // a new piece with a new file
        SharedContent, // a new piece; the same bytes were already in the vault (another campaign)
        AlreadyAttached // the campaign already has this file as a piece: nothing added
    };
    Kind kind = Kind::Attached;
    EvidencePiece piece; // the new piece, or the one that already holds the file
};

// One distinct stored file and the live pieces that point at it: the unit of an integrity check.
struct IntegrityTarget
{
    QByteArray sha256;
    qint64 size = 0;
    QList<EvidencePiece> pieces;
};

struct IntegrityProblem
{
    EvidencePiece piece;
    Vault::FileState state = Vault::FileState::Missing;
};

// Reads and writes evidence pieces; the vault holds their files. Every write is one transaction
// that bumps the revision and, for pieces that may leave the desk (public ones), queues them for
// sync. A private piece is never queued; a piece made private or deleted after it was public is
// queued as a deletion, so the platform takes it down.
class EvidenceRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("evidence");
    static inline const QString kTable = QStringLiteral("evidence");

    static const QString kMaxFileBytesKey;

    EvidenceRepository(Database& database, const Vault& vault, QObject* parent = nullptr);
    const Vault& vault() const { return m_vault; }

    // The size limit per file, kept in the desk's settings (default 512 MiB).
    qint64 maxFileBytes();
    void setMaxFileBytes(qint64 bytes);

    // Moves a staged file into the vault and records the piece, numbered after the campaign's
    // last one, in one transaction. Throws DatabaseError (the staged copy is then dropped and
    // nothing is recorded) when the campaign does not exist or the vault refuses.
    AttachOutcome attach(const QUuid& campaignUuid, const StagedFile& staged, const QString& originalName,
                         const EvidenceMetadata& metadata = {});
    // Stage and attach in one call (the command line, tests). Throws DatabaseError with the
    // vault's message when the file cannot be copied.
    AttachOutcome attachFile(const QUuid& campaignUuid, const QString& path,
                             const EvidenceMetadata& metadata = {}, const Vault::Progress& progress = {});

    std::optional<EvidencePiece> load(const QUuid& uuid);
    // The live pieces of a campaign in exhibit order.
    QList<EvidencePiece> pieces(const QUuid& campaignUuid);
    int count(const QUuid& campaignUuid);
    std::optional<EvidencePiece> byNumber(const QUuid& campaignUuid, int number);

    // Saves the metadata; returns the problems instead (an empty title) and changes nothing.
    // Throws StaleRecordError when the piece changed since it was read.
    QList<FieldProblem> update(EvidencePiece& piece);
    // Puts the piece at position `number` (1-based) of the campaign's list and numbers the whole
    // list 1..n in that order (this also closes gaps left by deletions).
    void move(const QUuid& pieceUuid, int number);
    // Tombstones the piece; its file goes once no live piece refers to it. The numbers of the
    // other pieces do not change (they may already be cited in written submissions).
    void remove(const QUuid& pieceUuid);
    // Several pieces in one transaction: all are removed, or none (a piece already gone).
    void remove(const QList<QUuid>& pieceUuids);
    // Writes a piece received from the platform as it is (uuid, number, metadata, file fields),
    // inserting or updating it, with the platform's version and without queuing it for sync. Its
    // file must already be in the vault. When another live piece of the campaign holds its number,
    // the received piece takes the campaign's next free number (both are kept). Returns the number
    // it has on this desk. Runs inside the caller's transaction when there is one.
    int storeReceived(const EvidencePiece& piece, qint64 serverVersion);
    // Tombstones a piece deleted on the platform (not queued). Its file is left to
    // collectGarbage(): the caller's transaction may still roll back.
    void removeReceived(const QUuid& pieceUuid, std::optional<qint64> serverVersion);
    // Deletes vault files no live piece refers to, and abandoned copies; returns files removed.
    int collectGarbage();

    QList<IntegrityTarget> integrityTargets(const std::optional<QUuid>& campaignUuid = std::nullopt);
    // Re-hashes every stored file of live pieces (of one campaign, or all).
    QList<IntegrityProblem> verify(const std::optional<QUuid>& campaignUuid = std::nullopt,
                                   const Vault::Progress& progress = {});
    static QList<IntegrityProblem> checkTargets(const Vault& vault, const QList<IntegrityTarget>& targets,
                                                const Vault::Progress& progress = {},
                                                const std::atomic_bool* cancel = nullptr);
    static QString describe(Vault::FileState state);

signals:
    void piecesChanged(const QUuid& campaignUuid);

private:
    void enqueue(const EvidencePiece& piece, bool wasPublic, bool deleted);
    void renumber(const QUuid& campaignUuid, const QList<QUuid>& order);
    bool removeFileIfUnreferenced(const QByteArray& sha256);

    Database& m_database;
    Vault m_vault;
};

} // namespace casedesk

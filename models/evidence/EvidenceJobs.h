#pragma once

#include "evidence/EvidenceRepository.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace casedesk {

// Attaches files to a campaign without freezing the window: copying and hashing run on a worker
// thread; each finished copy is recorded by the repository on the thread that owns the desk
// connection (this object's). cancel() stops the copy in progress; copies not yet recorded are
// dropped, pieces already recorded stay.
class AttachJob : public QObject
{
    Q_OBJECT

public:
    struct FileOutcome
    {
        QString path;
        bool attached = false; // a new piece was recorded
        AttachOutcome::Kind kind = AttachOutcome::Kind::Attached;
        int number = 0; // the new piece's, or the existing one's when already attached
        QString message; // the problem, when not attached
    };

    AttachJob(EvidenceRepository& repository, const QUuid& campaignUuid, const QStringList& paths,
              const EvidenceMetadata& metadata = {}, QObject* parent = nullptr);
    ~AttachJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel.load(); }
    QList<FileOutcome> outcomes() const { return m_outcomes; }
    // "3 pieces attached; 1 file already attached as no. 2; 1 file refused: …" for the user.
    QString summary() const;

signals:
    // Bytes copied over the whole job; `fileIndex` is the file being copied (0-based).
    void progress(int fileIndex, int fileCount, qint64 bytesDone, qint64 bytesTotal);
    void fileFinished(const AttachJob::FileOutcome& outcome);
    void finished();

private:
    void work();
    void record(int index, const StageResult& staged);
    void finish();

    EvidenceRepository& m_repository;
    QUuid m_campaign;
    QStringList m_paths;
    EvidenceMetadata m_metadata;
    Vault m_vault;
    qint64 m_maxBytes = 0;
    std::atomic_bool m_cancel { false };
    bool m_running = false;
    QThread* m_thread = nullptr;
    QList<FileOutcome> m_outcomes;
    QMutex m_pendingLock;
    QList<StagedFile> m_pending; // copied, not yet recorded
};

// Re-hashes stored files on a worker thread: the list of files is read from the desk first (on
// this object's thread), so the worker never touches the database.
class IntegrityJob : public QObject
{
    Q_OBJECT

public:
    IntegrityJob(EvidenceRepository& repository, const std::optional<QUuid>& campaignUuid,
                 QObject* parent = nullptr);
    ~IntegrityJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool wasCancelled() const { return m_cancel.load(); }
    int pieceCount() const { return m_pieceCount; }
    QList<IntegrityProblem> problems() const { return m_problems; }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    Vault m_vault;
    QList<IntegrityTarget> m_targets;
    int m_pieceCount = 0;
    std::atomic_bool m_cancel { false };
    QThread* m_thread = nullptr;
    QList<IntegrityProblem> m_problems;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::AttachJob::FileOutcome)

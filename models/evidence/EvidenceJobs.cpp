#include "evidence/EvidenceJobs.h"

#include "storage/DatabaseError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcEvidence)

namespace casedesk {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

} // namespace

AttachJob::AttachJob(EvidenceRepository& repository, const QUuid& campaignUuid, const QStringList& paths,
                     const EvidenceMetadata& metadata, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_campaign(campaignUuid)
    , m_paths(paths)
    , m_metadata(metadata)
    , m_vault(repository.vault())
{
}

AttachJob::~AttachJob()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    // Copies whose recording was still queued when the job went away.
    QMutexLocker locker(&m_pendingLock);
    for (const StagedFile& staged : std::as_const(m_pending))
        m_vault.discard(staged);
}

void AttachJob::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_maxBytes = m_repository.maxFileBytes(); // read here: the worker never uses the connection
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void AttachJob::cancel()
{
    m_cancel = true;
}

void AttachJob::work()
{
    qint64 total = 0;
    for (const QString& path : std::as_const(m_paths))
        total += std::max<qint64>(0, QFileInfo(path).size());
    qint64 before = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    const int count = int(m_paths.size());
    for (int i = 0; i < count && !m_cancel; ++i) {
        const auto onProgress = [&](qint64 done, qint64) {
            if (sinceReport.elapsed() < kProgressIntervalMs)
                return;
            sinceReport.restart();
            const qint64 sofar = before + done;
            QMetaObject::invokeMethod(
                this,
                [this, i, count, sofar, total] { emit progress(i, count, sofar, std::max(total, sofar)); },
                Qt::QueuedConnection);
        };
        const StageResult staged = m_vault.stage(m_paths.at(i), m_maxBytes, onProgress, &m_cancel);
        before += std::max<qint64>(0, QFileInfo(m_paths.at(i)).size());
        if (staged.ok()) {
            QMutexLocker locker(&m_pendingLock);
            m_pending.append(staged.file);
        }
        QMetaObject::invokeMethod(
            this, [this, i, staged] { record(i, staged); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        this, [this] { finish(); }, Qt::QueuedConnection);
}

void AttachJob::record(int index, const StageResult& staged)
{
    FileOutcome outcome;
    outcome.path = m_paths.at(index);
    if (staged.ok()) {
        {
            QMutexLocker locker(&m_pendingLock);
            m_pending.removeOne(staged.file);
        }
        if (m_cancel) {
            m_vault.discard(staged.file);
            return; // cancelled: a copy not yet recorded is dropped silently
        }
        try {
            const AttachOutcome attached = m_repository.attach(
                m_campaign, staged.file, QFileInfo(outcome.path).fileName(), m_metadata);
            outcome.kind = attached.kind;
            outcome.number = attached.piece.number;
            outcome.attached = attached.kind != AttachOutcome::Kind::AlreadyAttached;
        } catch (const DatabaseError& error) {
            outcome.message = error.message();
        }
    } else if (staged.error == StageResult::Error::Cancelled) {
        return;
    } else {
        outcome.message = staged.message;
    }
    m_outcomes.append(outcome);
    emit fileFinished(outcome);
}

void AttachJob::finish()
{
    m_running = false;
    emit finished();
}

QString AttachJob::summary() const
{
    int attached = 0;
    int shared = 0;
    QStringList already;
    QStringList refused;
    for (const FileOutcome& outcome : m_outcomes) {
        if (outcome.attached) {
            ++attached;
            if (outcome.kind == AttachOutcome::Kind::SharedContent)
                ++shared;
        } else if (outcome.message.isEmpty()) {
            already.append(
                tr("%1 is already piece no. %2").arg(QFileInfo(outcome.path).fileName()).arg(outcome.number));
        } else {
            refused.append(outcome.message);
        }
    }
    QStringList parts;
    parts.append(tr("%n piece(s) attached.", nullptr, attached));
    if (shared > 0)
        parts.append(
            tr("%n of them already had their file in the vault (another campaign); it is stored once.",
               nullptr, shared));
    if (!already.isEmpty())
        parts.append(tr("Not attached twice: %1.").arg(already.join(QStringLiteral("; "))));
    if (!refused.isEmpty())
        parts.append(refused.join(QLatin1Char(' ')));
    if (m_cancel)
        parts.append(tr("Cancelled: the remaining files were not attached."));
    return parts.join(QLatin1Char(' '));
}

IntegrityJob::IntegrityJob(EvidenceRepository& repository, const std::optional<QUuid>& campaignUuid,
                           QObject* parent)
    : QObject(parent)
    , m_vault(repository.vault())
    , m_targets(repository.integrityTargets(campaignUuid))
{
    for (const IntegrityTarget& target : std::as_const(m_targets))
        m_pieceCount += int(target.pieces.size());
}

IntegrityJob::~IntegrityJob()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        const QList<IntegrityProblem> problems = EvidenceRepository::checkTargets(
            m_vault, m_targets,
            [this, &sinceReport](qint64 done, qint64 total) {
                if (sinceReport.elapsed() < kProgressIntervalMs)
                    return;
                sinceReport.restart();
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            },
            &m_cancel);
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                m_problems = problems;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace casedesk

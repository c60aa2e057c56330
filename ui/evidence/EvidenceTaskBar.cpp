#include "evidence/EvidenceTaskBar.h"

#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "evidence/EvidenceJobs.h"
#include "evidence/EvidenceRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace casedesk {

EvidenceTaskBar::EvidenceTaskBar(EvidenceRepository& evidence, CampaignRepository& campaigns, QWidget* parent)
    : QWidget(parent)
    , m_evidence(evidence)
    , m_campaigns(campaigns)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    m_progress->setMaximum(1000);
    connect(m_cancel, &QPushButton::clicked, this, &EvidenceTaskBar::cancel);
    hide();
}

EvidenceTaskBar::~EvidenceTaskBar() = default;

bool EvidenceTaskBar::isBusy() const
{
    return (m_attachJob && m_attachJob->isRunning()) || m_integrityJob;
}

void EvidenceTaskBar::attach(const QUuid& campaign, const QStringList& paths)
{
    if (isBusy() || paths.isEmpty())
        return;
    m_attachJob = std::make_unique<AttachJob>(m_evidence, campaign, paths);
    connect(m_attachJob.get(), &AttachJob::progress, this,
            [this](int index, int count, qint64 done, qint64 total) {
                m_label->setText(tr("Copying file %1 of %2…").arg(index + 1).arg(count));
                showProgress(done, total);
            });
    connect(m_attachJob.get(), &AttachJob::finished, this, [this] {
        bool problem = false;
        for (const AttachJob::FileOutcome& outcome : m_attachJob->outcomes())
            problem = problem || !outcome.message.isEmpty();
        setBusy(false);
        emit finished(m_attachJob->summary(), problem);
    });
    setBusy(true, tr("Copying %n file(s)…", nullptr, int(paths.size())));
    m_attachJob->start();
}

void EvidenceTaskBar::checkIntegrity()
{
    if (isBusy())
        return;
    if (!runOrReport([&] { m_integrityJob = std::make_unique<IntegrityJob>(m_evidence, std::nullopt); },
                     [this](const QString& message) { emit finished(message, true); }))
        return;
    connect(m_integrityJob.get(), &IntegrityJob::progress, this, &EvidenceTaskBar::showProgress);
    connect(m_integrityJob.get(), &IntegrityJob::finished, this, &EvidenceTaskBar::onIntegrityChecked);
    setBusy(true, tr("Checking %n piece(s)…", nullptr, m_integrityJob->pieceCount()));
    m_integrityJob->start();
}

void EvidenceTaskBar::onIntegrityChecked()
{
    const std::unique_ptr<IntegrityJob> job = std::move(m_integrityJob);
    setBusy(false);
    const QList<IntegrityProblem> problems = job->problems();
    if (job->wasCancelled()) {
        emit finished(tr("Integrity check cancelled."), false);
        return;
    }
    if (problems.isEmpty()) {
        emit finished(
            tr("Integrity check: all %n piece(s) of every campaign are intact.", nullptr, job->pieceCount()),
            false);
        return;
    }
    QStringList lines;
    for (const IntegrityProblem& problem : problems) {
        const std::optional<CampaignRow> row = m_campaigns.row(problem.piece.campaignUuid);
        lines.append(tr("• Campaign \"%1\", piece no. %2 \"%3\" (%4): %5")
                         .arg(row ? row->title : QString())
                         .arg(problem.piece.number)
                         .arg(problem.piece.metadata.title, problem.piece.originalName,
                              EvidenceRepository::describe(problem.state)));
    }
    emit finished(
        tr("Integrity check: %n piece(s) are not as they were attached.", nullptr, int(problems.size()))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
        true);
}

void EvidenceTaskBar::cancel()
{
    if (m_attachJob)
        m_attachJob->cancel();
    if (m_integrityJob)
        m_integrityJob->cancel();
    m_cancel->setEnabled(false);
}

void EvidenceTaskBar::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void EvidenceTaskBar::setBusy(bool busy, const QString& what)
{
    setVisible(busy);
    m_cancel->setEnabled(busy);
    m_label->setText(what);
    m_progress->setValue(0);
    emit busyChanged(busy);
}

} // namespace casedesk

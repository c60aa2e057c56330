#pragma once

#include <QUuid>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace casedesk {

class AttachJob;
class CampaignRepository;
class EvidenceRepository;
class IntegrityJob;

// The evidence page's long tasks, one at a time, off the UI thread: attaching files (copied into
// the vault) and the integrity check (every stored file read again). While one runs the bar shows
// what it does, how far it is, and Cancel; when it ends it says what happened in a sentence.
class EvidenceTaskBar : public QWidget
{
    Q_OBJECT

public:
    EvidenceTaskBar(EvidenceRepository& evidence, CampaignRepository& campaigns, QWidget* parent = nullptr);
    ~EvidenceTaskBar() override;

    bool isBusy() const;
    QProgressBar* progressBar() const { return m_progress; }

    // Each starts its task unless one runs already.
    void attach(const QUuid& campaign, const QStringList& paths);
    // A storage error while counting the pieces: nothing starts, the message goes to finished().
    void checkIntegrity();
    void cancel();

signals:
    void busyChanged(bool busy);
    // What the task did (or why it could not start); `problem` when something went wrong.
    void finished(const QString& summary, bool problem);

private:
    void setBusy(bool busy, const QString& what = {});
    void showProgress(qint64 done, qint64 total);
    void onIntegrityChecked();

    EvidenceRepository& m_evidence;
    CampaignRepository& m_campaigns;
    std::unique_ptr<AttachJob> m_attachJob;
    std::unique_ptr<IntegrityJob> m_integrityJob;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace casedesk

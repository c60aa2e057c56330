#pragma once

#include "evidence/EvidencePiece.h"
#include "reports/BordereauWriter.h"

#include <QWidget>

#include <memory>

class QTemporaryDir;

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace casedesk {

class EvidenceDetails;
class AssociationRepository;
class CampaignRepository;
class Database;
class EvidenceListModel;
class EvidenceRepository;
class EvidenceTaskBar;
class ProcedureRepository;

// The evidence of a campaign: its pieces in exhibit order with thumbnails, the selected piece's
// details and preview, attaching (file dialog or drag-and-drop, copied off the UI thread with a
// progress bar and Cancel), renumbering by drag, the integrity check, the bordereau and the
// export. Every rule lives in models/; this page asks and shows.
class EvidencePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 400;

    EvidencePage(Database& database, CampaignRepository& campaigns, AssociationRepository& associations,
                 QWidget* parent = nullptr);
    ~EvidencePage() override;

    void setCampaign(const QUuid& campaignUuid);
    QUuid campaign() const;
    EvidenceRepository& repository() { return *m_evidence; }
    EvidenceListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* messageLabel() const { return m_message; }
    QLineEdit* titleEdit() const;
    QCheckBox* publicBox() const;
    QProgressBar* progressBar() const;
    bool isBusy() const;
    // Saves the selected piece's edits now if any wait; false when the save failed.
    bool flush();

public slots:
    // Copies the files in the background; busy() until jobFinished().
    void attachFiles(const QStringList& paths);
    void cancelJob();
    void checkIntegrity();
    // The header the desk proposes for the current campaign (court, case number, parties...).
    BordereauHeader proposedHeader();
    bool writeBordereau(const QString& path, const BordereauHeader& header);
    bool exportSelected(const QString& folder, const BordereauHeader& header);
    void removeSelected();
    void openSelected();

signals:
    void jobFinished();
    void saveStateChanged(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reloadCampaigns();
    void chooseFiles();
    void askBordereau();
    void askExport();
    void askSizeLimit();
    void showSelected();
    void markDirty();
    bool save();
    void onBusyChanged(bool busy);
    void showMessage(const QString& text, bool problem);
    QList<EvidencePiece> selectedPieces() const;
    void updateActions();

    CampaignRepository& m_campaigns;
    AssociationRepository& m_associations;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<ProcedureRepository> m_procedures;
    EvidenceListModel* m_model;
    std::unique_ptr<QTemporaryDir> m_viewingFolder; // the pieces opened in the system viewer
    EvidencePiece m_current;
    bool m_dirty = false;
    bool m_loading = false;

    QComboBox* m_campaign;
    QTableView* m_view;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_remove;
    QPushButton* m_verify;
    QPushButton* m_bordereau;
    QPushButton* m_export;
    QPushButton* m_limit;
    EvidenceTaskBar* m_tasks;
    EvidenceDetails* m_details;
    QTimer* m_saveTimer;
};

} // namespace casedesk

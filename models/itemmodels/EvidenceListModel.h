#pragma once

#include "evidence/EvidencePiece.h"

#include "itemmodels/RecordTableModel.h"

#include <QCache>
#include <QImage>

namespace casedesk {

class EvidenceRepository;

// The pieces of one campaign in exhibit order. A campaign holds tens to a few hundred pieces,
// so the list is read whole for the campaign shown (never the whole table). Dragging a row to
// another place renumbers the list through the repository; files dropped from outside are
// announced with filesDropped() for the page to attach them (off the UI thread).
class EvidenceListModel : public RecordTableModel<EvidencePiece>
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Title,
        DocumentDate,
        Source,
        Public,
        FileName,
        Size,
        ColumnCount
    };
    static const QString kMimeType; // a piece's UUID, for moves within the list
    static constexpr int kThumbnailSize = 48;

    explicit EvidenceListModel(EvidenceRepository& repository, QObject* parent = nullptr);

    void setCampaign(const QUuid& campaignUuid);
    QUuid campaign() const { return m_campaign; }
    void reload();
    EvidencePiece piece(int row) const { return m_rows.value(row); }
    int rowOf(const QUuid& pieceUuid) const;
    QList<EvidencePiece> pieces() const { return m_rows; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void filesDropped(const QStringList& paths);
    // A move the repository refused (the message says why); the list is reloaded.
    void moveFailed(const QString& message);

private:
    static const char* const kColumnTitles[]; // in the order of Column
    QImage thumbnailFor(const EvidencePiece& piece) const;

    EvidenceRepository& m_repository;
    QUuid m_campaign;
    mutable QCache<QByteArray, QImage> m_thumbnails;
};

} // namespace casedesk

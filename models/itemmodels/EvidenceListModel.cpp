#include "itemmodels/EvidenceListModel.h"

#include "evidence/EvidencePreview.h"
#include "evidence/EvidenceRepository.h"
#include "storage/DatabaseError.h"

#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace casedesk {

const char* const EvidenceListModel::kColumnTitles[]
    = { QT_TR_NOOP("No."),        QT_TR_NOOP("Title"),         QT_TR_NOOP("Date"), QT_TR_NOOP("Source"),
        QT_TR_NOOP("Visibility"), QT_TR_NOOP("Original file"), QT_TR_NOOP("Size") };

const QString EvidenceListModel::kMimeType = QStringLiteral("application/x-casedesk-evidence-piece");

EvidenceListModel::EvidenceListModel(EvidenceRepository& repository, QObject* parent)
    : RecordTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_repository(repository)
    , m_thumbnails(200)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
    connect(&m_repository, &EvidenceRepository::piecesChanged, this, [this](const QUuid& campaign) {
        if (campaign == m_campaign)
            reload();
    });
}

void EvidenceListModel::setCampaign(const QUuid& campaignUuid)
{
    m_campaign = campaignUuid;
    reload();
}

void EvidenceListModel::reload()
{
    resetRows(m_campaign.isNull() ? QList<EvidencePiece>() : m_repository.pieces(m_campaign));
}

int EvidenceListModel::rowOf(const QUuid& pieceUuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sync.uuid == pieceUuid)
            return row;
    }
    return -1;
}

QImage EvidenceListModel::thumbnailFor(const EvidencePiece& piece) const
{
    if (QImage* cached = m_thumbnails.object(piece.sha256))
        return *cached;
    const QImage image = EvidencePreview::thumbnail(m_repository.vault().filePath(piece.sha256),
                                                    piece.mediaType, QSize(kThumbnailSize, kThumbnailSize));
    m_thumbnails.insert(piece.sha256, new QImage(image));
    return image;
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    const EvidencePiece* shown = rowAt(index);
    if (!shown)
        return {};
    const EvidencePiece& piece = *shown;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return piece.number;
        case Title:
            return piece.metadata.title;
        case DocumentDate:
            return piece.metadata.documentDate.isValid()
                ? locale.toString(piece.metadata.documentDate, QLocale::ShortFormat)
                : QString();
        case Source:
            return piece.metadata.source;
        case Public:
            return piece.metadata.isPublic ? tr("Public") : tr("Private");
        case FileName:
            return piece.originalName;
        case Size:
            return locale.formattedDataSize(piece.size);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Number) {
        const QImage image = thumbnailFor(piece);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (role == Qt::ToolTipRole)
        return tr("%1\nFile: %2 (%3)\nSHA-256: %4")
            .arg(piece.metadata.title, piece.originalName, piece.mediaType,
                 QString::fromLatin1(piece.sha256));
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return piece.sync.uuid;
    return {};
}

Qt::ItemFlags EvidenceListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions EvidenceListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList EvidenceListModel::mimeTypes() const
{
    return { kMimeType, QStringLiteral("text/uri-list") };
}

QMimeData* EvidenceListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMimeType, m_rows.value(indexes.first().row()).sync.uuid.toByteArray(QUuid::WithoutBraces));
    return data;
}

bool EvidenceListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                        const QModelIndex&) const
{
    return !m_campaign.isNull() && data && (data->hasFormat(kMimeType) || data->hasUrls());
}

bool EvidenceListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    if (data->hasUrls() && !data->hasFormat(kMimeType)) {
        QStringList paths;
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        if (!paths.isEmpty())
            emit filesDropped(paths);
        return false; // the page copies them; nothing moves in the view now
    }
    const QUuid uuid = QUuid::fromString(QString::fromLatin1(data->data(kMimeType)));
    const int from = rowOf(uuid);
    if (from < 0)
        return false;
    // Between rows: `row` is the gap, which counts the dragged row still in its place; onto a
    // row: take that row's place; below the last row: go last.
    int target = int(m_rows.size()) - 1;
    if (row >= 0)
        target = row > from ? row - 1 : row;
    else if (parent.isValid())
        target = parent.row();
    target = std::clamp(target, 0, int(m_rows.size()) - 1);
    if (target == from)
        return false;
    try {
        m_repository.move(uuid, target + 1);
    } catch (const DatabaseError& error) {
        reload();
        emit moveFailed(error.message());
    }
    return false; // the repository renumbered and the list reloaded; the view removes nothing
}

} // namespace casedesk

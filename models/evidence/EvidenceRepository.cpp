#include "evidence/EvidenceRepository.h"

#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcEvidence, "casedesk.evidence")

namespace casedesk {

const QString EvidenceRepository::kMaxFileBytesKey = QStringLiteral("evidence.max_file_bytes");

namespace {

using SqlValues::dateValue;
using SqlValues::instant;
using SqlValues::uuidText;

// Numbers are moved out of the way before a renumbering, so the unique index never sees two
// live pieces with one number, even between two statements.
constexpr qint64 kRenumberOffset = 1000000000;

const QString kColumns = SyncColumns::list()
    + QStringLiteral(", campaign_uuid, number, title, document_date, source, description, tags, public, "
                     "original_name, media_type, size, sha256, attached_at");

QString tagsText(const QStringList& tags)
{
    QStringList cleaned;
    for (const QString& tag : tags) {
        const QString trimmed = tag.simplified();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(cleaned)).toJson(QJsonDocument::Compact));
}

QStringList tagsFrom(const QString& text)
{
    QStringList tags;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        tags.append(value.toString());
    return tags;
}

EvidencePiece pieceFrom(const QSqlQuery& q)
{
    EvidencePiece p;
    p.sync = SyncColumns::read(q);
    p.campaignUuid = QUuid::fromString(q.value(7).toString());
    p.number = q.value(8).toInt();
    p.metadata.title = q.value(9).toString();
    p.metadata.documentDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    p.metadata.source = q.value(11).toString();
    p.metadata.description = q.value(12).toString();
    p.metadata.tags = tagsFrom(q.value(13).toString());
    p.metadata.isPublic = q.value(14).toBool();
    p.originalName = q.value(15).toString();
    p.mediaType = q.value(16).toString();
    p.size = q.value(17).toLongLong();
    p.sha256 = q.value(18).toString().toLatin1();
    p.attachedAt = instant(q.value(19));
    return p;
}

// The title a piece gets when the user gave none: the file's name without its extension. The
// name is text, never read as a path.
QString defaultTitle(const QString& originalName)
{
    static const QRegularExpression extension(QStringLiteral("\\.[A-Za-z0-9]{1,8}$"));
    const QString base = QString(originalName).remove(extension).simplified();
    return base.isEmpty() ? originalName.simplified() : base;
}

QString mediaTypeOf(const QString& originalName, const QString& stagedPath)
{
    QFile file(stagedPath);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(8192);
    // The content decides when it is specific (a PNG named ".txt" is an image); the name refines
    // it when both agree (a .docx is a ZIP archive by content).
    const QMimeDatabase types;
    const QMimeType byContent = types.mimeTypeForData(head);
    const QMimeType byName = types.mimeTypeForFileNameAndData(originalName, head);
    if (byContent.isValid() && !byContent.isDefault() && byContent.name() != QLatin1String("text/plain")
        && !byName.inherits(byContent.name()))
        return byContent.name();
    return byName.name();
}

} // namespace

EvidenceRepository::EvidenceRepository(Database& database, const Vault& vault, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_vault(vault)
{
}

qint64 EvidenceRepository::maxFileBytes()
{
    bool ok = false;
    const qint64 stored = DeskSettings::value(m_database, kMaxFileBytesKey).toString().toLongLong(&ok);
    return ok && stored > 0 ? stored : Vault::kDefaultMaxFileBytes;
}

void EvidenceRepository::setMaxFileBytes(qint64 bytes)
{
    if (bytes <= 0)
        throw DatabaseError(tr("The size limit for one piece must be more than 0 bytes."));
    WriteTransaction transaction(m_database);
    DeskSettings::setValue(m_database, kMaxFileBytesKey, QString::number(bytes));
    transaction.commit();
}

AttachOutcome EvidenceRepository::attach(const QUuid& campaignUuid, const StagedFile& staged,
                                         const QString& originalName, const EvidenceMetadata& metadata)
{
    AttachOutcome outcome;
    try {
        if (!Vault::isValidHash(staged.sha256))
            throw DatabaseError(
                tr("The copy of %1 has no valid fingerprint; it was not attached.").arg(originalName));
        // The write lock is taken before the file moves into place: garbage collection, which runs
        // under the same lock, can never delete it between the move and the row that refers to it.
        WriteTransaction transaction(m_database);
        if (!CampaignRepository(m_database).holdsLive(campaignUuid)) {
            throw DatabaseError(tr("No campaign has the identifier %1; %2 was not attached.")
                                    .arg(uuidText(campaignUuid), originalName));
        }
        QSqlQuery existing = m_database.exec(
            QStringLiteral("SELECT %1 FROM evidence WHERE campaign_uuid = ? AND sha256 = ? AND deleted = 0 "
                           "ORDER BY number LIMIT 1")
                .arg(kColumns),
            { uuidText(campaignUuid), QString::fromLatin1(staged.sha256) });
        if (existing.next()) {
            outcome.kind = AttachOutcome::Kind::AlreadyAttached;
            outcome.piece = pieceFrom(existing);
            // Committing (not discarding) the fresh copy repairs a stored file that was damaged
            // since: re-attaching the original is how the user fixes an "altered" piece.
            bool alreadyStored = false;
            QString error;
            if (!m_vault.commit(staged, &alreadyStored, &error))
                throw DatabaseError(error);
            return outcome;
        }
        bool alreadyStored = false;
        QString error;
        if (!m_vault.commit(staged, &alreadyStored, &error))
            throw DatabaseError(error);

        EvidencePiece& piece = outcome.piece;
        outcome.kind = alreadyStored ? AttachOutcome::Kind::SharedContent : AttachOutcome::Kind::Attached;
        const QString now = Clock::nowUtcIso();
        piece.sync.uuid = QUuid::createUuid();
        piece.campaignUuid = campaignUuid;
        piece.metadata = metadata;
        if (piece.metadata.title.trimmed().isEmpty())
            piece.metadata.title = defaultTitle(originalName);
        piece.originalName = originalName;
        piece.mediaType = mediaTypeOf(originalName, m_vault.filePath(staged.sha256));
        piece.size = staged.size;
        piece.sha256 = staged.sha256;
        piece.number = m_database
                           .scalar(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM evidence "
                                                  "WHERE campaign_uuid = ? AND deleted = 0"),
                                   { uuidText(campaignUuid) })
                           .toInt();
        QSqlQuery insert = m_database.exec(
            QStringLiteral(
                "INSERT INTO evidence (uuid, revision, created_at, updated_at, campaign_uuid, number, "
                "title, document_date, source, description, tags, public, original_name, media_type, "
                "size, sha256, attached_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { uuidText(piece.sync.uuid), now, now, uuidText(campaignUuid), piece.number, piece.metadata.title,
              dateValue(piece.metadata.documentDate), piece.metadata.source, piece.metadata.description,
              tagsText(piece.metadata.tags), piece.metadata.isPublic ? 1 : 0, originalName, piece.mediaType,
              piece.size, QString::fromLatin1(piece.sha256), now });
        SyncColumns::markCreated(piece.sync, insert.lastInsertId().toLongLong(), now);
        piece.attachedAt = instant(now);
        piece.metadata.tags = tagsFrom(tagsText(piece.metadata.tags));
        enqueue(piece, false, false);
        transaction.commit();
    } catch (...) {
        m_vault.discard(staged);
        throw;
    }
    emit piecesChanged(campaignUuid);
    return outcome;
}

AttachOutcome EvidenceRepository::attachFile(const QUuid& campaignUuid, const QString& path,
                                             const EvidenceMetadata& metadata,
                                             const Vault::Progress& progress)
{
    const StageResult staged = m_vault.stage(path, maxFileBytes(), progress);
    if (!staged.ok())
        throw DatabaseError(staged.message);
    return attach(campaignUuid, staged.file, QFileInfo(path).fileName(), metadata);
}

std::optional<EvidencePiece> EvidenceRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, kColumns, pieceFrom);
}

QList<EvidencePiece> EvidenceRepository::pieces(const QUuid& campaignUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM evidence WHERE campaign_uuid = ? AND deleted = 0 ORDER BY number")
            .arg(kColumns),
        { uuidText(campaignUuid) });
    QList<EvidencePiece> result;
    while (q.next())
        result.append(pieceFrom(q));
    return result;
}

int EvidenceRepository::count(const QUuid& campaignUuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM evidence WHERE campaign_uuid = ? AND deleted = 0"),
                { uuidText(campaignUuid) })
        .toInt();
}

std::optional<EvidencePiece> EvidenceRepository::byNumber(const QUuid& campaignUuid, int number)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM evidence WHERE campaign_uuid = ? AND number = ? AND deleted = 0")
            .arg(kColumns),
        { uuidText(campaignUuid), number });
    if (!q.next())
        return std::nullopt;
    return pieceFrom(q);
}

QList<FieldProblem> EvidenceRepository::update(EvidencePiece& piece)
{
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .checkRevision(
            piece.sync.uuid, piece.sync.revision,
            tr("The piece \"%1\" no longer exists; it was deleted elsewhere.").arg(piece.metadata.title),
            tr("The piece \"%1\" was changed elsewhere since it was opened; it has been reloaded.")
                .arg(piece.metadata.title));
    QSqlQuery current = m_database.exec(QStringLiteral("SELECT public, number FROM evidence WHERE uuid = ?"),
                                        { uuidText(piece.sync.uuid) });
    current.next();
    const bool wasPublic = current.value(0).toBool();
    if (piece.metadata.title.trimmed().isEmpty())
        return { { QStringLiteral("title"),
                   tr("Piece no. %1: the title cannot be empty.").arg(current.value(1).toInt()) } };
    const qint64 revision = piece.sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE evidence SET revision = ?, updated_at = ?, title = ?, document_date = ?, "
                       "source = ?, description = ?, tags = ?, public = ? WHERE id = ?"),
        { revision, now, piece.metadata.title.trimmed(), dateValue(piece.metadata.documentDate),
          piece.metadata.source, piece.metadata.description, tagsText(piece.metadata.tags),
          piece.metadata.isPublic ? 1 : 0, piece.sync.localId });
    SyncColumns::markSaved(piece.sync, revision, now);
    enqueue(piece, wasPublic, false);
    transaction.commit();
    piece.metadata.title = piece.metadata.title.trimmed();
    piece.metadata.tags = tagsFrom(tagsText(piece.metadata.tags));
    emit piecesChanged(piece.campaignUuid);
    return {};
}

void EvidenceRepository::enqueue(const EvidencePiece& piece, bool wasPublic, bool deleted)
{
    // Only public pieces leave the desk. One that stops being public (or is deleted) after it may
    // have been pushed is queued as a deletion so the platform takes it down.
    const bool leaves = piece.metadata.isPublic && !deleted;
    if (leaves)
        Outbox::enqueue(m_database, kEntity, piece.sync.uuid, Outbox::Operation::Upsert, piece.sync.revision);
    else if (wasPublic || piece.sync.serverVersion)
        Outbox::enqueue(m_database, kEntity, piece.sync.uuid, Outbox::Operation::Delete, piece.sync.revision);
    else
        Outbox::forget(m_database, kEntity, piece.sync.uuid);
}

void EvidenceRepository::renumber(const QUuid& campaignUuid, const QList<QUuid>& order)
{
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE evidence SET number = number + ? WHERE campaign_uuid = ? AND deleted = 0"),
        { kRenumberOffset, uuidText(campaignUuid) });
    for (int i = 0; i < order.size(); ++i) {
        QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM evidence WHERE uuid = ?").arg(kColumns),
                                      { uuidText(order.at(i)) });
        if (!q.next())
            throw DatabaseError(tr("A piece disappeared while the list was renumbered."));
        EvidencePiece piece = pieceFrom(q);
        const int number = i + 1;
        if (piece.number - kRenumberOffset == number) {
            m_database.exec(QStringLiteral("UPDATE evidence SET number = ? WHERE id = ?"),
                            { number, piece.sync.localId });
            continue;
        }
        piece.sync.revision += 1;
        piece.number = number;
        m_database.exec(
            QStringLiteral("UPDATE evidence SET number = ?, revision = ?, updated_at = ? WHERE id = ?"),
            { number, piece.sync.revision, now, piece.sync.localId });
        enqueue(piece, piece.metadata.isPublic, false);
    }
}

void EvidenceRepository::move(const QUuid& pieceUuid, int number)
{
    WriteTransaction transaction(m_database);
    const std::optional<EvidencePiece> piece = load(pieceUuid);
    if (!piece)
        throw DatabaseError(tr("The piece %1 no longer exists.").arg(uuidText(pieceUuid)));
    const QList<EvidencePiece> list = pieces(piece->campaignUuid);
    if (number < 1 || number > list.size())
        throw DatabaseError(
            tr("Piece no. %1 cannot move to no. %2: the campaign has %n piece(s).", nullptr, int(list.size()))
                .arg(piece->number)
                .arg(number));
    QList<QUuid> order;
    for (const EvidencePiece& p : list) {
        if (p.sync.uuid != pieceUuid)
            order.append(p.sync.uuid);
    }
    order.insert(number - 1, pieceUuid);
    renumber(piece->campaignUuid, order);
    transaction.commit();
    emit piecesChanged(piece->campaignUuid);
}

void EvidenceRepository::remove(const QUuid& pieceUuid)
{
    remove(QList<QUuid> { pieceUuid });
}

void EvidenceRepository::remove(const QList<QUuid>& pieceUuids)
{
    QList<EvidencePiece> removed;
    {
        WriteTransaction transaction(m_database);
        const QString now = Clock::nowUtcIso();
        for (const QUuid& uuid : pieceUuids) {
            std::optional<EvidencePiece> piece = load(uuid);
            if (!piece)
                throw DatabaseError(tr("The piece %1 no longer exists.").arg(uuidText(uuid)));
            piece->sync.revision += 1;
            SyncedTable(m_database, kTable).tombstone(uuid, piece->sync.revision, now);
            enqueue(*piece, piece->metadata.isPublic, true);
            removed.append(*piece);
        }
        transaction.commit();
    }
    // After the commit: had it failed, the rows would still point at their files.
    QSet<QUuid> campaigns;
    for (const EvidencePiece& piece : std::as_const(removed)) {
        removeFileIfUnreferenced(piece.sha256);
        campaigns.insert(piece.campaignUuid);
    }
    for (const QUuid& campaign : std::as_const(campaigns))
        emit piecesChanged(campaign);
}

bool EvidenceRepository::removeFileIfUnreferenced(const QByteArray& sha256)
{
    // Under the write lock: no attach can record a reference to this file meanwhile.
    WriteTransaction transaction(m_database);
    const int references
        = m_database
              .scalar(QStringLiteral("SELECT count(*) FROM evidence WHERE sha256 = ? AND deleted = 0"),
                      { QString::fromLatin1(sha256) })
              .toInt();
    QString error;
    bool removed = false;
    if (references == 0) {
        removed = m_vault.removeFile(sha256, &error);
        if (!removed)
            qCWarning(lcEvidence) << "cannot remove an unreferenced vault file:" << error;
    }
    transaction.commit();
    return removed && references == 0;
}

int EvidenceRepository::storeReceived(const EvidencePiece& piece, qint64 serverVersion)
{
    if (!Vault::isValidHash(piece.sha256) || !m_vault.contains(piece.sha256))
        throw DatabaseError(
            tr("The file of the piece \"%1\" is not in the evidence folder; it was not recorded.")
                .arg(piece.metadata.title));
    WriteTransaction transaction(m_database);
    const QString now = Clock::nowUtcIso();
    const QString uuid = uuidText(piece.sync.uuid);
    const QString campaign = uuidText(piece.campaignUuid);
    // Numbers may already be cited in written submissions: a clash keeps both pieces, the received
    // one taking the next free number here.
    int number = piece.number;
    const bool taken = m_database
                           .scalar(QStringLiteral("SELECT count(*) FROM evidence WHERE campaign_uuid = ? AND "
                                                  "number = ? AND deleted = 0 AND uuid <> ?"),
                                   { campaign, number, uuid })
                           .toInt()
        > 0;
    if (taken || number < 1) {
        const QVariant current = m_database.scalar(
            QStringLiteral("SELECT number FROM evidence WHERE uuid = ? AND deleted = 0"), { uuid });
        number = !current.isNull()
            ? current.toInt()
            : m_database
                  .scalar(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM "
                                         "evidence WHERE campaign_uuid = ? AND deleted = 0"),
                          { campaign })
                  .toInt();
        qCInfo(lcEvidence) << "received piece" << uuid << "numbered" << number << "instead of" << piece.number
                           << "(number taken on this desk)";
    }
    const QVariantList fields { campaign,
                                number,
                                piece.metadata.title,
                                dateValue(piece.metadata.documentDate),
                                piece.metadata.source,
                                piece.metadata.description,
                                tagsText(piece.metadata.tags),
                                piece.metadata.isPublic ? 1 : 0,
                                piece.originalName,
                                piece.mediaType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                          : piece.mediaType,
                                piece.size,
                                QString::fromLatin1(piece.sha256),
                                serverVersion,
                                now };
    QSqlQuery updated = m_database.exec(
        QStringLiteral("UPDATE evidence SET campaign_uuid = ?, number = ?, title = ?, document_date = ?, "
                       "source = ?, description = ?, tags = ?, public = ?, original_name = ?, "
                       "media_type = ?, size = ?, sha256 = ?, server_version = ?, updated_at = ?, "
                       "deleted = 0, revision = revision + 1 WHERE uuid = ?"),
        fields + QVariantList { uuid });
    if (updated.numRowsAffected() == 0) {
        m_database.exec(
            QStringLiteral(
                "INSERT INTO evidence (campaign_uuid, number, title, document_date, source, description, "
                "tags, public, original_name, media_type, size, sha256, server_version, updated_at, uuid, "
                "revision, created_at, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
                "?, ?)"),
            fields + QVariantList { uuid, now, now });
    }
    transaction.commit();
    return number;
}

void EvidenceRepository::removeReceived(const QUuid& pieceUuid, std::optional<qint64> serverVersion)
{
    SyncedTable(m_database, kTable).tombstoneReceived(pieceUuid, serverVersion);
}

int EvidenceRepository::collectGarbage()
{
    WriteTransaction transaction(m_database);
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT DISTINCT sha256 FROM evidence WHERE deleted = 0"));
    QSet<QByteArray> live;
    while (q.next())
        live.insert(q.value(0).toString().toLatin1());
    int removed = 0;
    for (const QByteArray& hash : m_vault.storedHashes()) {
        QString error;
        if (live.contains(hash))
            continue;
        if (m_vault.removeFile(hash, &error))
            ++removed;
        else
            qCWarning(lcEvidence) << error;
    }
    transaction.commit();
    m_vault.sweepAbandonedCopies();
    return removed;
}

QList<IntegrityTarget> EvidenceRepository::integrityTargets(const std::optional<QUuid>& campaignUuid)
{
    QString sql = QStringLiteral("SELECT %1 FROM evidence WHERE deleted = 0").arg(kColumns);
    QVariantList values;
    if (campaignUuid) {
        sql += QStringLiteral(" AND campaign_uuid = ?");
        values.append(uuidText(*campaignUuid));
    }
    sql += QStringLiteral(" ORDER BY sha256, campaign_uuid, number");
    QSqlQuery q = m_database.exec(sql, values);
    QList<IntegrityTarget> targets;
    while (q.next()) {
        EvidencePiece piece = pieceFrom(q);
        if (targets.isEmpty() || targets.last().sha256 != piece.sha256)
            targets.append({ piece.sha256, piece.size, {} });
        targets.last().pieces.append(piece);
    }
    return targets;
}

QList<IntegrityProblem> EvidenceRepository::checkTargets(const Vault& vault,
                                                         const QList<IntegrityTarget>& targets,
                                                         const Vault::Progress& progress,
                                                         const std::atomic_bool* cancel)
{
    qint64 total = 0;
    for (const IntegrityTarget& target : targets)
        total += target.size;
    qint64 done = 0;
    QList<IntegrityProblem> problems;
    for (const IntegrityTarget& target : targets) {
        if (cancel && cancel->load())
            break;
        const Vault::FileState state = vault.check(
            target.sha256, target.size,
            progress ? Vault::Progress([&](qint64 fileDone, qint64) { progress(done + fileDone, total); })
                     : Vault::Progress(),
            cancel);
        done += target.size;
        if (state == Vault::FileState::Intact)
            continue;
        for (const EvidencePiece& piece : target.pieces)
            problems.append({ piece, state });
    }
    return problems;
}

QList<IntegrityProblem> EvidenceRepository::verify(const std::optional<QUuid>& campaignUuid,
                                                   const Vault::Progress& progress)
{
    return checkTargets(m_vault, integrityTargets(campaignUuid), progress);
}

QString EvidenceRepository::describe(Vault::FileState state)
{
    switch (state) {
    case Vault::FileState::Intact:
        return tr("intact");
    case Vault::FileState::Missing:
        return tr("missing: its file is no longer in the evidence folder");
    case Vault::FileState::Altered:
        return tr("altered: its file changed since it was attached");
    case Vault::FileState::Unreadable:
        return tr("unreadable: its file cannot be read (permissions or a disk error)");
    }
    return {};
}

} // namespace casedesk

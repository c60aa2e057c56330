// Evidence pieces: only public ones leave the desk, with their file (uploaded before the record,
// downloaded before the page's transaction by SyncClient).
#include "sync/kinds/KindEntries.h"

#include "campaigns/CampaignRepository.h"
#include "evidence/EvidenceRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/kinds/KindSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk {

namespace {

class EvidenceSync
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSync)
};

// What the jurist says about a piece. Its file (name, type, size, hash) and its number are not
// choices: they stay as the platform has them (the number as this desk already has it).
const ConflictFieldSpec kFields[] = {
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "date", QT_TRANSLATE_NOOP("ConflictResolver", "Document date") },
    { "source", QT_TRANSLATE_NOOP("ConflictResolver", "Source") },
    { "description", QT_TRANSLATE_NOOP("ConflictResolver", "Description") },
    { "tags", QT_TRANSLATE_NOOP("ConflictResolver", "Tags") },
    { "public", QT_TRANSLATE_NOOP("ConflictResolver", "Public") },
};

EvidenceRepository repository(Database& database)
{
    return EvidenceRepository(database, Vault(Vault::pathForDesk(database.path())));
}

// A public piece as the platform describes it (file fields included).
EvidencePiece fromDocument(const QUuid& uuid, const QJsonObject& data)
{
    EvidencePiece piece;
    piece.sync.uuid = uuid;
    piece.campaignUuid = uuidField(data, QStringLiteral("campaignId"));
    piece.number = data.value(QStringLiteral("number")).toInt();
    piece.metadata.title = data.value(QStringLiteral("title")).toString();
    piece.metadata.documentDate = dateField(data, QStringLiteral("date"));
    piece.metadata.source = data.value(QStringLiteral("source")).toString();
    piece.metadata.description = data.value(QStringLiteral("description")).toString();
    for (const QJsonValue& tag : data.value(QStringLiteral("tags")).toArray())
        piece.metadata.tags.append(tag.toString());
    piece.metadata.isPublic = true;
    piece.originalName = data.value(QStringLiteral("originalName")).toString();
    piece.mediaType = data.value(QStringLiteral("mediaType")).toString();
    piece.size = data.value(QStringLiteral("size")).toInteger();
    piece.sha256 = data.value(QStringLiteral("sha256")).toString().toLatin1();
    return piece;
}

// A private piece is, for the platform, gone: the desk keeps it.
QJsonObject document(Database& database, const QUuid& uuid)
{
    const std::optional<EvidencePiece> piece = EvidenceRepository(database, Vault(QString())).load(uuid);
    if (!piece || !piece->metadata.isPublic)
        return {};
    QJsonObject json { { QStringLiteral("campaignId"), SqlValues::uuidText(piece->campaignUuid) },
                       { QStringLiteral("number"), piece->number },
                       { QStringLiteral("title"), piece->metadata.title },
                       { QStringLiteral("source"), piece->metadata.source },
                       { QStringLiteral("description"), piece->metadata.description },
                       { QStringLiteral("tags"), QJsonArray::fromStringList(piece->metadata.tags) },
                       { QStringLiteral("originalName"), piece->originalName },
                       { QStringLiteral("mediaType"), piece->mediaType },
                       { QStringLiteral("size"), piece->size },
                       { QStringLiteral("sha256"), QString::fromLatin1(piece->sha256) },
                       { QStringLiteral("public"), true } };
    if (piece->metadata.documentDate.isValid())
        json.insert(QStringLiteral("date"), piece->metadata.documentDate.toString(Qt::ISODate));
    return json;
}

// Only public pieces live on the platform; one it holds as private is, for this desk, gone.
bool hiddenThere(const QJsonObject& data)
{
    return !data.value(QStringLiteral("public")).toBool(true);
}

PullOutcome applyPulled(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::evidence(), record, &local))
        return *outcome;
    EvidenceRepository pieces(context.database, Vault(context.vaultRoot));
    if (record.deleted || hiddenThere(record.data)) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        pieces.removeReceived(record.id, record.version);
        return PullOutcome::Applied;
    }
    const EvidencePiece piece = fromDocument(record.id, record.data);
    // A piece of a campaign this desk does not hold (never received, deleted here) is not kept.
    if (!CampaignRepository(context.database).holdsLive(piece.campaignUuid)) {
        context.notices.append(
            EvidenceSync::tr("The piece \"%1\" received from the platform was left out: its "
                             "campaign %2 is not on this desk.")
                .arg(piece.metadata.title, SqlValues::uuidText(piece.campaignUuid)));
        return PullOutcome::AlreadyKnown;
    }
    if (!pieces.vault().contains(piece.sha256))
        return PullOutcome::AlreadyKnown; // its file could not be had (SyncClient logged it)
    const int number = pieces.storeReceived(piece, record.version);
    if (number != piece.number)
        context.notices.append(EvidenceSync::tr("Piece no. %1 \"%2\" received from the platform is no. %3 on "
                                                "this desk: no. %1 was already taken here.")
                                   .arg(piece.number)
                                   .arg(piece.metadata.title)
                                   .arg(number));
    return PullOutcome::Applied;
}

// Keeps its file fields; the file must be in the vault.
void writeDecided(Database& database, const QUuid& uuid, const QJsonObject& data,
                  std::optional<qint64> version)
{
    repository(database).storeReceived(fromDocument(uuid, data), version.value_or(0));
}

void tombstoneDecided(Database& database, const QUuid& uuid, std::optional<qint64> version)
{
    repository(database).removeReceived(uuid, version);
}

} // namespace

const SyncKind& KindEntries::evidence()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = EvidenceRepository::kEntity;
        k.wireKind = QStringLiteral("evidence");
        k.collection = QStringLiteral("evidence");
        k.table = EvidenceRepository::kTable;
        k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") } };
        k.conflictFields = kFields;
        k.carriesFile = true;
        k.document = document;
        k.applyPulled = applyPulled;
        k.writeDecided = writeDecided;
        k.tombstoneDecided = tombstoneDecided;
        k.label = KindSupport::titleLabel;
        k.hiddenThere = hiddenThere;
        return k;
    }();
    return kind;
}

} // namespace casedesk

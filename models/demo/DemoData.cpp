#include "demo/DemoData.h"

#include "board/BoardRepository.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "demo/DemoLedger.h"
#include "evidence/EvidenceRepository.h"
#include "procedures/ProcedureJson.h"
#include "procedures/ProcedureRepository.h"
#include "receipts/ReceiptPolicy.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalBlocker>
#include <QTemporaryDir>

namespace casedesk {

namespace {

// A picture to stand for a photo of the site: no fonts, so it is drawn without a display.
QImage sampleImage()
{
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(QColor(0x9c, 0xc5, 0xe8)); // sky
    QPainter painter(&image);
    painter.fillRect(0, 220, 800, 280, QColor(0x4e, 0x8a, 0x3c)); // meadow
    painter.setBrush(QColor(0x3f, 0x7f, 0xbf));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRect(180, 300, 440, 120)); // pond
    painter.setBrush(QColor(0x2f, 0x5e, 0x2a));
    for (int x = 40; x < 800; x += 110)
        painter.drawEllipse(QRect(x, 150, 90, 120)); // trees
    return image;
}

// The campaign's demo pieces ("evidence": [{"file", "title", "date", "source", "tags", "public",
// "text" or "image"}]), written to a scratch folder and attached like any file.
void attachEvidence(EvidenceRepository& evidence, const QUuid& campaign, const QJsonArray& pieces,
                    const QString& scratch)
{
    for (const QJsonValue& value : pieces) {
        const QJsonObject piece = value.toObject();
        const QString path
            = QDir(scratch).filePath(QFileInfo(piece.value(QStringLiteral("file")).toString()).fileName());
        if (piece.contains(QStringLiteral("image"))) {
            if (!sampleImage().save(path, "PNG"))
                throw DatabaseError(DemoData::tr("Cannot write the demo picture %1.").arg(path));
        } else {
            QFile file(path);
            const QByteArray text = piece.value(QStringLiteral("text")).toString().toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                throw DatabaseError(DemoData::tr("Cannot write the demo file %1.").arg(path));
        }
        EvidenceMetadata metadata;
        metadata.title = piece.value(QStringLiteral("title")).toString();
        metadata.documentDate
            = QDate::fromString(piece.value(QStringLiteral("date")).toString(), Qt::ISODate);
        metadata.source = piece.value(QStringLiteral("source")).toString();
        for (const QJsonValue& tag : piece.value(QStringLiteral("tags")).toArray())
            metadata.tags.append(tag.toString());
        metadata.isPublic = piece.value(QStringLiteral("public")).toBool(false);
        evidence.attachFile(campaign, path, metadata);
    }
}

// The association's board of seven (demo.json's "board"): members only, no round yet.
void addBoard(Database& database, const QJsonArray& members)
{
    BoardRepository board(database);
    for (const QJsonValue& value : members) {
        const QJsonObject json = value.toObject();
        BoardMember member;
        member.name = json.value(QStringLiteral("name")).toString();
        member.role = BoardCodes::roleFromCode(json.value(QStringLiteral("role")).toString())
                          .value_or(BoardRole::Administrator);
        member.roleLabel = json.value(QStringLiteral("roleLabel")).toString();
        member.email = json.value(QStringLiteral("email")).toString();
        member.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QList<FieldProblem> problems = board.add(member);
        if (!problems.isEmpty())
            throw DatabaseError(DemoData::tr("The demo board member %1 was refused: %2")
                                    .arg(member.name, problems.first().message));
    }
}

} // namespace

DemoData::Outcome DemoData::load(Database& database, AssociationRepository& associations,
                                 CampaignRepository& campaigns, const QDate& today, QString* message)
{
    if (campaigns.count({}) > 0) {
        *message = tr("The desk already has campaigns; the demo data was not loaded.");
        return Outcome::DeskNotEmpty;
    }
    // The demo association would replace the user's own profile.
    if (!associations.load().sync.uuid.isNull()) {
        *message = tr("The desk already has an association profile; the demo data was not loaded.");
        return Outcome::DeskNotEmpty;
    }
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("The demo data set is missing from this build.");
        return Outcome::Failed;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        *message = tr("The demo data set is damaged: %1 at offset %2.")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return Outcome::Failed;
    }

    Association association;
    if (!CampaignJson::associationFromJson(document.object().value(QStringLiteral("association")).toObject(),
                                           &association, message))
        return Outcome::Failed;
    QList<Campaign> demoCampaigns;
    for (const QJsonValue& value : document.object().value(QStringLiteral("campaigns")).toArray()) {
        Campaign campaign;
        if (!CampaignJson::fromJson(value.toObject(), today, &campaign, message))
            return Outcome::Failed;
        demoCampaigns.append(campaign);
    }

    try {
        // Views hear about the demo once it is committed, not row by row.
        const QSignalBlocker blockAssociations(associations);
        const QSignalBlocker blockCampaigns(campaigns);
        WriteTransaction transaction(database);
        const QList<FieldProblem> problems = associations.save(association);
        if (!problems.isEmpty()) {
            *message = problems.first().message;
            return Outcome::Failed;
        }
        addBoard(database, document.object().value(QStringLiteral("board")).toArray());
        // Each campaign's procedures and milestones (real procedural history of these public cases).
        ProcedureRepository procedures(database);
        // A few pieces of evidence, so the Evidence area shows previews from the first minute.
        EvidenceRepository evidence(database, Vault(Vault::pathForDesk(database.path())));
        QTemporaryDir scratch;
        if (!scratch.isValid())
            throw DatabaseError(tr("Cannot make a temporary folder for the demo pieces."));
        const QJsonArray campaignsJson = document.object().value(QStringLiteral("campaigns")).toArray();
        QList<DemoLedger::DemoCampaign> raising;
        for (qsizetype i = 0; i < demoCampaigns.size(); ++i) {
            const Campaign stored = campaigns.import(demoCampaigns.at(i));
            ProcedureJson::import(
                procedures, stored.sync.uuid,
                campaignsJson.at(i).toObject().value(QStringLiteral("procedures")).toArray(), stored.title,
                today);
            attachEvidence(evidence, stored.sync.uuid,
                           campaignsJson.at(i).toObject().value(QStringLiteral("evidence")).toArray(),
                           scratch.path());
            // Campaigns that are public have donors: a funded one many, a published one some.
            if (stored.status == CampaignStatus::Funded || stored.status == CampaignStatus::Published) {
                const int gifts = stored.status == CampaignStatus::Funded ? 160 : 70;
                raising.append({ stored.sync.uuid, QStringLiteral("P%1").arg(i + 1), gifts });
            }
        }
        DemoLedger::load(database, raising, today);
        // A demo desk is a treasurer's desk: its receipts can be tried at once.
        SettingsRepository settings(database);
        ReceiptPolicy policy = ReceiptPolicy::load(settings);
        policy.thisDeskIssues = true;
        ReceiptPolicy::save(settings, policy);
        transaction.commit();
    } catch (const DatabaseError& error) {
        *message = tr("The demo data could not be stored: %1").arg(error.message());
        return Outcome::Failed;
    }
    emit associations.associationSaved();
    emit campaigns.campaignsReset();
    *message = tr("Loaded the demo association and %n campaign(s).", nullptr, int(demoCampaigns.size()));
    return Outcome::Loaded;
}

} // namespace casedesk

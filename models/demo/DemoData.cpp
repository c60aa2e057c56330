#include "demo/DemoData.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "demo/DemoLedger.h"
#include "procedures/ProcedureJson.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalBlocker>

namespace casedesk {

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
        // Each campaign's procedures and milestones (real procedural history of these public cases).
        ProcedureRepository procedures(database);
        const QJsonArray campaignsJson = document.object().value(QStringLiteral("campaigns")).toArray();
        QList<DemoLedger::DemoCampaign> raising;
        for (qsizetype i = 0; i < demoCampaigns.size(); ++i) {
            const Campaign stored = campaigns.import(demoCampaigns.at(i));
            ProcedureJson::import(
                procedures, stored.sync.uuid,
                campaignsJson.at(i).toObject().value(QStringLiteral("procedures")).toArray(), stored.title);
            // Campaigns that are public have donors: a funded one many, a published one some.
            if (stored.status == CampaignStatus::Funded || stored.status == CampaignStatus::Published) {
                const int gifts = stored.status == CampaignStatus::Funded ? 160 : 70;
                raising.append({ stored.sync.uuid, QStringLiteral("P%1").arg(i + 1), gifts });
            }
        }
        DemoLedger::load(database, raising, today);
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

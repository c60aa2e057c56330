// Campaigns: one document each, their budget lines and press articles inside it (one outbox entry
// per campaign), both ways.
#include "sync/kinds/KindEntries.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignText.h"
#include "common/Clock.h"
#include "common/Money.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/kinds/KindSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace casedesk {

namespace {

class CampaignSync
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSync)
};

// The campaign document's fields a user decides on, in the editor's order.
const ConflictFieldSpec kFields[] = {
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "summary", QT_TRANSLATE_NOOP("ConflictResolver", "Summary") },
    { "description", QT_TRANSLATE_NOOP("ConflictResolver", "Description") },
    { "cause", QT_TRANSLATE_NOOP("ConflictResolver", "Cause") },
    { "harm", QT_TRANSLATE_NOOP("ConflictResolver", "Harm") },
    { "legalBasis", QT_TRANSLATE_NOOP("ConflictResolver", "Legal basis") },
    { "court", QT_TRANSLATE_NOOP("ConflictResolver", "Court") },
    { "opposingParty", QT_TRANSLATE_NOOP("ConflictResolver", "Opposing party") },
    { "goalCents", QT_TRANSLATE_NOOP("ConflictResolver", "Goal") },
    { "endDate", QT_TRANSLATE_NOOP("ConflictResolver", "End date") },
    { "status", QT_TRANSLATE_NOOP("ConflictResolver", "Status") },
    { "howMoneyUsed", QT_TRANSLATE_NOOP("ConflictResolver", "How the money is used") },
    { "budgetLines", QT_TRANSLATE_NOOP("ConflictResolver", "Budget lines") },
    { "pressArticles", QT_TRANSLATE_NOOP("ConflictResolver", "Press articles") },
};

QJsonObject document(Database& database, const QUuid& uuid)
{
    const std::optional<Campaign> campaign = CampaignRepository(database).load(uuid);
    if (!campaign)
        return {};
    QJsonObject json = CampaignJson::toJson(*campaign, SettingsRepository(database).feeSettings());
    json.remove(QStringLiteral("sync")); // desk-local; the platform's envelope carries identity
    // Legal strategy for the board: campaigns are public on the platform, these never go there.
    for (const QString& key : CampaignJson::deskOnlyKeys())
        json.remove(key);
    return json;
}

// Pulled children keep the platform's UUIDs: they are the identities later merges rely on.
QUuid childUuid(const QJsonValue& value)
{
    const QUuid uuid = uuidField(value.toObject(), QStringLiteral("uuid"));
    return uuid.isNull() ? QUuid::createUuid() : uuid;
}

Campaign fromDocument(const QUuid& uuid, const QJsonObject& data)
{
    Campaign campaign;
    QString error;
    if (!CampaignJson::fromJson(data, Clock::today(), &campaign, &error))
        throw DatabaseError(CampaignSync::tr("The platform sent a campaign this desk cannot read (%1): %2")
                                .arg(SqlValues::uuidText(uuid), error));
    campaign.sync.uuid = uuid;
    const QJsonArray lines = data.value(QStringLiteral("budgetLines")).toArray();
    for (int i = 0; i < campaign.budgetLines.size(); ++i)
        campaign.budgetLines[i].uuid = childUuid(lines.at(i));
    const QJsonArray articles = data.value(QStringLiteral("pressArticles")).toArray();
    for (int i = 0; i < campaign.pressArticles.size(); ++i)
        campaign.pressArticles[i].uuid = childUuid(articles.at(i));
    return campaign;
}

PullOutcome applyPulled(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::campaign(), record, &local))
        return *outcome;
    CampaignRepository campaigns(context.database);
    if (record.deleted && !local.exists)
        return PullOutcome::AlreadyKnown; // created and deleted elsewhere: nothing to forget here
    if (record.deleted) {
        campaigns.removeReceived(record.id, record.version);
        return PullOutcome::Applied;
    }
    campaigns.storeReceived(fromDocument(record.id, record.data), record.version,
                            CampaignSync::tr("Changed on the platform"));
    return PullOutcome::Applied;
}

void writeDecided(Database& database, const QUuid& uuid, const QJsonObject& data,
                  std::optional<qint64> version)
{
    CampaignRepository(database).storeReceived(fromDocument(uuid, data), version,
                                               CampaignSync::tr("Conflict resolved"));
}

QString budgetLinesText(const QJsonArray& lines)
{
    QStringList text;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        const auto kind = CampaignCodes::budgetKindFromCode(line.value(QStringLiteral("kind")).toString());
        text.append(
            QStringLiteral("%1: %2 (%3)")
                .arg(kind ? CampaignText::budgetKind(*kind) : line.value(QStringLiteral("kind")).toString(),
                     line.value(QStringLiteral("label")).toString(),
                     Money::format(line.value(QStringLiteral("amountCents")).toInteger())));
    }
    return text.join(QLatin1Char('\n'));
}

QString pressArticlesText(const QJsonArray& articles)
{
    QStringList text;
    for (const QJsonValue& value : articles) {
        const QJsonObject article = value.toObject();
        text.append(
            QStringLiteral("%1 — %2, %3")
                .arg(article.value(QStringLiteral("title")).toString(),
                     article.value(QStringLiteral("outlet")).toString(),
                     QLocale().toString(dateField(article, QStringLiteral("date")), QLocale::ShortFormat)));
    }
    return text.join(QLatin1Char('\n'));
}

std::optional<QString> fieldText(Database&, const QString& key, const QJsonValue& value)
{
    if (key == QLatin1String("cause")) {
        const auto cause = CampaignCodes::causeFromCode(value.toString());
        return cause ? CampaignText::cause(*cause) : value.toString();
    }
    if (key == QLatin1String("status")) {
        const auto status = CampaignCodes::statusFromCode(value.toString());
        return status ? CampaignText::status(*status) : value.toString();
    }
    if (key == QLatin1String("goalCents"))
        return Money::format(value.toInteger());
    if (key == QLatin1String("budgetLines"))
        return budgetLinesText(value.toArray());
    if (key == QLatin1String("pressArticles"))
        return pressArticlesText(value.toArray());
    return std::nullopt;
}

} // namespace

const SyncKind& KindEntries::campaign()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = CampaignRepository::kEntity;
        k.wireKind = QStringLiteral("campaign");
        k.collection = QStringLiteral("campaigns");
        k.table = CampaignRepository::kTable;
        k.conflictFields = kFields;
        k.document = document;
        k.applyPulled = applyPulled;
        k.writeDecided = writeDecided;
        k.tombstoneDecided = KindSupport::tombstoneReceived<CampaignRepository>;
        k.label = KindSupport::titleLabel;
        k.fieldText = fieldText;
        return k;
    }();
    return kind;
}

} // namespace casedesk

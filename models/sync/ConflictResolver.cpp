#include "sync/ConflictResolver.h"

#include "campaigns/Campaign.h"
#include "campaigns/CampaignText.h"
#include "common/Money.h"
#include "evidence/Vault.h"
#include "procedures/Procedure.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/LedgerSync.h"

#include <QJsonArray>
#include <QLocale>

#include <span>

namespace casedesk {

namespace {

const QString kDeleted = QStringLiteral("deleted");
const QString kData = QStringLiteral("data");
const QString kCampaign = QStringLiteral("campaign");
const QString kNews = QStringLiteral("news");
const QString kEvidence = QStringLiteral("evidence");
const QString kProcedure = QStringLiteral("procedure");
const QString kMilestone = QStringLiteral("milestone");

struct FieldSpec
{
    const char* key;
    const char* label;
};

// The campaign document's fields a user decides on, in the editor's order.
const FieldSpec kCampaignFields[] = {
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

// A news item as the platform shows it. Its campaign is not a choice: it never moves.
const FieldSpec kNewsFields[] = {
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "body", QT_TRANSLATE_NOOP("ConflictResolver", "Text") },
    { "publishedAt", QT_TRANSLATE_NOOP("ConflictResolver", "Published") },
};

// What the jurist says about a piece. Its file (name, type, size, hash) and its number are not
// choices: they stay as the platform has them (the number as this desk already has it).
const FieldSpec kEvidenceFields[] = {
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "date", QT_TRANSLATE_NOOP("ConflictResolver", "Document date") },
    { "source", QT_TRANSLATE_NOOP("ConflictResolver", "Source") },
    { "description", QT_TRANSLATE_NOOP("ConflictResolver", "Description") },
    { "tags", QT_TRANSLATE_NOOP("ConflictResolver", "Tags") },
    { "public", QT_TRANSLATE_NOOP("ConflictResolver", "Public") },
};

// A procedure: its campaign never moves, and the appeal link is decided with the court.
const FieldSpec kProcedureFields[] = {
    { "court", QT_TRANSLATE_NOOP("ConflictResolver", "Court") },
    { "courtName", QT_TRANSLATE_NOOP("ConflictResolver", "Court name") },
    { "kind", QT_TRANSLATE_NOOP("ConflictResolver", "Kind of procedure") },
    { "caseNumber", QT_TRANSLATE_NOOP("ConflictResolver", "Case number") },
    { "lawyer", QT_TRANSLATE_NOOP("ConflictResolver", "Lawyer") },
    { "parties", QT_TRANSLATE_NOOP("ConflictResolver", "Parties") },
    { "status", QT_TRANSLATE_NOOP("ConflictResolver", "Status") },
    { "appealsId", QT_TRANSLATE_NOOP("ConflictResolver", "Appeal of") },
    { "region", QT_TRANSLATE_NOOP("ConflictResolver", "Public holidays") },
    { "notes", QT_TRANSLATE_NOOP("ConflictResolver", "Notes") },
};

// A milestone: its procedure never moves; a computed deadline's rule and start come with its date.
const FieldSpec kMilestoneFields[] = {
    { "kind", QT_TRANSLATE_NOOP("ConflictResolver", "Kind") },
    { "date", QT_TRANSLATE_NOOP("ConflictResolver", "Date") },
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "note", QT_TRANSLATE_NOOP("ConflictResolver", "Note") },
    { "done", QT_TRANSLATE_NOOP("ConflictResolver", "Done") },
    { "public", QT_TRANSLATE_NOOP("ConflictResolver", "Public") },
};

// A donor as the desks share it (LedgerSync); the platform reference is not a choice.
const FieldSpec kDonorFields[] = {
    { "name", QT_TRANSLATE_NOOP("ConflictResolver", "Name") },
    { "email", QT_TRANSLATE_NOOP("ConflictResolver", "E-mail") },
    { "address", QT_TRANSLATE_NOOP("ConflictResolver", "Address") },
    { "consentToContact", QT_TRANSLATE_NOOP("ConflictResolver", "Agrees to be contacted") },
    { "notes", QT_TRANSLATE_NOOP("ConflictResolver", "Notes") },
};

// A gift recorded on a desk (outbox entity "donation"); its platform and import key are not
// choices, and its bank side (payout, reconciled) never travels.
const FieldSpec kGiftFields[] = {
    { "amountCents", QT_TRANSLATE_NOOP("ConflictResolver", "Amount") },
    { "currency", QT_TRANSLATE_NOOP("ConflictResolver", "Currency") },
    { "date", QT_TRANSLATE_NOOP("ConflictResolver", "Date") },
    { "donorId", QT_TRANSLATE_NOOP("ConflictResolver", "Donor") },
    { "campaignId", QT_TRANSLATE_NOOP("ConflictResolver", "Campaign") },
    { "method", QT_TRANSLATE_NOOP("ConflictResolver", "Method") },
    { "status", QT_TRANSLATE_NOOP("ConflictResolver", "Status") },
    { "platformOrderId", QT_TRANSLATE_NOOP("ConflictResolver", "Order") },
    { "note", QT_TRANSLATE_NOOP("ConflictResolver", "Note") },
};

std::span<const FieldSpec> fieldSpecs(const QString& entity)
{
    if (entity == QLatin1String("donor"))
        return kDonorFields;
    if (entity == QLatin1String("donation"))
        return kGiftFields;
    if (entity == kProcedure)
        return kProcedureFields;
    if (entity == kMilestone)
        return kMilestoneFields;
    if (entity == kCampaign)
        return kCampaignFields;
    if (entity == kNews)
        return kNewsFields;
    if (entity == kEvidence)
        return kEvidenceFields;
    return {};
}

bool mineDeleted(const QJsonObject& mine)
{
    return mine.value(kDeleted).toBool();
}

// No copy on the platform (it never had it) counts as deleted there; so does a piece it holds as
// private (the pull treats it so).
bool theirsDeleted(const QString& entity, const QJsonObject& theirs)
{
    if (theirs.isEmpty() || theirs.value(kDeleted).toBool())
        return true;
    return entity == kEvidence
        && !theirs.value(kData).toObject().value(QStringLiteral("public")).toBool(true);
}

std::optional<qint64> theirVersion(const QJsonObject& theirs)
{
    if (theirs.isEmpty())
        return std::nullopt;
    return theirs.value(QStringLiteral("version")).toInteger();
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
        const QDate date = QDate::fromString(article.value(QStringLiteral("date")).toString(), Qt::ISODate);
        text.append(QStringLiteral("%1 — %2, %3")
                        .arg(article.value(QStringLiteral("title")).toString(),
                             article.value(QStringLiteral("outlet")).toString(),
                             QLocale().toString(date, QLocale::ShortFormat)));
    }
    return text.join(QLatin1Char('\n'));
}

// The words of a procedure's or a milestone's codes, as the procedures area shows them.
std::optional<QString> procedureText(const QString& entity, const QString& key, const QJsonValue& value)
{
    const QString code = value.toString();
    if (entity == kProcedure && key == QLatin1String("court")) {
        const auto court = ProcedureCodes::courtFromCode(code);
        return court ? ProcedureText::court(*court) : code;
    }
    if (entity == kProcedure && key == QLatin1String("kind")) {
        const auto kind = ProcedureCodes::kindFromCode(code);
        return kind ? ProcedureText::kind(*kind) : code;
    }
    if (entity == kProcedure && key == QLatin1String("status")) {
        const auto status = ProcedureCodes::statusFromCode(code);
        return status ? ProcedureText::status(*status) : code;
    }
    if (entity == kProcedure && key == QLatin1String("region")) {
        const auto region = FrenchCalendar::regionFromCode(code);
        return region ? FrenchCalendar::regionName(*region) : code;
    }
    if (entity == kMilestone && key == QLatin1String("kind")) {
        const auto kind = ProcedureCodes::milestoneKindFromCode(code);
        return kind ? ProcedureText::milestoneKind(*kind) : code;
    }
    if (key == QLatin1String("done"))
        return value.toBool() ? ConflictResolver::tr("Yes") : ConflictResolver::tr("No");
    return std::nullopt;
}

QString displayText(const QString& entity, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (const std::optional<QString> text = procedureText(entity, key, value))
        return *text;
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
    if (key == QLatin1String("endDate") || key == QLatin1String("date"))
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    if (key == QLatin1String("publishedAt"))
        return QLocale().toString(SqlValues::instant(value.toString()).toLocalTime(), QLocale::ShortFormat);
    if (key == QLatin1String("tags")) {
        QStringList tags;
        for (const QJsonValue& tag : value.toArray())
            tags.append(tag.toString());
        return tags.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("public"))
        return value.toBool() ? ConflictResolver::tr("Yes") : ConflictResolver::tr("No");
    if (key == QLatin1String("budgetLines"))
        return budgetLinesText(value.toArray());
    if (key == QLatin1String("pressArticles"))
        return pressArticlesText(value.toArray());
    return value.toString();
}

bool differsOnAnyField(const QString& entity, const QJsonObject& a, const QJsonObject& b)
{
    for (const QString& key : ConflictResolver::fieldNames(entity)) {
        if (a.value(key) != b.value(key))
            return true;
    }
    return false;
}

// Both sides live: theirs, with the fields the user took from mine.
QJsonObject merged(const QString& entity, const QJsonObject& mine, const QJsonObject& theirData,
                   const ConflictChoices& choices)
{
    QJsonObject result = theirData;
    for (const QString& key : ConflictResolver::fieldNames(entity)) {
        if (choices.sideFor(key) == ConflictSide::Mine)
            result.insert(key, mine.value(key));
    }
    // A computed deadline's date comes with the rule and start it was computed from, so the
    // result can always be explained again.
    if (entity == kMilestone && choices.sideFor(QStringLiteral("date")) == ConflictSide::Mine) {
        for (const QString& key :
             { QStringLiteral("ruleId"), QStringLiteral("startDate"), QStringLiteral("sourceId") }) {
            if (mine.contains(key))
                result.insert(key, mine.value(key));
            else
                result.remove(key);
        }
    }
    return result;
}

} // namespace

ConflictResolver::ConflictResolver(Database& database)
    : m_database(database)
    , m_store(database)
{
}

QStringList ConflictResolver::fieldNames(const QString& entity)
{
    QStringList names;
    for (const FieldSpec& spec : fieldSpecs(entity))
        names.append(QLatin1String(spec.key));
    return names;
}

QList<SyncConflict> ConflictResolver::openConflicts()
{
    return m_store.openConflicts();
}

std::optional<SyncConflict> ConflictResolver::conflict(qint64 id)
{
    return m_store.openConflict(id);
}

std::optional<SyncConflict> ConflictResolver::find(const QString& reference, QString* errorMessage)
{
    const QString key = reference.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    QList<SyncConflict> matches;
    if (key.size() >= 4) {
        for (const SyncConflict& c : m_store.openConflicts()) {
            if (SqlValues::uuidText(c.uuid).startsWith(key))
                matches.append(c);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        *errorMessage = tr("\"%1\" matches %n conflicts; give more characters.", nullptr, int(matches.size()))
                            .arg(reference);
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber) {
        if (std::optional<SyncConflict> byId = m_store.openConflict(id))
            return byId;
    }
    *errorMessage = tr("No open conflict matches \"%1\".").arg(reference);
    return std::nullopt;
}

QJsonObject ConflictResolver::mineOf(const SyncConflict& conflict)
{
    if (LedgerSync::isLedgerEntity(conflict.entity)) {
        LedgerSync ledger(m_database);
        const QJsonObject mine = conflict.entity == QLatin1String("donor")
            ? ledger.localDonorJson(conflict.uuid)
            : ledger.localGiftJson(conflict.uuid);
        return mine.isEmpty() ? QJsonObject { { kDeleted, true } } : mine;
    }
    if (conflict.entity == kCampaign)
        return m_store.localCampaignJson(conflict.uuid);
    // A news draft and a private piece are, for the platform, gone: the desk keeps them.
    QJsonObject mine = conflict.entity == kNews ? m_store.localNewsJson(conflict.uuid)
        : conflict.entity == kEvidence          ? m_store.localEvidenceJson(conflict.uuid)
        : conflict.entity == kProcedure         ? m_store.localProcedureJson(conflict.uuid)
        : conflict.entity == kMilestone         ? m_store.localMilestoneJson(conflict.uuid)
                                                : conflict.mine;
    if (mine.isEmpty())
        mine = { { kDeleted, true } };
    return mine;
}

void ConflictResolver::followDecision(const SyncConflict& conflict, const QJsonObject& mine,
                                      const ConflictResolution& outcome)
{
    if (conflict.entity == kProcedure && !mineDeleted(mine)) {
        if (outcome.deleted) // deleted as elsewhere: its timeline goes with it, everywhere
            m_store.tombstoneMilestonesOf(conflict.uuid, true);
        else if (theirsDeleted(conflict.entity, conflict.theirs)) // kept: its timeline comes back too
            m_store.requeueMilestonesOf(conflict.uuid);
    }
    if (conflict.entity == kMilestone && !outcome.deleted) {
        // A notification whose date was decided: the deadlines it starts follow that date here.
        ProcedureRepository procedures(m_database);
        const std::optional<Milestone> decided = procedures.loadMilestone(conflict.uuid);
        if (decided)
            procedures.moveDeadlinesStartedBy(*decided); // moves only the ones that differ
    }
}

QString ConflictResolver::title(const SyncConflict& conflict)
{
    const QJsonObject mine = mineOf(conflict);
    const QJsonObject document = mineDeleted(mine) ? conflict.theirs.value(kData).toObject() : mine;
    if (LedgerSync::isLedgerEntity(conflict.entity))
        return LedgerSync::label(conflict.entity, document);
    if (conflict.entity != kProcedure)
        return document.value(QStringLiteral("title")).toString();
    // A procedure is named as the procedures area names it: its court and case number.
    Procedure procedure;
    procedure.court = ProcedureCodes::courtFromCode(document.value(QStringLiteral("court")).toString())
                          .value_or(Court::Other);
    procedure.courtName = document.value(QStringLiteral("courtName")).toString();
    procedure.caseNumber = document.value(QStringLiteral("caseNumber")).toString();
    return procedure.displayName();
}

QList<ConflictField> ConflictResolver::fields(const SyncConflict& conflict)
{
    const QJsonObject mine = mineOf(conflict);
    const QJsonObject theirData = conflict.theirs.value(kData).toObject();
    const bool mineGone = mineDeleted(mine);
    const bool theirsGone = theirsDeleted(conflict.entity, conflict.theirs);
    QList<ConflictField> rows;
    if (mineGone || theirsGone) {
        const auto yesNo = [](bool deleted) {
            return deleted ? tr("Yes") : tr("No");
        };
        rows.append({ kDeleted, tr("Deleted"), yesNo(mineGone), yesNo(theirsGone), mineGone != theirsGone,
                      mineGone != theirsGone });
    }
    for (const FieldSpec& spec : fieldSpecs(conflict.entity)) {
        const QString key = QLatin1String(spec.key);
        const QJsonValue mineValue = mineGone ? QJsonValue() : mine.value(key);
        const QJsonValue theirValue = theirsGone ? QJsonValue() : theirData.value(key);
        const bool differs = mineValue != theirValue;
        LedgerSync ledger(m_database); // a donor's name for its id, a gift's amount and codes
        const auto text = [&](const QJsonValue& value) {
            return ledger.displayText(conflict.entity, key, value)
                .value_or(displayText(conflict.entity, key, value));
        };
        rows.append({ key, tr(spec.label), text(mineValue), text(theirValue), differs,
                      differs && !mineGone && !theirsGone });
    }
    return rows;
}

ConflictResolution ConflictResolver::resolve(qint64 conflictId, const ConflictChoices& choices)
{
    WriteTransaction transaction(m_database);
    const std::optional<SyncConflict> conflict = m_store.openConflict(conflictId);
    if (!conflict)
        throw DatabaseError(tr("Conflict %1 is no longer open; it was resolved elsewhere.").arg(conflictId));
    const QString entity = conflict->entity;
    // Each kind is written through its own path; a kind without one is not decided here (writing
    // its fields as, say, a campaign would make a campaign out of it).
    if (fieldNames(entity).isEmpty())
        throw DatabaseError(tr("This conflict is about a record of kind \"%1\", which cannot be decided here "
                               "yet; it stays open.")
                                .arg(entity));
    const QUuid uuid = conflict->uuid;
    const QJsonObject mine = mineOf(*conflict);
    const QJsonObject theirData = conflict->theirs.value(kData).toObject();
    const bool mineGone = mineDeleted(mine);
    const bool theirsGone = theirsDeleted(entity, conflict->theirs);
    const std::optional<qint64> version = theirVersion(conflict->theirs);

    ConflictResolution outcome;
    outcome.deleted = (mineGone || theirsGone)
        && (choices.sideFor(kDeleted) == ConflictSide::Mine ? mineGone : theirsGone);
    if (outcome.deleted) {
        if (entity == kCampaign)
            m_store.tombstoneCampaign(uuid, version);
        else if (mineGone)
            m_store.adoptServerVersion(entity, uuid, version); // a draft or private piece stays here
        else if (LedgerSync::isLedgerEntity(entity))
            LedgerSync(m_database).tombstone(entity, uuid, version); // the ledger's locks and links
        else
            m_store.tombstone(entity, uuid, version);
        outcome.queued = !theirsGone; // the platform still shows it: send the deletion
    } else {
        QJsonObject result = mine;
        if (mineGone)
            result = theirData;
        else if (!theirsGone)
            result = merged(entity, mine, theirData, choices);
        if (entity == kCampaign)
            m_store.writeCampaign(uuid, result, version, tr("Conflict resolved"));
        else if (theirsGone)
            m_store.adoptServerVersion(entity, uuid, version); // mine, as the desk has it
        else if (entity == kNews)
            m_store.writeNews(uuid, result, *version);
        else if (entity == kProcedure)
            m_store.writeProcedure(uuid, result, *version);
        else if (entity == kMilestone)
            m_store.writeMilestone(uuid, result, *version);
        else if (entity == QLatin1String("donor"))
            LedgerSync(m_database).writeDonor(uuid, result, *version);
        else if (entity == QLatin1String("donation"))
            LedgerSync(m_database).writeGift(uuid, result, *version);
        else
            m_store.writeEvidence(uuid, result, *version, Vault::pathForDesk(m_database.path()));
        outcome.queued = theirsGone || differsOnAnyField(entity, result, theirData);
    }
    m_store.dropEntries(entity, uuid);
    if (outcome.queued) {
        Outbox::enqueue(m_database, entity, uuid,
                        outcome.deleted ? Outbox::Operation::Delete : Outbox::Operation::Upsert,
                        m_store.revision(entity, uuid));
    }
    followDecision(*conflict, mine, outcome);
    m_store.closeConflict(conflictId);
    transaction.commit();
    return outcome;
}

} // namespace casedesk

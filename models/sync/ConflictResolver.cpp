#include "sync/ConflictResolver.h"

#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"
#include "sync/SyncKinds.h"

#include <QJsonArray>
#include <QLocale>

namespace casedesk {

namespace {

const QString kDeleted = QStringLiteral("deleted");
const QString kData = QStringLiteral("data");

bool mineDeleted(const QJsonObject& mine)
{
    return mine.value(kDeleted).toBool();
}

// No copy on the platform (it never had it) counts as deleted there; so does a copy the kind
// holds as gone for the desk (a piece the platform holds as private: the pull treats it so).
bool theirsDeleted(const SyncKind* kind, const QJsonObject& theirs)
{
    if (theirs.isEmpty() || theirs.value(kDeleted).toBool())
        return true;
    return kind && kind->hiddenThere && kind->hiddenThere(theirs.value(kData).toObject());
}

std::optional<qint64> theirVersion(const QJsonObject& theirs)
{
    if (theirs.isEmpty())
        return std::nullopt;
    return theirs.value(QStringLiteral("version")).toInteger();
}

// A field's text when its kind has nothing better: dates and instants in the user's locale, tags
// as a list, flags as yes or no.
QString genericText(const QString& key, const QJsonValue& value)
{
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
    if (key == QLatin1String("public") || key == QLatin1String("done"))
        return value.toBool() ? ConflictResolver::tr("Yes") : ConflictResolver::tr("No");
    return value.toString();
}

QString displayText(Database& database, const SyncKind& kind, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (kind.fieldText) {
        if (const std::optional<QString> text = kind.fieldText(database, key, value))
            return *text;
    }
    return genericText(key, value);
}

bool differsOnAnyField(const SyncKind& kind, const QJsonObject& a, const QJsonObject& b)
{
    for (const QString& key : ConflictResolver::fieldNames(kind.entity)) {
        if (a.value(key) != b.value(key))
            return true;
    }
    return false;
}

// Both sides live: theirs, with the fields the user took from mine, each with its companions (a
// computed deadline's date with the rule and start it was computed from, so the result can always
// be explained again).
QJsonObject merged(const SyncKind& kind, const QJsonObject& mine, const QJsonObject& theirData,
                   const ConflictChoices& choices)
{
    QJsonObject result = theirData;
    for (const QString& key : ConflictResolver::fieldNames(kind.entity)) {
        if (choices.sideFor(key) == ConflictSide::Mine)
            result.insert(key, mine.value(key));
    }
    for (const auto& [key, companions] : kind.companions) {
        if (choices.sideFor(key) != ConflictSide::Mine)
            continue;
        for (const QString& companion : companions) {
            if (mine.contains(companion))
                result.insert(companion, mine.value(companion));
            else
                result.remove(companion);
        }
    }
    return result;
}

// The kinds a conflict can be decided for: unknown ones and those without fields are not.
const SyncKind* decidableKind(const QString& entity)
{
    const SyncKind* kind = SyncKinds::findEntity(entity);
    return kind && !kind->conflictFields.empty() && kind->writeDecided ? kind : nullptr;
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
    if (const SyncKind* kind = decidableKind(entity)) {
        for (const ConflictFieldSpec& spec : kind->conflictFields)
            names.append(QLatin1String(spec.key));
    }
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

// A news draft and a private piece are, for the platform, gone: the desk keeps them.
QJsonObject ConflictResolver::mineOf(const SyncConflict& conflict)
{
    const SyncKind* kind = SyncKinds::findEntity(conflict.entity);
    QJsonObject mine = kind && kind->document ? kind->document(m_database, conflict.uuid) : conflict.mine;
    if (mine.isEmpty())
        mine = { { kDeleted, true } };
    return mine;
}

QString ConflictResolver::title(const SyncConflict& conflict)
{
    const QJsonObject mine = mineOf(conflict);
    const QJsonObject document = mineDeleted(mine) ? conflict.theirs.value(kData).toObject() : mine;
    const SyncKind* kind = SyncKinds::findEntity(conflict.entity);
    if (kind && kind->label)
        return kind->label(document);
    return document.value(QStringLiteral("title")).toString();
}

QList<ConflictField> ConflictResolver::fields(const SyncConflict& conflict)
{
    const SyncKind* kind = SyncKinds::findEntity(conflict.entity);
    const QJsonObject mine = mineOf(conflict);
    const QJsonObject theirData = conflict.theirs.value(kData).toObject();
    const bool mineGone = mineDeleted(mine);
    const bool theirsGone = theirsDeleted(kind, conflict.theirs);
    QList<ConflictField> rows;
    if (mineGone || theirsGone) {
        const auto yesNo = [](bool deleted) {
            return deleted ? tr("Yes") : tr("No");
        };
        rows.append({ kDeleted, tr("Deleted"), yesNo(mineGone), yesNo(theirsGone), mineGone != theirsGone,
                      mineGone != theirsGone });
    }
    const std::span<const ConflictFieldSpec> specs
        = kind ? kind->conflictFields : std::span<const ConflictFieldSpec>();
    for (const ConflictFieldSpec& spec : specs) {
        const QString key = QLatin1String(spec.key);
        const QJsonValue mineValue = mineGone ? QJsonValue() : mine.value(key);
        const QJsonValue theirValue = theirsGone ? QJsonValue() : theirData.value(key);
        const bool differs = mineValue != theirValue;
        rows.append({ key, tr(spec.label), displayText(m_database, *kind, key, mineValue),
                      displayText(m_database, *kind, key, theirValue), differs,
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
    // Each kind is written through its own path; a kind without one is not decided here (writing
    // its fields as, say, a campaign would make a campaign out of it).
    const SyncKind* kind = decidableKind(conflict->entity);
    if (!kind)
        throw DatabaseError(tr("This conflict is about a record of kind \"%1\", which cannot be decided here "
                               "yet; it stays open.")
                                .arg(conflict->entity));
    const QUuid uuid = conflict->uuid;
    const QJsonObject mine = mineOf(*conflict);
    const QJsonObject theirData = conflict->theirs.value(kData).toObject();
    const DecidedConflict decision = decide(*kind, *conflict, mine, choices);
    const std::optional<qint64> version = theirVersion(conflict->theirs);
    SyncedTable table(m_database, kind->table);

    ConflictResolution outcome;
    outcome.deleted = decision.deleted;
    if (decision.deleted) {
        if (decision.mineGone)
            table.adoptServerVersion(uuid, version); // a draft or private piece stays here
        else
            kind->tombstoneDecided(m_database, uuid, version);
        outcome.queued = !decision.theirsGone; // the platform still shows it: send the deletion
    } else {
        QJsonObject result = mine;
        if (decision.mineGone)
            result = theirData;
        else if (!decision.theirsGone)
            result = merged(*kind, mine, theirData, choices);
        if (decision.theirsGone)
            table.adoptServerVersion(uuid, version); // mine, as the desk has it
        else
            kind->writeDecided(m_database, uuid, result, version);
        outcome.queued = decision.theirsGone || differsOnAnyField(*kind, result, theirData);
    }
    Outbox::forget(m_database, kind->entity, uuid);
    if (outcome.queued)
        Outbox::enqueue(m_database, kind->entity, uuid,
                        outcome.deleted ? Outbox::Operation::Delete : Outbox::Operation::Upsert,
                        table.revision(uuid));
    if (kind->followDecision)
        kind->followDecision(m_database, uuid, decision);
    m_store.close(conflictId);
    transaction.commit();
    return outcome;
}

DecidedConflict ConflictResolver::decide(const SyncKind& kind, const SyncConflict& conflict,
                                         const QJsonObject& mine, const ConflictChoices& choices)
{
    DecidedConflict decision;
    decision.mineGone = mineDeleted(mine);
    decision.theirsGone = theirsDeleted(&kind, conflict.theirs);
    decision.deleted = (decision.mineGone || decision.theirsGone)
        && (choices.sideFor(kDeleted) == ConflictSide::Mine ? decision.mineGone : decision.theirsGone);
    return decision;
}

} // namespace casedesk

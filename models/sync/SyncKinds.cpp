#include "sync/SyncKinds.h"

#include "storage/Database.h"
#include "sync/kinds/KindEntries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk::SyncKinds {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(SyncKinds)
};

} // namespace

const QList<const SyncKind*>& all()
{
    // What others refer to first: campaigns, donors, procedures, milestones, evidence, news,
    // gifts; the feed after the page's records, then the receipts (which may cover the feed's
    // donations); the board's members and review (a round names its campaign, a vote its round
    // and member); the desk's own last.
    static const QList<const SyncKind*> kinds {
        &KindEntries::campaign(),
        &KindEntries::donor(),
        &KindEntries::procedure(),
        &KindEntries::milestone(),
        &KindEntries::evidence(),
        &KindEntries::news(),
        &KindEntries::gift(),
        &KindEntries::feedDonation(),
        &KindEntries::feedPayout(),
        &KindEntries::receipt(),
        &KindEntries::boardMember(),
        &KindEntries::reviewRound(),
        &KindEntries::reviewVote(),
        &KindEntries::reviewRecusal(),
        &KindEntries::reviewComment(),
        &KindEntries::association(),
        &KindEntries::bankAccount(),
        &KindEntries::bankStatement(),
        &KindEntries::reconciliationMatch(),
        &KindEntries::reconciliationPeriod(),
    };
    return kinds;
}

const SyncKind* findEntity(const QString& entity)
{
    for (const SyncKind* kind : all()) {
        if (!kind->entity.isEmpty() && kind->entity == entity)
            return kind;
    }
    return nullptr;
}

const SyncKind* findWireKind(const QString& wireKind)
{
    for (const SyncKind* kind : all()) {
        if (!kind->wireKind.isEmpty() && kind->wireKind == wireKind)
            return kind;
    }
    return nullptr;
}

const SyncKind& ofEntity(const QString& entity)
{
    if (const SyncKind* kind = findEntity(entity))
        return *kind;
    throw DatabaseError(
        Words::tr("The desk holds records of kind \"%1\", which this version of CaseDesk does "
                  "not know.")
            .arg(entity));
}

const SyncKind& ofWireKind(const QString& wireKind)
{
    if (const SyncKind* kind = findWireKind(wireKind))
        return *kind;
    throw DatabaseError(Words::tr("The platform holds records of kind \"%1\", which this version of CaseDesk "
                                  "does not know.")
                            .arg(wireKind));
}

int rank(const SyncKind& kind)
{
    return int(all().indexOf(&kind));
}

int pendingCount(Database& database)
{
    QStringList entities;
    QStringList stay;
    for (const SyncKind* kind : all()) {
        if (!kind->isPushed())
            continue;
        entities.append(kind->entity);
        if (kind->staysOnDeskSql)
            stay.append(kind->staysOnDeskSql(QStringLiteral("outbox")));
    }
    const QString staying
        = stay.isEmpty() ? QString() : QStringLiteral(" AND NOT ") + stay.join(QStringLiteral(" AND NOT "));
    return database
        .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN ('%1')%2")
                    .arg(entities.join(QStringLiteral("', '")), staying))
        .toInt();
}

QList<Reference> referencesOf(const SyncKind& kind, const QJsonObject& data)
{
    QList<Reference> references;
    for (const SyncKind::Reference& field : kind.references) {
        // "gifts/donationId": the member of each object of an array.
        const QString array = field.field.section(QLatin1Char('/'), 0, 0);
        const QString member = field.field.section(QLatin1Char('/'), 1);
        QList<QJsonValue> values;
        if (member.isEmpty())
            values.append(data.value(field.field));
        else
            for (const QJsonValue& item : data.value(array).toArray())
                values.append(item.toObject().value(member));
        for (const QJsonValue& value : std::as_const(values)) {
            const QUuid id = QUuid::fromString(value.toString());
            if (!id.isNull())
                references.append({ field.kind, id });
        }
    }
    return references;
}

} // namespace casedesk::SyncKinds

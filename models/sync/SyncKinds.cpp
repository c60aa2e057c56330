#include "sync/SyncKinds.h"

#include "storage/Database.h"
#include "sync/LedgerSync.h"

#include <QHash>

namespace casedesk::SyncKinds {

const QStringList& pushed()
{
    static const QStringList kinds { QStringLiteral("campaign"),  QStringLiteral("evidence"),
                                     QStringLiteral("news"),      QStringLiteral("procedure"),
                                     QStringLiteral("milestone"), QStringLiteral("donor"),
                                     QStringLiteral("donation") };
    return kinds;
}

int pendingCount(Database& database)
{
    return database
        .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN ('%1') AND NOT %2")
                    .arg(pushed().join(QStringLiteral("', '")),
                         LedgerSync::feedEntryCondition(QStringLiteral("outbox"))))
        .toInt();
}

QString collectionOf(const QString& kind)
{
    static const QHash<QString, QString> collections = {
        { QStringLiteral("campaign"), QStringLiteral("campaigns") },
        { QStringLiteral("evidence"), QStringLiteral("evidence") },
        { QStringLiteral("news"), QStringLiteral("news") },
        { QStringLiteral("procedure"), QStringLiteral("procedures") },
        { QStringLiteral("milestone"), QStringLiteral("milestones") },
        { QStringLiteral("donation"), QStringLiteral("donations") },
        { QStringLiteral("payout"), QStringLiteral("payouts") },
        { QStringLiteral("donor"), QStringLiteral("donors") },
        { QStringLiteral("gift"), QStringLiteral("gifts") },
    };
    return collections.value(kind);
}

QList<Reference> referencesOf(const QString& kind, const QJsonObject& data)
{
    QList<Reference> references;
    const auto add = [&](const QString& referredKind, const char* field) {
        const QUuid id = QUuid::fromString(data.value(QLatin1String(field)).toString());
        if (!id.isNull())
            references.append({ referredKind, id });
    };
    if (kind != QLatin1String("campaign"))
        add(QStringLiteral("campaign"), "campaignId");
    if (kind == QLatin1String("procedure"))
        add(QStringLiteral("procedure"), "appealsId");
    if (kind == QLatin1String("gift"))
        add(QStringLiteral("donor"), "donorId");
    if (kind == QLatin1String("milestone")) {
        add(QStringLiteral("procedure"), "procedureId");
        add(QStringLiteral("milestone"), "sourceId");
    }
    return references;
}

QString kindOfEntity(const QString& entity)
{
    return entity == QLatin1String("donation") ? QStringLiteral("gift") : entity;
}

int applyRank(const QString& kind)
{
    static const QStringList order { QStringLiteral("campaign"),  QStringLiteral("donor"),
                                     QStringLiteral("procedure"), QStringLiteral("milestone"),
                                     QStringLiteral("evidence"),  QStringLiteral("news"),
                                     QStringLiteral("gift") };
    const qsizetype rank = order.indexOf(kind);
    return rank < 0 ? int(order.size()) : int(rank);
}

} // namespace casedesk::SyncKinds

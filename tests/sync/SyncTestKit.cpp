#include "SyncTestKit.h"

#include "Samples.h"
#include "common/Clock.h"
#include "sync/ConflictStore.h"

#include <QJsonArray>
#include <QTest>

namespace casedesk::test {

SyncOptions fastOptions(const PlatformProcess& server)
{
    SyncOptions options;
    options.server = QUrl(server.baseUrl());
    options.retry.maxAttempts = 12;
    options.retry.initialBackoffMs = 10;
    options.retry.maxBackoffMs = 100;
    options.retry.requestTimeoutMs = 3000;
    options.pageSize = 7; // several pages even for small sets
    options.batchWrites = 4; // several batches too
    return options;
}

SyncReport syncDesk(TempDesk& desk, const PlatformProcess& server)
{
    SyncClient client(desk.database(), fastOptions(server), server.token());
    return client.run();
}

SyncReport syncUntilConverged(TempDesk& desk, const PlatformProcess& server, int runs)
{
    SyncReport report;
    for (int run = 0; run < runs; ++run) {
        report = syncDesk(desk, server);
        if (report.converged())
            break;
    }
    return report;
}

QString describe(const SyncReport& report)
{
    return QStringLiteral("pushed %1 pulled %2 conflicts %3 pending %4 errors: %5")
        .arg(report.pushed)
        .arg(report.pulled)
        .arg(report.newConflicts)
        .arg(report.pending)
        .arg(report.errors.join(QStringLiteral("; ")));
}

QHash<QString, QJsonObject> serverCampaigns(const PlatformProcess& server, int* recordsSeen)
{
    PlatformClient client(server.baseUrl(), server.token());
    QHash<QString, QJsonObject> records;
    *recordsSeen = 0;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const QString path = QStringLiteral("/v1/changes?limit=1000")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
        const PlatformReply reply = client.sendWithRetries("GET", path, {}, {});
        const QJsonObject body = reply.json();
        for (const QJsonValue& value : body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("kind")).toString() == QLatin1String("campaign")) {
                ++*recordsSeen;
                records.insert(record.value(QStringLiteral("id")).toString(), record);
            }
        }
        cursor = body.value(QStringLiteral("cursor")).toString();
        if (!body.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return records;
}

int liveCampaigns(TempDesk& desk)
{
    return desk.database().scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE deleted = 0")).toInt();
}

Campaign createDraft(TempDesk& desk, const QString& title)
{
    return desk.campaigns().create(completeCampaign(Clock::today(), title));
}

void rename(TempDesk& desk, const QUuid& uuid, const QString& title)
{
    std::optional<Campaign> campaign = desk.campaigns().load(uuid);
    QVERIFY(campaign);
    campaign->title = title;
    desk.campaigns().save(*campaign);
}

QList<QUuid> createDrafts(TempDesk& desk, int count)
{
    QList<QUuid> uuids;
    for (int i = 0; i < count; ++i)
        uuids.append(createDraft(desk, QStringLiteral("Campaign %1").arg(i)).sync.uuid);
    return uuids;
}

void renameFourDeleteTenth(TempDesk& desk, const QList<QUuid>& uuids)
{
    for (int i = 0; i < 4; ++i)
        rename(desk, uuids.at(i), QStringLiteral("Renamed %1").arg(i));
    desk.campaigns().remove(uuids.at(9));
}

QString pushFaultWorkload(TempDesk& desk, const PlatformProcess& server, QList<QUuid>* uuids)
{
    *uuids = createDrafts(desk, 10);
    const SyncReport created = syncUntilConverged(desk, server);
    if (!created.converged())
        return describe(created);
    renameFourDeleteTenth(desk, *uuids);
    const SyncReport edited = syncUntilConverged(desk, server);
    if (!edited.converged())
        return describe(edited);
    if (!ConflictStore(desk.database()).openConflicts().isEmpty())
        return QStringLiteral("open conflicts after the workload");
    return {};
}

bool bothConverge(PlatformWithTwoDesks& setup)
{
    auto& [server, a, b] = setup;
    return syncDesk(a, server).converged() && syncDesk(b, server).converged();
}

QStringList choosableSides(const ConflictField& field)
{
    if (!field.differs || !field.choosable)
        return {};
    return { field.mine, field.theirs };
}

QString recordField(const QHash<QString, QJsonObject>& records, const QUuid& uuid, const QString& name)
{
    return records.value(uuid.toString(QUuid::WithoutBraces))
        .value(QStringLiteral("data"))
        .toObject()
        .value(name)
        .toString();
}

ConflictField fieldNamed(const QList<ConflictField>& fields, const QString& name)
{
    for (const ConflictField& field : fields) {
        if (field.field == name)
            return field;
    }
    return {};
}

} // namespace casedesk::test

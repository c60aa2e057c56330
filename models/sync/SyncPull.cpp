// SyncClient's pull: the changes feed, page after page, each applied through its records' kinds
// in one transaction with its cursor.
#include "sync/SyncClient.h"

#include "evidence/Vault.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"
#include "sync/LedgerFeed.h"
#include "sync/SyncKinds.h"
#include "sync/SyncLog.h"
#include "sync/SyncQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <functional>

namespace casedesk {

namespace {

using SqlValues::uuidText;

// The order kinds are applied in within a page: what others refer to first; a kind this version
// does not know last (it is left out).
int applyRank(const QJsonObject& record)
{
    const SyncKind* kind = SyncKinds::findWireKind(record.value(QStringLiteral("kind")).toString());
    return kind ? SyncKinds::rank(*kind) : int(SyncKinds::all().size());
}

QString referenceKey(const QString& kind, const QUuid& id)
{
    return kind + QLatin1Char('/') + uuidText(id);
}

QString referenceKey(const QJsonObject& record)
{
    return referenceKey(record.value(QStringLiteral("kind")).toString(),
                        QUuid::fromString(record.value(QStringLiteral("id")).toString()));
}

// Kinds in SyncKinds::applyRank order, and within a kind each record after the ones it refers
// to (an appeal after the procedure it challenges, a deadline after the milestone that starts it).
QList<QJsonObject> parentsFirst(const QList<QJsonObject>& records)
{
    QList<QJsonObject> byKind = records;
    std::stable_sort(byKind.begin(), byKind.end(),
                     [](const QJsonObject& a, const QJsonObject& b) { return applyRank(a) < applyRank(b); });
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < byKind.size(); ++i)
        index.insert(referenceKey(byKind.at(i)), i);
    QList<QJsonObject> ordered;
    QSet<qsizetype> placed;
    std::function<void(qsizetype)> place = [&](qsizetype i) {
        if (placed.contains(i))
            return;
        placed.insert(i); // before its references: a loop in bad data cannot recurse forever
        const QJsonObject& record = byKind.at(i);
        const SyncKind* kind = SyncKinds::findWireKind(record.value(QStringLiteral("kind")).toString());
        const QList<SyncKinds::Reference> references = kind
            ? SyncKinds::referencesOf(*kind, record.value(QStringLiteral("data")).toObject())
            : QList<SyncKinds::Reference>();
        for (const SyncKinds::Reference& reference : references) {
            const auto parent = index.constFind(referenceKey(reference.kind, reference.id));
            if (parent != index.constEnd())
                place(*parent);
        }
        ordered.append(record);
    };
    for (qsizetype i = 0; i < byKind.size(); ++i)
        place(i);
    return ordered;
}

QJsonObject bodyObject(const HttpResult& result)
{
    return QJsonDocument::fromJson(result.body).object();
}

} // namespace

std::unique_ptr<SyncTransport::Pending> SyncClient::requestPage(const QString& cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return m_transport.start("GET", QStringLiteral("/v1/changes?") + query.toString());
}

void SyncClient::pull(SyncReport* report)
{
    log(tr("Receiving the others' changes…"));
    progress(0, 0);
    bool restarted = false;
    std::unique_ptr<SyncTransport::Pending> next = requestPage(m_queue->cursor(m_serverKey));
    while (!cancelled()) {
        const HttpResult result = m_transport.finish(std::move(next));
        const QJsonObject page = bodyObject(result);
        if (result.status == 400 && !restarted
            && page.value(QStringLiteral("type")).toString().endsWith(QLatin1String("/invalid-cursor"))) {
            // The platform no longer knows our cursor (reset, restored): read everything again.
            restarted = true;
            WriteTransaction transaction(m_database);
            m_queue->setCursor(m_serverKey, {});
            transaction.commit();
            next = requestPage({});
            continue;
        }
        if (result.status != 200) {
            if (!cancelled()) {
                report->errors.append(describeFailure(result));
                log(report->errors.last());
            }
            return;
        }
        // The page names the cursor of the next one: it is asked for now, and the platform reads
        // it while the desk applies this one. Not applied, it is dropped (the stored cursor stays
        // where the last applied page left it).
        if (page.value(QStringLiteral("hasMore")).toBool())
            next = requestPage(page.value(QStringLiteral("cursor")).toString());
        if (!applyPage(page, report))
            return;
    }
}

// One page, one transaction: the records and the cursor move together or not at all.
bool SyncClient::applyPage(const QJsonObject& page, SyncReport* report)
{
    const int pulledBefore = report->pulled;
    const int conflictsBefore = report->newConflicts;
    QList<QJsonObject> records;
    for (const QJsonValue& value : page.value(QStringLiteral("changes")).toArray())
        records.append(value.toObject());
    // Before the transaction, as the files: the records this page refers to that the desk never
    // received, and the files of its pieces. A stored file without its row is harmless
    // (garbage-collected), a row without its file is not.
    if (!fetchMissingReferences(&records, report) || !fetchBlobs(records, report))
        return false;
    PullContext context { m_database, Vault::pathForDesk(m_database.path()), {}, {} };
    QHash<QString, int> unknownKinds;
    WriteTransaction transaction(m_database);
    for (const QJsonObject& record : parentsFirst(records)) {
        m_transport.pump(); // the next page, asked for already, arrives meanwhile
        applyRecord(context, record, report, &unknownKinds);
    }
    // A donation whose campaign came in this same page finds it; the ledger moves with the cursor.
    const LedgerFeed::Outcome ledger = LedgerFeed::import(m_database, context.feedRecords);
    report->pulled += ledger.imported + ledger.updated;
    m_queue->setCursor(m_serverKey, page.value(QStringLiteral("cursor")).toString());
    transaction.commit();
    for (const QString& notice : std::as_const(context.notices))
        log(notice);
    for (const QString& line : ledger.skipped)
        log(line);
    for (auto kind = unknownKinds.cbegin(); kind != unknownKinds.cend(); ++kind)
        log(tr("%n record(s) of kind \"%1\" received from the platform were left out: this version of "
               "CaseDesk does not know that kind (a newer desk's).",
               nullptr, kind.value())
                .arg(kind.key()));
    if (report->pulled > pulledBefore)
        log(tr("Received %n change(s).", nullptr, report->pulled - pulledBefore));
    if (report->newConflicts > conflictsBefore)
        log(tr("%n record(s) changed on both sides: kept as conflicts for you to decide.", nullptr,
               report->newConflicts - conflictsBefore));
    return page.value(QStringLiteral("hasMore")).toBool();
}

void SyncClient::applyRecord(PullContext& context, const QJsonObject& record, SyncReport* report,
                             QHash<QString, int>* unknownKinds)
{
    const QString kindName = record.value(QStringLiteral("kind")).toString();
    const SyncKind* kind = SyncKinds::findWireKind(kindName);
    if (!kind || !kind->applyPulled) {
        // A newer desk's kind: the contract's rule is to leave it out, and say so.
        ++(*unknownKinds)[kindName];
        qCInfo(lcSync) << "left out a record of unknown kind" << kindName
                       << record.value(QStringLiteral("id")).toString();
        return;
    }
    switch (kind->applyPulled(context, record)) {
    case PullOutcome::Applied:
        ++report->pulled;
        break;
    case PullOutcome::Conflict:
        ++report->newConflicts;
        break;
    case PullOutcome::ConflictUpdated:
    case PullOutcome::AlreadyKnown:
        break;
    }
}

bool SyncClient::fetchMissingReferences(QList<QJsonObject>* records, SyncReport* report)
{
    QSet<QString> known;
    for (const QJsonObject& record : std::as_const(*records))
        known.insert(referenceKey(record));
    // The list grows as records are fetched: their own references are looked at in turn. No cap:
    // each fetch is a record the desk lacks and would receive anyway (its own feed entry is then
    // already known), so a long chain costs requests once, never twice; a cap would drop children.
    for (qsizetype i = 0; i < records->size() && !cancelled(); ++i) {
        const QJsonObject record = records->at(i);
        if (record.value(QStringLiteral("deleted")).toBool())
            continue;
        const SyncKind* kind = SyncKinds::findWireKind(record.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue; // left out when the page is applied
        for (const SyncKinds::Reference& reference :
             SyncKinds::referencesOf(*kind, record.value(QStringLiteral("data")).toObject())) {
            const QString key = referenceKey(reference.kind, reference.id);
            if (known.contains(key))
                continue;
            known.insert(key); // asked once per page, however many records name it
            const SyncKind& referred = SyncKinds::ofWireKind(reference.kind);
            const QString collection = referred.collection;
            if (SyncedTable(m_database, referred.table).holds(reference.id))
                continue;
            const HttpResult result
                = m_transport.send("GET", QStringLiteral("/v1/%1/").arg(collection) + uuidText(reference.id));
            if (result.status == 404)
                continue; // never on the platform: the record is left out, and the log says why
            if (result.status != 200) {
                if (!cancelled()) {
                    report->errors.append(describeFailure(result));
                    log(report->errors.last());
                }
                return false;
            }
            records->append(bodyObject(result));
        }
    }
    return !cancelled();
}

} // namespace casedesk

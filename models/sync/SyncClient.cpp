#include "sync/SyncClient.h"

#include "sync/SyncKinds.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "evidence/Vault.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/LedgerSync.h"
#include "sync/SyncBatch.h"
#include "sync/SyncLog.h"
#include "sync/SyncStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTemporaryFile>
#include <QUrlQuery>

#include <functional>

namespace casedesk {

namespace {

using SqlValues::uuidText;

const QString kCampaign = QStringLiteral("campaign");
const QString kEvidence = QStringLiteral("evidence");
const QString kNews = QStringLiteral("news");
const QString kProcedure = QStringLiteral("procedure");
const QString kMilestone = QStringLiteral("milestone");
// Blob uploads go in chunks of at most this (less when the platform's maxChunkBytes says so).
constexpr qint64 kPreferredChunkBytes = qint64(4) << 20;
// A batch's body stays under this (less when the platform's maxBatchBytes says so): a few MiB
// keep one request's answer small enough to parse at once, and cost one round trip per batch.
constexpr qint64 kPreferredBatchBytes = qint64(4) << 20;
// What a platform that takes batches but does not name its limits is sent: the contract's least.
constexpr int kFallbackBatchWrites = 100;
constexpr qint64 kFallbackBatchBytes = qint64(1) << 20;
// The platform's read-only feed: pulled into the ledger, never pushed.
const QStringList kLedgerKinds = { QStringLiteral("donation"), QStringLiteral("payout") };

// One key per outbox entry, revision and request: every retry of this push, in this run or a
// later one, is the same request and is applied at most once. The request's digest keeps two
// desks that share a token (one person, two computers) from colliding on the same revision
// number of the same record; identical requests may share a key, and the replay is then right.
QByteArray idempotencyKey(const OutboxEntry& entry, const QByteArray& method, const QByteArray& precondition,
                          const QByteArray& body)
{
    const QByteArray digest
        = QCryptographicHash::hash(method + '\n' + precondition + '\n' + body, QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    // A refused (422) request applied nothing: after one, the same revision is a new request.
    const QString attempt = entry.refusals > 0 ? QStringLiteral("t%1-").arg(entry.refusals) : QString();
    return QStringLiteral("%1-%2-r%3-").arg(entry.entity, uuidText(entry.uuid)).arg(entry.revision).toUtf8()
        + attempt.toUtf8() + digest;
}

// How the log names a record: its title, a procedure by its court and case number, a donor or a
// gift as the ledger names them.
QString labelOf(const QString& entity, const QJsonObject& document, const QUuid& uuid)
{
    if (LedgerSync::isLedgerEntity(entity) && !document.value(QStringLiteral("deleted")).toBool())
        return LedgerSync::label(entity, document);
    const QString title = document.value(QStringLiteral("title")).toString();
    if (!title.isEmpty())
        return title;
    const QString procedure = QStringList { document.value(QStringLiteral("courtName")).toString(),
                                            document.value(QStringLiteral("caseNumber")).toString() }
                                  .join(QLatin1Char(' '))
                                  .trimmed();
    return procedure.isEmpty() ? uuidText(uuid) : procedure;
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
    std::stable_sort(byKind.begin(), byKind.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return SyncKinds::applyRank(a.value(QStringLiteral("kind")).toString())
            < SyncKinds::applyRank(b.value(QStringLiteral("kind")).toString());
    });
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
        for (const SyncKinds::Reference& reference :
             SyncKinds::referencesOf(record.value(QStringLiteral("kind")).toString(),
                                     record.value(QStringLiteral("data")).toObject())) {
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

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SyncClient::SyncClient(Database& database, const SyncOptions& options, const QByteArray& token)
    : m_database(database)
    , m_options(options)
    , m_transport(options.server, token, options.retry)
    , m_store(std::make_unique<SyncStore>(database))
    , m_serverKey(options.server.toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo))
{
}

SyncClient::~SyncClient() = default;

bool SyncClient::isAcceptableServer(const QUrl& server, QString* errorMessage)
{
    if (server.isEmpty()) {
        *errorMessage = tr("Type the platform's address first, such as https://platform.example.org.");
        return false;
    }
    if (!server.isValid() || server.host().isEmpty()) {
        *errorMessage = tr("\"%1\" is not a server address such as https://platform.example.org.")
                            .arg(server.toString());
        return false;
    }
    if (server.scheme() == QLatin1String("https")
        || (server.scheme() == QLatin1String("http") && isLoopback(server.host())))
        return true;
    *errorMessage = tr("The server address must start with https:// (plain http is accepted only for "
                       "this computer, 127.0.0.1).");
    return false;
}

void SyncClient::setObserver(const SyncObserver& observer)
{
    m_observer = observer;
    m_transport.setCancelFlag(observer.cancel);
    m_transport.setRetryNotice([this](const HttpResult& failed, int waitMs) {
        const QString seconds = QLocale().toString(waitMs / 1000.0, 'f', 1);
        if (failed.status == 429)
            log(tr("The platform asks to slow down; waiting %1 s.").arg(seconds));
        else if (failed.status == 0)
            log(tr("No answer from the platform (%1); trying again in %2 s.")
                    .arg(failed.networkError, seconds));
        else
            log(tr("The platform answered %1; trying again in %2 s.").arg(failed.status).arg(seconds));
    });
}

void SyncClient::log(const QString& line) const
{
    if (m_observer.log)
        m_observer.log(line);
}

void SyncClient::progress(int done, int total) const
{
    if (m_observer.progress)
        m_observer.progress(done, total);
}

bool SyncClient::cancelled() const
{
    return m_observer.cancel && m_observer.cancel->load();
}

bool SyncClient::prepare(QString* errorMessage)
{
    if (!isAcceptableServer(m_options.server, errorMessage))
        return false;
    if (m_options.caFile.isEmpty() || m_caLoaded)
        return true;
    m_caLoaded = m_transport.addCaCertificates(m_options.caFile, errorMessage);
    return m_caLoaded;
}

ConnectionCheck SyncClient::testConnection()
{
    QString error;
    if (!prepare(&error))
        return { false, error };
    const HttpResult result = m_transport.send("GET", QStringLiteral("/v1/me"));
    if (result.status != 200)
        return { false, describeFailure(result) };
    const QJsonObject me = bodyObject(result);
    return { true,
             tr("Connected: the platform accepts this desk's token \"%1\".")
                 .arg(me.value(QStringLiteral("tokenName")).toString()) };
}

SyncReport SyncClient::run()
{
    SyncReport report;
    QString error;
    if (!prepare(&error)) {
        report.errors.append(error);
        log(error);
        return report;
    }
    // Pull only after a complete push: a push whose answer never came may have been applied,
    // and its echo in the feed must not be mistaken for a colleague's change.
    if (push(&report) && !cancelled())
        pull(&report);
    if (cancelled())
        report.errors.append(tr("The sync was stopped; what was not sent waits for the next sync."));
    report.pending = SyncKinds::pendingCount(m_database);
    log(tr("Done: sent %1, received %2, new conflicts %3, waiting to be sent %4.")
            .arg(report.pushed)
            .arg(report.pulled)
            .arg(report.newConflicts)
            .arg(report.pending));
    qCInfo(lcSync) << "sync done: pushed" << report.pushed << "pulled" << report.pulled << "conflicts"
                   << report.newConflicts << "pending" << report.pending << "errors" << report.errors.size();
    return report;
}

bool SyncClient::push(SyncReport* report)
{
    LedgerSync ledger(m_database);
    ledger.queueDonorsOfPendingGifts(); // a gift's donor must reach the platform too
    QList<OutboxEntry> entries = m_store->pendingEntries();
    // Other kinds stay on the desk until the contract carries them (SyncKinds); the feed's
    // donations come to every desk from the platform and never go back.
    entries.removeIf([&](const OutboxEntry& entry) {
        return !SyncKinds::pushed().contains(entry.entity) || ledger.isFeedEntry(entry.entity, entry.uuid);
    });
    // A milestone of a procedure whose deletion waits for the user's decision waits with it.
    entries.removeIf([this](const OutboxEntry& entry) { return m_store->waitsForDecision(entry); });
    orderForPush(&entries);
    if (entries.isEmpty())
        return true;
    log(tr("Sending %n change(s)…", nullptr, int(entries.size())));
    // Batches are cut from the ordered queue, so a batch never carries a record before what it
    // refers to; the platform applies a batch in order, in one transaction, and a record finds a
    // parent written earlier in the same batch.
    const SyncBatch::Limits limits = entries.size() > 1 ? batchLimits() : SyncBatch::Limits { 1, 0 };
    // While the platform applies one batch, the next one is prepared (two processes, two cores);
    // it is sent only once the answer to the one before is recorded, so the order holds.
    InFlightBatch inFlight;
    QList<PreparedWrite> batch;
    QList<QByteArray> batchJson; // each write as the batch carries it
    // The request's own bytes ({"writes":[ and ]}) count too: the platform's limit is on the body.
    const qint64 emptyBatchBytes = SyncBatch::requestBody({}).size();
    qint64 batchBytes = emptyBatchBytes;
    const auto sendPrepared = [&] {
        if (!finishBatch(std::exchange(inFlight, {}), report))
            return false;
        inFlight = startBatch(std::exchange(batch, {}), std::exchange(batchJson, {}));
        batchBytes = emptyBatchBytes;
        return true;
    };
    for (int i = 0; i < entries.size(); ++i) {
        progress(i, int(entries.size()));
        std::optional<PreparedWrite> write;
        if (cancelled() || !prepareWrite(entries.at(i), report, &write)) {
            // The batch already sent still has its answer recorded (a stop aborts it: the next run
            // sends it again under the same keys and gets the platform's stored answers).
            finishBatch(std::move(inFlight), report);
            return false;
        }
        if (inFlight.request)
            m_transport.pump();
        if (!write)
            continue;
        QByteArray json = SyncBatch::writeJson(*write);
        const qint64 bytes = json.size() + 1; // and the comma before it (one too many: on the safe side)
        if (!batch.isEmpty() && (batch.size() >= limits.writes || batchBytes + bytes > limits.bytes)
            && !sendPrepared())
            return false;
        batch.append(std::move(*write));
        batchJson.append(std::move(json));
        batchBytes += bytes;
    }
    return (batch.isEmpty() || sendPrepared()) && finishBatch(std::move(inFlight), report);
}

SyncBatch::Limits SyncClient::batchLimits()
{
    const int preferredWrites = std::max(1, m_options.batchWrites);
    if (m_singleWritesOnly || preferredWrites == 1)
        return { 1, 0 };
    // The platform's own limits (GET /v1), when it names them; else a modest guess, and its 413
    // (from the platform or a proxy in front of it) sends that batch's writes one at a time.
    const QJsonObject limits = bodyObject(m_transport.send("GET", QStringLiteral("/v1")))
                                   .value(QStringLiteral("limits"))
                                   .toObject();
    const int platformWrites = limits.value(QStringLiteral("maxBatchWrites")).toInt(kFallbackBatchWrites);
    const qint64 platformBytes = limits.value(QStringLiteral("maxBatchBytes")).toInteger(kFallbackBatchBytes);
    return { std::clamp(platformWrites, 1, preferredWrites),
             std::clamp(platformBytes, qint64(1), kPreferredBatchBytes) };
}

// What others refer to goes first, because the platform refuses a record whose campaign,
// procedure, appealed procedure, source milestone or donor it does not hold: campaigns, donors,
// procedures (an appeal after what it challenges), milestones (a deadline after its
// notification), then the rest. Deletions go last, children before their parents.
void SyncClient::orderForPush(QList<OutboxEntry>* entries)
{
    QHash<QString, std::pair<int, int>> keys;
    for (const OutboxEntry& entry : std::as_const(*entries)) {
        const int rank = SyncKinds::applyRank(SyncKinds::kindOfEntity(entry.entity));
        const int depth = m_store->referenceDepth(entry.entity, entry.uuid);
        keys.insert(entry.entity + uuidText(entry.uuid),
                    entry.isDelete ? std::pair { -rank, -depth } : std::pair { rank, depth });
    }
    std::stable_sort(entries->begin(), entries->end(), [&keys](const OutboxEntry& a, const OutboxEntry& b) {
        if (a.isDelete != b.isDelete)
            return !a.isDelete;
        return keys.value(a.entity + uuidText(a.uuid)) < keys.value(b.entity + uuidText(b.uuid));
    });
}

QJsonObject SyncClient::campaignDocument(const OutboxEntry& entry, bool* found)
{
    CampaignRepository campaigns(m_database);
    const std::optional<Campaign> campaign = campaigns.load(entry.uuid);
    *found = campaign.has_value();
    if (!campaign)
        return {};
    SettingsRepository settings(m_database);
    QJsonObject document = CampaignJson::toJson(*campaign, settings.feeSettings());
    document.remove(QStringLiteral("sync")); // desk-local; the platform's envelope carries identity
    return document;
}

bool SyncClient::prepareWrite(const OutboxEntry& entry, SyncReport* report,
                              std::optional<PreparedWrite>* write)
{
    // The platform's collection; the desk's table is SyncStore::tableOf(entity).
    const QString collection = SyncKinds::collectionOf(SyncKinds::kindOfEntity(entry.entity));
    const std::optional<qint64> base = m_store->serverVersion(SyncStore::tableOf(entry.entity), entry.uuid);
    if (entry.isDelete && !base) {
        // Never reached the platform: nothing to take down.
        WriteTransaction transaction(m_database);
        m_store->dropEntry(entry);
        transaction.commit();
        return true;
    }
    PreparedWrite prepared;
    prepared.entry = entry;
    prepared.path = QStringLiteral("/v1/%1/").arg(collection) + uuidText(entry.uuid);
    prepared.mine = { { QStringLiteral("deleted"), true } };
    if (!entry.isDelete) {
        bool found = false;
        if (entry.entity == kEvidence) {
            prepared.mine = m_store->localEvidenceJson(entry.uuid);
            found = !prepared.mine.isEmpty();
        } else if (entry.entity == kNews) {
            prepared.mine = m_store->localNewsJson(entry.uuid);
            found = !prepared.mine.isEmpty();
        } else if (entry.entity == kProcedure) {
            prepared.mine = m_store->localProcedureJson(entry.uuid);
            found = !prepared.mine.isEmpty();
        } else if (entry.entity == kMilestone) {
            prepared.mine = m_store->localMilestoneJson(entry.uuid);
            found = !prepared.mine.isEmpty();
        } else if (LedgerSync::isLedgerEntity(entry.entity)) {
            LedgerSync ledger(m_database);
            prepared.mine = entry.entity == QLatin1String("donor") ? ledger.localDonorJson(entry.uuid)
                                                                   : ledger.localGiftJson(entry.uuid);
            found = !prepared.mine.isEmpty();
        } else {
            prepared.mine = campaignDocument(entry, &found);
        }
        if (!found)
            return true; // deleted meanwhile: its delete entry replaced this one
        // {"data": mine} in compact JSON, written around the document rather than by nesting it in
        // a new object (a deep copy of every record).
        prepared.body = "{\"data\":" + QJsonDocument(prepared.mine).toJson(QJsonDocument::Compact) + '}';
        // The file first: the record must never name content the platform cannot serve.
        bool stop = false;
        if (entry.entity == kEvidence && !ensureBlob(prepared.mine, report, &stop))
            return !stop;
    }
    prepared.method = entry.isDelete ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("PUT");
    prepared.precondition = base ? '"' + QByteArray::number(*base) + '"' : QByteArrayLiteral("*");
    prepared.preconditionHeader = base ? QByteArrayLiteral("If-Match") : QByteArrayLiteral("If-None-Match");
    prepared.idempotencyKey = idempotencyKey(entry, prepared.method, prepared.precondition, prepared.body);
    *write = std::move(prepared);
    return true;
}

bool SyncClient::sendAlone(const PreparedWrite& write, SyncReport* report)
{
    const QHash<QByteArray, QByteArray> headers { { write.preconditionHeader, write.precondition },
                                                  { "Idempotency-Key", write.idempotencyKey } };
    const HttpResult result = m_transport.send(write.method, write.path, write.body, headers);
    // No answer, a refused token, or the platform still failing after every retry: the push stops
    // and the entry waits for the next run.
    if (result.status == 0 || result.status == 401 || SyncTransport::isRetryable(result.status)) {
        if (!cancelled()) {
            report->errors.append(describeFailure(result));
            log(report->errors.last());
        }
        return false;
    }
    QStringList lines;
    WriteTransaction transaction(m_database);
    const bool carryOn = recordAnswer(write, { result.status, bodyObject(result) }, report, &lines);
    transaction.commit();
    for (const QString& line : std::as_const(lines))
        log(line);
    return carryOn;
}

bool SyncClient::sendEachAlone(const QList<PreparedWrite>& writes, SyncReport* report)
{
    for (const PreparedWrite& write : writes) {
        if (cancelled() || !sendAlone(write, report))
            return false;
    }
    return true;
}

SyncClient::InFlightBatch SyncClient::startBatch(QList<PreparedWrite> writes, const QList<QByteArray>& json)
{
    InFlightBatch batch;
    // A lone write needs no batch: the single request is the same write, understood everywhere.
    if (writes.size() > 1 && !m_singleWritesOnly)
        batch.request = m_transport.start("POST", QStringLiteral("/v1/batch"), SyncBatch::requestBody(json));
    batch.writes = std::move(writes);
    return batch;
}

bool SyncClient::finishBatch(InFlightBatch batch, SyncReport* report)
{
    const QList<PreparedWrite>& writes = batch.writes;
    if (!batch.request)
        return sendEachAlone(writes, report);
    const HttpResult result = m_transport.finish(std::move(batch.request));
    if (result.status == 404 || result.status == 405 || result.status == 501) {
        // A platform without batch writes: one request per record, for the rest of this run.
        m_singleWritesOnly = true;
        log(tr("The platform does not take several changes in one request; sending them one at a time."));
        return sendEachAlone(writes, report);
    }
    if (result.status == 413) {
        // Larger than the platform (or a proxy in front of it) takes: these writes one at a time.
        return sendEachAlone(writes, report);
    }
    const std::optional<QList<WriteAnswer>> answers
        = result.status == 200 ? SyncBatch::answers(result.body, writes.size()) : std::nullopt;
    if (!answers) {
        if (!cancelled()) {
            report->errors.append(result.status == 200
                                      ? tr("The platform's answer to %n change(s) sent together could not be "
                                           "read; they wait for the next sync.",
                                           nullptr, int(writes.size()))
                                      : describeFailure(result));
            log(report->errors.last());
        }
        return false;
    }
    // One desk transaction (one fsync) records what the platform did with the whole batch.
    QStringList lines;
    bool carryOn = true;
    WriteTransaction transaction(m_database);
    for (qsizetype i = 0; i < writes.size(); ++i)
        carryOn = recordAnswer(writes.at(i), answers->at(i), report, &lines) && carryOn;
    transaction.commit();
    for (const QString& line : std::as_const(lines))
        log(line);
    return carryOn;
}

bool SyncClient::recordAnswer(const PreparedWrite& write, const WriteAnswer& answer, SyncReport* report,
                              QStringList* lines)
{
    const OutboxEntry& entry = write.entry;
    if (answer.status == 200 || answer.status == 201 || (entry.isDelete && answer.status == 404)) {
        if (answer.status == 404)
            m_store->dropEntry(entry);
        else
            m_store->acknowledge(entry, answer.body.value(QStringLiteral("version")).toInteger());
        ++report->pushed;
        lines->append(entry.isDelete ? tr("Sent the deletion of %1.").arg(uuidText(entry.uuid))
                                     : tr("Sent \"%1\".").arg(labelOf(entry.entity, write.mine, entry.uuid)));
        return true;
    }
    if (answer.status == 412) {
        handleConflict(entry, write.mine, answer.body.value(QStringLiteral("current")).toObject(), report,
                       lines);
        return true;
    }
    const QString failure = describeProblem(answer.status, answer.body);
    report->errors.append(answer.status == 422 && LedgerSync::isLedgerEntity(entry.entity)
                              ? LedgerSync::refusal(entry.entity, write.mine, answer.body, failure)
                              : failure);
    lines->append(report->errors.last());
    if (answer.status == 422)
        m_store->noteRefusal(entry);
    // A refused record (422) does not stop the others; a refused token or a failing platform does.
    return answer.status != 401 && !SyncTransport::isRetryable(answer.status);
}

void SyncClient::handleConflict(const OutboxEntry& entry, const QJsonObject& mine, const QJsonObject& current,
                                SyncReport* report, QStringList* lines)
{
    const bool sameContent
        = !current.isEmpty() && !entry.isDelete && current.value(QStringLiteral("data")).toObject() == mine;
    const bool deletedThere = entry.isDelete && current.value(QStringLiteral("deleted")).toBool();
    if (sameContent || deletedThere) {
        // The platform already holds exactly this (an earlier push whose answer was lost, or a
        // deletion a colleague made too): adopt it.
        m_store->acknowledge(entry, current.value(QStringLiteral("version")).toInteger());
        return;
    }
    std::optional<qint64> theirVersion;
    if (!current.isEmpty())
        theirVersion = current.value(QStringLiteral("version")).toInteger();
    if (m_store->recordConflict(
            { 0, entry.entity, entry.uuid, entry.revision, theirVersion, mine, current, {} }))
        ++report->newConflicts;
    lines->append(tr("\"%1\" was changed on the platform too: kept as a conflict for you to decide.")
                      .arg(labelOf(entry.entity, mine, entry.uuid)));
    m_store->dropEntry(entry); // the conflict record now holds the unsent change
    qCInfo(lcSync) << "conflict on" << entry.entity << uuidText(entry.uuid);
}

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
    std::unique_ptr<SyncTransport::Pending> next = requestPage(m_store->cursor(m_serverKey));
    while (!cancelled()) {
        const HttpResult result = m_transport.finish(std::move(next));
        const QJsonObject page = bodyObject(result);
        if (result.status == 400 && !restarted
            && page.value(QStringLiteral("type")).toString().endsWith(QLatin1String("/invalid-cursor"))) {
            // The platform no longer knows our cursor (reset, restored): read everything again.
            restarted = true;
            WriteTransaction transaction(m_database);
            m_store->setCursor(m_serverKey, {});
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
    const QString vaultRoot = Vault::pathForDesk(m_database.path());
    QStringList notices;
    WriteTransaction transaction(m_database);
    QList<QJsonObject> ledgerRecords; // donations and payouts: after the page's campaigns
    for (const QJsonObject& record : parentsFirst(records)) {
        m_transport.pump(); // the next page, asked for already, arrives meanwhile
        const QString kind = record.value(QStringLiteral("kind")).toString();
        if (kLedgerKinds.contains(kind)) {
            ledgerRecords.append(record);
            continue;
        }
        QString skipped;
        std::optional<int> renumbered;
        SyncStore::PullOutcome outcome = SyncStore::PullOutcome::AlreadyKnown;
        if (kind == kCampaign)
            outcome = m_store->applyCampaign(record);
        else if (kind == kEvidence)
            outcome = m_store->applyEvidence(record, vaultRoot, &renumbered, &skipped);
        else if (kind == kNews)
            outcome = m_store->applyNews(record, &skipped);
        else if (kind == kProcedure)
            outcome = m_store->applyProcedure(record, &skipped);
        else if (kind == kMilestone)
            outcome = m_store->applyMilestone(record, &skipped);
        else if (kind == QLatin1String("donor"))
            outcome = LedgerSync(m_database).applyDonor(record, &skipped);
        else if (kind == QLatin1String("gift"))
            outcome = LedgerSync(m_database).applyGift(record, &skipped);
        else
            continue; // a kind this version does not know: a newer desk's
        if (!skipped.isEmpty())
            notices.append(skipped);
        if (renumbered) {
            const QJsonObject data = record.value(QStringLiteral("data")).toObject();
            notices.append(tr("Piece no. %1 \"%2\" received from the platform is no. %3 on this desk: "
                              "no. %1 was already taken here.")
                               .arg(data.value(QStringLiteral("number")).toInt())
                               .arg(data.value(QStringLiteral("title")).toString())
                               .arg(*renumbered));
        }
        switch (outcome) {
        case SyncStore::PullOutcome::Applied:
            ++report->pulled;
            break;
        case SyncStore::PullOutcome::Conflict:
            ++report->newConflicts;
            break;
        case SyncStore::PullOutcome::ConflictUpdated:
        case SyncStore::PullOutcome::AlreadyKnown:
            break;
        }
    }
    // A donation whose campaign came in this same page finds it; the ledger moves with the cursor.
    const SyncStore::LedgerPull ledger = m_store->applyLedgerRecords(ledgerRecords);
    report->pulled += ledger.imported + ledger.updated;
    m_store->setCursor(m_serverKey, page.value(QStringLiteral("cursor")).toString());
    transaction.commit();
    for (const QString& notice : std::as_const(notices))
        log(notice);
    for (const QString& line : ledger.skipped)
        log(line);
    if (report->pulled > pulledBefore)
        log(tr("Received %n change(s).", nullptr, report->pulled - pulledBefore));
    if (report->newConflicts > conflictsBefore)
        log(tr("%n record(s) changed on both sides: kept as conflicts for you to decide.", nullptr,
               report->newConflicts - conflictsBefore));
    return page.value(QStringLiteral("hasMore")).toBool();
}

qint64 SyncClient::chunkBytes()
{
    if (m_chunkBytes > 0)
        return m_chunkBytes;
    const HttpResult result = m_transport.send("GET", QStringLiteral("/v1"));
    const qint64 limit = bodyObject(result)
                             .value(QStringLiteral("limits"))
                             .toObject()
                             .value(QStringLiteral("maxChunkBytes"))
                             .toInteger();
    if (limit <= 0)
        return kPreferredChunkBytes; // not known this time: asked again for the next file
    m_chunkBytes = std::min(limit, kPreferredChunkBytes);
    return m_chunkBytes;
}

bool SyncClient::ensureBlob(const QJsonObject& evidence, SyncReport* report, bool* stop)
{
    const QByteArray sha256 = evidence.value(QStringLiteral("sha256")).toString().toLatin1();
    const qint64 size = evidence.value(QStringLiteral("size")).toInteger();
    const QString title = evidence.value(QStringLiteral("title")).toString();
    const QString path = QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256);
    const auto fail = [&](const QString& message, bool mustStop) {
        if (!cancelled()) {
            report->errors.append(message);
            log(message);
        }
        *stop = mustStop || cancelled();
        return false;
    };
    const auto refused = [&](const HttpResult& result) {
        return fail(describeFailure(result),
                    result.status == 0 || result.status == 401 || SyncTransport::isRetryable(result.status));
    };
    HttpResult result = m_transport.send("HEAD", path);
    if (result.status == 200)
        return true; // the platform has it (from this desk or another): nothing to send
    if (result.status != 404)
        return refused(result);
    qint64 offset = result.headers.value("upload-offset").trimmed().toLongLong();
    QFile file(Vault::isValidHash(sha256) ? Vault(Vault::pathForDesk(m_database.path())).filePath(sha256)
                                          : QString());
    if (!file.open(QIODevice::ReadOnly) || file.size() != size)
        return fail(tr("The file of the piece \"%1\" cannot be read from the evidence folder; the piece "
                       "was not sent.")
                        .arg(title),
                    false);
    const qint64 chunk = chunkBytes();
    QHash<QByteArray, QByteArray> headers { { "Content-Type", "application/octet-stream" } };
    if (offset == 0 && size <= chunk) {
        result = m_transport.send("PUT", path, file.readAll(), headers);
    } else {
        // One chunk of the vault file in memory at a time, from where the platform's copy stops.
        log(tr("Sending the file of \"%1\" (%2 MiB)…")
                .arg(title, QLocale().toString(double(size) / (1024 * 1024), 'f', 1)));
        for (qint64 round = 0; round <= size / chunk + 16 && !cancelled(); ++round) {
            if (offset < 0 || offset >= size)
                offset = 0;
            if (!file.seek(offset))
                break;
            const QByteArray bytes = file.read(std::min(chunk, size - offset));
            if (bytes.isEmpty())
                break;
            headers.insert("Content-Range",
                           QStringLiteral("bytes %1-%2/%3")
                               .arg(offset)
                               .arg(offset + bytes.size() - 1)
                               .arg(size)
                               .toLatin1());
            result = m_transport.send("PUT", path, bytes, headers);
            if (result.status != 202 && result.status != 409)
                break;
            offset = result.headers.value("upload-offset").trimmed().toLongLong();
        }
    }
    if (result.status == 200 || result.status == 201) {
        log(tr("Sent the file of \"%1\".").arg(title));
        return true;
    }
    return refused(result);
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
        const QList<SyncKinds::Reference> references = SyncKinds::referencesOf(
            record.value(QStringLiteral("kind")).toString(), record.value(QStringLiteral("data")).toObject());
        for (const SyncKinds::Reference& reference : references) {
            const QString key = referenceKey(reference.kind, reference.id);
            const QString collection = SyncKinds::collectionOf(reference.kind);
            if (known.contains(key) || collection.isEmpty())
                continue;
            known.insert(key); // asked once per page, however many records name it
            if (m_store->holds(reference.kind, reference.id))
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

bool SyncClient::fetchBlobs(const QList<QJsonObject>& changes, SyncReport* report)
{
    const Vault vault(Vault::pathForDesk(m_database.path()));
    const auto fail = [&](const QString& message) {
        if (!cancelled()) {
            report->errors.append(message);
            log(message);
        }
        return false;
    };
    for (const QJsonObject& record : changes) {
        const QJsonObject data = record.value(QStringLiteral("data")).toObject();
        const QByteArray sha256 = data.value(QStringLiteral("sha256")).toString().toLatin1();
        if (record.value(QStringLiteral("kind")).toString() != kEvidence
            || record.value(QStringLiteral("deleted")).toBool()
            || !data.value(QStringLiteral("public")).toBool(true) || !Vault::isValidHash(sha256)
            || vault.contains(sha256))
            continue;
        const QString title = data.value(QStringLiteral("title")).toString();
        log(tr("Receiving the file of \"%1\"…").arg(title));
        QString error;
        if (!vault.prepare(&error))
            return fail(error);
        // Straight into a file beside the vault, never whole in memory; then through the vault's
        // own path (stage, then commit): hashed as it is copied, and only a copy with the
        // announced SHA-256 reaches its address.
        QTemporaryFile download(vault.rootPath() + QStringLiteral("/download-XXXXXX"));
        if (!download.open())
            return fail(tr("Cannot write the file of \"%1\" into the evidence folder %2.")
                            .arg(title, QDir::toNativeSeparators(vault.rootPath())));
        const HttpResult result
            = m_transport.download(QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256), &download);
        if (result.status == 404) {
            // A record naming a file the platform never received: left out, not a stuck feed.
            log(tr("The file of \"%1\" is not on the platform; the piece was left out.").arg(title));
            continue;
        }
        if (result.status != 200)
            return fail(describeFailure(result));
        const StageResult staged = vault.stage(download.fileName(), download.size());
        if (!staged.ok())
            return fail(staged.message);
        if (staged.file.sha256 != sha256) {
            vault.discard(staged.file);
            return fail(tr("The file of \"%1\" received from the platform does not match its SHA-256 "
                           "fingerprint; it was not kept.")
                            .arg(title));
        }
        bool alreadyStored = false;
        if (!vault.commit(staged.file, &alreadyStored, &error))
            return fail(error);
    }
    return true;
}

QString SyncClient::describeFailure(const HttpResult& result) const
{
    if (result.status == 0)
        return tr("The platform could not be reached after %n attempt(s): %1", nullptr, result.attempts)
            .arg(result.networkError);
    return describeProblem(result.status, bodyObject(result));
}

QString SyncClient::describeProblem(int status, const QJsonObject& problem) const
{
    if (status == 401)
        return tr("The platform refused the token; check the keychain entry or CASEDESK_TOKEN.");
    const QString answer
        = tr("The platform answered %1 (%2).")
              .arg(status)
              .arg(problem.value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1));
    // The fields it refused, as the platform words them (the API's own English): where to look.
    QStringList fields;
    for (const QJsonValue& error : problem.value(QStringLiteral("errors")).toArray())
        fields.append(error[QStringLiteral("pointer")].toString() + QLatin1Char(' ')
                      + error[QStringLiteral("detail")].toString());
    return fields.isEmpty() ? answer : tr("%1 Refused: %2.").arg(answer, fields.join(QStringLiteral("; ")));
}

} // namespace casedesk

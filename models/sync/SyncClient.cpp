#include "sync/SyncClient.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/SyncLog.h"
#include "sync/SyncStore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace casedesk {

namespace {

using SqlValues::uuidText;

const QString kCampaign = QStringLiteral("campaign");

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
    return QStringLiteral("%1-%2-r%3-").arg(entry.entity, uuidText(entry.uuid)).arg(entry.revision).toUtf8()
        + digest;
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
    report.pending = int(m_store->pendingEntries().size());
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
    QList<OutboxEntry> entries = m_store->pendingEntries();
    // Other kinds join the sync in later phases; their entries wait.
    entries.removeIf([](const OutboxEntry& entry) { return entry.entity != kCampaign; });
    if (!entries.isEmpty())
        log(tr("Sending %n change(s)…", nullptr, int(entries.size())));
    for (int i = 0; i < entries.size(); ++i) {
        progress(i, int(entries.size()));
        if (cancelled() || !pushEntry(entries.at(i), report))
            return false;
    }
    return true;
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

bool SyncClient::pushEntry(const OutboxEntry& entry, SyncReport* report)
{
    const std::optional<qint64> base = m_store->serverVersion(QStringLiteral("campaigns"), entry.uuid);
    const QString path = QStringLiteral("/v1/campaigns/") + uuidText(entry.uuid);
    QJsonObject mine { { QStringLiteral("deleted"), true } };
    QByteArray body;
    if (entry.isDelete && !base) {
        // Never reached the platform: nothing to take down.
        WriteTransaction transaction(m_database);
        m_store->dropEntry(entry);
        transaction.commit();
        return true;
    }
    if (!entry.isDelete) {
        bool found = false;
        mine = campaignDocument(entry, &found);
        if (!found)
            return true; // deleted meanwhile: its delete entry replaced this one
        body = QJsonDocument(QJsonObject { { QStringLiteral("data"), mine } }).toJson(QJsonDocument::Compact);
    }
    QHash<QByteArray, QByteArray> headers;
    const QByteArray method = entry.isDelete ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("PUT");
    const QByteArray precondition = base ? '"' + QByteArray::number(*base) + '"' : QByteArrayLiteral("*");
    headers.insert(base ? "If-Match" : "If-None-Match", precondition);
    headers.insert("Idempotency-Key", idempotencyKey(entry, method, precondition, body));
    const HttpResult result = m_transport.send(method, path, body, headers);

    const QJsonObject answer = bodyObject(result);
    if (result.status == 200 || result.status == 201 || (entry.isDelete && result.status == 404)) {
        WriteTransaction transaction(m_database);
        if (result.status == 404)
            m_store->dropEntry(entry);
        else
            m_store->acknowledge(entry, answer.value(QStringLiteral("version")).toInteger());
        transaction.commit();
        ++report->pushed;
        log(entry.isDelete ? tr("Sent the deletion of %1.").arg(uuidText(entry.uuid))
                           : tr("Sent \"%1\".").arg(mine.value(QStringLiteral("title")).toString()));
        return true;
    }
    if (result.status == 412) {
        handleConflict(entry, mine, answer.value(QStringLiteral("current")).toObject(), report);
        return true;
    }
    if (cancelled())
        return false;
    report->errors.append(describeFailure(result));
    log(report->errors.last());
    // A refused record (422) does not stop the others; an unreachable platform or a refused token does.
    return result.status != 0 && result.status != 401 && !SyncTransport::isRetryable(result.status);
}

void SyncClient::handleConflict(const OutboxEntry& entry, const QJsonObject& mine, const QJsonObject& current,
                                SyncReport* report)
{
    WriteTransaction transaction(m_database);
    const bool sameContent
        = !current.isEmpty() && !entry.isDelete && current.value(QStringLiteral("data")).toObject() == mine;
    if (sameContent) {
        // The platform already holds exactly this (an earlier push whose answer was lost): adopt it.
        m_store->acknowledge(entry, current.value(QStringLiteral("version")).toInteger());
    } else {
        std::optional<qint64> theirVersion;
        if (!current.isEmpty())
            theirVersion = current.value(QStringLiteral("version")).toInteger();
        if (m_store->recordConflict(
                { 0, entry.entity, entry.uuid, entry.revision, theirVersion, mine, current, {} }))
            ++report->newConflicts;
        log(tr("\"%1\" was changed on the platform too: kept as a conflict for you to decide.")
                .arg(mine.value(QStringLiteral("title")).toString(uuidText(entry.uuid))));
        m_store->dropEntry(entry); // the conflict record now holds the unsent change
        qCInfo(lcSync) << "conflict on" << entry.entity << uuidText(entry.uuid);
    }
    transaction.commit();
}

void SyncClient::pull(SyncReport* report)
{
    log(tr("Receiving the others' changes…"));
    progress(0, 0);
    bool restarted = false;
    while (!cancelled()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
        const QString cursor = m_store->cursor(m_serverKey);
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const HttpResult result = m_transport.send("GET", QStringLiteral("/v1/changes?") + query.toString());
        const QJsonObject page = bodyObject(result);
        if (result.status == 400 && !restarted
            && page.value(QStringLiteral("type")).toString().endsWith(QLatin1String("/invalid-cursor"))) {
            // The platform no longer knows our cursor (reset, restored): read everything again.
            restarted = true;
            WriteTransaction transaction(m_database);
            m_store->setCursor(m_serverKey, {});
            transaction.commit();
            continue;
        }
        if (result.status != 200) {
            if (!cancelled()) {
                report->errors.append(describeFailure(result));
                log(report->errors.last());
            }
            return;
        }
        if (!applyPage(page, report))
            return;
    }
}

// One page, one transaction: the records and the cursor move together or not at all.
bool SyncClient::applyPage(const QJsonObject& page, SyncReport* report)
{
    const int pulledBefore = report->pulled;
    const int conflictsBefore = report->newConflicts;
    WriteTransaction transaction(m_database);
    for (const QJsonValue& value : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("kind")).toString() != kCampaign)
            continue;
        switch (m_store->applyCampaign(record)) {
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
    m_store->setCursor(m_serverKey, page.value(QStringLiteral("cursor")).toString());
    transaction.commit();
    if (report->pulled > pulledBefore)
        log(tr("Received %n change(s).", nullptr, report->pulled - pulledBefore));
    if (report->newConflicts > conflictsBefore)
        log(tr("%n record(s) changed on both sides: kept as conflicts for you to decide.", nullptr,
               report->newConflicts - conflictsBefore));
    return page.value(QStringLiteral("hasMore")).toBool();
}

QString SyncClient::describeFailure(const HttpResult& result) const
{
    if (result.status == 0)
        return tr("The platform could not be reached after %n attempt(s): %1", nullptr, result.attempts)
            .arg(result.networkError);
    if (result.status == 401)
        return tr("The platform refused the token; check the keychain entry or CASEDESK_TOKEN.");
    const QJsonObject problem = bodyObject(result);
    return tr("The platform answered %1 (%2).")
        .arg(result.status)
        .arg(problem.value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1));
}

} // namespace casedesk

#pragma once

#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace casedesk {

class Database;
class SyncStore;
struct OutboxEntry;

struct SyncOptions
{
    QUrl server; // the platform's base URL, without /v1
    QString caFile; // extra trusted CA certificates (PEM) for a self-hosted platform
    RetryPolicy retry;
    int pageSize = 100;
};

// What one run did. Converged: nothing waits to be sent, no new conflict, no error.
struct SyncReport
{
    int pushed = 0;
    int pulled = 0;
    int newConflicts = 0;
    int pending = 0; // outbox entries left
    QStringList errors; // user-facing, translated

    bool converged() const { return errors.isEmpty() && pending == 0 && newConflicts == 0; }
};

// What a run tells as it goes, for a progress bar and a log a person reads. Called on the thread
// that runs the sync.
struct SyncObserver
{
    std::function<void(const QString& line)> log; // translated sentences, never a header or the token
    std::function<void(int done, int total)> progress; // total 0: not known (receiving)
    const std::atomic_bool* cancel = nullptr; // true: stop at the next step, the outbox intact
};

// The answer to "test connection".
struct ConnectionCheck
{
    bool ok = false;
    QString message; // translated
};

// One sync run of the campaigns: push the outbox in order, then pull the changes feed.
// Runs to completion on local event loops (bounded by the retry policy).
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    SyncClient(Database& database, const SyncOptions& options, const QByteArray& token);
    ~SyncClient();

    void setObserver(const SyncObserver& observer);
    SyncReport run();
    // One authenticated request (GET /v1/me): reachable, TLS verified, token accepted.
    ConnectionCheck testConnection();

    // Plain HTTP would show the token to the network: allowed for loopback only.
    static bool isAcceptableServer(const QUrl& server, QString* errorMessage);

private:
    bool prepare(QString* errorMessage);
    void log(const QString& line) const;
    void progress(int done, int total) const;
    bool cancelled() const;
    // False when the push must stop (the platform cannot be reached, the token is refused).
    bool push(SyncReport* report);
    void orderForPush(QList<OutboxEntry>* entries);
    bool pushEntry(const OutboxEntry& entry, SyncReport* report);
    void handleConflict(const OutboxEntry& entry, const QJsonObject& mine, const QJsonObject& current,
                        SyncReport* report);
    void pull(SyncReport* report);
    bool applyPage(const QJsonObject& page, SyncReport* report);
    QJsonObject campaignDocument(const OutboxEntry& entry, bool* found);
    // Makes sure the platform holds the file of an evidence document (HEAD, then an upload that
    // resumes where the platform's copy stops). False when it could not: *stop is set when the
    // push must stop altogether.
    bool ensureBlob(const QJsonObject& evidence, SyncReport* report, bool* stop);
    // Downloads into the vault the files the page's live evidence records refer to and this desk
    // lacks; before the page's transaction. False when one could not be stored.
    bool fetchBlobs(const QList<QJsonObject>& changes, SyncReport* report);
    // Fetches, one GET each, the records the page's records refer to (SyncKinds::referencesOf)
    // that are neither in the page nor on the desk, and adds them to `records`. Each record appears
    // in the feed once, at its latest version: a campaign edited after its news was written comes
    // in a later page than the news. False when the platform could not answer.
    bool fetchMissingReferences(QList<QJsonObject>* records, SyncReport* report);
    qint64 chunkBytes();
    QString describeFailure(const HttpResult& result) const;

    Database& m_database;
    SyncOptions m_options;
    SyncTransport m_transport;
    std::unique_ptr<SyncStore> m_store;
    QString m_serverKey;
    SyncObserver m_observer;
    bool m_caLoaded = false;
    qint64 m_chunkBytes = 0; // blob upload chunk, from the platform's limits; 0 until asked
};

} // namespace casedesk

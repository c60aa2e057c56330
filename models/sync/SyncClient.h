#pragma once

#include "sync/SyncBatch.h"
#include "sync/SyncQueue.h"
#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace casedesk {

class Database;
class SyncQueue;
struct PullContext;
struct SyncKind;

struct SyncOptions
{
    QUrl server; // the platform's base URL, without /v1
    QString caFile; // extra trusted CA certificates (PEM) for a self-hosted platform
    RetryPolicy retry;
    int pageSize = 100;
    // Most record writes sent together in one request (the platform's maxBatchWrites may be
    // lower); 1 sends each record alone.
    int batchWrites = 500;
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

// One sync run: push the outbox in order, then pull the changes feed. Every kind of record goes
// through its entry in SyncKinds. Runs to completion on local event loops (bounded by the retry
// policy). SyncClient.cpp holds the run and the connection, SyncPush.cpp the push, SyncPull.cpp the
// pull, SyncFiles.cpp the evidence files both ways.
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
    // How many writes go in one request: the desk's wish within the platform's limits (GET /v1);
    // one when the platform takes no batches.
    SyncBatch::Limits batchLimits();
    // The entry as a request in *write; none when there is nothing to send (a deletion of what
    // the platform never had, a record gone meanwhile, a file that cannot be read). Evidence
    // files are uploaded here, before their record can be sent. False when the push must stop.
    bool prepareWrite(const OutboxEntry& entry, SyncReport* report, std::optional<PreparedWrite>* write);
    // One request per write (a lone write, or a platform without batches); false when the push must stop.
    bool sendAlone(const PreparedWrite& write, SyncReport* report);
    bool sendEachAlone(const QList<PreparedWrite>& writes, SyncReport* report);
    // A batch on its way: its writes, and the POST /v1/batch whose answer is not read yet (none:
    // the writes go one request each when finished).
    struct InFlightBatch
    {
        QList<PreparedWrite> writes;
        std::unique_ptr<SyncTransport::Pending> request;
    };
    InFlightBatch startBatch(QList<PreparedWrite> writes, const QList<QByteArray>& json);
    // Takes the batch's answer and records every write's in one desk transaction. True for no
    // batch at all; false when the push must stop.
    bool finishBatch(InFlightBatch batch, SyncReport* report);
    // Inside the caller's transaction: the platform's answer to one write (stored version,
    // conflict, refusal); the lines to log once committed. False when the push must stop.
    bool recordAnswer(const PreparedWrite& write, const WriteAnswer& answer, SyncReport* report,
                      QStringList* lines);
    void handleConflict(const OutboxEntry& entry, const QJsonObject& mine, const QJsonObject& current,
                        SyncReport* report, QStringList* lines);
    void pull(SyncReport* report);
    // GET /v1/changes from `cursor` (empty: from the start), on its way while the caller works.
    std::unique_ptr<SyncTransport::Pending> requestPage(const QString& cursor);
    bool applyPage(const QJsonObject& page, SyncReport* report);
    // One record of a page, through its kind; a kind this version does not know is left out.
    void applyRecord(PullContext& context, const QJsonObject& record, SyncReport* report,
                     QHash<QString, int>* unknownKinds);
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
    QString describeProblem(int status, const QJsonObject& problem) const;

    Database& m_database;
    SyncOptions m_options;
    SyncTransport m_transport;
    std::unique_ptr<SyncQueue> m_queue;
    QString m_serverKey;
    SyncObserver m_observer;
    bool m_caLoaded = false;
    qint64 m_chunkBytes = 0; // blob upload chunk, from the platform's limits; 0 until asked
    // The platform answered a batch with 404, 405 or 501: it takes one record per request.
    bool m_singleWritesOnly = false;
};

} // namespace casedesk

#include "sync/SyncClient.h"

#include "storage/Database.h"
#include "sync/SyncKinds.h"
#include "sync/SyncLog.h"
#include "sync/SyncQueue.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace casedesk {

namespace {

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
    , m_queue(std::make_unique<SyncQueue>(database))
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

// casedesk-platform: the reference platform server of docs/platform-api.md.
//
//   casedesk-platform --port N --data DIR [--bind 127.0.0.1] [limits] [faults]
//   casedesk-platform token create --data DIR --name NAME
//   casedesk-platform feed add --data DIR --kind donation|payout --json '{...}' [--id ID]

#include "Api.h"
#include "ApiServer.h"
#include "BlobFiles.h"
#include "PlatformStore.h"
#include "RecordRules.h"
#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace casedesk::platform;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(casedesk_platform)
};

constexpr int kExitUsage = 2;
constexpr int kExitCannotListen = 3;
constexpr int kExitDataError = 4;

void printError(const QString& message)
{
    QTextStream(stderr) << "casedesk-platform: " << message << Qt::endl;
}

bool openStore(PlatformStore* store, const QString& dataDir)
{
    if (dataDir.isEmpty()) {
        printError(Text::tr("--data DIR is required."));
        return false;
    }
    QString error;
    if (!store->open(dataDir, &error)) {
        printError(Text::tr("cannot open the data folder %1: %2").arg(dataDir, error));
        return false;
    }
    return true;
}

int createToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Creates an API token; it is printed once and only its hash is kept."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("data"), Text::tr("Data folder."), QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("name"), Text::tr("Who or what the token is for."), QStringLiteral("NAME") });
    parser.process(arguments);
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        printError(Text::tr("--name NAME is required."));
        return kExitUsage;
    }
    PlatformStore store;
    if (!openStore(&store, parser.value(QStringLiteral("data"))))
        return kExitDataError;
    const QByteArray token = store.createToken(name);
    QTextStream(stdout) << token << Qt::endl;
    return 0;
}

// Donations and payouts come from the payment side, not from desks: this command stands in for it
// so that self-hosters and tests can fill the read-only feed.
int addFeedRecord(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Adds a donation or payout to the read-only feed."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("data"), Text::tr("Data folder."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("kind"), Text::tr("donation or payout."), QStringLiteral("KIND") });
    parser.addOption(
        { QStringLiteral("json"), Text::tr("The record's data, with campaignId."), QStringLiteral("JSON") });
    parser.addOption(
        { QStringLiteral("id"),
          Text::tr("Replace the record with this id (a refund, a payout) instead of adding one."),
          QStringLiteral("ID") });
    parser.process(arguments);
    const QString kind = parser.value(QStringLiteral("kind"));
    const QJsonObject data = QJsonDocument::fromJson(parser.value(QStringLiteral("json")).toUtf8()).object();
    if ((kind != QStringLiteral("donation") && kind != QStringLiteral("payout"))
        || QUuid::fromString(data.value(QStringLiteral("campaignId")).toString()).isNull()) {
        printError(Text::tr("--kind donation|payout and --json with a campaignId are required."));
        return kExitUsage;
    }
    PlatformStore store;
    if (!openStore(&store, parser.value(QStringLiteral("data"))))
        return kExitDataError;
    StoredRecord record;
    record.kind = kind;
    record.id = parser.isSet(QStringLiteral("id"))
        ? QUuid::fromString(parser.value(QStringLiteral("id"))).toString(QUuid::WithoutBraces)
        : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (record.id == QUuid().toString(QUuid::WithoutBraces)) {
        printError(Text::tr("--id must be a UUID."));
        return kExitUsage;
    }
    record.data = data;
    record.campaignId = RecordRules::campaignIdOf(kind, record.id, data);
    store.beginWrite();
    // The same checks as a desk's write: a known campaign, whole amounts, known status codes.
    const QJsonArray errors
        = RecordRules::validate(kind, data, [&store](const QString& referredKind, const QString& referredId) {
              return store.record(referredKind, referredId.toLower());
          });
    if (!errors.isEmpty()) {
        store.rollback();
        for (const QJsonValue& error : errors)
            printError(error[QStringLiteral("pointer")].toString() + QLatin1Char(' ')
                       + error[QStringLiteral("detail")].toString());
        return kExitUsage;
    }
    // An update keeps the record's id and creation time and takes the next version, so the
    // change reaches the desks through the feed.
    if (const std::optional<StoredRecord> existing = store.record(kind, record.id))
        record.createdAt = existing->createdAt;
    const StoredRecord stored = store.put(record);
    store.commit();
    QTextStream(stdout) << stored.id << Qt::endl;
    return 0;
}

double rateOption(const QCommandLineParser& parser, const QString& name, bool* ok)
{
    const double rate = parser.value(name).toDouble(ok);
    *ok = *ok && rate >= 0 && rate <= 1;
    return rate;
}

bool readServeOptions(const QCommandLineParser& parser, ServerOptions* options)
{
    bool ok = true;
    bool allOk = true;
    const auto check = [&](bool valid, const QString& option) {
        if (!valid) {
            printError(Text::tr("invalid value for --%1").arg(option));
            allOk = false;
        }
    };
    options->port = static_cast<quint16>(parser.value(QStringLiteral("port")).toUInt(&ok));
    check(ok && parser.isSet(QStringLiteral("port")), QStringLiteral("port"));
    options->dataDir = parser.value(QStringLiteral("data"));
    check(!options->dataDir.isEmpty(), QStringLiteral("data"));
    check(options->bindAddress.setAddress(parser.value(QStringLiteral("bind"))), QStringLiteral("bind"));
    for (const auto& [name, target] :
         { std::pair { QStringLiteral("max-json-bytes"), &options->maxJsonBytes },
           std::pair { QStringLiteral("max-chunk-bytes"), &options->maxChunkBytes },
           std::pair { QStringLiteral("max-blob-bytes"), &options->maxBlobBytes },
           std::pair { QStringLiteral("max-batch-bytes"), &options->maxBatchBytes } }) {
        if (parser.isSet(name)) {
            *target = parser.value(name).toLongLong(&ok);
            check(ok && *target > 0, name);
        }
    }
    if (parser.isSet(QStringLiteral("max-batch-writes"))) {
        options->maxBatchWrites = parser.value(QStringLiteral("max-batch-writes")).toInt(&ok);
        check(ok && options->maxBatchWrites > 0, QStringLiteral("max-batch-writes"));
    }
    options->batchWrites = !parser.isSet(QStringLiteral("no-batch"));
    options->rateLimitPerSecond = parser.value(QStringLiteral("rate-limit")).toDouble(&ok);
    check(ok && options->rateLimitPerSecond >= 0, QStringLiteral("rate-limit"));
    FaultOptions& faults = options->faults;
    faults.serverErrorRate = rateOption(parser, QStringLiteral("fault-500-rate"), &ok);
    check(ok, QStringLiteral("fault-500-rate"));
    faults.dropRate = rateOption(parser, QStringLiteral("fault-drop-rate"), &ok);
    check(ok, QStringLiteral("fault-drop-rate"));
    faults.applyThenDropRate = rateOption(parser, QStringLiteral("fault-apply-then-drop-rate"), &ok);
    check(ok, QStringLiteral("fault-apply-then-drop-rate"));
    faults.latencyMs = parser.value(QStringLiteral("fault-latency-ms")).toInt(&ok);
    check(ok && faults.latencyMs >= 0, QStringLiteral("fault-latency-ms"));
    faults.seed = parser.value(QStringLiteral("fault-seed")).toUInt(&ok);
    check(ok, QStringLiteral("fault-seed"));
    return allOk;
}

void addServeOptions(QCommandLineParser* parser)
{
    parser->addOptions({
        { QStringLiteral("port"), Text::tr("TCP port to listen on."), QStringLiteral("N") },
        { QStringLiteral("data"), Text::tr("Data folder (SQLite database and blobs)."),
          QStringLiteral("DIR") },
        { QStringLiteral("bind"), Text::tr("Address to listen on."), QStringLiteral("ADDRESS"),
          QStringLiteral("127.0.0.1") },
        { QStringLiteral("max-json-bytes"), Text::tr("Largest JSON body (default 1 MiB)."),
          QStringLiteral("BYTES") },
        { QStringLiteral("max-chunk-bytes"), Text::tr("Largest blob upload request (default 8 MiB)."),
          QStringLiteral("BYTES") },
        { QStringLiteral("max-blob-bytes"), Text::tr("Largest blob (default 1 GiB)."),
          QStringLiteral("BYTES") },
        { QStringLiteral("max-batch-writes"), Text::tr("Most writes in one batch (default 1000)."),
          QStringLiteral("N") },
        { QStringLiteral("max-batch-bytes"), Text::tr("Largest batch body (default 8 MiB)."),
          QStringLiteral("BYTES") },
        { QStringLiteral("no-batch"),
          Text::tr("Answer POST /v1/batch with 404, as a platform without batch writes (tests).") },
        { QStringLiteral("rate-limit"), Text::tr("Requests per second per token (0: no limit)."),
          QStringLiteral("R"), QStringLiteral("0") },
        { QStringLiteral("fault-500-rate"), Text::tr("Test fault: share of requests answered 500."),
          QStringLiteral("R"), QStringLiteral("0") },
        { QStringLiteral("fault-latency-ms"), Text::tr("Test fault: delay before every answer."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("fault-drop-rate"), Text::tr("Test fault: share of connections closed unanswered."),
          QStringLiteral("R"), QStringLiteral("0") },
        { QStringLiteral("fault-apply-then-drop-rate"),
          Text::tr("Test fault: share of writes applied, then closed unanswered."), QStringLiteral("R"),
          QStringLiteral("0") },
        { QStringLiteral("fault-seed"), Text::tr("Seed of the fault generator."), QStringLiteral("N"),
          QStringLiteral("1") },
    });
}

int serve(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("CaseDesk reference platform server."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("token create | feed add (optional)"));
    addServeOptions(&parser);
    parser.process(app);
    ServerOptions options;
    if (!readServeOptions(parser, &options))
        return kExitUsage;
    PlatformStore store;
    if (!openStore(&store, options.dataDir))
        return kExitDataError;
    BlobFiles blobs(store.dataDir());
    Api api(store, blobs, options);
    ApiServer server(api, options.faults);
    auto* tcpServer = new TcpListener(&server);
    if (!tcpServer->listen(options.bindAddress, options.port)) {
        printError(Text::tr("cannot listen on %1:%2: %3")
                       .arg(options.bindAddress.toString())
                       .arg(options.port)
                       .arg(tcpServer->errorString()));
        return kExitCannotListen;
    }
    server.bind(tcpServer);
    if (options.faults.any())
        printError(Text::tr("fault injection is on (seed %1)").arg(options.faults.seed));
    // Tests and scripts wait for this line before their first request.
    QTextStream(stdout) << "casedesk-platform listening on http://" << options.bindAddress.toString() << ':'
                        << tcpServer->serverPort() << "/v1" << Qt::endl;
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-platform"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_PLATFORM_VERSION));
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 3 && arguments.at(1) == QStringLiteral("token")
        && arguments.at(2) == QStringLiteral("create"))
        return createToken(arguments.mid(2));
    if (arguments.size() >= 3 && arguments.at(1) == QStringLiteral("feed")
        && arguments.at(2) == QStringLiteral("add"))
        return addFeedRecord(arguments.mid(2));
    return serve(app);
}

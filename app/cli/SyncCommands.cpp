#include "cli/SyncCommands.h"

#include "cli/CliContext.h"
#include "storage/Database.h"
#include "sync/Credentials.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

const QString kServerOption = QStringLiteral("--server");
const QString kCaFileOption = QStringLiteral("--ca-file");
const char kTokenVariable[] = "CASEDESK_TOKEN";

// Scripts give the token in the environment; people keep it in the keychain. It is never an
// argument: command lines are visible to every user of the machine.
QByteArray platformToken(const QString& server)
{
    const QByteArray fromEnvironment = qgetenv(kTokenVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!KeychainCredentials::isAvailable())
        throw CommandFailure::runtime(
            Text::tr("No token: set %1 (no keychain is available here).").arg(QLatin1String(kTokenVariable)));
    KeychainCredentials keychain;
    QString error;
    if (const std::optional<QByteArray> token = keychain.token(server, &error))
        return *token;
    throw CommandFailure::runtime(error, { Text::tr("Or set %1.").arg(QLatin1String(kTokenVariable)) });
}

int runSync(CliContext& context, const CommandArgs& args)
{
    SyncOptions options;
    options.server = QUrl(args.value(kServerOption).trimmed());
    options.caFile = args.value(kCaFileOption);
    QString error;
    if (!SyncClient::isAcceptableServer(options.server, &error))
        return context.usage(error);
    const QByteArray token = platformToken(options.server.toString(QUrl::StripTrailingSlash));
    SyncClient client(context.database(), options, token);
    const SyncReport report = client.run();
    context.print(Text::tr("Sent %1, received %2, new conflicts %3, waiting to be sent %4.")
                      .arg(report.pushed)
                      .arg(report.pulled)
                      .arg(report.newConflicts)
                      .arg(report.pending));
    if (report.converged())
        return kSuccess;
    QStringList details = report.errors;
    if (report.newConflicts > 0)
        details.append(Text::tr("%n new conflict(s): see \"conflicts list\".", nullptr, report.newConflicts));
    if (report.pending > 0)
        details.append(Text::tr("%n change(s) still waiting to be sent.", nullptr, report.pending));
    return context.fail(Text::tr("The desk and the platform have not converged."), details);
}

QJsonObject conflictJson(const SyncConflict& c)
{
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("entity"), c.entity },
             { QStringLiteral("uuid"), c.uuid.toString(QUuid::WithoutBraces) },
             { QStringLiteral("localRevision"), c.localRevision },
             { QStringLiteral("serverVersion"),
               c.serverVersion ? QJsonValue(*c.serverVersion) : QJsonValue() },
             { QStringLiteral("detectedAt"), c.detectedAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("mine"), c.mine },
             { QStringLiteral("theirs"), c.theirs.isEmpty() ? QJsonValue() : QJsonValue(c.theirs) } };
}

QString titleOf(const QJsonObject& side)
{
    if (side.value(QStringLiteral("deleted")).toBool())
        return Text::tr("(deleted)");
    const QJsonObject data
        = side.contains(QStringLiteral("data")) ? side.value(QStringLiteral("data")).toObject() : side;
    return data.value(QStringLiteral("title")).toString();
}

int listConflicts(CliContext& context, const CommandArgs&)
{
    SyncStore store(context.database());
    const QList<SyncConflict> conflicts = store.openConflicts();
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const SyncConflict& c : conflicts)
            array.append(conflictJson(c));
        context.printJson(array);
        return kSuccess;
    }
    if (conflicts.isEmpty()) {
        context.print(Text::tr("No conflicts."));
        return kSuccess;
    }
    QList<QStringList> rows;
    for (const SyncConflict& c : conflicts) {
        rows.append({ c.uuid.toString(QUuid::WithoutBraces).left(8), c.entity, titleOf(c.mine),
                      titleOf(c.theirs), c.detectedAt.toLocalTime().toString(Qt::ISODate) });
    }
    context.printTable(
        { Text::tr("ID"), Text::tr("Kind"), Text::tr("Mine"), Text::tr("Theirs"), Text::tr("Detected") },
        rows);
    return kSuccess;
}

} // namespace

QList<Command> SyncCommands::syncCommands()
{
    return {
        { QString(),
          QStringLiteral("--server URL [--ca-file PEM]"),
          tr("Send the waiting changes to the platform and receive the others' changes; exit 0 when "
             "everything converged."),
          { kServerOption, kCaFileOption },
          {},
          &runSync },
    };
}

QList<Command> SyncCommands::conflictCommands()
{
    return {
        { QStringLiteral("list"),
          QString(),
          tr("List the conflicts waiting for a decision (mine and theirs; --json for both documents)."),
          {},
          {},
          &listConflicts },
    };
}

QStringList SyncCommands::syncNotes()
{
    return { tr("The token comes from %1, else from the keychain (service \"casedesk\", key = the "
                "server URL).")
                 .arg(QLatin1String(kTokenVariable)) };
}

} // namespace casedesk::cli

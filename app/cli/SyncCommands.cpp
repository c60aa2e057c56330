#include "cli/SyncCommands.h"

#include "cli/CliContext.h"
#include "storage/Database.h"
#include "sync/ConflictResolver.h"
#include "sync/ConflictStore.h"
#include "sync/Credentials.h"
#include "sync/SyncClient.h"

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
const QString kKeepOption = QStringLiteral("--keep");
const QString kTakeOption = QStringLiteral("--take");
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
    const QByteArray token = platformToken(credentialKey(options.server));
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

QUrl serverArgument(const CommandArgs& args)
{
    const QUrl server(args.value(kServerOption).trimmed());
    QString error;
    if (!SyncClient::isAcceptableServer(server, &error))
        throw CommandFailure::usage(error);
    return server;
}

// The keychain or a clear refusal: the CLI never keeps a token anywhere else.
KeychainCredentials requireKeychain()
{
    QString problem;
    if (!KeychainCredentials::isAvailable(&problem))
        throw CommandFailure::runtime(
            Text::tr("No keychain is available here, so the token cannot be stored."),
            { Text::tr("Why: %1").arg(problem),
              Text::tr("Scripts can give the token in %1 instead.").arg(QLatin1String(kTokenVariable)) });
    return {};
}

// The token is read from stdin, never from the command line (visible to every user in `ps`).
int setToken(CliContext& context, const CommandArgs& args)
{
    const QUrl server = serverArgument(args);
    const QByteArray token = context.readValue(QStringLiteral("-")).trimmed().toUtf8();
    if (token.isEmpty())
        return context.usage(Text::tr("Give the token on standard input, e.g. from a password manager."));
    KeychainCredentials keychain = requireKeychain();
    QString error;
    if (!keychain.setToken(credentialKey(server), token, &error))
        return context.fail(error);
    context.print(Text::tr("The token for %1 is stored in the keychain.").arg(credentialKey(server)));
    return kSuccess;
}

int removeToken(CliContext& context, const CommandArgs& args)
{
    const QUrl server = serverArgument(args);
    KeychainCredentials keychain = requireKeychain();
    QString error;
    if (!keychain.removeToken(credentialKey(server), &error))
        return context.fail(error);
    context.print(Text::tr("The keychain no longer holds a token for %1.").arg(credentialKey(server)));
    return kSuccess;
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
    ConflictStore store(context.database());
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

SyncConflict findConflict(ConflictResolver& resolver, const QString& reference)
{
    QString error;
    const std::optional<SyncConflict> conflict = resolver.find(reference, &error);
    if (!conflict)
        throw CommandFailure::runtime(error, { Text::tr("See \"conflicts list\".") });
    return *conflict;
}

QJsonObject fieldJson(const ConflictField& field)
{
    return { { QStringLiteral("field"), field.field },     { QStringLiteral("label"), field.label },
             { QStringLiteral("mine"), field.mine },       { QStringLiteral("theirs"), field.theirs },
             { QStringLiteral("differs"), field.differs }, { QStringLiteral("choosable"), field.choosable } };
}

int showConflict(CliContext& context, const CommandArgs& args)
{
    ConflictResolver resolver(context.database());
    const SyncConflict conflict = findConflict(resolver, args.at(0));
    const QList<ConflictField> fields = resolver.fields(conflict);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const ConflictField& field : fields)
            array.append(fieldJson(field));
        QJsonObject object = conflictJson(conflict);
        object.remove(QStringLiteral("mine"));
        object.remove(QStringLiteral("theirs"));
        object.insert(QStringLiteral("fields"), array);
        context.printJson(object);
        return kSuccess;
    }
    // The record's kind as the platform names it: campaign, news, evidence.
    context.print(Text::tr("Conflict %1 on %2 %3 \"%4\", found %5.")
                      .arg(conflict.id)
                      .arg(conflict.entity, conflict.uuid.toString(QUuid::WithoutBraces),
                           resolver.title(conflict),
                           conflict.detectedAt.toLocalTime().toString(Qt::ISODate)));
    QList<QStringList> rows;
    for (const ConflictField& field : fields) {
        rows.append(
            { field.field, field.choosable ? QStringLiteral("*") : QString(), field.mine, field.theirs });
    }
    context.printTable({ Text::tr("Field"), Text::tr("Choice"), Text::tr("Mine"), Text::tr("Theirs") }, rows);
    context.print(
        Text::tr("* a side to choose: conflicts resolve ID --keep mine|theirs [--take FIELD=mine|theirs]"));
    return kSuccess;
}

std::optional<ConflictSide> sideFromText(const QString& text)
{
    if (text == QLatin1String("mine"))
        return ConflictSide::Mine;
    if (text == QLatin1String("theirs"))
        return ConflictSide::Theirs;
    return std::nullopt;
}

// --keep gives the side of every field; each --take FIELD=SIDE overrides one. Without --keep,
// every field that differs must be taken explicitly: nothing is decided for the user.
ConflictChoices parseChoices(const CommandArgs& args, const QList<ConflictField>& fields)
{
    ConflictChoices choices;
    if (args.has(kKeepOption)) {
        const std::optional<ConflictSide> side = sideFromText(args.value(kKeepOption));
        if (!side)
            throw CommandFailure::usage(Text::tr("--keep takes \"mine\" or \"theirs\"."));
        choices.defaultSide = *side;
    }
    QStringList known;
    for (const ConflictField& field : fields)
        known.append(field.field);
    for (const QString& take : args.values(kTakeOption)) {
        const QString field = take.section(QLatin1Char('='), 0, 0);
        const std::optional<ConflictSide> side = sideFromText(take.section(QLatin1Char('='), 1));
        if (!known.contains(field) || !side)
            throw CommandFailure::usage(
                Text::tr("--take %1: expected FIELD=mine or FIELD=theirs, FIELD one of: %2.")
                    .arg(take, known.join(QStringLiteral(", "))));
        choices.fields.insert(field, *side);
    }
    if (args.has(kKeepOption))
        return choices;
    QStringList undecided;
    for (const ConflictField& field : fields) {
        if (field.choosable && !choices.fields.contains(field.field))
            undecided.append(field.field);
    }
    if (args.values(kTakeOption).isEmpty() || !undecided.isEmpty())
        throw CommandFailure::usage(
            Text::tr("Decide every field that differs (%1) with --take, or give --keep.")
                .arg(undecided.join(QStringLiteral(", "))));
    return choices;
}

int resolveConflict(CliContext& context, const CommandArgs& args)
{
    ConflictResolver resolver(context.database());
    const SyncConflict conflict = findConflict(resolver, args.at(0));
    const ConflictChoices choices = parseChoices(args, resolver.fields(conflict));
    const ConflictResolution outcome = resolver.resolve(conflict.id, choices);
    if (outcome.queued)
        context.print(Text::tr("Resolved; the result is sent to the platform at the next sync."));
    else
        context.print(Text::tr("Resolved; the desk now holds the platform's version, nothing to send."));
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
        { QStringLiteral("token set"),
          QStringLiteral("--server URL"),
          tr("Store the platform token, read from standard input, in the keychain (exit 1 when there is "
             "no keychain)."),
          { kServerOption },
          {},
          &setToken },
        { QStringLiteral("token remove"),
          QStringLiteral("--server URL"),
          tr("Remove the platform token from the keychain."),
          { kServerOption },
          {},
          &removeToken },
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
        { QStringLiteral("show"),
          QStringLiteral("ID"),
          tr("Show a conflict field by field: mine, theirs, and the fields to decide (--json)."),
          {},
          {},
          &showConflict },
        { QStringLiteral("resolve"),
          QStringLiteral("ID [--keep mine|theirs] [--take FIELD=mine|theirs ...]"),
          tr("Decide a conflict: keep one side, or take each differing field from a side; the result is "
             "sent at the next sync."),
          { kKeepOption, kTakeOption },
          {},
          &resolveConflict },
    };
}

QStringList SyncCommands::syncNotes()
{
    return { tr("The token comes from %1, else from the keychain (service \"casedesk\", key = the "
                "server URL).")
                 .arg(QLatin1String(kTokenVariable)) };
}

} // namespace casedesk::cli

#include "cli/CommandTable.h"

#include "cli/CliContext.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace casedesk::cli {

namespace {

const QString kHelp = QStringLiteral("--help");
const QStringList kGlobalOptions = { QStringLiteral("--json"), QStringLiteral("--database"),
                                     QStringLiteral("--lang"), QStringLiteral("--version") };

// The placeholders of a synopsis that are not in brackets are the required arguments, in order:
// "ID FIELD VALUE" -> ID, FIELD, VALUE; "ID [--out FILE]" -> ID.
// A required option ("--campaign ID", outside brackets) is not a positional: its command checks it.
QStringList requiredArguments(const QString& synopsis)
{
    QStringList required;
    int depth = 0;
    bool optionValue = false;
    for (const QString& token : synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (depth == 0 && token.startsWith(QStringLiteral("--"))) {
            optionValue = true;
            continue;
        }
        if (depth == 0 && !token.startsWith(QLatin1Char('[')) && !std::exchange(optionValue, false))
            required.append(token);
        depth += int(token.count(QLatin1Char('['))) - int(token.count(QLatin1Char(']')));
    }
    return required;
}

// The optional placeholders that may follow them, in brackets of their own: "[ID] [--limit N]" -> 1.
int optionalArgumentCount(const QString& synopsis)
{
    int count = 0;
    int depth = 0;
    for (const QString& token : synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (depth == 0 && token.startsWith(QLatin1Char('[')) && token.size() > 1
            && token.at(1) != QLatin1Char('-'))
            ++count;
        depth += int(token.count(QLatin1Char('['))) - int(token.count(QLatin1Char(']')));
    }
    return count;
}

QString fullName(const QString& group, const Command& command)
{
    return command.words.isEmpty() ? group : group + QLatin1Char(' ') + command.words;
}

QString synopsisOf(const QString& group, const Command& command)
{
    return (fullName(group, command) + QLatin1Char(' ') + command.synopsis).trimmed();
}

// "{list|show|budget|...} ...": the words that may follow `prefix` ("" or "budget"), for a
// usage line. Empty when no command starts with `prefix`.
QString subcommandChoice(const QList<Command>& commands, const QString& prefix)
{
    const QString start = prefix.isEmpty() ? QString() : prefix + QLatin1Char(' ');
    QStringList words;
    for (const Command& command : commands) {
        if (command.words.isEmpty() || !command.words.startsWith(start))
            continue;
        const QString next = command.words.mid(start.size()).section(QLatin1Char(' '), 0, 0);
        if (!words.contains(next))
            words.append(next);
    }
    return words.isEmpty() ? QString() : QStringLiteral("{%1} ...").arg(words.join(QLatin1Char('|')));
}

QString groupChoice(const QList<CommandGroup>& groups)
{
    QStringList words;
    for (const CommandGroup& group : groups)
        words.append(group.word);
    return QStringLiteral("{%1} ...").arg(words.join(QLatin1Char('|')));
}

// The command whose words open `arguments`; the longest wins ("budget add" over "budget").
const Command* findCommand(const QList<Command>& commands, const QStringList& arguments)
{
    const Command* found = nullptr;
    const Command* fallback = nullptr;
    qsizetype foundLength = 0;
    for (const Command& command : commands) {
        // Empty words: the group's default command ("holidays YEAR"), when no other matches.
        if (command.words.isEmpty()) {
            fallback = &command;
            continue;
        }
        const QStringList words = command.words.split(QLatin1Char(' '));
        if (words.size() > foundLength && arguments.mid(0, words.size()) == words) {
            found = &command;
            foundLength = words.size();
        }
    }
    return found ? found : fallback;
}

} // namespace

int CommandTable::dispatch(CliContext& context, const QList<CommandGroup>& groups,
                           const QStringList& arguments)
{
    const QString word = arguments.value(0);
    const auto group = std::find_if(groups.begin(), groups.end(), [&word](const CommandGroup& candidate) {
        return candidate.word == word;
    });
    if (group == groups.end()) {
        context.setUsageLine(groupChoice(groups));
        return context.usage(tr("Unknown command \"%1\".").arg(word));
    }
    const QList<Command> commands = group->commands();
    const QStringList rest = arguments.mid(1);
    const Command* command = findCommand(commands, rest);
    if (!command || (command->words.isEmpty() && rest.value(0) == kHelp))
        return noCommandFound(context, *group, commands, rest);
    const int wordCount = command->words.isEmpty() ? 0 : int(command->words.split(QLatin1Char(' ')).size());
    return runCommand(context, word, *command, rest.mid(wordCount));
}

// "campaign", "campaign budget", "campaign frobnicate" or "campaign --help".
int CommandTable::noCommandFound(CliContext& context, const CommandGroup& group,
                                 const QList<Command>& commands, const QStringList& rest)
{
    if (rest.contains(kHelp)) {
        context.print(groupHelp(group));
        return kSuccess;
    }
    // The command words as typed: "budget" opens two-word commands, anything else is one word.
    QStringList words;
    for (const QString& argument : rest.mid(0, 2)) {
        if (argument.startsWith(QLatin1Char('-')))
            break;
        words.append(argument);
    }
    if (words.size() == 2 && subcommandChoice(commands, words.first()).isEmpty())
        words.removeLast();
    const QString given = (group.word + QLatin1Char(' ') + words.join(QLatin1Char(' '))).trimmed();
    const QString choice = words.size() <= 1 ? subcommandChoice(commands, words.value(0)) : QString();
    if (!choice.isEmpty()) {
        context.setUsageLine(given + QLatin1Char(' ') + choice);
        return context.usage(tr("The command \"%1\" needs a subcommand.").arg(given));
    }
    context.setUsageLine(group.word + QLatin1Char(' ') + subcommandChoice(commands, QString()));
    return context.usage(tr("Unknown command \"%1\".").arg(given));
}

int CommandTable::runCommand(CliContext& context, const QString& group, const Command& command,
                             const QStringList& arguments)
{
    context.setUsageLine(synopsisOf(group, command));
    CommandArgs parsed;
    bool helpRequested = false;
    if (!parseArguments(context, command, arguments, &parsed, &helpRequested))
        return kUsageError;
    if (helpRequested) {
        context.print(context.usageLine());
        context.print(QStringLiteral("  ") + command.description);
        return kSuccess;
    }
    // The edge of the program: whatever a command throws ends here as a message, never a crash.
    try {
        return command.run(context, parsed);
    } catch (const CommandFailure& failure) {
        return context.report(failure);
    } catch (const DatabaseError& error) {
        return context.fail(error.message());
    } catch (const std::exception& error) {
        return context.fail(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
    } catch (...) {
        return context.fail(tr("Unexpected error."));
    }
}

bool CommandTable::parseArguments(CliContext& context, const Command& command, const QStringList& arguments,
                                  CommandArgs* parsed, bool* helpRequested)
{
    bool onlyPositionals = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        // A single "-" is a value (read from stdin), as is anything after "--".
        if (onlyPositionals || !argument.startsWith(QStringLiteral("--"))) {
            parsed->append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (name == kHelp) {
            *helpRequested = true;
            return true;
        }
        if (command.valueOptions.contains(name)) {
            if (equals < 0 && i + 1 >= arguments.size()) {
                context.usage(tr("The option %1 needs a value.").arg(name));
                return false;
            }
            parsed->set(name, equals < 0 ? arguments.at(++i) : argument.mid(equals + 1));
        } else if (command.flagOptions.contains(name) && equals < 0) {
            parsed->set(name, QString());
        } else if (command.flagOptions.contains(name)) {
            context.usage(tr("The option %1 takes no value.").arg(name));
            return false;
        } else if (kGlobalOptions.contains(name)) {
            context.usage(tr("%1 is a global option; put it before the command.").arg(name));
            return false;
        } else {
            context.usage(tr("Unknown option \"%1\".").arg(name));
            return false;
        }
    }
    const QStringList required = requiredArguments(command.synopsis);
    if (parsed->count() < required.size()) {
        context.usage(tr("Missing argument %1.").arg(required.at(parsed->count())));
        return false;
    }
    // "FILE...": the last placeholder takes one value or more.
    const bool repeats = !required.isEmpty() && required.last().endsWith(QLatin1String("..."));
    const int allowed = int(required.size()) + optionalArgumentCount(command.synopsis);
    if (parsed->count() > allowed && !repeats) {
        context.usage(
            tr("Unexpected argument \"%1\" (put a value with spaces in quotes).").arg(parsed->at(allowed)));
        return false;
    }
    return true;
}

QString CommandTable::groupHelp(const CommandGroup& group)
{
    QStringList lines;
    for (const Command& command : group.commands()) {
        lines.append(QStringLiteral("  ") + synopsisOf(group.word, command));
        lines.append(QStringLiteral("      ") + command.description);
    }
    if (group.notes) {
        for (const QString& note : group.notes())
            lines.append(QStringLiteral("  ") + note);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CommandTable::helpText(const QList<CommandGroup>& groups)
{
    const QString program = QString::fromLatin1(kProgramName);
    QStringList lines = {
        tr("Usage: %1 [GLOBAL OPTIONS] COMMAND [ARGUMENTS]").arg(program),
        QString(),
        tr("CaseDesk without windows: campaigns, the association profile and settings, for scripts and "
           "tests."),
        QString(),
        tr("Global options (before the command):"),
        tr("  --database PATH  the desk file (default: %1)").arg(Database::defaultPath()),
        tr("  --json           machine-readable output: one JSON document on stdout, amounts in cents"),
        tr("  --lang fr|en     language of messages, numbers and amounts (default: the system's)"),
        tr("  --help           this help; after a command, the help of that command"),
        tr("  --version        the version of CaseDesk"),
        QString(),
        tr("Commands:"),
    };
    for (const CommandGroup& group : groups)
        lines.append(groupHelp(group));
    lines += {
        QString(),
        tr("A campaign ID is its UUID or a unique prefix of at least 4 characters. A VALUE of \"-\" is read "
           "from standard input."),
        tr("Exit status: 0 success, 1 error (message on stderr), 2 wrong usage."),
    };
    return lines.join(QLatin1Char('\n'));
}

QString CommandTable::versionText()
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(kProgramName),
                                       QCoreApplication::applicationVersion());
}

} // namespace casedesk::cli

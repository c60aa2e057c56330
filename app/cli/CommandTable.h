#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casedesk::cli {

class CliContext;

// What is left of a command line once the command words are read: positional arguments in
// order, and the command's own options (the last one wins when an option is repeated).
class CommandArgs
{
public:
    QString at(int index) const { return m_positionals.value(index); }
    int count() const { return int(m_positionals.size()); }
    bool has(const QString& option) const { return m_options.contains(option); }
    QString value(const QString& option) const { return m_options.value(option); }
    // Every value of an option given several times ("--take a=mine --take b=theirs"), in order.
    QStringList values(const QString& option) const { return m_repeated.value(option); }

    void append(const QString& positional) { m_positionals.append(positional); }
    void set(const QString& option, const QString& value)
    {
        m_options.insert(option, value);
        m_repeated[option].append(value);
    }

private:
    QStringList m_positionals;
    QHash<QString, QString> m_options;
    QHash<QString, QStringList> m_repeated;
};

// One command of a group: "campaign list", "campaign budget add". The dispatcher checks the
// argument count and the option names before `run` is called, so handlers only judge values.
struct Command
{
    QString words; // after the group word: "list", "budget add"
    QString synopsis; // placeholders and options: "ID KIND AMOUNT LABEL", "[--desc]"
    QString description; // one translated sentence for --help
    QStringList valueOptions; // "--status": takes the next argument (or "--status=draft")
    QStringList flagOptions; // "--desc"
    std::function<int(CliContext&, const CommandArgs&)> run;
};

// A command word and its commands, built when needed so the descriptions are translated by the
// translators main() installed.
struct CommandGroup
{
    QString word; // "campaign"
    std::function<QList<Command>()> commands;
    std::function<QStringList()> notes = {}; // extra --help lines: the codes a value may take
};

class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)

public:
    // Finds the group and command, parses its arguments and runs it. Every failure, including
    // casedesk::DatabaseError from the storage layer, becomes a message and an exit code.
    static int dispatch(CliContext& context, const QList<CommandGroup>& groups, const QStringList& arguments);
    static QString helpText(const QList<CommandGroup>& groups);
    static QString versionText();

private:
    static int noCommandFound(CliContext& context, const CommandGroup& group, const QList<Command>& commands,
                              const QStringList& rest);
    static int runCommand(CliContext& context, const QString& group, const Command& command,
                          const QStringList& arguments);
    static bool parseArguments(CliContext& context, const Command& command, const QStringList& arguments,
                               CommandArgs* parsed, bool* helpRequested);
    static QString groupHelp(const CommandGroup& group);
};

} // namespace casedesk::cli

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonArray;
class QJsonObject;
class QTextStream;

namespace casedesk {
class AssociationRepository;
class CampaignRepository;
class Database;
class EvidenceRepository;
class SettingsRepository;
} // namespace casedesk

namespace casedesk::cli {

// The exit status is the CLI's contract with scripts and tests.
enum ExitCode : int
{
    kSuccess = 0,
    kRuntimeError = 1,
    kUsageError = 2
};

inline constexpr char kProgramName[] = "casedesk-cli";

// Ends a command from inside a helper (a bad value, a campaign that is not there), so handlers
// read as the straight path. The dispatcher reports it exactly as fail() or usage() would.
class CommandFailure
{
public:
    static CommandFailure runtime(const QString& message, const QStringList& details = {})
    {
        return { kRuntimeError, message, details };
    }
    static CommandFailure usage(const QString& message) { return { kUsageError, message, {} }; }

    int exitCode;
    QString message;
    QStringList details; // printed one per line as "  - detail"
};

// One run of the CLI: the global options, the desk (opened on first use, so a usage error never
// creates a desk file) with its repositories, and the output conventions every command shares:
// results on stdout, messages on stderr, "--json" output as exactly one JSON document.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum class Start
    {
        RunCommand,
        ShowHelp,
        ShowVersion,
        UsageError
    };

    CliContext();
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    // "fr" or "en" when --lang names one before the command, else empty (the system language).
    // Read before the full parse because every message, errors included, needs the translators.
    static QString requestedLanguage(const QStringList& arguments);
    // Reads the global options up to the command word; reports a bad one itself.
    Start parseGlobalOptions(const QStringList& arguments);

    QStringList commandArguments() const { return m_commandArguments; }
    bool jsonOutput() const { return m_json; }
    QString databasePath() const { return m_databasePath; }

    // Open the desk on first call; throw CommandFailure (exit 1) when it cannot be used.
    Database& database();
    CampaignRepository& campaigns();
    AssociationRepository& associations();
    SettingsRepository& settings();
    // Its evidence, the vault being the folder beside the desk file.
    EvidenceRepository& evidence();

    // Output on stdout.
    void print(const QString& line = {});
    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);
    // Space-aligned columns, never tabs; cells are flattened to one line. The last column is
    // not padded so lines carry no trailing blanks.
    void printTable(const QStringList& headers, const QList<QStringList>& rows,
                    const QList<int>& rightAlignedColumns = {});
    // "Label:  value" lines with the values aligned; multi-line values continue under the value.
    void printFields(const QList<std::pair<QString, QString>>& fields);
    // A heading followed by an indented block of text (a Markdown description, an address).
    void printBlock(const QString& heading, const QString& text);

    // Errors on stderr. fail() returns kRuntimeError, usage() kUsageError with the usage line of
    // the command being run.
    int fail(const QString& message, const QStringList& details = {});
    int usage(const QString& message);
    int report(const CommandFailure& failure);
    void setUsageLine(const QString& synopsis) { m_usageSynopsis = synopsis; }
    QString usageLine() const;

    // A command-line value, or all of stdin when it is "-" (for a Markdown description).
    QString readValue(const QString& argument);

private:
    void openDesk();
    void writeOut(const QString& text);
    void writeErr(const QString& text);

    QString m_databasePath;
    bool m_json = false;
    QStringList m_commandArguments;
    QString m_usageSynopsis;

    // Declared in this order so the repositories go before the connection they use.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<AssociationRepository> m_associations;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<EvidenceRepository> m_evidence; // made on first use
    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
};

} // namespace casedesk::cli

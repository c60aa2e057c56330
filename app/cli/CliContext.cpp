#include "cli/CliContext.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "evidence/EvidenceRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace casedesk::cli {

namespace {

const QString kJson = QStringLiteral("--json");
const QString kDatabase = QStringLiteral("--database");
const QString kLang = QStringLiteral("--lang");
const QString kHelp = QStringLiteral("--help");
const QString kVersion = QStringLiteral("--version");
const QStringList kLanguages = { QStringLiteral("fr"), QStringLiteral("en") };

// "--name=value" or "--name"; the value is null when there is no "=".
std::pair<QString, QString> splitOption(const QString& argument)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals < 0)
        return { argument, QString() };
    return { argument.left(equals), argument.mid(equals + 1) };
}

bool isOption(const QString& argument)
{
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
}

// A table cell or a field value must stay on its line, or the columns of every row below shift.
QString flattened(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text;
}

// Columns a terminal gives the text: combining accents and the second half of a surrogate pair
// take none. (Wide CJK glyphs would take two; French and English text has none.)
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate() || c.category() == QChar::Mark_NonSpacing
            || c.category() == QChar::Mark_Enclosing)
            continue;
        ++width;
    }
    return width;
}

QString padded(const QString& text, int width, bool alignRight)
{
    const QString blanks(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return alignRight ? blanks + text : text + blanks;
}

} // namespace

CliContext::CliContext()
    : m_out(std::make_unique<QTextStream>(stdout))
    , m_err(std::make_unique<QTextStream>(stderr))
{
}

CliContext::~CliContext() = default;

QString CliContext::requestedLanguage(const QStringList& arguments)
{
    QString language;
    for (int i = 0; i < arguments.size() && isOption(arguments.at(i)); ++i) {
        const auto [name, inlineValue] = splitOption(arguments.at(i));
        if (name == QLatin1String("--"))
            break;
        if (name != kLang && name != kDatabase)
            continue;
        const QString value = inlineValue.isNull() ? arguments.value(++i) : inlineValue;
        if (name == kLang)
            language = kLanguages.contains(value) ? value : QString();
    }
    return language;
}

CliContext::Start CliContext::parseGlobalOptions(const QStringList& arguments)
{
    m_databasePath = Database::defaultPath();
    setUsageLine(QStringLiteral("COMMAND [ARGUMENTS]"));
    int i = 0;
    for (; i < arguments.size() && isOption(arguments.at(i)); ++i) {
        const auto [name, inlineValue] = splitOption(arguments.at(i));
        if (name == QLatin1String("--")) {
            ++i;
            break;
        }
        if (name == kHelp || name == QLatin1String("-h"))
            return Start::ShowHelp;
        if (name == kVersion)
            return Start::ShowVersion;
        if (name == kJson) {
            if (!inlineValue.isNull()) {
                usage(tr("The option %1 takes no value.").arg(name));
                return Start::UsageError;
            }
            m_json = true;
            continue;
        }
        if (name != kDatabase && name != kLang) {
            usage(tr("Unknown option \"%1\".").arg(name));
            return Start::UsageError;
        }
        QString value = inlineValue;
        if (value.isNull()) {
            if (i + 1 >= arguments.size()) {
                usage(tr("The option %1 needs a value.").arg(name));
                return Start::UsageError;
            }
            value = arguments.at(++i);
        }
        if (name == kDatabase && value.isEmpty()) {
            usage(tr("The option %1 needs a file path.").arg(name));
            return Start::UsageError;
        }
        if (name == kLang && !kLanguages.contains(value)) {
            usage(tr("The option %1 accepts \"fr\" or \"en\", not \"%2\".").arg(name, value));
            return Start::UsageError;
        }
        if (name == kDatabase)
            m_databasePath = value;
        // --lang was applied by requestedLanguage() before any message could be printed.
    }
    m_commandArguments = arguments.mid(i);
    if (m_commandArguments.isEmpty()) {
        usage(tr("No command given."));
        return Start::UsageError;
    }
    return Start::RunCommand;
}

Database& CliContext::database()
{
    if (!m_database)
        openDesk();
    return *m_database;
}

CampaignRepository& CliContext::campaigns()
{
    database();
    return *m_campaigns;
}

AssociationRepository& CliContext::associations()
{
    database();
    return *m_associations;
}

SettingsRepository& CliContext::settings()
{
    database();
    return *m_settings;
}

EvidenceRepository& CliContext::evidence()
{
    if (!m_evidence)
        m_evidence
            = std::make_unique<EvidenceRepository>(database(), Vault(Vault::pathForDesk(database().path())));
    return *m_evidence;
}

void CliContext::openDesk()
{
    auto database = std::make_unique<Database>();
    QString error;
    // Database's own message says what is wrong: damaged, newer version, another program's file.
    if (!database->open(m_databasePath, &error))
        throw CommandFailure::runtime(error);
    m_database = std::move(database);
    m_campaigns = std::make_unique<CampaignRepository>(*m_database);
    m_associations = std::make_unique<AssociationRepository>(*m_database);
    m_settings = std::make_unique<SettingsRepository>(*m_database);
}

void CliContext::print(const QString& line)
{
    writeOut(line + QLatin1Char('\n'));
}

void CliContext::printJson(const QJsonObject& object)
{
    writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void CliContext::printJson(const QJsonArray& array)
{
    writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void CliContext::printTable(const QStringList& headers, const QList<QStringList>& rows,
                            const QList<int>& rightAlignedColumns)
{
    QList<int> widths;
    for (const QString& header : headers)
        widths.append(displayWidth(header));
    for (const QStringList& row : rows) {
        for (int column = 0; column < std::min(row.size(), widths.size()); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(flattened(row.at(column))));
    }
    const auto formatLine = [&](const QStringList& cells) {
        QStringList parts;
        for (int column = 0; column < widths.size(); ++column) {
            const QString cell = flattened(cells.value(column));
            const bool right = rightAlignedColumns.contains(column);
            const bool last = column == widths.size() - 1;
            parts.append(last && !right ? cell : padded(cell, widths.at(column), right));
        }
        // An empty last cell would leave the separator as trailing blanks.
        QString line = parts.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };
    QString text = formatLine(headers) + QLatin1Char('\n');
    for (const QStringList& row : rows)
        text += formatLine(row) + QLatin1Char('\n');
    writeOut(text);
}

void CliContext::printFields(const QList<std::pair<QString, QString>>& fields)
{
    int labelWidth = 0;
    for (const auto& field : fields)
        labelWidth = std::max(labelWidth, displayWidth(field.first) + 1);
    const QString continuation(labelWidth + 2, QLatin1Char(' '));
    QString text;
    for (const auto& [label, value] : fields) {
        const QStringList lines = (value.isEmpty() ? QStringLiteral("-") : value).split(QLatin1Char('\n'));
        text += padded(label + QLatin1Char(':'), labelWidth, false) + QStringLiteral("  ")
            + flattened(lines.first()) + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += continuation + flattened(lines.at(i)) + QLatin1Char('\n');
    }
    writeOut(text);
}

void CliContext::printBlock(const QString& heading, const QString& text)
{
    QString out = heading + QStringLiteral(":\n");
    const QStringList lines
        = text.trimmed().isEmpty() ? QStringList { QStringLiteral("-") } : text.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        out += line.trimmed().isEmpty() ? QStringLiteral("\n")
                                        : QStringLiteral("  ") + flattened(line) + QLatin1Char('\n');
    writeOut(out);
}

int CliContext::fail(const QString& message, const QStringList& details)
{
    QString text = QString::fromLatin1(kProgramName) + QStringLiteral(": ") + message + QLatin1Char('\n');
    for (const QString& detail : details)
        text += QStringLiteral("  - ") + detail + QLatin1Char('\n');
    writeErr(text);
    return kRuntimeError;
}

int CliContext::usage(const QString& message)
{
    writeErr(QString::fromLatin1(kProgramName) + QStringLiteral(": ") + message + QLatin1Char('\n')
             + usageLine() + QLatin1Char('\n'));
    return kUsageError;
}

int CliContext::report(const CommandFailure& failure)
{
    return failure.exitCode == kUsageError ? usage(failure.message) : fail(failure.message, failure.details);
}

QString CliContext::usageLine() const
{
    return tr("usage: %1 [--database PATH] [--json] [--lang fr|en] %2")
        .arg(QString::fromLatin1(kProgramName), m_usageSynopsis);
}

QString CliContext::readValue(const QString& argument)
{
    if (argument != QLatin1String("-"))
        return argument;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        throw CommandFailure::runtime(tr("Cannot read the value from standard input."));
    QString value = QString::fromUtf8(input.readAll());
    // `echo` and here-documents end with a newline the user did not mean as part of the value.
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return value;
}

void CliContext::writeOut(const QString& text)
{
    *m_out << text;
    m_out->flush();
}

void CliContext::writeErr(const QString& text)
{
    // What a command printed so far comes first, so the two streams read in order on a terminal.
    m_out->flush();
    *m_err << text;
    m_err->flush();
}

} // namespace casedesk::cli

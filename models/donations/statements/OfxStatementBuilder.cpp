#include "donations/statements/OfxStatementBuilder.h"

#include "common/DateRules.h"
#include "donations/statements/OfxParser.h"
#include "donations/statements/StatementFields.h"

namespace casedesk {

namespace {

bool isStatement(QStringView name)
{
    return name == QLatin1String("STMTRS") || name == QLatin1String("CCSTMTRS");
}

// The OFX date-time: YYYYMMDD[HHMMSS[.XXX]][[+-h[.mm]:TZ]]. Only the date matters here: the
// bank's own calendar day, not shifted to ours.
std::optional<QDate> parseOfxDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 8)
        return std::nullopt;
    qsizetype pos = 8;
    while (pos < text.size() && text.at(pos).isDigit())
        ++pos;
    if (pos != 8 && pos != 12 && pos != 14)
        return std::nullopt;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        while (pos < text.size() && text.at(pos).isDigit())
            ++pos;
    }
    if (pos < text.size() && (text.at(pos) != QLatin1Char('[') || !text.endsWith(QLatin1Char(']'))))
        return std::nullopt;
    for (int i = 0; i < 8; ++i) {
        if (!text.at(i).isDigit())
            return std::nullopt;
    }
    const QDate date(text.first(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QString OfxStatementBuilder::formatName(const QString& version)
{
    if (version.size() != 3)
        return QStringLiteral("ofx");
    QString minor = version.mid(1);
    if (minor.endsWith(QLatin1Char('0')))
        minor.chop(1);
    return QStringLiteral("ofx-%1.%2").arg(version.at(0), minor.isEmpty() ? QStringLiteral("0") : minor);
}

void OfxStatementBuilder::begin(const QString& name, int line)
{
    const QString& parent = m_frames.isEmpty() ? QString() : m_frames.last().name;
    m_frames.append({ name, 0, line });
    if (m_frames.size() == 1 && name != QLatin1String("OFX"))
        return fail(line, path(), OfxParser::tr("expected the OFX element"));
    if (name == QLatin1String("STMTTRN") && parent == QLatin1String("BANKTRANLIST")) {
        m_frames.last().index = ++m_transactionCount;
        m_transaction.clear();
    } else if (isStatement(name)) {
        m_statement.clear();
        m_lines.clear();
        m_transactionCount = 0;
    }
}

void OfxStatementBuilder::leaf(const QString& name, const QString& text, int line)
{
    if (m_frames.isEmpty())
        return fail(line, name, OfxParser::tr("expected the OFX element"));
    const QString& parent = m_frames.last().name;
    auto field = [&]() {
        return Field { text, path() + QLatin1Char('/') + name, line };
    };
    if (parent == QLatin1String("STMTTRN")) {
        m_transaction.insert(name, field());
    } else if (parent == QLatin1String("PAYEE") && name == QLatin1String("NAME")) {
        m_transaction.insert(QStringLiteral("PAYEE/NAME"), field());
    } else if (parent == QLatin1String("BANKACCTFROM") || parent == QLatin1String("CCACCTFROM")
               || parent == QLatin1String("LEDGERBAL") || parent == QLatin1String("BANKTRANLIST")
               || isStatement(parent)) {
        m_statement.insert(parent + QLatin1Char('/') + name, field());
    }
}

void OfxStatementBuilder::end(const QString& name, int line)
{
    if (m_frames.isEmpty() || m_frames.last().name != name)
        return fail(line, path(), OfxParser::tr("unexpected </%1>").arg(name));
    const Frame frame = m_frames.last();
    if (frame.index > 0)
        finishTransaction(frame);
    else if (isStatement(name))
        finishStatement(line);
    m_frames.removeLast();
}

std::optional<qint64> OfxStatementBuilder::amountOf(const Field& field)
{
    StatementFields::AmountSyntax syntax;
    syntax.allowSign = true;
    // French banks write "-12,50": a comma is the decimal separator when there is no point.
    if (field.text.contains(QLatin1Char(',')) && !field.text.contains(QLatin1Char('.')))
        syntax.decimalSeparator = QLatin1Char(',');
    const auto reading = StatementFields::parseCents(field.text, syntax);
    if (!reading.ok()) {
        fail(field.line, field.path,
             OfxParser::tr("%1 (expected a signed amount such as -12.50, found '%2')")
                 .arg(StatementFields::describe(reading.error), field.text));
        return std::nullopt;
    }
    return reading.cents;
}

std::optional<QDate> OfxStatementBuilder::dateOf(const Field& field)
{
    const auto date = parseOfxDate(field.text);
    if (!date) {
        const DateRules::Reading reading
            = DateRules::readWithFormat(field.text.trimmed().left(8), QStringLiteral("yyyyMMdd"));
        fail(field.line, field.path,
             reading.impossible
                 ? reading.problem
                 : OfxParser::tr("expected a date as YYYYMMDD[HHMMSS], found '%1'").arg(field.text));
    }
    return date;
}

void OfxStatementBuilder::finishTransaction(const Frame& frame)
{
    const QString owner = path();
    const auto required = [&](const char* tag) -> const Field* {
        const auto it = m_transaction.constFind(QLatin1String(tag));
        if (it != m_transaction.constEnd())
            return &*it;
        fail(frame.line, owner, OfxParser::tr("the transaction has no %1").arg(QLatin1String(tag)));
        return nullptr;
    };
    const Field* amountField = required("TRNAMT");
    const Field* postedField = amountField ? required("DTPOSTED") : nullptr;
    if (!postedField)
        return;
    const auto cents = amountOf(*amountField);
    const auto posted = cents ? dateOf(*postedField) : std::nullopt;
    if (!posted)
        return;
    StatementLine line;
    line.bookingDate = *posted;
    for (const char* tag : { "DTAVAIL", "DTUSER" }) {
        const auto it = m_transaction.constFind(QLatin1String(tag));
        if (it == m_transaction.constEnd() || line.valueDate.isValid())
            continue;
        const auto date = dateOf(*it);
        if (!date)
            return;
        line.valueDate = *date;
    }
    auto text = [this](const char* tag) {
        return m_transaction.value(QLatin1String(tag)).text;
    };
    line.amountCents = *cents;
    line.currency = text("CURSYM");
    line.bankReference = text("FITID");
    const QString name = text("NAME");
    const QString memo = text("MEMO");
    line.label = (memo.isEmpty() || memo == name) ? name
        : name.isEmpty()                          ? memo
                                                  : name + QLatin1Char(' ') + memo;
    line.reference = text("CHECKNUM");
    if (line.reference.isEmpty())
        line.reference = text("REFNUM");
    line.counterparty = text("PAYEE/NAME");
    line.sourceLine = frame.line;
    m_lines.append(std::move(line));
}

void OfxStatementBuilder::finishStatement(int line)
{
    auto text = [this](const QString& key) {
        return m_statement.value(key).text;
    };
    const QString statementName = m_frames.last().name;
    const QString account = statementName == QLatin1String("CCSTMTRS") ? QStringLiteral("CCACCTFROM")
                                                                       : QStringLiteral("BANKACCTFROM");
    ParsedStatement current;
    current.currency = text(statementName + QStringLiteral("/CURDEF"));
    const QString accountId = text(account + QStringLiteral("/ACCTID")).trimmed();
    const QString iban = StatementFields::normaliseIban(accountId);
    if (StatementFields::isValidIban(iban))
        current.accountIban = iban;
    else
        current.accountName = accountId;
    for (const char* key : { "BANKTRANLIST/DTSTART", "BANKTRANLIST/DTEND", "LEDGERBAL/DTASOF" }) {
        const auto it = m_statement.constFind(QLatin1String(key));
        if (it == m_statement.constEnd())
            continue;
        const auto date = dateOf(*it);
        if (!date)
            return;
        if (qstrcmp(key, "BANKTRANLIST/DTSTART") == 0)
            current.fromDate = *date;
        else if (qstrcmp(key, "BANKTRANLIST/DTEND") == 0 || !current.toDate.isValid())
            current.toDate = *date;
    }
    const auto balance = m_statement.constFind(QStringLiteral("LEDGERBAL/BALAMT"));
    if (balance != m_statement.constEnd()) {
        const auto cents = amountOf(*balance);
        if (!cents)
            return;
        current.closingBalanceCents = *cents;
    }
    for (StatementLine& l : m_lines) {
        if (l.currency.isEmpty())
            l.currency = current.currency;
    }
    current.lines = std::move(m_lines);
    m_lines.clear();
    if (++m_statementCount == 1) {
        m_result = std::move(current);
        return;
    }
    auto identity = [](const ParsedStatement& s) {
        return (s.accountIban.isEmpty() ? s.accountName : s.accountIban) + QLatin1Char(' ') + s.currency;
    };
    if (identity(current) != identity(m_result)) {
        return fail(line, path(),
                    OfxParser::tr("this statement is for another account (%1) than the first one (%2); "
                                  "one file must hold one account")
                        .arg(identity(current), identity(m_result)));
    }
    m_result.lines.append(current.lines);
    if (current.toDate.isValid())
        m_result.toDate = current.toDate;
    if (current.closingBalanceCents)
        m_result.closingBalanceCents = current.closingBalanceCents;
}

StatementParseResult OfxStatementBuilder::finish(const QString& format, int lastLine)
{
    if (!failed() && !m_frames.isEmpty()) {
        const Frame& open = m_frames.last();
        fail(lastLine, path(),
             OfxParser::tr("the file ends before </%1> (opened at line %2): is it truncated?")
                 .arg(open.name)
                 .arg(open.line));
    }
    if (!failed() && m_statementCount == 0)
        fail(lastLine, {}, OfxParser::tr("the file holds no bank or card statement (STMTRS)"));
    StatementParseResult result;
    if (failed()) {
        result.problem = m_problem;
        return result;
    }
    m_result.format = format;
    result.statement = std::move(m_result);
    return result;
}

QString OfxStatementBuilder::path() const
{
    QString text;
    for (const Frame& frame : m_frames) {
        if (!text.isEmpty())
            text += QLatin1Char('/');
        text += frame.name;
        if (frame.index > 0)
            text += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    }
    return text;
}

void OfxStatementBuilder::fail(int line, const QString& location, const QString& message)
{
    if (!m_problem)
        m_problem = ImportProblem { m_fileName, line, location, message };
}

} // namespace casedesk

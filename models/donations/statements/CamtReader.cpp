#include "donations/statements/CamtReader.h"

#include "common/DateRules.h"
#include "donations/statements/CamtParser.h"
#include "donations/statements/StatementFields.h"

#include <QIODevice>

#include <string_view>

namespace casedesk {

namespace {

using StatementFields::AmountSyntax;

const QString kNamespacePrefix = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:");

void initialiseLibxml()
{
    // Once per process, before any parser (libxml2's own rule for threaded programs).
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
}

} // namespace

StatementParseResult CamtReader::run()
{
    initialiseLibxml();
    xmlSAXHandler handler {};
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = &CamtReader::onStart;
    handler.endElementNs = &CamtReader::onEnd;
    handler.characters = &CamtReader::onText;
    handler.cdataBlock = &CamtReader::onText;
    handler.ignorableWhitespace = &CamtReader::onText;
    // libxml2 2.12 made the error const: a generic lambda takes either.
    handler.serror = [](void* reader, auto* error) {
        static_cast<CamtReader*>(reader)->onXmlError(error->code, error->message, error->line);
    };
    // Pulled from the device, not pushed: at the end of a truncated file the push parser only
    // says "Extra content at the end of the document". No DTD is loaded and no entity declared
    // (getEntity stays null): a statement has no use for them, and nothing outside the file is
    // ever read.
    m_parser.reset(xmlCreateIOParserCtxt(&handler, this, &CamtReader::readDevice, nullptr, this,
                                         XML_CHAR_ENCODING_NONE));
    if (!m_parser) {
        fail(0, {}, CamtParser::tr("not enough memory to read the XML"));
    } else {
        xmlCtxtUseOptions(m_parser.get(), XML_PARSE_NONET);
        xmlParseDocument(m_parser.get());
        // Every error comes through onXmlError; this only guards against one that would not.
        if (!failed() && !m_parser->wellFormed) {
            const auto* error = xmlCtxtGetLastError(m_parser.get());
            onXmlError(error ? error->code : 0, error && error->message ? error->message : "",
                       error ? error->line : 0);
        }
        if (!failed() && m_statementCount == 0)
            fail(line(), path(), CamtParser::tr("the file holds no statement (Stmt)"));
    }
    StatementParseResult result;
    if (failed())
        result.problem = m_problem;
    else
        result.statement = std::move(m_result);
    return result;
}

int CamtReader::readDevice(void* context, char* buffer, int length)
{
    auto* reader = static_cast<CamtReader*>(context);
    const qint64 read = reader->m_device.read(buffer, length);
    if (read < 0) {
        reader->fail(reader->line(), reader->path(),
                     CamtParser::tr("cannot read the file: %1").arg(reader->m_device.errorString()));
        return -1;
    }
    return int(read);
}

void CamtReader::onStart(void* reader, const xmlChar* localName, const xmlChar*, const xmlChar* uri, int,
                         const xmlChar**, int attributeCount, int, const xmlChar** attributes)
{
    static_cast<CamtReader*>(reader)->start(reinterpret_cast<const char*>(localName), uri, attributeCount,
                                            attributes);
}

void CamtReader::onEnd(void* reader, const xmlChar*, const xmlChar*, const xmlChar*)
{
    static_cast<CamtReader*>(reader)->end();
}

void CamtReader::onText(void* context, const xmlChar* text, int length)
{
    auto* reader = static_cast<CamtReader*>(context);
    if (reader->m_fieldDepth > 0)
        reader->m_text.append(reinterpret_cast<const char*>(text), length);
}

void CamtReader::start(std::string_view name, const xmlChar* uri, int attributeCount,
                       const xmlChar** attributes)
{
    if (failed())
        return;
    if (m_skipDepth > 0) {
        ++m_skipDepth;
        return;
    }
    if (m_fieldDepth > 0) {
        ++m_fieldDepth;
        return;
    }
    if (m_frames.isEmpty()) {
        m_frames.append({ &CamtElements::document() });
        return checkDocument(name, QString::fromUtf8(reinterpret_cast<const char*>(uri)));
    }
    const Node parent = m_frames.last().element->node;
    const Child& child = CamtElements::childOf(parent, name);
    if (parent == Node::Document && child.node != Node::Message) {
        return fail(line(), path() + QLatin1Char('/') + QString::fromUtf8(name.data(), name.size()),
                    CamtParser::tr("expected BkToCstmrStmt"));
    }
    switch (child.node) {
    case Node::Skipped:
        m_skipDepth = 1;
        return;
    case Node::Leaf:
        return startField(child.field, attributeCount, attributes);
    case Node::Statement:
        ++m_statementCount;
        m_frames.append({ &child, m_statementCount > 1 ? m_statementCount : 0 });
        m_current = ParsedStatement();
        clearValues(Field::StatementId, Field::ToDateTime);
        m_balanceCount = m_entryCount = 0;
        return;
    case Node::Balance:
        m_frames.append({ &child, ++m_balanceCount });
        clearValues(Field::BalanceType, Field::BalanceDateTime);
        return;
    case Node::Entry:
        m_frames.append({ &child, ++m_entryCount });
        m_entryLine = line();
        clearValues(Field::EntryAmount, Field::EntryInfo);
        m_details.clear();
        m_detailCount = 0;
        return;
    case Node::Detail:
        m_frames.append({ &child, ++m_detailCount });
        clearValues(Field::EndToEndId, Field::TransactionInfo);
        return;
    default:
        m_frames.append({ &child });
        return;
    }
}

void CamtReader::end()
{
    if (failed())
        return;
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return;
    }
    if (m_fieldDepth > 0) {
        if (--m_fieldDepth == 0)
            finishField();
        return;
    }
    if (m_frames.isEmpty())
        return;
    switch (m_frames.last().element->node) {
    case Node::Detail:
        m_details.add(detail());
        break;
    case Node::Entry:
        finishEntry();
        break;
    case Node::Balance:
        finishBalance();
        break;
    case Node::Statement:
        finishStatement();
        break;
    default:
        break;
    }
    m_frames.removeLast();
}

void CamtReader::onXmlError(int code, const char* message, int errorLine)
{
    if (failed())
        return;
    // Qt's words for a file cut short, as this reader said before it read through libxml2;
    // libxml2's own message otherwise ("Opening and ending tag mismatch: Amt line 5 and Amount").
    const QString what = code == XML_ERR_TAG_NOT_FINISHED ? CamtParser::tr("Premature end of document.")
                                                          : QString::fromUtf8(message).trimmed();
    fail(errorLine > 0 ? errorLine : line(), path(), CamtParser::tr("the XML is malformed: %1").arg(what));
}

void CamtReader::checkDocument(std::string_view name, const QString& uri)
{
    const int line = this->line();
    if (name != "Document" || !uri.startsWith(kNamespacePrefix)) {
        return fail(line, QString::fromUtf8(name.data(), name.size()),
                    CamtParser::tr("not an ISO 20022 camt.053 statement (expected a Document element in "
                                   "the namespace %1camt.053.001.NN)")
                        .arg(kNamespacePrefix));
    }
    const QString message = uri.mid(kNamespacePrefix.size()); // "camt.053.001.08"
    const QStringList parts = message.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("camt") || parts.at(1) != QLatin1String("053")) {
        return fail(line, path(),
                    CamtParser::tr("this is an ISO 20022 %1 message, not a camt.053 bank statement; ask "
                                   "the bank for the camt.053 end-of-day statement")
                        .arg(message));
    }
    bool isNumber = false;
    const int version = parts.at(3).toInt(&isNumber);
    if (parts.at(2) != QLatin1String("001") || !isNumber || version < CamtParser::kFirstVersion
        || version > CamtParser::kLastVersion) {
        return fail(line, path(),
                    CamtParser::tr("%1 is not a supported version (camt.053.001.02 to camt.053.001.08)")
                        .arg(message));
    }
    m_format = message;
}

void CamtReader::startField(Field field, int attributeCount, const xmlChar** attributes)
{
    m_field = field;
    m_fieldDepth = 1;
    m_text.resize(0);
    Value& value = m_values[int(field)];
    value.present = true;
    value.line = line();
    value.currency.clear();
    // Five pointers an attribute: local name, prefix, URI, value, end of the value.
    for (int i = 0; i < attributeCount; ++i) {
        const xmlChar** attribute = attributes + 5 * i;
        if (attribute[1] == nullptr
            && std::string_view(reinterpret_cast<const char*>(attribute[0])) == "Ccy") {
            const auto* begin = reinterpret_cast<const char*>(attribute[3]);
            value.currency = QString::fromUtf8(begin, reinterpret_cast<const char*>(attribute[4]) - begin);
            // Without entity substitution libxml2 hands an escaped '&' on as "&#38;".
            value.currency.replace(QLatin1String("&#38;"), QLatin1String("&"));
        }
    }
}

void CamtReader::finishField()
{
    Value& value = m_values[int(m_field)];
    QString text = QString::fromUtf8(m_text).trimmed();
    // Several Ustrd lines make one text.
    if (m_field == Field::Unstructured && !value.text.isEmpty())
        text = value.text + QLatin1Char(' ') + text;
    value.text = std::move(text);
}

void CamtReader::clearValues(Field first, Field last)
{
    for (int i = int(first); i <= int(last); ++i) {
        m_values[i].present = false;
        m_values[i].text.clear();
        m_values[i].currency.clear();
    }
}

std::optional<qint64> CamtReader::amountOf(const Value& value)
{
    const AmountSyntax syntax; // CAMT: '.' decimals, no sign, no grouping
    const auto reading = StatementFields::parseCents(value.text, syntax);
    if (!reading.ok()) {
        fail(value.line, pathOf(value),
             CamtParser::tr("%1 (expected a decimal amount such as 1234.50, found '%2')")
                 .arg(StatementFields::describe(reading.error), value.text));
        return std::nullopt;
    }
    return reading.cents;
}

std::optional<QDate> CamtReader::dateOf(Field dateField, std::optional<Field> dateTimeField)
{
    const Value* value = find(dateField);
    if (!value && dateTimeField)
        value = find(*dateTimeField);
    if (!value)
        return QDate();
    const auto date = StatementFields::parseIsoDate(value->text);
    if (!date) {
        const DateRules::Reading reading
            = DateRules::readWithFormat(value->text.trimmed().left(10), QStringLiteral("yyyy-MM-dd"));
        fail(value->line, pathOf(*value),
             reading.impossible
                 ? reading.problem
                 : CamtParser::tr("expected a date as YYYY-MM-DD, found '%1'").arg(value->text));
    }
    return date;
}

std::optional<bool> CamtReader::creditOf(Field field, int ownerLine)
{
    const Value* value = find(field);
    if (!value) {
        fail(ownerLine, path(), CamtParser::tr("CdtDbtInd is missing (expected CRDT or DBIT)"));
        return std::nullopt;
    }
    if (value->text == QLatin1String("CRDT"))
        return true;
    if (value->text == QLatin1String("DBIT"))
        return false;
    fail(value->line, pathOf(*value), CamtParser::tr("expected CRDT or DBIT, found '%1'").arg(value->text));
    return std::nullopt;
}

void CamtReader::finishBalance()
{
    const QString type = text(Field::BalanceType);
    const bool opening = type == QLatin1String("OPBD") || type == QLatin1String("PRCD");
    const bool closing = type == QLatin1String("CLBD");
    if (!opening && !closing)
        return; // available, interim, forward balances: not what the check needs
    const Value* amount = find(Field::BalanceAmount);
    if (!amount)
        return fail(line(), path(), CamtParser::tr("the balance has no Amt"));
    const auto cents = amountOf(*amount);
    const auto credit = cents ? creditOf(Field::BalanceCreditDebit, amount->line) : std::nullopt;
    const auto date = credit ? dateOf(Field::BalanceDate, Field::BalanceDateTime) : std::nullopt;
    if (!date)
        return;
    const qint64 signedCents = *credit ? *cents : -*cents;
    if (closing) {
        m_current.closingBalanceCents = signedCents;
        if (!m_current.toDate.isValid())
            m_current.toDate = *date;
    } else if (type == QLatin1String("OPBD") || !m_current.openingBalanceCents) {
        // OPBD is the opening balance itself; PRCD (the previous closing) only stands in for it.
        m_current.openingBalanceCents = signedCents;
    }
}

CamtEntryDetails::Detail CamtReader::detail() const
{
    CamtEntryDetails::Detail detail;
    detail.endToEndId = text(Field::EndToEndId);
    if (detail.endToEndId.compare(QLatin1String("NOTPROVIDED"), Qt::CaseInsensitive) == 0)
        detail.endToEndId.clear();
    detail.remittance = text(Field::Unstructured);
    detail.creditorReference = text(Field::CreditorReference);
    detail.debtorName = text(Field::DebtorName);
    if (detail.debtorName.isEmpty())
        detail.debtorName = text(Field::DebtorPartyName);
    detail.creditorName = text(Field::CreditorName);
    if (detail.creditorName.isEmpty())
        detail.creditorName = text(Field::CreditorPartyName);
    detail.debtorIban = StatementFields::normaliseIban(text(Field::DebtorIban));
    detail.creditorIban = StatementFields::normaliseIban(text(Field::CreditorIban));
    detail.additionalInfo = text(Field::TransactionInfo);
    return detail;
}

void CamtReader::finishEntry()
{
    const QString status = text(Field::EntryStatus);
    if (status == QLatin1String("PDNG") || status == QLatin1String("INFO"))
        return;
    const Value* amount = find(Field::EntryAmount);
    if (!amount)
        return fail(m_entryLine, path(), CamtParser::tr("the entry has no Amt"));
    const auto cents = amountOf(*amount);
    const auto credit = cents ? creditOf(Field::EntryCreditDebit, m_entryLine) : std::nullopt;
    const auto booked = credit ? dateOf(Field::BookingDate, Field::BookingDateTime) : std::nullopt;
    const auto valued = booked ? dateOf(Field::ValueDate, Field::ValueDateTime) : std::nullopt;
    if (!valued)
        return;
    StatementLine line;
    line.bookingDate = booked->isValid() ? *booked : *valued;
    if (!line.bookingDate.isValid())
        return fail(m_entryLine, path(), CamtParser::tr("the entry has neither BookgDt nor ValDt"));
    line.valueDate = *valued;
    line.amountCents = *credit ? *cents : -*cents;
    line.currency = amount->currency.isEmpty() ? m_current.currency : amount->currency;
    line.bankReference = text(Field::ServicerReference);
    if (line.bankReference.isEmpty())
        line.bankReference = text(Field::EntryReference);
    line.label = m_details.label(*credit, text(Field::EntryInfo));
    if (const CamtEntryDetails::Detail* d = m_details.agreed()) {
        line.counterparty = *credit ? d->debtorName : d->creditorName;
        line.counterpartyIban = *credit ? d->debtorIban : d->creditorIban;
        line.reference = d->endToEndId.isEmpty() ? d->creditorReference : d->endToEndId;
    }
    line.sourceLine = m_entryLine;
    m_current.lines.append(std::move(line));
}

void CamtReader::finishStatement()
{
    m_current.format = m_format;
    m_current.statementId = text(Field::StatementId);
    m_current.accountIban = StatementFields::normaliseIban(text(Field::AccountIban));
    m_current.accountName = text(Field::AccountName);
    if (m_current.accountName.isEmpty())
        m_current.accountName = text(Field::AccountOtherId);
    m_current.currency = text(Field::AccountCurrency);
    for (const Field field : { Field::FromDateTime, Field::ToDateTime }) {
        const auto date = dateOf(field, std::nullopt);
        if (!date)
            return;
        if (date->isValid())
            (field == Field::FromDateTime ? m_current.fromDate : m_current.toDate) = *date;
    }
    for (StatementLine& line : m_current.lines) {
        if (line.currency.isEmpty())
            line.currency = m_current.currency;
    }
    if (m_statementCount == 1) {
        m_result = std::move(m_current);
        return;
    }
    auto identity = [](const ParsedStatement& s) {
        return (s.accountIban.isEmpty() ? s.accountName : s.accountIban) + QLatin1Char(' ') + s.currency;
    };
    if (identity(m_current) != identity(m_result)) {
        return fail(line(), path(),
                    CamtParser::tr("this statement is for another account (%1) than the first one (%2); "
                                   "one file must hold one account")
                        .arg(identity(m_current), identity(m_result)));
    }
    m_result.statementId += QStringLiteral(" + ") + m_current.statementId;
    m_result.lines.append(m_current.lines);
    if (m_current.toDate.isValid())
        m_result.toDate = m_current.toDate;
    m_result.closingBalanceCents = m_current.closingBalanceCents;
    if (!m_result.openingBalanceCents)
        m_result.openingBalanceCents = m_current.openingBalanceCents;
}

QString CamtReader::path() const
{
    QString text;
    for (const Frame& frame : m_frames) {
        if (!text.isEmpty())
            text += QLatin1Char('/');
        text += QLatin1String(frame.element->name.data(), frame.element->name.size());
        if (frame.index > 0)
            text += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    }
    return text;
}

void CamtReader::fail(int line, const QString& location, const QString& message)
{
    if (!m_problem)
        m_problem = ImportProblem { m_fileName, line, location, message };
    // Nothing after the first problem is worth reading.
    if (m_parser)
        xmlStopParser(m_parser.get());
}

} // namespace casedesk

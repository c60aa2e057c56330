#include "donations/statements/CamtParser.h"

#include "common/DateRules.h"
#include "donations/statements/StatementFields.h"

#include <QFile>

#include <libxml/SAX2.h>
#include <libxml/parser.h>

#include <array>
#include <memory>
#include <string_view>

namespace casedesk {

namespace {

using StatementFields::AmountSyntax;

const QString kNamespacePrefix = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:");

// The fields read, grouped by the element that owns them: Stmt, Bal, Ntry, TxDtls.
enum class Field : quint8
{
    StatementId,
    AccountIban,
    AccountOtherId,
    AccountCurrency,
    AccountName,
    FromDateTime,
    ToDateTime,

    BalanceType,
    BalanceAmount,
    BalanceCreditDebit,
    BalanceDate,
    BalanceDateTime,

    EntryAmount,
    EntryCreditDebit,
    EntryStatus,
    BookingDate,
    BookingDateTime,
    ValueDate,
    ValueDateTime,
    ServicerReference,
    EntryReference,
    EntryInfo,

    EndToEndId,
    Unstructured,
    CreditorReference,
    DebtorName,
    DebtorPartyName,
    CreditorName,
    CreditorPartyName,
    DebtorIban,
    CreditorIban,
    TransactionInfo,
};
constexpr int kFieldCount = int(Field::TransactionInfo) + 1;

// What an open element is to the reader. An element is known by its name under its parent's
// kind only: "Id" is a field under Stmt, a container under Acct and another field under Othr;
// "Amt" under TxDtls is not the entry's amount. Nothing else is read.
enum class Node : quint8
{
    Skipped, // not read, nor anything in it (libxml2 still checks it is well-formed)
    Leaf, // a field: its text, with its children's ("Sts" is text in .02-.05, Sts/Cd from .06)
    Document,
    Message, // BkToCstmrStmt
    Statement,
    Account,
    AccountId,
    AccountOther,
    Period,
    Balance,
    BalanceType,
    BalanceTypeCode,
    BalanceDate,
    Entry,
    EntryBookingDate,
    EntryValueDate,
    EntryDetails,
    Detail,
    References,
    Remittance,
    Structured,
    CreditorReferenceInfo,
    Parties,
    Debtor,
    DebtorParty,
    Creditor,
    CreditorParty,
    DebtorAccount,
    DebtorAccountId,
    CreditorAccount,
    CreditorAccountId,
};

// The elements read, each under its parent: the whole state machine. Every container appears
// once as a child, so a field's path from its owner ("BookgDt/Dt", for messages) is found by
// going up this table.
struct Child
{
    Node parent;
    std::string_view name;
    Node node;
    Field field = Field::StatementId; // for a Leaf
};

constexpr Child kChildren[] = {
    { Node::Document, "BkToCstmrStmt", Node::Message },
    { Node::Message, "Stmt", Node::Statement }, // GrpHdr and the rest are skipped

    { Node::Statement, "Id", Node::Leaf, Field::StatementId },
    { Node::Statement, "Acct", Node::Account },
    { Node::Statement, "FrToDt", Node::Period },
    { Node::Statement, "Bal", Node::Balance },
    { Node::Statement, "Ntry", Node::Entry },
    { Node::Account, "Id", Node::AccountId },
    { Node::Account, "Ccy", Node::Leaf, Field::AccountCurrency },
    { Node::Account, "Nm", Node::Leaf, Field::AccountName },
    { Node::AccountId, "IBAN", Node::Leaf, Field::AccountIban },
    { Node::AccountId, "Othr", Node::AccountOther },
    { Node::AccountOther, "Id", Node::Leaf, Field::AccountOtherId },
    { Node::Period, "FrDtTm", Node::Leaf, Field::FromDateTime },
    { Node::Period, "ToDtTm", Node::Leaf, Field::ToDateTime },

    { Node::Balance, "Tp", Node::BalanceType },
    { Node::Balance, "Amt", Node::Leaf, Field::BalanceAmount },
    { Node::Balance, "CdtDbtInd", Node::Leaf, Field::BalanceCreditDebit },
    { Node::Balance, "Dt", Node::BalanceDate },
    { Node::BalanceType, "CdOrPrtry", Node::BalanceTypeCode },
    { Node::BalanceTypeCode, "Cd", Node::Leaf, Field::BalanceType },
    { Node::BalanceDate, "Dt", Node::Leaf, Field::BalanceDate },
    { Node::BalanceDate, "DtTm", Node::Leaf, Field::BalanceDateTime },

    { Node::Entry, "Amt", Node::Leaf, Field::EntryAmount },
    { Node::Entry, "CdtDbtInd", Node::Leaf, Field::EntryCreditDebit },
    { Node::Entry, "Sts", Node::Leaf, Field::EntryStatus },
    { Node::Entry, "BookgDt", Node::EntryBookingDate },
    { Node::Entry, "ValDt", Node::EntryValueDate },
    { Node::Entry, "AcctSvcrRef", Node::Leaf, Field::ServicerReference },
    { Node::Entry, "NtryRef", Node::Leaf, Field::EntryReference },
    { Node::Entry, "AddtlNtryInf", Node::Leaf, Field::EntryInfo },
    { Node::Entry, "NtryDtls", Node::EntryDetails },
    { Node::EntryBookingDate, "Dt", Node::Leaf, Field::BookingDate },
    { Node::EntryBookingDate, "DtTm", Node::Leaf, Field::BookingDateTime },
    { Node::EntryValueDate, "Dt", Node::Leaf, Field::ValueDate },
    { Node::EntryValueDate, "DtTm", Node::Leaf, Field::ValueDateTime },
    { Node::EntryDetails, "TxDtls", Node::Detail },

    { Node::Detail, "Refs", Node::References },
    { Node::Detail, "RmtInf", Node::Remittance },
    { Node::Detail, "RltdPties", Node::Parties },
    { Node::Detail, "AddtlTxInf", Node::Leaf, Field::TransactionInfo },
    { Node::References, "EndToEndId", Node::Leaf, Field::EndToEndId },
    { Node::Remittance, "Ustrd", Node::Leaf, Field::Unstructured },
    { Node::Remittance, "Strd", Node::Structured },
    { Node::Structured, "CdtrRefInf", Node::CreditorReferenceInfo },
    { Node::CreditorReferenceInfo, "Ref", Node::Leaf, Field::CreditorReference },
    { Node::Parties, "Dbtr", Node::Debtor },
    { Node::Parties, "Cdtr", Node::Creditor },
    { Node::Parties, "DbtrAcct", Node::DebtorAccount },
    { Node::Parties, "CdtrAcct", Node::CreditorAccount },
    { Node::Debtor, "Nm", Node::Leaf, Field::DebtorName },
    { Node::Debtor, "Pty", Node::DebtorParty }, // .08
    { Node::DebtorParty, "Nm", Node::Leaf, Field::DebtorPartyName },
    { Node::Creditor, "Nm", Node::Leaf, Field::CreditorName },
    { Node::Creditor, "Pty", Node::CreditorParty },
    { Node::CreditorParty, "Nm", Node::Leaf, Field::CreditorPartyName },
    { Node::DebtorAccount, "Id", Node::DebtorAccountId },
    { Node::DebtorAccountId, "IBAN", Node::Leaf, Field::DebtorIban },
    { Node::CreditorAccount, "Id", Node::CreditorAccountId },
    { Node::CreditorAccountId, "IBAN", Node::Leaf, Field::CreditorIban },
};

const Child kDocument { Node::Skipped, "Document", Node::Document };
const Child kSkipped { Node::Skipped, {}, Node::Skipped };

constexpr int kNodeCount = int(Node::CreditorAccountId) + 1;

// Where each kind's children are in kChildren (listed together): an element is looked up among
// its siblings only, a handful of comparisons.
struct Siblings
{
    int begin = 0;
    int end = 0;
};
constexpr std::array<Siblings, kNodeCount> kSiblings = [] {
    std::array<Siblings, kNodeCount> siblings {};
    for (int i = 0; i < int(std::size(kChildren)); ++i) {
        Siblings& range = siblings[int(kChildren[i].parent)];
        if (range.end == 0)
            range.begin = i;
        range.end = i + 1;
    }
    return siblings;
}();
static_assert(
    [] {
        for (int i = 0; i < int(std::size(kChildren)); ++i) {
            const Siblings& range = kSiblings[int(kChildren[i].parent)];
            for (int k = range.begin; k < range.end; ++k) {
                if (kChildren[k].parent != kChildren[i].parent)
                    return false;
            }
        }
        return true;
    }(),
    "kChildren must list the children of each kind together");

// The element that starts under `parent` with this name.
const Child& childOf(Node parent, std::string_view name)
{
    const Siblings& range = kSiblings[int(parent)];
    for (int i = range.begin; i < range.end; ++i) {
        if (kChildren[i].name == name)
            return kChildren[i];
    }
    return kSkipped;
}

bool ownsFields(Node node)
{
    return node == Node::Statement || node == Node::Balance || node == Node::Entry || node == Node::Detail;
}

// "BookgDt/Dt": where a field is, from the element that owns it.
QString fieldPath(Field field)
{
    QString path;
    Node node = Node::Leaf;
    for (const Child& child : kChildren) {
        if (child.node == Node::Leaf && child.field == field) {
            path = QLatin1String(child.name.data(), child.name.size());
            node = child.parent;
            break;
        }
    }
    while (!ownsFields(node)) {
        for (const Child& child : kChildren) {
            if (child.node == node) {
                path.prepend(QLatin1String(child.name.data(), child.name.size()) + QLatin1Char('/'));
                node = child.parent;
                break;
            }
        }
    }
    return path;
}

// A field's text with where it was read, for messages.
struct Value
{
    Field field = Field::StatementId;
    bool present = false;
    QString text; // trimmed
    QString currency; // the Ccy attribute
    int line = 0;
};

// One transaction detail (TxDtls) of an entry.
struct Detail
{
    QString endToEndId;
    QString remittance; // the Ustrd lines joined
    QString creditorReference;
    QString debtorName;
    QString creditorName;
    QString debtorIban;
    QString creditorIban;
    QString additionalInfo;
};

// An element on the path to where the reader is, for messages. Skipped elements and fields are
// not on it: a problem names the deepest element read, as "Document/BkToCstmrStmt/Stmt/Ntry[3]".
struct Frame
{
    const Child* element;
    int index = 0; // shown as "Ntry[3]" when > 0
};

void initialiseLibxml()
{
    // Once per process, before any parser (libxml2's own rule for threaded programs).
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
}

struct ParserDeleter
{
    void operator()(xmlParserCtxt* context) const
    {
        // A DOCTYPE that declares entities makes libxml2 build a document of its own to hold
        // them, even without a DOM (SAX "compatibility mode"). libxml2 frees it when the parse
        // reaches the end of the file, not when a broken DOCTYPE halts it; the context never does.
        if (context->myDoc)
            xmlFreeDoc(context->myDoc);
        xmlFreeParserCtxt(context);
    }
};

// The statement read from libxml2's SAX2 events, one pass: memory grows with the lines kept,
// not with the XML. QXmlStreamReader alone took three times xmllint's time on a big statement.
class CamtReader
{
public:
    CamtReader(QIODevice& device, const QString& fileName)
        : m_device(device)
        , m_fileName(fileName)
    {
        for (int i = 0; i < kFieldCount; ++i)
            m_values[i].field = Field(i);
    }

    StatementParseResult run();

private:
    static void onStart(void* reader, const xmlChar* localName, const xmlChar* prefix, const xmlChar* uri,
                        int namespaceCount, const xmlChar** namespaces, int attributeCount,
                        int defaultedCount, const xmlChar** attributes);
    static void onEnd(void* reader, const xmlChar* localName, const xmlChar* prefix, const xmlChar* uri);
    static void onText(void* reader, const xmlChar* text, int length);
    static int readDevice(void* reader, char* buffer, int length);

    void start(std::string_view name, const xmlChar* uri, int attributeCount, const xmlChar** attributes);
    void end();
    void onXmlError(int code, const char* message, int line);
    void checkDocument(std::string_view name, const QString& uri);
    void startField(Field field, int attributeCount, const xmlChar** attributes);
    void finishField();
    void clearValues(Field first, Field last);
    void finishBalance();
    void finishEntry();
    void finishStatement();
    Detail detail() const;
    void addDetail(const Detail& detail);
    QString entryLabel(bool credit) const;

    const Value& value(Field field) const { return m_values[int(field)]; }
    const Value* find(Field field) const { return value(field).present ? &value(field) : nullptr; }
    QString text(Field field) const { return value(field).text; }
    std::optional<qint64> amountOf(const Value& value);
    std::optional<QDate> dateOf(Field dateField, std::optional<Field> dateTimeField);
    QString pathOf(const Value& value) const { return path() + QLatin1Char('/') + fieldPath(value.field); }
    // The owner (path()) is named only when the indicator is missing.
    std::optional<bool> creditOf(Field field, int ownerLine);

    int line() const { return xmlSAX2GetLineNumber(m_parser.get()); }
    QString path() const;
    void fail(int line, const QString& location, const QString& message);
    bool failed() const { return m_problem.has_value(); }

    QIODevice& m_device;
    QString m_fileName;
    std::unique_ptr<xmlParserCtxt, ParserDeleter> m_parser;
    std::optional<ImportProblem> m_problem;
    QList<Frame> m_frames;
    int m_skipDepth = 0; // inside a skipped element: its depth below it
    int m_fieldDepth = 0; // inside a field: its depth below it, its children's text included
    Field m_field = Field::StatementId;
    QByteArray m_text; // the field's UTF-8 text so far
    QString m_format;

    int m_statementCount = 0;
    int m_balanceCount = 0;
    int m_entryCount = 0;
    int m_detailCount = 0;
    int m_entryLine = 0;

    std::array<Value, kFieldCount> m_values;
    QList<Detail> m_details; // at most kMaxDetailsInLabel, plus the count of all
    int m_allDetails = 0;
    bool m_detailsAgree = true; // same counterparty and reference in all details

    ParsedStatement m_current; // the Stmt being read
    ParsedStatement m_result;
};

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
        m_frames.append({ &kDocument });
        return checkDocument(name, QString::fromUtf8(reinterpret_cast<const char*>(uri)));
    }
    const Node parent = m_frames.last().element->node;
    const Child& child = childOf(parent, name);
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
        m_allDetails = 0;
        m_detailCount = 0;
        m_detailsAgree = true;
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
        addDetail(detail());
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

Detail CamtReader::detail() const
{
    Detail detail;
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

void CamtReader::addDetail(const Detail& detail)
{
    ++m_allDetails;
    if (!m_details.isEmpty()) {
        const Detail& first = m_details.first();
        m_detailsAgree = m_detailsAgree && first.debtorName == detail.debtorName
            && first.creditorName == detail.creditorName && first.debtorIban == detail.debtorIban
            && first.creditorIban == detail.creditorIban && first.endToEndId == detail.endToEndId
            && first.creditorReference == detail.creditorReference;
    }
    // A direct-debit collection can hold thousands of details: keep memory bounded.
    if (m_details.size() < CamtParser::kMaxDetailsInLabel)
        m_details.append(detail);
}

QString CamtReader::entryLabel(bool credit) const
{
    const QString entryInfo = text(Field::EntryInfo);
    auto textOf = [](const Detail& d) {
        if (!d.remittance.isEmpty())
            return d.remittance;
        return d.creditorReference.isEmpty() ? d.additionalInfo : d.creditorReference;
    };
    if (m_allDetails <= 1) {
        const QString text = m_details.isEmpty() ? QString() : textOf(m_details.first());
        return text.isEmpty() ? entryInfo : text;
    }
    QStringList pieces;
    for (const Detail& d : m_details) {
        const QString name = credit ? d.debtorName : d.creditorName;
        const QString text = textOf(d);
        if (name.isEmpty() || text.isEmpty())
            pieces << (name.isEmpty() ? text : name);
        else
            pieces << name + QStringLiteral(": ") + text;
    }
    pieces.removeAll(QString());
    if (m_allDetails > m_details.size())
        pieces << QStringLiteral("… (+%1)").arg(m_allDetails - m_details.size());
    const QString joined = pieces.join(QStringLiteral("; "));
    return joined.isEmpty() ? entryInfo : joined;
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
    line.label = entryLabel(*credit);
    if (!m_details.isEmpty() && (m_allDetails == 1 || m_detailsAgree)) {
        const Detail& d = m_details.first();
        line.counterparty = *credit ? d.debtorName : d.creditorName;
        line.counterpartyIban = *credit ? d.debtorIban : d.creditorIban;
        line.reference = d.endToEndId.isEmpty() ? d.creditorReference : d.endToEndId;
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

} // namespace

StatementParseResult CamtParser::parse(QIODevice& device, const QString& fileName)
{
    CamtReader reader(device, fileName);
    return reader.run();
}

StatementParseResult CamtParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StatementParseResult result;
        result.problem
            = ImportProblem { path, 0, {}, tr("cannot open the file: %1").arg(file.errorString()) };
        return result;
    }
    return parse(file, path);
}

} // namespace casedesk

#include "donations/CamtParser.h"

#include "donations/StatementFields.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

namespace casedesk {

namespace {

using StatementFields::AmountSyntax;

const QString kNamespacePrefix = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:");

// A leaf element's text with where it was read, for messages. The element path is only built
// when a message needs it (owner's path + key): building it for every leaf cost a third of
// the parse time.
struct Field
{
    QString key; // the path relative to the owner element, "BookgDt/Dt"
    QString text;
    QString attribute; // Amt@Ccy
    int line = 0;
};

// An entry holds about ten fields: a short list searched in order beats a hash table that is
// built and freed for each of 100,000 entries.
class Fields
{
public:
    void clear() { m_items.clear(); }
    template<typename Key> // QStringView, QLatin1String
    const Field* find(Key key) const
    {
        for (const Field& field : m_items) {
            if (field.key == key)
                return &field;
        }
        return nullptr;
    }
    template<typename Key>
    QString text(Key key) const
    {
        const Field* field = find(key);
        return field ? field->text : QString();
    }
    Field& insert(const QString& key)
    {
        for (Field& field : m_items) {
            if (field.key == key)
                return field;
        }
        m_items.append(Field { key, {}, {}, 0 });
        return m_items.last();
    }

private:
    QList<Field> m_items;
};

// The element paths read, relative to the element that owns them. Everything else is skipped
// without being looked at (QXmlStreamReader::skipCurrentElement still checks it is well-formed).
const QSet<QString> kStatementLeaves = {
    QStringLiteral("Id"),
    QStringLiteral("Acct/Id/IBAN"),
    QStringLiteral("Acct/Id/Othr/Id"),
    QStringLiteral("Acct/Ccy"),
    QStringLiteral("Acct/Nm"),
    QStringLiteral("FrToDt/FrDtTm"),
    QStringLiteral("FrToDt/ToDtTm"),
};
const QSet<QString> kBalanceLeaves = {
    QStringLiteral("Tp/CdOrPrtry/Cd"), QStringLiteral("Amt"),     QStringLiteral("CdtDbtInd"),
    QStringLiteral("Dt/Dt"),           QStringLiteral("Dt/DtTm"),
};
// "Sts" is text in .02-.05 and Sts/Cd from .06: read with its children's text either way.
const QSet<QString> kEntryLeaves = {
    QStringLiteral("Amt"),          QStringLiteral("CdtDbtInd"),    QStringLiteral("Sts"),
    QStringLiteral("BookgDt/Dt"),   QStringLiteral("BookgDt/DtTm"), QStringLiteral("ValDt/Dt"),
    QStringLiteral("ValDt/DtTm"),   QStringLiteral("AcctSvcrRef"),  QStringLiteral("NtryRef"),
    QStringLiteral("AddtlNtryInf"),
};
const QSet<QString> kDetailLeaves = {
    QStringLiteral("Refs/EndToEndId"),
    QStringLiteral("RmtInf/Ustrd"),
    QStringLiteral("RmtInf/Strd/CdtrRefInf/Ref"),
    QStringLiteral("RltdPties/Dbtr/Nm"),
    QStringLiteral("RltdPties/Dbtr/Pty/Nm"), // .08
    QStringLiteral("RltdPties/Cdtr/Nm"),
    QStringLiteral("RltdPties/Cdtr/Pty/Nm"), // .08
    QStringLiteral("RltdPties/DbtrAcct/Id/IBAN"),
    QStringLiteral("RltdPties/CdtrAcct/Id/IBAN"),
    QStringLiteral("AddtlTxInf"),
};

QSet<QString> prefixesOf(const QSet<QString>& leaves)
{
    QSet<QString> prefixes;
    for (const QString& leaf : leaves) {
        for (qsizetype slash = leaf.indexOf(QLatin1Char('/')); slash > 0;
             slash = leaf.indexOf(QLatin1Char('/'), slash + 1))
            prefixes.insert(leaf.left(slash));
    }
    return prefixes;
}

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

struct Frame
{
    QString name;
    int index = 0; // shown as "Ntry[3]" when > 0
    QString relative; // the path from the element that owns the fields being read
};

class CamtReader
{
public:
    CamtReader(QIODevice& device, const QString& fileName)
        : m_xml(&device)
        , m_fileName(fileName)
    {
    }

    StatementParseResult run();

private:
    void onStart();
    void onEnd();
    void checkDocument();
    bool readLeafOrDescend(int ownerDepth, const QSet<QString>& leaves, const QSet<QString>& prefixes,
                           Fields& into);
    void readDetailLeaf(const QString& relative);
    void finishBalance();
    void finishEntry();
    void finishStatement();
    Detail detailFrom(const Fields& fields) const;
    void addDetail(const Detail& detail);
    QString entryLabel(bool credit) const;

    std::optional<qint64> amountOf(const Field& field);
    std::optional<QDate> dateOf(const Fields& fields, const QString& dateKey, const QString& dateTimeKey);
    QString pathOf(const Field& field) const { return path() + QLatin1Char('/') + field.key; }
    std::optional<bool> creditOf(const Fields& fields, const QString& owner, int ownerLine);

    QString path() const;
    QString relativePath(int ownerDepth);
    void fail(int line, const QString& location, const QString& message);
    bool failed() const { return m_problem.has_value(); }

    QXmlStreamReader m_xml;
    QString m_fileName;
    std::optional<ImportProblem> m_problem;
    QList<Frame> m_frames;
    QString m_format;

    // Depth (index in m_frames) of the element being read, -1 when outside it.
    int m_statementDepth = -1;
    int m_balanceDepth = -1;
    int m_entryDepth = -1;
    int m_detailDepth = -1;
    int m_statementCount = 0;
    int m_balanceCount = 0;
    int m_entryCount = 0;
    int m_detailCount = 0;
    int m_entryLine = 0;

    Fields m_statementFields;
    Fields m_balanceFields;
    Fields m_entryFields;
    Fields m_detailFields;
    QList<Detail> m_details; // at most kMaxDetailsInLabel, plus the count of all
    int m_allDetails = 0;
    bool m_detailsAgree = true; // same counterparty and reference in all details

    ParsedStatement m_current; // the Stmt being read
    ParsedStatement m_result;
};

StatementParseResult CamtReader::run()
{
    while (!m_xml.atEnd() && !failed()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            onStart();
            break;
        case QXmlStreamReader::EndElement:
            onEnd();
            break;
        default:
            break;
        }
    }
    if (!failed() && m_xml.hasError()) {
        fail(int(m_xml.lineNumber()), path(),
             CamtParser::tr("the XML is malformed: %1").arg(m_xml.errorString()));
    }
    if (!failed() && m_statementCount == 0)
        fail(int(m_xml.lineNumber()), path(), CamtParser::tr("the file holds no statement (Stmt)"));
    StatementParseResult result;
    if (failed())
        result.problem = m_problem;
    else
        result.statement = std::move(m_result);
    return result;
}

void CamtReader::onStart()
{
    const int depth = int(m_frames.size());
    const QString name = m_xml.name().toString();
    m_frames.append({ name, 0, {} });
    if (depth == 0)
        return checkDocument();
    if (depth == 1) {
        if (name != QLatin1String("BkToCstmrStmt"))
            fail(int(m_xml.lineNumber()), path(), CamtParser::tr("expected BkToCstmrStmt"));
        return;
    }
    if (depth == 2) {
        if (name != QLatin1String("Stmt")) {
            m_xml.skipCurrentElement(); // GrpHdr
            m_frames.removeLast();
            return;
        }
        ++m_statementCount;
        if (m_statementCount > 1)
            m_frames.last().index = m_statementCount;
        m_statementDepth = depth;
        m_current = ParsedStatement();
        m_statementFields.clear();
        m_balanceCount = m_entryCount = 0;
        return;
    }
    if (m_detailDepth >= 0) {
        readDetailLeaf(relativePath(m_detailDepth));
        return;
    }
    if (m_entryDepth >= 0) {
        const QString relative = relativePath(m_entryDepth);
        if (relative == QLatin1String("NtryDtls/TxDtls")) {
            m_frames.last().index = ++m_detailCount;
            m_detailDepth = depth;
            m_detailFields.clear();
            return;
        }
        static const QSet<QString> entryPrefixes
            = prefixesOf(kEntryLeaves) + QSet<QString> { QStringLiteral("NtryDtls") };
        readLeafOrDescend(m_entryDepth, kEntryLeaves, entryPrefixes, m_entryFields);
        return;
    }
    if (m_balanceDepth >= 0) {
        static const QSet<QString> balancePrefixes = prefixesOf(kBalanceLeaves);
        readLeafOrDescend(m_balanceDepth, kBalanceLeaves, balancePrefixes, m_balanceFields);
        return;
    }
    if (depth == m_statementDepth + 1 && name == QLatin1String("Bal")) {
        m_frames.last().index = ++m_balanceCount;
        m_balanceDepth = depth;
        m_balanceFields.clear();
        return;
    }
    if (depth == m_statementDepth + 1 && name == QLatin1String("Ntry")) {
        m_frames.last().index = ++m_entryCount;
        m_entryDepth = depth;
        m_entryLine = int(m_xml.lineNumber());
        m_entryFields.clear();
        m_details.clear();
        m_allDetails = 0;
        m_detailCount = 0;
        m_detailsAgree = true;
        return;
    }
    static const QSet<QString> statementPrefixes = prefixesOf(kStatementLeaves);
    readLeafOrDescend(m_statementDepth, kStatementLeaves, statementPrefixes, m_statementFields);
}

void CamtReader::onEnd()
{
    const int depth = int(m_frames.size()) - 1;
    if (depth == m_detailDepth) {
        addDetail(detailFrom(m_detailFields));
        m_detailDepth = -1;
    } else if (depth == m_entryDepth) {
        finishEntry();
        m_entryDepth = -1;
    } else if (depth == m_balanceDepth) {
        finishBalance();
        m_balanceDepth = -1;
    } else if (depth == m_statementDepth) {
        finishStatement();
        m_statementDepth = -1;
    }
    if (!m_frames.isEmpty())
        m_frames.removeLast();
}

void CamtReader::checkDocument()
{
    const int line = int(m_xml.lineNumber());
    const QString uri = m_xml.namespaceUri().toString();
    if (m_xml.name() != QLatin1String("Document") || !uri.startsWith(kNamespacePrefix)) {
        return fail(line, path(),
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

// Reads the element just started when it is one of the leaves (relative to the element at
// ownerDepth), goes on into it when it leads to one, or skips it.
bool CamtReader::readLeafOrDescend(int ownerDepth, const QSet<QString>& leaves, const QSet<QString>& prefixes,
                                   Fields& into)
{
    const QString relative = relativePath(ownerDepth);
    if (leaves.contains(relative)) {
        Field& field = into.insert(relative);
        field.line = int(m_xml.lineNumber());
        field.attribute = m_xml.attributes().value(QLatin1String("Ccy")).toString();
        field.text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        m_frames.removeLast(); // readElementText consumed the end element
        return true;
    }
    if (!prefixes.contains(relative)) {
        m_xml.skipCurrentElement();
        m_frames.removeLast();
    }
    return false;
}

void CamtReader::readDetailLeaf(const QString& relative)
{
    if (relative == QLatin1String("RmtInf/Ustrd")) {
        // Several Ustrd lines make one text.
        const QString before = m_detailFields.text(relative);
        readLeafOrDescend(m_detailDepth, kDetailLeaves, {}, m_detailFields);
        Field& field = m_detailFields.insert(relative);
        if (!before.isEmpty())
            field.text = before + QLatin1Char(' ') + field.text;
        return;
    }
    static const QSet<QString> detailPrefixes = prefixesOf(kDetailLeaves);
    readLeafOrDescend(m_detailDepth, kDetailLeaves, detailPrefixes, m_detailFields);
}

std::optional<qint64> CamtReader::amountOf(const Field& field)
{
    const AmountSyntax syntax; // CAMT: '.' decimals, no sign, no grouping
    const auto reading = StatementFields::parseCents(field.text, syntax);
    if (!reading.ok()) {
        fail(field.line, pathOf(field),
             CamtParser::tr("%1 (expected a decimal amount such as 1234.50, found '%2')")
                 .arg(StatementFields::describe(reading.error), field.text));
        return std::nullopt;
    }
    return reading.cents;
}

std::optional<QDate> CamtReader::dateOf(const Fields& fields, const QString& dateKey,
                                        const QString& dateTimeKey)
{
    const Field* field = fields.find(dateKey);
    if (!field && !dateTimeKey.isEmpty())
        field = fields.find(dateTimeKey);
    if (!field)
        return QDate();
    const auto date = StatementFields::parseIsoDate(field->text);
    if (!date) {
        fail(field->line, pathOf(*field),
             CamtParser::tr("expected a date as YYYY-MM-DD, found '%1'").arg(field->text));
    }
    return date;
}

std::optional<bool> CamtReader::creditOf(const Fields& fields, const QString& owner, int ownerLine)
{
    const Field* field = fields.find(u"CdtDbtInd");
    if (!field) {
        fail(ownerLine, owner, CamtParser::tr("CdtDbtInd is missing (expected CRDT or DBIT)"));
        return std::nullopt;
    }
    if (field->text == QLatin1String("CRDT"))
        return true;
    if (field->text == QLatin1String("DBIT"))
        return false;
    fail(field->line, pathOf(*field), CamtParser::tr("expected CRDT or DBIT, found '%1'").arg(field->text));
    return std::nullopt;
}

void CamtReader::finishBalance()
{
    const QString type = m_balanceFields.text(u"Tp/CdOrPrtry/Cd");
    const bool opening = type == QLatin1String("OPBD") || type == QLatin1String("PRCD");
    const bool closing = type == QLatin1String("CLBD");
    if (!opening && !closing)
        return; // available, interim, forward balances: not what the check needs
    const QString owner = path();
    const Field* amountField = m_balanceFields.find(u"Amt");
    if (!amountField)
        return fail(int(m_xml.lineNumber()), owner, CamtParser::tr("the balance has no Amt"));
    const auto cents = amountOf(*amountField);
    const auto credit = cents ? creditOf(m_balanceFields, owner, amountField->line) : std::nullopt;
    const auto date
        = credit ? dateOf(m_balanceFields, QStringLiteral("Dt/Dt"), QStringLiteral("Dt/DtTm")) : std::nullopt;
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

Detail CamtReader::detailFrom(const Fields& fields) const
{
    auto text = [&fields](const char* key) {
        return fields.text(QLatin1String(key));
    };
    Detail detail;
    detail.endToEndId = text("Refs/EndToEndId");
    if (detail.endToEndId.compare(QLatin1String("NOTPROVIDED"), Qt::CaseInsensitive) == 0)
        detail.endToEndId.clear();
    detail.remittance = text("RmtInf/Ustrd");
    detail.creditorReference = text("RmtInf/Strd/CdtrRefInf/Ref");
    detail.debtorName = text("RltdPties/Dbtr/Nm");
    if (detail.debtorName.isEmpty())
        detail.debtorName = text("RltdPties/Dbtr/Pty/Nm");
    detail.creditorName = text("RltdPties/Cdtr/Nm");
    if (detail.creditorName.isEmpty())
        detail.creditorName = text("RltdPties/Cdtr/Pty/Nm");
    detail.debtorIban = StatementFields::normaliseIban(text("RltdPties/DbtrAcct/Id/IBAN"));
    detail.creditorIban = StatementFields::normaliseIban(text("RltdPties/CdtrAcct/Id/IBAN"));
    detail.additionalInfo = text("AddtlTxInf");
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
    const QString entryInfo = m_entryFields.text(u"AddtlNtryInf");
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
    const QString status = m_entryFields.text(u"Sts");
    if (status == QLatin1String("PDNG") || status == QLatin1String("INFO"))
        return;
    const QString owner = path();
    const Field* amountField = m_entryFields.find(u"Amt");
    if (!amountField)
        return fail(m_entryLine, owner, CamtParser::tr("the entry has no Amt"));
    const auto cents = amountOf(*amountField);
    const auto credit = cents ? creditOf(m_entryFields, owner, m_entryLine) : std::nullopt;
    const auto booked = credit
        ? dateOf(m_entryFields, QStringLiteral("BookgDt/Dt"), QStringLiteral("BookgDt/DtTm"))
        : std::nullopt;
    const auto valued = booked
        ? dateOf(m_entryFields, QStringLiteral("ValDt/Dt"), QStringLiteral("ValDt/DtTm"))
        : std::nullopt;
    if (!valued)
        return;
    StatementLine line;
    line.bookingDate = booked->isValid() ? *booked : *valued;
    if (!line.bookingDate.isValid())
        return fail(m_entryLine, owner, CamtParser::tr("the entry has neither BookgDt nor ValDt"));
    line.valueDate = *valued;
    line.amountCents = *credit ? *cents : -*cents;
    line.currency = amountField->attribute.isEmpty() ? m_current.currency : amountField->attribute;
    line.bankReference = m_entryFields.text(u"AcctSvcrRef");
    if (line.bankReference.isEmpty())
        line.bankReference = m_entryFields.text(u"NtryRef");
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
    auto text = [this](const char* key) {
        return m_statementFields.text(QLatin1String(key));
    };
    m_current.format = m_format;
    m_current.statementId = text("Id");
    m_current.accountIban = StatementFields::normaliseIban(text("Acct/Id/IBAN"));
    m_current.accountName = text("Acct/Nm");
    if (m_current.accountName.isEmpty())
        m_current.accountName = text("Acct/Id/Othr/Id");
    m_current.currency = text("Acct/Ccy");
    for (const char* key : { "FrToDt/FrDtTm", "FrToDt/ToDtTm" }) {
        const auto date = dateOf(m_statementFields, QLatin1String(key), QString());
        if (!date)
            return;
        if (date->isValid())
            (qstrcmp(key, "FrToDt/FrDtTm") == 0 ? m_current.fromDate : m_current.toDate) = *date;
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
        return fail(int(m_xml.lineNumber()), path(),
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
        text += frame.name;
        if (frame.index > 0)
            text += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    }
    return text;
}

// Computed once per element from its parent's (the frames below ownerDepth + 1 carry theirs).
QString CamtReader::relativePath(int ownerDepth)
{
    Frame& top = m_frames.last();
    const int depth = int(m_frames.size()) - 1;
    if (depth == ownerDepth + 1)
        top.relative = top.name;
    else if (depth > ownerDepth + 1)
        top.relative = m_frames.at(depth - 1).relative + QLatin1Char('/') + top.name;
    return top.relative;
}

void CamtReader::fail(int line, const QString& location, const QString& message)
{
    if (!m_problem)
        m_problem = ImportProblem { m_fileName, line, location, message };
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

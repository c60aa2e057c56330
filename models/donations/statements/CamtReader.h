#pragma once

#include "donations/statements/CamtElements.h"
#include "donations/statements/CamtEntryDetails.h"
#include "donations/statements/StatementParseResult.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>

#include <QByteArray>
#include <QList>

#include <array>
#include <memory>
#include <optional>

class QIODevice;

namespace casedesk {

// CamtParser's reader: the statement read from libxml2's SAX2 events in one pass, walking the
// table of CamtElements; an entry's transaction details are gathered by CamtEntryDetails. Memory
// grows with the lines kept, not with the XML. QXmlStreamReader alone took three times xmllint's
// time on a big statement.
class CamtReader
{
public:
    using Field = CamtElements::Field;
    using Node = CamtElements::Node;
    using Child = CamtElements::Child;

    CamtReader(QIODevice& device, const QString& fileName)
        : m_device(device)
        , m_fileName(fileName)
    {
        for (int i = 0; i < CamtElements::kFieldCount; ++i)
            m_values[i].field = Field(i);
    }

    StatementParseResult run();

private:
    // A field's text with where it was read, for messages.
    struct Value
    {
        Field field = Field::StatementId;
        bool present = false;
        QString text; // trimmed
        QString currency; // the Ccy attribute
        int line = 0;
    };

    // An element on the path to where the reader is, for messages. Skipped elements and fields are
    // not on it: a problem names the deepest element read, as "Document/BkToCstmrStmt/Stmt/Ntry[3]".
    struct Frame
    {
        const Child* element;
        int index = 0; // shown as "Ntry[3]" when > 0
    };

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
    CamtEntryDetails::Detail detail() const;

    const Value& value(Field field) const { return m_values[int(field)]; }
    const Value* find(Field field) const { return value(field).present ? &value(field) : nullptr; }
    QString text(Field field) const { return value(field).text; }
    std::optional<qint64> amountOf(const Value& value);
    std::optional<QDate> dateOf(Field dateField, std::optional<Field> dateTimeField);
    QString pathOf(const Value& value) const
    {
        return path() + QLatin1Char('/') + CamtElements::fieldPath(value.field);
    }
    // The owner (path()) is named only when the indicator is missing.
    std::optional<bool> creditOf(Field field, int ownerLine);

    int line() const { return xmlSAX2GetLineNumber(m_parser.get()); }
    QString path() const;
    void fail(int line, const QString& location, const QString& message);
    bool failed() const { return m_problem.has_value(); }

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

    std::array<Value, CamtElements::kFieldCount> m_values;
    CamtEntryDetails m_details;

    ParsedStatement m_current; // the Stmt being read
    ParsedStatement m_result;
};

} // namespace casedesk

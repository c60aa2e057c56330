#pragma once

#include "donations/statements/StatementParseResult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// OfxParser's statement builder: both front ends, OfxSgmlReader (OFX 1.x) and the XML reader (OFX
// 2.x), report the same three events (an element begins, a leaf with its text, an element ends)
// and this makes the statement of them, or the first problem.
class OfxStatementBuilder
{
public:
    struct Frame
    {
        QString name;
        int index = 0; // "STMTTRN[3]" when > 0
        int line = 0;
    };

    // "102" -> "ofx-1.02", "220" -> "ofx-2.2", "160" -> "ofx-1.6": the format a header's VERSION names.
    static QString formatName(const QString& version);

    explicit OfxStatementBuilder(const QString& fileName)
        : m_fileName(fileName)
    {
    }

    void begin(const QString& name, int line);
    void leaf(const QString& name, const QString& text, int line);
    void end(const QString& name, int line);

    QString path() const;
    const QList<Frame>& frames() const { return m_frames; }
    void fail(int line, const QString& location, const QString& message);
    bool failed() const { return m_problem.has_value(); }
    StatementParseResult finish(const QString& format, int lastLine);

private:
    // A leaf read, with where it was, for messages.
    struct Field
    {
        QString text;
        QString path;
        int line = 0;
    };

    void finishTransaction(const Frame& frame);
    void finishStatement(int line);
    std::optional<qint64> amountOf(const Field& field);
    std::optional<QDate> dateOf(const Field& field);

    QString m_fileName;
    std::optional<ImportProblem> m_problem;
    QList<Frame> m_frames;
    int m_transactionCount = 0;
    int m_statementCount = 0;
    QHash<QString, Field> m_transaction;
    QHash<QString, Field> m_statement;
    QList<StatementLine> m_lines;
    ParsedStatement m_result;
};

} // namespace casedesk

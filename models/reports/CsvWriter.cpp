#include "reports/CsvWriter.h"

#include <QIODevice>

namespace casedesk {

namespace {

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, QChar separator, bool withBom)
    : m_device(device)
    , m_separator(separator)
{
    if (withBom)
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::textCell(const QString& text, QChar separator)
{
    const QString safe = startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool needsQuotes = safe.contains(separator) || safe.contains(QLatin1Char('"'))
        || safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::amountCell(qint64 cents)
{
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

void CsvWriter::writeRow(const QList<CsvCell>& cells)
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const CsvCell& cell : cells)
        texts.append(cell.kind == CsvCell::Kind::Amount ? amountCell(cell.cents)
                                                        : textCell(cell.text, m_separator));
    writeLine(texts.join(m_separator));
}

void CsvWriter::writeTextRow(const QStringList& cells)
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const QString& cell : cells)
        texts.append(textCell(cell, m_separator));
    writeLine(texts.join(m_separator));
}

void CsvWriter::writeLine(const QString& line)
{
    if (!m_ok)
        return;
    const QByteArray bytes = line.toUtf8() + "\r\n";
    m_ok = m_device->write(bytes) == bytes.size();
    if (m_ok)
        ++m_rows;
}

} // namespace casedesk

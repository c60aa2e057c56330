#include "donations/statements/CsvTokenizer.h"

#include <QVarLengthArray>

#include <algorithm>

namespace casedesk {

bool CsvTokenizer::Record::isBlank() const
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QByteArray& c) { return c.trimmed().isEmpty(); });
}

CsvTokenizer::CsvTokenizer(QIODevice& device, char separator, char quote, qsizetype maxRecordBytes)
    : m_in(device)
    , m_separator(separator)
    , m_quote(quote)
    , m_maxRecordBytes(maxRecordBytes)
{
}

bool CsvTokenizer::skipBom()
{
    // Only the first bytes of the device: nothing else has been read yet.
    if (m_in.peek() != 0xEF)
        return false;
    m_in.get();
    if (m_in.get() != 0xBB || m_in.get() != 0xBF) {
        m_error = tr("the file starts with bytes that are neither text nor a byte order mark");
        return false;
    }
    return true;
}

void CsvTokenizer::skipLines(int count)
{
    for (int skipped = 0; skipped < count && m_in.peek() >= 0; ++skipped) {
        const int start = m_in.line();
        while (m_in.peek() >= 0 && m_in.line() == start)
            m_in.get();
    }
}

namespace {

// As QByteArray::trimmed().isEmpty() (ASCII white space), on the cell being read.
template<typename Bytes>
bool isBlank(const Bytes& cell)
{
    return std::all_of(cell.cbegin(), cell.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
}

} // namespace

bool CsvTokenizer::next(Record& record)
{
    record.cells.clear();
    record.line = m_in.line();
    if (m_in.peek() < 0)
        return false;
    // Bytes go one by one into a buffer on the stack (an inline append), each finished cell into
    // the record at once: appending to a QByteArray byte by byte was most of the parse.
    QVarLengthArray<char, 256> cell;
    const auto take = [&record, &cell] {
        record.cells.append(QByteArray(cell.constData(), cell.size()));
        cell.clear();
    };
    bool quoted = false; // inside a quoted part
    int quoteLine = 0;
    qsizetype size = 0;
    while (true) {
        const int c = m_in.get();
        if (c < 0) {
            if (quoted) {
                m_error = tr("a quoted cell opened at line %1 is never closed").arg(quoteLine);
                return false;
            }
            break;
        }
        if (++size > m_maxRecordBytes) {
            m_error = tr("the row starting at line %1 is longer than %2 bytes: an unbalanced quote?")
                          .arg(record.line)
                          .arg(m_maxRecordBytes);
            return false;
        }
        if (quoted) {
            if (c == m_quote) {
                if (m_in.peek() == m_quote)
                    cell.append(char(m_in.get()));
                else
                    quoted = false;
            } else {
                cell.append(char(c));
            }
            continue;
        }
        if (c == m_separator) {
            take();
        } else if (c == '\n') {
            break;
        } else if (c == '\r') {
            if (m_in.peek() == '\n')
                m_in.get();
            break;
        } else if (c == m_quote && isBlank(cell)) {
            quoted = true;
            quoteLine = m_in.line();
            cell.clear(); // spaces before the opening quote are not part of the cell
        } else {
            cell.append(char(c));
        }
    }
    take();
    return true;
}

} // namespace casedesk

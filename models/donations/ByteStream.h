#pragma once

#include <QByteArray>
#include <QIODevice>

namespace casedesk {

// Bytes from a device through a 64 KB buffer, one at a time, counting lines ("\n", "\r\n" or a
// lone "\r" each end one): the statement tokenizers' input, so memory stays bounded.
class ByteStream
{
public:
    explicit ByteStream(QIODevice& device)
        : m_device(device)
    {
    }

    // The next byte (0..255) without taking it, or -1 at the end.
    int peek()
    {
        if (m_pos >= m_buffer.size() && !refill())
            return -1;
        return static_cast<unsigned char>(m_buffer.at(m_pos));
    }

    int get()
    {
        const int c = peek();
        if (c < 0)
            return c;
        ++m_pos;
        if (c == '\n' || (c == '\r' && peek() != '\n'))
            ++m_line;
        return c;
    }

    // The 1-based line of the next byte.
    int line() const { return m_line; }

private:
    bool refill()
    {
        m_buffer = m_device.read(64 * 1024);
        m_pos = 0;
        return !m_buffer.isEmpty();
    }

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace casedesk

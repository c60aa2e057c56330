#include "storage/Utf8Row.h"

#include <charconv>

namespace casedesk {

void appendIsoDate(QByteArray& out, QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return;
    char text[10];
    const auto digits = [&text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, date.year(), 4);
    text[4] = '-';
    digits(5, date.month(), 2);
    text[7] = '-';
    digits(8, date.day(), 2);
    out.append(text, sizeof text);
}

void appendNumber(QByteArray& out, qint64 value)
{
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    out.append(text, end - text);
}

void Utf8Row::clear()
{
    m_bytes.resize(0); // keeps the capacity
    m_spans.clear();
}

int Utf8Row::add(QStringView text)
{
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + m_encoder.requiredSpace(text.size()));
    const char* end = m_encoder.appendToBuffer(m_bytes.data() + start, text);
    m_bytes.resize(end - m_bytes.constData());
    return addSpan(start);
}

int Utf8Row::addIsoDate(QDate date)
{
    const qsizetype start = m_bytes.size();
    appendIsoDate(m_bytes, date);
    return addSpan(start);
}

int Utf8Row::addUuid(const QUuid& uuid)
{
    const qsizetype start = m_bytes.size();
    const auto hex = [this](quint64 value, int digits) {
        char text[16];
        for (int i = digits - 1; i >= 0; --i, value >>= 4)
            text[i] = "0123456789abcdef"[value & 0xF];
        m_bytes.append(text, digits);
    };
    hex(uuid.data1, 8);
    m_bytes.append('-');
    hex(uuid.data2, 4);
    m_bytes.append('-');
    hex(uuid.data3, 4);
    m_bytes.append('-');
    hex(quint64(uuid.data4[0]) << 8 | uuid.data4[1], 4);
    m_bytes.append('-');
    quint64 node = 0;
    for (int i = 2; i < 8; ++i)
        node = node << 8 | uuid.data4[i];
    hex(node, 12);
    return addSpan(start);
}

QByteArrayView Utf8Row::operator[](int slot) const
{
    const Span& span = m_spans.at(slot);
    return QByteArrayView(m_bytes.constData() + span.start, span.size);
}

int Utf8Row::addSpan(qsizetype start)
{
    m_spans.append({ start, m_bytes.size() - start });
    return int(m_spans.size()) - 1;
}

} // namespace casedesk

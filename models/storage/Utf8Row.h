#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QStringEncoder>
#include <QStringView>
#include <QUuid>
#include <QVarLengthArray>

namespace casedesk {

// "2024-01-05", as QDate::toString(Qt::ISODate) writes it (nothing for an invalid date or a year
// beyond 0-9999), without its formatting machinery: a bulk write writes two dates per row.
void appendIsoDate(QByteArray& out, QDate date);
void appendNumber(QByteArray& out, qint64 value);

// The UTF-8 values of one row for a SqliteStatement, in one buffer reused from row to row: once
// it has grown to the longest row, a row costs no allocation. Values are added first and bound
// after (the buffer may move while it grows), each by the slot add() returned.
class Utf8Row
{
public:
    void clear();
    int add(QStringView text);
    int addIsoDate(QDate date);
    // As SqlValues::uuidText writes it (QUuid::WithoutBraces, lower case).
    int addUuid(const QUuid& uuid);
    QByteArrayView operator[](int slot) const;

private:
    struct Span
    {
        qsizetype start;
        qsizetype size;
    };
    int addSpan(qsizetype start);

    QByteArray m_bytes;
    QVarLengthArray<Span, 16> m_spans;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringEncoder::Flag::Stateless };
};

} // namespace casedesk

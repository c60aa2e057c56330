#pragma once

// What every fuzz target of this folder shares (docs/fuzzing.md).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace casedesk::fuzz {

// The Qt state a parser may need (a QCoreApplication for tr() and the SQL plugins, the C locale)
// and Qt's messages silenced: a warning per input would cost more than the parsing. A qFatal
// still aborts, so libFuzzer keeps it as a crash. Called from LLVMFuzzerInitialize.
void initialize(int* argc, char*** argv);

// libFuzzer's bytes without a copy. Valid only during LLVMFuzzerTestOneInput.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Reads small values from the end of an input, as LLVM's FuzzedDataProvider does: the front of
// the input stays the file a parser reads, so the fixtures used as seeds keep their shape.
class TailReader
{
public:
    TailReader(const uint8_t* data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    // The last byte not yet taken (0 when none is left), taken off the input.
    uint8_t take()
    {
        if (m_size == 0)
            return 0;
        return m_data[--m_size];
    }
    // What is left of the input, the front part.
    QByteArray rest() const { return bytes(m_data, m_size); }

private:
    const uint8_t* m_data;
    size_t m_size;
};

} // namespace casedesk::fuzz

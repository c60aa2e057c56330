#pragma once

#include <QByteArray>

#include <array>
#include <memory>

namespace casedesk {

// SHA-256 for the vault, fed chunk by chunk, with OpenSSL's libcrypto: it uses the CPU's SHA
// instructions, about 10x Qt 6.4's own implementation, which would otherwise bound the speed of
// attaching and checking files.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(const char* data, qint64 size);
    // 64 lowercase hex digits; the object is spent afterwards, until reset().
    QByteArray hexResult();
    // The digest's 32 bytes, likewise.
    std::array<unsigned char, 32> result();
    // Starts a new digest in the same context: many short texts (the duplicate keys of a
    // statement's lines) are hashed without a new OpenSSL context each.
    void reset();
    // The digest of a whole file read in 1 MiB chunks; empty when it cannot be read.
    static QString hexOfFile(const QString& path);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace casedesk

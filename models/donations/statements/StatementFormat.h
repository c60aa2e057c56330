#pragma once

#include "donations/statements/CsvMapping.h"
#include "donations/statements/StatementParseResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace casedesk {

enum class StatementFormat
{
    Unknown,
    Camt053, // any ISO 20022 XML document: CamtParser says when it is not a camt.053
    Ofx, // 1.x SGML or 2.x XML
    Csv
};

// Which parser reads a statement file, from its content (never its name's extension).
class StatementFormats
{
    Q_DECLARE_TR_FUNCTIONS(StatementFormats)

public:
    // How much of a file detect() wants to see.
    static constexpr qsizetype kHeadBytes = 8 * 1024;

    static StatementFormat detect(QByteArrayView head);
    // Unknown when the file cannot be read.
    static StatementFormat detectFile(const QString& path);
    // "CAMT.053", "OFX", "CSV", translated "unknown format".
    static QString displayName(StatementFormat format);

    // Detects and reads a statement file with the right parser. A CSV file needs its bank's
    // mapping; without one, CsvMapping::guess() is tried and its problems are reported.
    static StatementParseResult parseFile(const QString& path,
                                          const std::optional<CsvMapping>& csvMapping = std::nullopt);
    // What every parser's parseFile() returns for a file it cannot open (`reason`: the system's).
    static StatementParseResult cannotOpen(const QString& path, const QString& reason);
};

} // namespace casedesk

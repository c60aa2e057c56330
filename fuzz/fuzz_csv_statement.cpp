// CSV bank statements (CsvStatementParser) with a mapping, as the import reads them: the mapping
// CsvMapping::guess() proposes for the file's first bytes (what the column dialog opens with), and
// one derived from the input's last bytes, so separators, encodings, date formats and columns the
// guess would not choose are read too. Only mappings the dialog accepts (no problems()) are used.

#include "FuzzSupport.h"

#include "donations/statements/CsvStatementParser.h"
#include "donations/statements/StatementFormat.h"

#include <QBuffer>

#include <array>

using namespace casedesk;

namespace {

// Five bytes from the end of the input make a mapping: which fields they pick is arbitrary, what
// matters is that every choice the dialog offers can be reached.
CsvMapping mappingFrom(fuzz::TailReader& tail)
{
    static const std::array<QString, 8> dateFormats
        = { QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yy"),
            QStringLiteral("d/M/yy"),     QStringLiteral("MM/dd/yyyy"), QStringLiteral("yyyyMMdd"),
            QStringLiteral("dd-MM-yyyy"), QStringLiteral("d M yyyy") };
    static const std::array<QString, 4> thousands
        = { QStringLiteral(" \u00A0\u202F"), QStringLiteral("."), QStringLiteral(","), QString() };
    static const std::array<char, 3> separators = { ';', ',', '\t' };
    const uint8_t a = tail.take();
    const uint8_t b = tail.take();
    const uint8_t c = tail.take();
    const uint8_t d = tail.take();
    const uint8_t e = tail.take();
    // 7 means "not in this file" for the optional columns.
    const auto column = [](int bits) {
        return bits == 7 ? -1 : bits;
    };

    CsvMapping mapping;
    mapping.separator = QLatin1Char(separators[(a & 3) % 3]);
    mapping.quote = (a & 4) ? QLatin1Char('\'') : QLatin1Char('"');
    mapping.encoding = (a & 8) ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
    mapping.hasHeaderRow = (a & 16) != 0;
    mapping.skipLines = (a >> 5) & 3;
    mapping.decimalSeparator = (a & 128) ? QLatin1Char('.') : QLatin1Char(',');
    mapping.dateFormat = dateFormats[b & 7];
    mapping.thousandsSeparators = thousands[(b >> 3) & 3];
    mapping.bookingDateColumn = c & 7;
    mapping.valueDateColumn = column((c >> 3) & 7);
    mapping.labelColumns = { d & 7 };
    if ((d >> 3) & 1)
        mapping.labelColumns.append((d >> 4) & 7);
    if (b & 32) {
        mapping.amountColumn = e & 7;
    } else {
        mapping.debitColumn = e & 7;
        mapping.creditColumn = (e >> 3) & 7;
    }
    mapping.referenceColumn = column(((b >> 6) | ((c >> 6) << 2)) & 7);
    mapping.counterpartyColumn = column(((d >> 7) | ((e >> 6) << 1)) & 7);
    return mapping;
}

void parseWith(QByteArray bytes, const CsvMapping& mapping)
{
    if (!mapping.problems().isEmpty())
        return;
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    const StatementParseResult result
        = CsvStatementParser::parse(device, mapping, QStringLiteral("fuzz.csv"));
    if (result.problem)
        result.problem->text();
    device.seek(0);
    // The dialog's preview reads the same file with the same mapping.
    CsvStatementParser::preview(device, mapping, 20, QStringLiteral("fuzz.csv"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    StatementFormats::detect(input);
    parseWith(input, CsvMapping::guess(input.left(StatementFormats::kHeadBytes)));
    fuzz::TailReader tail(data, size);
    const CsvMapping derived = mappingFrom(tail);
    parseWith(tail.rest(), derived);
    return 0;
}

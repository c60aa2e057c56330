// CAMT.053 bank statements (CamtParser, libxml2's SAX2): whatever the bytes, a statement or a
// problem, never a crash. The format detection the import runs first is fed the same bytes.

#include "FuzzSupport.h"

#include "donations/statements/CamtParser.h"
#include "donations/statements/StatementFormat.h"

#include <QBuffer>

using namespace casedesk;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    StatementFormats::detect(input);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    const StatementParseResult result = CamtParser::parse(device, QStringLiteral("fuzz.xml"));
    // A problem's text is what the user reads: build it, as the import dialog does.
    if (result.problem)
        result.problem->text();
    return 0;
}

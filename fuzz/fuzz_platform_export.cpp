// Crowdfunding platforms' exports, as `import platform` and the import dialog read them: the file
// goes through PlatformImport::parse (the format detected from the content, then its reader), and
// the same bytes through both readers of the family this target is built for, whatever the
// detection says. Built twice (fuzz/CMakeLists.txt): FUZZ_PLATFORM_JSON for the Ulule and
// HelloAsso API readers, else the CSV readers of their back offices; each with its own seeds and
// dictionary.

#include "FuzzSupport.h"

#include "donations/platform/PlatformImport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace casedesk;

namespace {

QString inputPath()
{
    // The detection reads a file: one file, rewritten for each input, in a folder of this run's.
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("export"));
    return path;
}

void read(bool (*reader)(const QByteArray&, const QString&, ParsedPlatformExport*, ImportProblem*),
          const QByteArray& input)
{
    ParsedPlatformExport result;
    ImportProblem problem;
    if (!reader(input, QStringLiteral("fuzz"), &result, &problem))
        problem.text();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    if (inputPath().isEmpty())
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    {
        QFile file(inputPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            abort(); // the run's folder is gone: nothing after this would mean anything
    }
    ParsedPlatformExport result;
    ImportProblem problem;
    if (!PlatformImport::parse(inputPath(), &result, &problem))
        problem.text();
#ifdef FUZZ_PLATFORM_JSON
    read(&UluleReader::readJson, input);
    read(&HelloAssoReader::readJson, input);
#else
    read(&UluleReader::readCsv, input);
    read(&HelloAssoReader::readCsv, input);
#endif
    return 0;
}

#include "donations/statements/CamtParser.h"

#include "donations/statements/CamtReader.h"

#include <QFile>

namespace casedesk {

StatementParseResult CamtParser::parse(QIODevice& device, const QString& fileName)
{
    CamtReader reader(device, fileName);
    return reader.run();
}

StatementParseResult CamtParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StatementParseResult result;
        result.problem
            = ImportProblem { path, 0, {}, tr("cannot open the file: %1").arg(file.errorString()) };
        return result;
    }
    return parse(file, path);
}

} // namespace casedesk

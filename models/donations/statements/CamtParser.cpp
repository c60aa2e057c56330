#include "donations/statements/CamtParser.h"

#include "donations/statements/CamtReader.h"
#include "donations/statements/StatementFormat.h"

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
    if (!file.open(QIODevice::ReadOnly))
        return StatementFormats::cannotOpen(path, file.errorString());
    return parse(file, path);
}

} // namespace casedesk

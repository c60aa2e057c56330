#include "donations/ImportProblem.h"

#include <QFileInfo>

namespace casedesk {

QString ImportProblem::text() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << QFileInfo(file).fileName();
    if (line > 0)
        parts << QCoreApplication::translate("casedesk::ImportProblem", "line %1").arg(line);
    if (!location.isEmpty())
        parts << location;
    const QString place = parts.join(QStringLiteral(", "));
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}

} // namespace casedesk

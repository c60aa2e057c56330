#pragma once

#include <QString>

class QCoreApplication;

namespace casedesk::AppSetup {

// Organisation and application names, so QStandardPaths gives .../casedesk/ on every platform.
void setIdentity();
// Installs CaseDesk's and Qt's own translations for `language` ("fr", "en"), or for the system
// locale when it is empty. Returns the language in use.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace casedesk::AppSetup

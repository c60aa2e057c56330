#include "common/AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace casedesk::AppSetup {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("casedesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    // French first: any French locale (fr_FR, fr_BE, fr_CA...) gets the French UI; any other
    // system language falls back to English, the source language.
    QString chosen = language;
    if (chosen.isEmpty())
        chosen
            = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (!language.isEmpty()) {
        // Forcing a language also forces its number, money and date formats.
        QLocale::setDefault(
            QLocale(chosen == QLatin1String("fr") ? QLocale::French : QLocale::English,
                    chosen == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    }
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace casedesk::AppSetup

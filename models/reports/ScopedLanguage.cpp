#include "reports/ScopedLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace casedesk {

namespace {

// English is the source language: every string is its own translation.
class SourceText : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ScopedLanguage::ScopedLanguage(const QString& language)
    : m_language(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"))
    , m_previousLocale(QLocale())
{
    // Installed last is asked first: the source text behind, the language's own file in front
    // (the English file holds the plural forms).
    if (m_language == QLatin1String("en"))
        m_installed.push_back(std::make_unique<SourceText>());
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(m_language)))
        m_installed.push_back(std::move(own));
    for (const auto& translator : m_installed)
        QCoreApplication::installTranslator(translator.get());
    QLocale::setDefault(locale());
}

ScopedLanguage::~ScopedLanguage()
{
    for (auto it = m_installed.rbegin(); it != m_installed.rend(); ++it)
        QCoreApplication::removeTranslator(it->get());
    QLocale::setDefault(m_previousLocale);
}

QLocale ScopedLanguage::locale() const
{
    return m_language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace casedesk

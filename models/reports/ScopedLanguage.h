#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace casedesk {

// A document written in a language of its own, whatever the window's: the minutes always in
// French, the dossier in the language chosen at export. For the life of the object, CaseDesk's
// translator for that language goes in front of the ones installed (and English, the source
// language, also gets one that answers every string with itself, so no French shows through),
// and its locale becomes the default one (QLocale()); the destructor puts both back. The application's
// translators are global: use it on the thread that writes the document, for as long as the writing takes.
class ScopedLanguage
{
public:
    // "fr" or "en"; anything else is English.
    explicit ScopedLanguage(const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    QString language() const { return m_language; }
    // The locale of the document's numbers, amounts and dates.
    QLocale locale() const;

private:
    QString m_language;
    QLocale m_previousLocale;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace casedesk

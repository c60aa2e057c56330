#include "donations/reconcile/BankText.h"

#include <QStringList>

#include <algorithm>

namespace casedesk {

QString BankText::searchForm(const QString& text)
{
    // Most bank labels are plain ASCII already; decomposing them would only cost time.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_D);
    QString form;
    form.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            form.append(c.toUpper());
            space = false;
        } else if (!space) {
            form.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (form.endsWith(QLatin1Char(' ')))
        form.chop(1);
    return form;
}

bool BankText::containsWords(const QString& paddedHaystack, const QString& needle)
{
    if (needle.isEmpty())
        return false;
    // Both are in search form; the haystack is padded with a space at each end, so " NEEDLE "
    // only matches whole words ("1234" is not found in "12345").
    const qsizetype at = paddedHaystack.indexOf(needle);
    if (at < 0)
        return false;
    for (qsizetype from = at; from >= 0; from = paddedHaystack.indexOf(needle, from + 1)) {
        const bool startsWord = paddedHaystack.at(from - 1) == QLatin1Char(' ');
        const qsizetype end = from + needle.size();
        const bool endsWord = end < paddedHaystack.size() && paddedHaystack.at(end) == QLatin1Char(' ');
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

QString BankText::referenceForm(const QString& reference)
{
    const QString form = searchForm(reference);
    qsizetype significant = 0;
    for (const QChar c : form)
        significant += c != QLatin1Char(' ');
    return significant >= 4 ? form : QString();
}

QString BankText::swappedName(const QString& nameForm)
{
    if (nameForm.isEmpty())
        return {};
    const QStringList words = nameForm.split(QLatin1Char(' '));
    return words.size() == 2 ? words.at(1) + QLatin1Char(' ') + words.at(0) : QString();
}

} // namespace casedesk

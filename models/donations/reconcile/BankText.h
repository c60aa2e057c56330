#pragma once

#include <QString>

namespace casedesk {

// The forms in which the reconciliation engine looks for a reference or a donor's name in a bank
// credit's text: upper case, accents removed, punctuation as spaces, whole words only. Pure text
// rules, apart from the engine's matching rules so that they can be read and tested on their own
// (a label's accents, a short reference, a name written surname first).
class BankText
{
public:
    // Upper case, accents removed, every run of other characters one space: the form in which
    // references and names are looked for in a bank label.
    static QString searchForm(const QString& text);
    // Whether `needle` (in search form) is in `paddedHaystack` (in search form, with one space
    // added at each end) as whole words: "1234" is not found in "12345". Never for an empty needle.
    static bool containsWords(const QString& paddedHaystack, const QString& needle);
    // The search form of a reference worth looking for: at least 4 letters or digits, so that "12"
    // never matches a date; empty otherwise.
    static QString referenceForm(const QString& reference);
    // A name of two words in search form the other way round ("DUPONT JEAN" for "JEAN DUPONT"), as
    // banks often write it; empty for any other number of words.
    static QString swappedName(const QString& nameForm);
};

} // namespace casedesk

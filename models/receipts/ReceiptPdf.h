#pragma once

#include "receipts/AmountInWords.h"
#include "receipts/Receipt.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

struct Association;

// A tax receipt as a PDF/A-1b file: the mentions of Cerfa n° 11580*05 for an individual
// (articles 200, 238 bis and 978 CGI) or of Cerfa n° 16216*01 for a company (article 238 bis),
// laid out like the official form so that a tax inspector recognises it.
//
// Always in French, whatever the interface speaks: the receipt is a French tax document and its
// words are the form's, kept together in ReceiptPdf.cpp; only the messages to the user go through
// tr(). A cancelled receipt is stamped "ANNULÉ" on every page with its reason, never printed as
// valid. Needs a QGuiApplication (fonts); safe to call from worker threads.
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPdf)

public:
    // Writes the receipt at path atomically. Returns an empty string when written, or a sentence
    // naming the file that says why not (nothing is left under that name then).
    static QString write(const Receipt& receipt, const Association& association, FrenchSpelling spelling,
                         const QString& path);
};

} // namespace casedesk

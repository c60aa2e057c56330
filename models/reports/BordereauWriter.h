#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

// The caption of a bordereau de communication de pièces: who is before which court.
struct BordereauHeader
{
    QString court; // "Tribunal administratif de Toulouse"
    QString caseNumber; // "n° 2401234"
    QString parties; // "Association Zone humide c/ Préfet du Tarn"
    QString lawyer; // "Me Claire Martin, avocate au barreau de Toulouse"
    QDate date; // the date of the communication
};

struct BordereauEntry
{
    int number = 0;
    QString title;
    QDate date; // of the document; may be unset
};

// Writes the list of exhibits a party communicates, as French courts expect it: one line per
// piece, "Pièce n° 12 — Rapport d'expertise — 3 février 2025".
//
// The document is always in French, whatever language the desk speaks: it is filed with a French
// court (the language of French justice is French), so its words are the court's fixed phrases,
// not interface text to be translated. They are kept together below in one place; messages to the
// user (errors) go through tr() as usual.
class BordereauWriter
{
    Q_DECLARE_TR_FUNCTIONS(BordereauWriter)

public:
    // The document as HTML (what the PDF shows), for previews and tests.
    static QString html(const BordereauHeader& header, const QList<BordereauEntry>& entries);
    // "Pièce n° 12 — Rapport d'expertise — 3 février 2025"
    static QString entryLine(const BordereauEntry& entry);
    static QString frenchDate(const QDate& date);
    // Writes an A4 PDF atomically (the old file stays whole until the new one is complete).
    // Needs a QGuiApplication (fonts); returns false with a message naming the file otherwise.
    static bool writePdf(const QString& path, const BordereauHeader& header,
                         const QList<BordereauEntry>& entries, QString* errorMessage);
};

} // namespace casedesk

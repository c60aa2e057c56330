// Reading back the PDFs the desk writes, with Qt PDF (pdfium): their text, page by page, and
// what their metadata declares. Header-only: a test that includes it links Qt6::Pdf.
#pragma once

#include <QFile>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QString>

namespace casedesk::test {

using namespace Qt::StringLiterals;

inline QString pdfText(const QString& path, int* pages = nullptr)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    if (pages)
        *pages = document.pageCount();
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

// pdfium breaks lines and keeps the no-break spaces; compare on single plain spaces.
inline QString normalized(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

// The XMP metadata of a PDF/A-1b file says part 1, conformance B.
inline bool declaresPdfA1b(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString bytes = QString::fromLatin1(file.readAll());
    static const QRegularExpression part(uR"(pdfaid:part\s*(>|=\s*["'])\s*1)"_s);
    static const QRegularExpression conformance(uR"(pdfaid:conformance\s*(>|=\s*["'])\s*B)"_s);
    return bytes.contains(part) && bytes.contains(conformance);
}

} // namespace casedesk::test

#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace casedesk::EvidencePreview {

// A picture of the piece for lists: the image itself scaled down, or the first page of a PDF
// (Qt PDF); a null image for other kinds (the view shows the file type's icon instead).
QImage thumbnail(const QString& filePath, const QString& mediaType, const QSize& size);
// The beginning of a text piece (plain text, e-mail, CSV, HTML source), as text; empty for
// other kinds. Invalid UTF-8 is read as Latin-1, the usual alternative in French documents.
QString textPreview(const QString& filePath, const QString& mediaType, int maxChars = 4000);
bool isText(const QString& mediaType);

} // namespace casedesk::EvidencePreview

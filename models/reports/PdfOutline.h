#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// The outline (bookmarks) of a PDF written by QPdfWriter, which has no API for it in Qt 6.4.
//
// Added as an incremental update appended to the file (ISO 32000 7.5.6, allowed by PDF/A-1):
// the outline's objects, a new version of the catalog under the same object number with
// /Outlines and /PageMode /UseOutlines (and everything the old one held: the metadata, the
// output intent), a new cross-reference section and a trailer that points back to the old one.
// The catalog and the pages are found through Qt's own cross-reference table and trailer, which
// are regular: a file that does not parse as expected is left untouched and the reason given.
class PdfOutline
{
public:
    struct Item
    {
        QString title;
        int level = 1; // 1 at the top; a level-2 item goes under the level-1 item before it
        int page = 0; // from 0
        qreal topFromTop = 0; // where the destination starts on its page, points from the top
    };

    // Appends the outline to pdf; std::nullopt when done, else why not (pdf unchanged; the
    // reason, in English, is for the log: it means Qt's output changed).
    static std::optional<QString> append(QByteArray& pdf, const QList<Item>& items);
};

} // namespace casedesk

#include "reports/PdfOutline.h"

#include <QHash>
#include <QRegularExpression>

namespace casedesk {

namespace {

using Problem = std::optional<QString>;

// The offset of each object in use, from a classic cross-reference table ("xref", subsections
// of 20-byte entries), as Qt writes it.
bool readXref(const QByteArray& pdf, qsizetype at, QHash<int, qsizetype>& offsets)
{
    if (!pdf.mid(at, 4).startsWith("xref"))
        return false;
    qsizetype line = pdf.indexOf('\n', at);
    while (line >= 0) {
        const qsizetype end = pdf.indexOf('\n', line + 1);
        if (end < 0)
            return false;
        const QList<QByteArray> words = pdf.mid(line + 1, end - line - 1).simplified().split(' ');
        if (words.size() != 2 || words.first() == "trailer")
            return words.first() == "trailer";
        bool firstOk = false;
        bool countOk = false;
        const int first = words.at(0).toInt(&firstOk);
        const int count = words.at(1).toInt(&countOk);
        if (!firstOk || !countOk || count < 0)
            return false;
        qsizetype entry = end + 1;
        for (int i = 0; i < count; ++i, entry += 20) {
            const QByteArray text = pdf.mid(entry, 20);
            if (text.size() != 20)
                return false;
            if (text.at(17) == 'n')
                offsets.insert(first + i, text.left(10).toLongLong());
        }
        line = entry - 1;
    }
    return false;
}

// The dictionary text of object `number` ("<< ... >>"), without its stream.
QByteArray objectText(const QByteArray& pdf, const QHash<int, qsizetype>& offsets, int number)
{
    const qsizetype at = offsets.value(number, -1);
    if (at < 0 || !pdf.mid(at, 32).startsWith(QByteArray::number(number) + " 0 obj"))
        return {};
    qsizetype end = pdf.indexOf("endobj", at);
    const qsizetype stream = pdf.indexOf("stream", at);
    if (stream >= 0 && stream < end)
        end = stream;
    return end < 0 ? QByteArray() : pdf.mid(at, end - at);
}

int reference(const QByteArray& text, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// The page objects in order, through the page tree.
bool collectPages(const QByteArray& pdf, const QHash<int, qsizetype>& offsets, int node, QList<int>& pages,
                  int depth = 0)
{
    const QByteArray text = objectText(pdf, offsets, node);
    if (text.isEmpty() || depth > 32)
        return false;
    if (QRegularExpression(QStringLiteral("/Type\\s*/Page\\b(?!s)"))
            .match(QString::fromLatin1(text))
            .hasMatch()) {
        pages.append(node);
        return true;
    }
    const qsizetype kids = text.indexOf("/Kids");
    const qsizetype open = text.indexOf('[', kids);
    const qsizetype close = text.indexOf(']', open);
    if (kids < 0 || open < 0 || close < 0)
        return false;
    static const QRegularExpression kid(QStringLiteral("(\\d+)\\s+0\\s+R"));
    auto matches = kid.globalMatch(QString::fromLatin1(text.mid(open + 1, close - open - 1)));
    while (matches.hasNext()) {
        if (!collectPages(pdf, offsets, matches.next().captured(1).toInt(), pages, depth + 1))
            return false;
    }
    return true;
}

qreal pageHeight(const QByteArray& pageText)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+([-\\d.]+)"));
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pageText));
    return match.hasMatch() ? match.captured(1).toDouble() : 842;
}

// A text string as UTF-16BE with its byte order mark, in hexadecimal: any title, no escaping.
QByteArray textString(const QString& text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray ref(int number)
{
    return QByteArray::number(number) + " 0 R";
}

} // namespace

std::optional<QString> PdfOutline::append(QByteArray& pdf, const QList<Item>& items)
{
    if (items.isEmpty())
        return std::nullopt;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return QStringLiteral("no startxref");
    const qint64 previousXref
        = pdf.mid(startxref + 9, 24).trimmed().split('\n').first().trimmed().toLongLong();
    QHash<int, qsizetype> offsets;
    if (!readXref(pdf, previousXref, offsets))
        return QStringLiteral("the cross-reference table does not parse");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (trailerAt < previousXref)
        return QStringLiteral("no trailer after the cross-reference table");
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    const QRegularExpressionMatch size
        = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    const int root = reference(trailer, "Root");
    const int info = reference(trailer, "Info");
    if (!size.hasMatch() || root == 0)
        return QStringLiteral("the trailer has no /Size or /Root");
    const QRegularExpressionMatch id
        = QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]")).match(QString::fromLatin1(trailer));

    const QByteArray catalog = objectText(pdf, offsets, root);
    const qsizetype open = catalog.indexOf("<<");
    const qsizetype close = catalog.lastIndexOf(">>");
    if (open < 0 || close < open || !catalog.contains("/Catalog") || catalog.contains("/Outlines"))
        return QStringLiteral("the catalog is not as expected");
    QList<int> pages;
    if (!collectPages(pdf, offsets, reference(catalog, "Pages"), pages) || pages.isEmpty())
        return QStringLiteral("the page tree does not parse");

    // The items as a tree: each level-2 item under the level-1 item before it.
    const int count = int(items.size());
    QList<int> parent(count, -1); // -1: the outline's root
    int lastTop = -1;
    for (int i = 0; i < count; ++i) {
        if (items.at(i).page < 0 || items.at(i).page >= pages.size())
            return QStringLiteral("an item points past the last page");
        if (items.at(i).level > 1 && lastTop >= 0)
            parent[i] = lastTop;
        else
            lastTop = i;
    }
    const int first = size.captured(1).toInt();
    const int outlines = first;
    const auto object = [first](int item) {
        return item < 0 ? first : first + 1 + item;
    };
    const auto children = [&](int of) {
        QList<int> list;
        for (int i = 0; i < count; ++i) {
            if (parent.at(i) == of)
                list.append(i);
        }
        return list;
    };

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    QList<qsizetype> objectOffsets; // of outlines, then each item
    const auto begin = [&](int number) {
        objectOffsets.append(pdf.size() + update.size());
        update += QByteArray::number(number) + " 0 obj\n";
    };
    const QList<int> top = children(-1);
    begin(outlines);
    update += "<<\n/Type /Outlines\n/First " + ref(object(top.first())) + "\n/Last " + ref(object(top.last()))
        + "\n/Count " + QByteArray::number(count) + "\n>>\nendobj\n";
    for (int i = 0; i < count; ++i) {
        const Item& item = items.at(i);
        const QList<int> siblings = children(parent.at(i));
        const qsizetype at = siblings.indexOf(i);
        const QList<int> mine = children(i);
        const QByteArray pageText = objectText(pdf, offsets, pages.at(item.page));
        const qreal y = std::max<qreal>(0, pageHeight(pageText) - item.topFromTop);
        begin(object(i));
        update += "<<\n/Title " + textString(item.title) + "\n/Parent " + ref(object(parent.at(i)));
        if (at > 0)
            update += "\n/Prev " + ref(object(siblings.at(at - 1)));
        if (at + 1 < siblings.size())
            update += "\n/Next " + ref(object(siblings.at(at + 1)));
        if (!mine.isEmpty()) {
            update += "\n/First " + ref(object(mine.first())) + "\n/Last " + ref(object(mine.last()))
                + "\n/Count " + QByteArray::number(mine.size());
        }
        update += "\n/Dest [" + ref(pages.at(item.page)) + " /XYZ 0 " + QByteArray::number(y, 'f', 2)
            + " null]\n>>\nendobj\n";
    }
    // The catalog again, under its number: what it held, and the outline.
    const qsizetype catalogOffset = pdf.size() + update.size();
    update += QByteArray::number(root) + " 0 obj\n" + catalog.mid(open, close - open) + "/Outlines "
        + ref(outlines) + "\n/PageMode /UseOutlines\n>>\nendobj\n";

    const qsizetype xref = pdf.size() + update.size();
    const auto entry = [](qsizetype offset) {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    update += "xref\n" + QByteArray::number(root) + " 1\n" + entry(catalogOffset);
    update += QByteArray::number(first) + ' ' + QByteArray::number(objectOffsets.size()) + '\n';
    for (const qsizetype offset : objectOffsets)
        update += entry(offset);
    update += "trailer\n<<\n/Size " + QByteArray::number(first + objectOffsets.size());
    if (info != 0)
        update += "\n/Info " + ref(info);
    update += "\n/Root " + ref(root);
    if (id.hasMatch())
        update += '\n' + id.captured(0).toLatin1();
    update += "\n/Prev " + QByteArray::number(previousXref) + "\n>>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    pdf += update;
    return std::nullopt;
}

} // namespace casedesk

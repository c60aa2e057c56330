#include "reports/PdfFlow.h"

#include "reports/PdfOutline.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <memory>

namespace casedesk {

Q_LOGGING_CATEGORY(lcPdf, "casedesk.reports.pdf")

namespace {

// 600 dots per inch: fine enough for text metrics, and every length below is in millimetres.
constexpr int kDpi = 600;
constexpr qreal kPageWidthMm = 210;
constexpr qreal kPageHeightMm = 297;
constexpr qreal kSideMarginMm = 15;
constexpr qreal kTopMm = 12;
constexpr qreal kBottomMm = 280; // where blocks stop; the footer is below
constexpr qreal kFooterMm = 286;
constexpr qreal kCellPaddingMm = 0.9;
constexpr qreal kLineMm = 0.25;
constexpr qreal kLongParagraphMm = 60;
constexpr qreal kContentsPageMm = 14;
constexpr qreal kContentsIndentMm = 6;
// A table of contents settles in two or three layouts; a flow that never settles (a page number
// that moves the page it names) keeps the last one.
constexpr int kMaxLayouts = 5;

} // namespace

QFont PdfFlow::font(qreal points, bool bold)
{
    // Nimbus Sans (the Helvetica of the official forms) is a CFF font, which Qt embeds without
    // running TrueType hinting on every glyph: a receipt in half the time it takes with DejaVu
    // Sans (which stands in where it is missing). Two faces in all, regular and bold: each
    // embedded face costs a few milliseconds per file.
    QFont font;
    font.setFamilies({ QStringLiteral("Nimbus Sans"), QStringLiteral("DejaVu Sans") });
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

qreal PdfFlow::mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

PdfFlow::PdfFlow(QPaintDevice* device)
    : m_device(device)
    , m_body(font(9, false))
    , m_bold(font(9, true))
    , m_small(font(7.5, false))
    , m_heading(font(12, true))
{
}

qreal PdfFlow::width() const
{
    return mm(kPageWidthMm - 2 * kSideMarginMm);
}

qreal PdfFlow::textHeight(const QFont& font, const QString& text, qreal width) const
{
    const QFontMetricsF metrics(font, m_device);
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

int PdfFlow::add(qreal height, const Paint& paint, int section, bool keepWithNext, int repeatedHeader)
{
    m_blocks.append(Block { height, paint, section, keepWithNext, repeatedHeader, 0 });
    return int(m_blocks.size()) - 1;
}

qreal PdfFlow::textWidth(const QFont& font, const QString& text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

qreal PdfFlow::ascent(const QFont& font) const
{
    return QFontMetricsF(font, m_device).ascent();
}

void PdfFlow::space(qreal millimetres, int section)
{
    // Inside a section, painted as nothing: the section's frame goes on around it.
    add(mm(millimetres), section >= 0 ? Paint([](QPainter&, const QRectF&) {}) : Paint(), section);
}

void PdfFlow::keepTogether(int first)
{
    if (first < 0 || first >= m_blocks.size())
        return;
    qreal height = 0;
    for (qsizetype i = first; i < m_blocks.size(); ++i)
        height += m_blocks.at(i).height;
    m_blocks[first].togetherHeight = height;
}

int PdfFlow::paragraph(const QFont& font, const QString& text, int section, qreal indentMm,
                       Qt::Alignment alignment)
{
    const qreal padding = mm(section >= 0 ? 2 : 0);
    const qreal indent = mm(indentMm) + padding;
    const qreal textWidth = width() - indent - padding;
    const qreal height = textHeight(font, text, textWidth) + mm(0.6);
    const auto paint = [font, indent, textWidth, alignment](const QString& lines) {
        return [font, lines, indent, textWidth, alignment](QPainter& painter, const QRectF& rect) {
            painter.setFont(font);
            painter.drawText(QRectF(rect.left() + indent, rect.top(), textWidth, rect.height()),
                             int(alignment) | Qt::AlignTop | Qt::TextWordWrap, lines);
        };
    };
    if (height <= mm(kLongParagraphMm))
        return add(height, paint(text), section);
    // A long text (a long object or reason) goes a line a block, so that it can run on to the next
    // page instead of past the bottom of this one.
    QTextLayout layout(text, font, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int index = -1;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(textWidth);
        const QString lineText = text.mid(line.textStart(), line.textLength()).trimmed();
        index = add(textHeight(font, lineText, textWidth), paint(lineText), section);
    }
    layout.endLayout();
    space(0.6, section);
    return index;
}

void PdfFlow::pageBreak()
{
    const int index = add(0, Paint());
    m_blocks[index].pageBreak = true;
}

int PdfFlow::heading(const QString& title, int level)
{
    const QFont font = level <= 1 ? m_heading : m_bold;
    const qreal above = mm(level <= 1 ? 4 : 2.5);
    const qreal below = mm(level <= 1 ? 2.5 : 1.2);
    const qreal text = textHeight(font, title, width());
    const int index = add(
        above + text + below,
        [font, title, above, text, level](QPainter& painter, const QRectF& rect) {
            painter.setFont(font);
            const QRectF box(rect.left(), rect.top() + above, rect.width(), text);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
            if (level <= 1)
                painter.drawLine(QPointF(box.left(), box.bottom() + mm(0.8)),
                                 QPointF(box.right(), box.bottom() + mm(0.8)));
        },
        -1, true);
    addToContents(index, title, level);
    return index;
}

void PdfFlow::addToContents(int block, const QString& title, int level)
{
    m_headings.append(Heading { title, level, block, 0, 0 });
}

void PdfFlow::tableOfContents()
{
    m_hasContents = true;
    const qreal pageWidth = mm(kContentsPageMm);
    for (const Heading& heading : std::as_const(m_contents)) {
        const QFont font = heading.level <= 1 ? m_bold : m_body;
        const qreal indent = heading.level <= 1 ? 0 : mm(kContentsIndentMm);
        const qreal titleWidth = width() - indent - pageWidth;
        const QString title = heading.title;
        const QString page = QString::number(heading.page);
        const bool oneLine = textWidth(font, title) < titleWidth - mm(2);
        const qreal titleEnd = oneLine ? textWidth(font, title) : titleWidth;
        const qreal ascent = this->ascent(font);
        const qreal height = textHeight(font, title, titleWidth) + mm(heading.level <= 1 ? 1.6 : 0.8);
        const qreal above = mm(heading.level <= 1 ? 0.8 : 0);
        add(height, [=](QPainter& painter, const QRectF& rect) {
            painter.setFont(font);
            painter.drawText(QRectF(rect.left() + indent, rect.top() + above, titleWidth, rect.height()),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
            painter.drawText(QRectF(rect.right() - pageWidth, rect.top() + above, pageWidth, rect.height()),
                             Qt::AlignRight | Qt::AlignTop, page);
            if (oneLine) { // a dotted leader from the title to its page
                const QPen pen = painter.pen();
                QPen dots(pen);
                dots.setStyle(Qt::DotLine);
                painter.setPen(dots);
                const qreal y = rect.top() + above + ascent;
                painter.drawLine(QPointF(rect.left() + indent + titleEnd + mm(1.5), y),
                                 QPointF(rect.right() - pageWidth + mm(1), y));
                painter.setPen(pen);
            }
        });
    }
}

int PdfFlow::sectionTitle(const QString& title, int section)
{
    const QFont font = m_bold;
    const qreal height = textHeight(font, title, width()) + mm(2);
    return add(
        height,
        [font, title](QPainter& painter, const QRectF& rect) {
            painter.fillRect(rect, QColor(0xe4, 0xe4, 0xe4));
            painter.setFont(font);
            painter.drawText(rect.adjusted(mm(2), 0, -mm(2), 0), Qt::AlignVCenter | Qt::AlignLeft, title);
        },
        section, true);
}

int PdfFlow::tableRow(const QList<Column>& columns, const QStringList& cells, const QFont& font, int section,
                      bool isHeader, int header)
{
    const qreal padding = mm(kCellPaddingMm);
    const qreal inset = mm(section >= 0 ? 2 : 0);
    qreal height = 0;
    for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i)
        height = std::max(height, textHeight(font, cells.at(i), mm(columns.at(i).widthMm) - 2 * padding));
    height += 2 * padding;
    return add(
        height,
        [columns, cells, font, isHeader, padding, inset, height](QPainter& painter, const QRectF& rect) {
            painter.setFont(font);
            qreal x = rect.left() + inset;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QRectF cell(x, rect.top(), mm(columns.at(i).widthMm), height);
                if (isHeader)
                    painter.fillRect(cell, QColor(0xf0, 0xf0, 0xf0));
                painter.drawRect(cell);
                if (i < cells.size())
                    painter.drawText(cell.adjusted(padding, padding, -padding, -padding),
                                     int(columns.at(i).alignment) | Qt::AlignTop | Qt::TextWordWrap,
                                     cells.at(i));
                x += cell.width();
            }
        },
        section, isHeader, header);
}

QList<QList<PdfFlow::Placed>> PdfFlow::paginate() const
{
    QList<QList<Placed>> pages;
    QList<Placed> current;
    const qreal top = mm(kTopMm);
    const qreal bottom = mm(kBottomMm);
    qreal y = top;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block& block = m_blocks.at(i);
        if (block.pageBreak) {
            if (!current.isEmpty()) {
                pages.append(current);
                current.clear();
                y = top;
            }
            continue;
        }
        qreal needed = block.height;
        if (block.keepWithNext && i + 1 < m_blocks.size())
            needed += m_blocks.at(i + 1).height;
        // What is kept together breaks the page only when it would fit on a new one.
        if (block.togetherHeight <= bottom - top)
            needed = std::max(needed, block.togetherHeight);
        if (y + needed > bottom && !current.isEmpty()) {
            pages.append(current);
            current.clear();
            y = top;
            if (!block.paint)
                continue; // no blank space at the top of a page
            if (block.repeatedHeader >= 0) {
                current.append(Placed { block.repeatedHeader, y });
                y += m_blocks.at(block.repeatedHeader).height;
            }
        }
        current.append(Placed { i, y });
        y += block.height;
    }
    pages.append(current);
    return pages;
}

QList<PdfFlow::Heading> PdfFlow::placeHeadings(const QList<QList<Placed>>& pages) const
{
    QList<Heading> placed = m_headings;
    for (int page = 0; page < pages.size(); ++page) {
        for (const Placed& block : pages.at(page)) {
            for (Heading& heading : placed) {
                if (heading.block == block.block) {
                    heading.page = page + 1;
                    heading.top = block.top;
                }
            }
        }
    }
    return placed;
}

void PdfFlow::paintPage(QPainter& painter, const QList<Placed>& page) const
{
    const qreal left = mm(kSideMarginMm);
    QPen pen(Qt::black);
    pen.setWidthF(mm(kLineMm));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const Placed& placed : page) {
        const Block& block = m_blocks.at(placed.block);
        if (block.paint)
            block.paint(painter, QRectF(left, placed.top, width(), block.height));
    }
    // Each run of blocks of one section on this page gets one frame.
    for (qsizetype i = 0; i < page.size();) {
        const int section = m_blocks.at(page.at(i).block).section;
        qsizetype end = i + 1;
        while (end < page.size() && m_blocks.at(page.at(end).block).section == section)
            ++end;
        if (section >= 0) {
            const Placed& last = page.at(end - 1);
            const qreal bottom = last.top + m_blocks.at(last.block).height;
            painter.drawRect(QRectF(left, page.at(i).top, width(), bottom - page.at(i).top));
        }
        i = end;
    }
}

std::optional<QString> PdfFlow::write(const QString& path, const QString& title,
                                      const std::function<void(PdfFlow& flow)>& build,
                                      const std::function<QString(int page, int pageCount)>& footer)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return tr("fonts are not available in this program");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Written in memory first: the outline is appended to Qt's output before the file is saved.
    QByteArray pdf;
    QList<Heading> headings;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        // PDF/A-1b: the fonts embedded, the metadata in XMP, no transparency; kept six years.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return tr("the PDF could not be started");
        }
        std::unique_ptr<PdfFlow> flow(new PdfFlow(&writer));
        build(*flow);
        QList<QList<Placed>> pages = flow->paginate();
        headings = flow->placeHeadings(pages);
        // A table of contents lists the pages the layout before found, until they hold.
        for (int layout = 1; flow->m_hasContents && flow->m_contents != headings && layout < kMaxLayouts;
             ++layout) {
            std::unique_ptr<PdfFlow> next(new PdfFlow(&writer));
            next->m_contents = headings;
            build(*next);
            flow = std::move(next);
            pages = flow->paginate();
            headings = flow->placeHeadings(pages);
        }
        const QRectF pageRect(0, 0, mm(kPageWidthMm), mm(kPageHeightMm));
        for (int page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            if (flow->m_background)
                flow->m_background(painter, pageRect);
            flow->paintPage(painter, pages.at(page));
            painter.setFont(flow->m_small);
            painter.drawText(QRectF(mm(kSideMarginMm), mm(kFooterMm), flow->width(), mm(6)),
                             Qt::AlignHCenter | Qt::AlignTop, footer(page + 1, int(pages.size())));
        }
        painter.end();
    }
    QList<PdfOutline::Item> outline;
    for (const Heading& heading : std::as_const(headings)) {
        if (heading.page > 0)
            outline.append({ heading.title, heading.level, heading.page - 1, heading.top * 72.0 / kDpi });
    }
    if (const std::optional<QString> problem = PdfOutline::append(pdf, outline))
        qCWarning(lcPdf) << "The PDF's outline could not be added:" << *problem;
    if (file.write(pdf) != pdf.size()) {
        file.cancelWriting();
        return file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

} // namespace casedesk

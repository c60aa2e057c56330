#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QPaintDevice;

namespace casedesk {

// An A4 PDF/A-1b document laid out as a flow of blocks: the receipts and their register, the
// board's minutes and the dossier.
//
// The writer builds its blocks first (each measured: a height and how to paint it), the flow cuts
// them into pages (a block never straddles two; a table row that starts a page gets its table's
// header again), and only then paints, so every footer knows the page count. Blocks of one
// section are framed together on each page they occupy. Headings are listed with their pages in
// a table of contents and in the PDF's outline (bookmarks, PdfOutline). Drawn with QPainter on
// QPdfWriter: no widget, usable from a worker thread, but it needs a QGuiApplication for its fonts.
class PdfFlow
{
    Q_DECLARE_TR_FUNCTIONS(PdfFlow)

public:
    using Paint = std::function<void(QPainter& painter, const QRectF& rect)>;

    struct Column
    {
        qreal widthMm = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    // Writes the PDF at path atomically (a half-written file never has that name). build adds
    // the blocks (called again when the document has a table of contents, until its page
    // numbers hold: build only lays out); footer gives the text at the bottom of each page. Returns
    // std::nullopt when the file is written, or why it could not be (translated, without the file name).
    static std::optional<QString> write(const QString& path, const QString& title,
                                        const std::function<void(PdfFlow& flow)>& build,
                                        const std::function<QString(int page, int pageCount)>& footer);

    // Device units per millimetre, and the width between the margins.
    static qreal mm(qreal millimetres);
    qreal width() const;

    // The document's font (in French text, a no-break space U+00A0 before ":" and in amounts: the
    // narrow one, U+202F, would pull in a second family). The fonts every writer shares, made
    // once per document.
    static QFont font(qreal points, bool bold);
    const QFont& body() const { return m_body; }
    const QFont& bold() const { return m_bold; }
    const QFont& small() const { return m_small; }
    const QFont& heading() const { return m_heading; }

    // The height of text wrapped at width; the width of one line of text.
    qreal textHeight(const QFont& font, const QString& text, qreal width) const;
    qreal textWidth(const QFont& font, const QString& text) const;
    qreal ascent(const QFont& font) const;

    // A new section: its blocks are framed together.
    int newSection() { return ++m_lastSection; }
    // Appends a block; returns its index.
    int add(qreal height, const Paint& paint, int section = -1, bool keepWithNext = false,
            int repeatedHeader = -1);
    void space(qreal millimetres, int section = -1);
    // The blocks from first (an index add() returned) to the last added go on one page: the page
    // breaks before them when they do not fit in what is left of it.
    void keepTogether(int first);
    int blockCount() const { return int(m_blocks.size()); }

    // Ready-made blocks. A paragraph wrapped at the width less indent (in mm).
    int paragraph(const QFont& font, const QString& text, int section = -1, qreal indentMm = 0,
                  Qt::Alignment alignment = Qt::AlignLeft);
    // A section's title bar (grey, bold), kept with what follows.
    int sectionTitle(const QString& title, int section);
    // A row of a table: cells wrapped in their columns. A header row is shaded; a row given its
    // header's index gets that header again when it starts a page.
    int tableRow(const QList<Column>& columns, const QStringList& cells, const QFont& font, int section,
                 bool isHeader = false, int header = -1);
    // The next block starts a new page.
    void pageBreak();
    // A heading listed in the table of contents and the outline with its page: level 1 (a
    // chapter: large, a rule under it) or 2 (bold). Kept with what follows.
    int heading(const QString& title, int level = 1);
    // Lists a block already added (a cover, a section title) in the contents and the outline.
    void addToContents(int block, const QString& title, int level = 1);
    // The table of contents here: a line per heading (level 2 indented) with its page. The
    // headings come later in the flow: write() lays the document out again with the pages found
    // the time before, until the page numbers hold.
    void tableOfContents();

    // What is painted under every page's blocks (e.g. a "cancelled" stamp).
    void setBackground(const std::function<void(QPainter& painter, const QRectF& page)>& background)
    {
        m_background = background;
    }

private:
    struct Block
    {
        qreal height = 0;
        Paint paint;
        int section = -1;
        bool keepWithNext = false;
        int repeatedHeader = -1;
        qreal togetherHeight = 0; // of this block and the ones kept with it
        bool pageBreak = false;
    };
    struct Heading
    {
        QString title;
        int level = 1;
        int block = -1;
        int page = 0; // from 1, once paginated
        qreal top = 0; // device units from the top of its page

        bool operator==(const Heading& other) const
        {
            return title == other.title && level == other.level && page == other.page;
        }
    };
    struct Placed
    {
        int block = 0;
        qreal top = 0;
    };

    explicit PdfFlow(QPaintDevice* device);
    QList<QList<Placed>> paginate() const;
    // Where each heading landed.
    QList<Heading> placeHeadings(const QList<QList<Placed>>& pages) const;
    void paintPage(QPainter& painter, const QList<Placed>& page) const;

    QPaintDevice* m_device = nullptr;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_heading;
    QList<Block> m_blocks;
    int m_lastSection = -1;
    QList<Heading> m_headings;
    QList<Heading> m_contents; // as the previous layout placed them
    bool m_hasContents = false;
    std::function<void(QPainter&, const QRectF&)> m_background;
};

} // namespace casedesk

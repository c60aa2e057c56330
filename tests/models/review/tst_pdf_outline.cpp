// The headings of a PdfFlow document: a table of contents with the pages they land on, and the
// PDF's outline (bookmarks) appended to Qt's output as an incremental update, read back with
// Qt PDF (pdfium) and from the file's own objects.
#include "PdfText.h"

#include "reports/PdfFlow.h"

#include <QPdfBookmarkModel>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Bookmark
{
    QString title;
    int level = 0;
    int page = 0;
};

// The outline as pdfium reads it, depth first.
QList<Bookmark> bookmarks(const QString& path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QPdfBookmarkModel model;
    model.setDocument(&document);
    QList<Bookmark> list;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            list.append({ index.data(int(QPdfBookmarkModel::Role::Title)).toString(),
                          index.data(int(QPdfBookmarkModel::Role::Level)).toInt(),
                          index.data(int(QPdfBookmarkModel::Role::Page)).toInt() });
            walk(index);
        }
    };
    walk({});
    return list;
}

QByteArray bytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "Chapitre 3" ... a title per chapter, with sections under some.
QString chapterTitle(int chapter)
{
    return u"Chapitre %1"_s.arg(chapter);
}

} // namespace

class TestPdfOutline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void outlineListsEveryHeadingWithItsPageAndLevel();
    void everyDestinationNamesARealPageObject();
    void updateKeepsTheCatalogAndThePdfADeclaration();
    void tableOfContentsNamesThePagesTheHeadingsLandOn();
    void documentWithoutHeadingsHasNoOutline();

private:
    // A cover, a table of contents, then `chapters` chapters of a page and a half each, with two
    // sections in every even one.
    QString write(int chapters, const QString& name);

    QTemporaryDir m_dir;
};

QString TestPdfOutline::write(int chapters, const QString& name)
{
    const QString path = m_dir.filePath(name);
    const QString filler = u"Le dossier est lu par le conseil avant toute levée de fonds. "_s.repeated(40);
    const std::optional<QString> problem = PdfFlow::write(
        path, u"Essai « sommaire »"_s,
        [&](PdfFlow& flow) {
            flow.paragraph(flow.heading(), u"Couverture"_s);
            flow.pageBreak();
            flow.paragraph(flow.heading(), u"Sommaire"_s);
            flow.tableOfContents();
            flow.pageBreak();
            for (int chapter = 1; chapter <= chapters; ++chapter) {
                flow.heading(chapterTitle(chapter));
                for (int part = 0; part < 3; ++part)
                    flow.paragraph(flow.body(), filler);
                if (chapter % 2 == 0) {
                    flow.heading(u"Évaluation « risques » %1"_s.arg(chapter), 2);
                    flow.paragraph(flow.body(), filler);
                    flow.heading(u"Coûts adverses %1"_s.arg(chapter), 2);
                    flow.paragraph(flow.body(), filler);
                }
            }
        },
        [](int page, int pageCount) {
            return u"Dossier 3f2a 91c0 — page %1 / %2"_s.arg(page).arg(pageCount);
        });
    if (problem)
        qWarning().noquote() << *problem;
    return problem ? QString() : path;
}

void TestPdfOutline::outlineListsEveryHeadingWithItsPageAndLevel()
{
    const QString path = write(6, u"six.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QList<Bookmark> list = bookmarks(path);
    QStringList titles;
    for (const Bookmark& bookmark : list)
        titles.append(bookmark.title);
    QCOMPARE(titles,
             QStringList({ u"Chapitre 1"_s, u"Chapitre 2"_s, u"Évaluation « risques » 2"_s,
                           u"Coûts adverses 2"_s, u"Chapitre 3"_s, u"Chapitre 4"_s,
                           u"Évaluation « risques » 4"_s, u"Coûts adverses 4"_s, u"Chapitre 5"_s,
                           u"Chapitre 6"_s, u"Évaluation « risques » 6"_s, u"Coûts adverses 6"_s }));
    QCOMPARE(list.at(0).level, 0);
    QCOMPARE(list.at(2).level, 1);
    QCOMPARE(list.at(4).level, 0);

    // Each bookmark opens the page whose text starts with its heading.
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QCOMPARE(list.first().page, 2); // after the cover and the contents
    int previous = 0;
    for (const Bookmark& bookmark : list) {
        QVERIFY2(normalized(document.getAllText(bookmark.page).text()).contains(bookmark.title),
                 qPrintable(bookmark.title));
        QVERIFY(bookmark.page >= previous);
        previous = bookmark.page;
    }
    QVERIFY(previous > 6);
}

void TestPdfOutline::everyDestinationNamesARealPageObject()
{
    const QByteArray pdf = bytes(write(3, u"three.pdf"_s));
    QVERIFY(!pdf.isEmpty());
    static const QRegularExpression dest(u"/Dest \\[(\\d+) 0 R /XYZ"_s);
    QSet<int> pages;
    auto matches = dest.globalMatch(QString::fromLatin1(pdf));
    int count = 0;
    while (matches.hasNext()) {
        const QString number = matches.next().captured(1);
        const QByteArray object = number.toLatin1() + " 0 obj\n<<\n/Type /Page\n";
        QVERIFY2(pdf.contains(object), qPrintable(number));
        pages.insert(number.toInt());
        ++count;
    }
    QCOMPARE(count, 5); // three chapters, two sections
    QVERIFY(pages.size() >= 3);
}

void TestPdfOutline::updateKeepsTheCatalogAndThePdfADeclaration()
{
    const QString path = write(2, u"two.pdf"_s);
    QVERIFY(declaresPdfA1b(path));
    const QByteArray pdf = bytes(path);
    // Qt's file, then one update: two trailers, the second pointing back to the first table.
    QCOMPARE(pdf.count("trailer"), 2);
    QCOMPARE(pdf.count("%%EOF"), 2);
    const qsizetype update = pdf.indexOf("%%EOF") + 5;
    const qsizetype firstXref = pdf.indexOf("\nxref\n") + 1;
    QVERIFY(firstXref > 0 && firstXref < update);
    QVERIFY(pdf.mid(update).contains("/Prev " + QByteArray::number(firstXref) + '\n'));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    // The new catalog keeps what PDF/A needs and adds the outline, shown when the file opens.
    const QByteArray tail = pdf.mid(update);
    const qsizetype catalog = tail.indexOf("/Type /Catalog");
    QVERIFY(catalog > 0);
    const QByteArray dictionary = tail.mid(catalog, tail.indexOf("endobj", catalog) - catalog);
    QVERIFY(dictionary.contains("/Metadata "));
    QVERIFY(dictionary.contains("/OutputIntents ["));
    QVERIFY(dictionary.contains("/Outlines "));
    QVERIFY(dictionary.contains("/PageMode /UseOutlines"));
    QVERIFY(tail.contains("/ID [")); // kept in the new trailer (PDF/A-1)
    // The document's title is still read through the new trailer's /Info.
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(), u"Essai « sommaire »"_s);
}

void TestPdfOutline::tableOfContentsNamesThePagesTheHeadingsLandOn()
{
    // Enough headings for the contents to run onto a second page, which moves every chapter.
    const int chapters = 40;
    const QString path = write(chapters, u"forty.pdf"_s);
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    const QString contents = normalized(document.getAllText(1).text() + u' ' + document.getAllText(2).text());
    QVERIFY(contents.startsWith(u"Sommaire"_s));
    QVERIFY2(!normalized(document.getAllText(3).text()).contains(u"Sommaire"_s), "no third page of contents");
    const QList<Bookmark> list = bookmarks(path);
    QCOMPARE(list.size(), chapters + chapters);
    QCOMPARE(list.first().page, 3); // the contents took two pages
    for (const Bookmark& bookmark : list) {
        const QString line = bookmark.title + u' ' + QString::number(bookmark.page + 1) + u' ';
        QVERIFY2(contents.contains(line), qPrintable(line));
    }
    // The footers count every page.
    const QString last = normalized(document.getAllText(document.pageCount() - 1).text());
    QVERIFY(last.contains(u"page %1 / %1"_s.arg(document.pageCount())));
}

void TestPdfOutline::documentWithoutHeadingsHasNoOutline()
{
    const QString path = m_dir.filePath(u"plain.pdf"_s);
    QVERIFY(!PdfFlow::write(
        path, u"Reçu"_s, [](PdfFlow& flow) { flow.paragraph(flow.body(), u"Un reçu, sans sommaire."_s); },
        [](int page, int pageCount) { return u"%1 / %2"_s.arg(page).arg(pageCount); }));
    const QByteArray pdf = bytes(path);
    QVERIFY(!pdf.contains("/Outlines"));
    QCOMPARE(pdf.count("trailer"), 1);
    QVERIFY(bookmarks(path).isEmpty());
    QVERIFY(declaresPdfA1b(path));
}

QTEST_MAIN(TestPdfOutline)
#include "tst_pdf_outline.moc"

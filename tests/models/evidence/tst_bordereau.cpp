// The bordereau de communication de pièces as a real PDF, read back with Qt PDF; the export of
// pieces to a folder; thumbnails and text previews of pieces.

#include "FixedClock.h"
#include "Samples.h"
#include "SqliteFile.h"
#include "TempDesk.h"
#include "TestFiles.h"

#include "evidence/EvidenceExport.h"
#include "evidence/EvidencePreview.h"
#include "evidence/EvidenceRepository.h"
#include "reports/BordereauWriter.h"

#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString pdfText(const QString& path, int* pages = nullptr)
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

// pdfium may break lines or use non-breaking spaces; compare on single spaces.
QString normalized(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

BordereauHeader sampleHeader()
{
    BordereauHeader header;
    header.court = QStringLiteral("Tribunal administratif de Toulouse");
    header.caseNumber = QStringLiteral("2401234");
    header.parties = QStringLiteral("Association Zone humide du Tarn c/ Préfet du Tarn");
    header.lawyer = QStringLiteral("Me Claire Martin, avocate au barreau de Toulouse");
    header.date = QDate(2026, 3, 1);
    return header;
}

// A desk with its vault and evidence, and a folder for the files to attach.
struct EvidenceDesk
{
    FixedClock clock;
    TempDesk desk;
    QTemporaryDir sources;
    Vault vault { Vault::pathForDesk(desk.path()) };
    EvidenceRepository evidence { desk.database(), vault };

    // A complete campaign to attach pieces to (once the desk opened).
    QUuid newCampaign() { return desk.campaigns().create(completeCampaign(clock.today())).sync.uuid; }
};

} // namespace

class TestBordereau : public QObject
{
    Q_OBJECT

private slots:
    void entryLinesAreTheCourtsPhrases();
    void pdfHoldsHeaderAndEveryPiece();
    void longListsRunOverPages();
    void unwritablePathGivesAMessage();
    void exportWritesPiecesAndBordereau();
    void exportRefusesToOverwriteAndLeavesNothingOnTamper();
    void imagesAndPdfsHaveThumbnailsOfTheirFirstPage();
    void textPiecesPreviewInTheirOwnEncoding();
};

void TestBordereau::entryLinesAreTheCourtsPhrases()
{
    QCOMPARE(BordereauWriter::entryLine({ 12, QStringLiteral("Rapport d'expertise"), QDate(2025, 2, 3) }),
             QStringLiteral("Pièce n° 12 — Rapport d'expertise — 3 février 2025"));
    QCOMPARE(BordereauWriter::entryLine({ 1, QStringLiteral("  Photo\nde la zone  "), QDate(2024, 8, 1) }),
             QStringLiteral("Pièce n° 1 — Photo de la zone — 1er août 2024"));
    QCOMPARE(BordereauWriter::entryLine({ 2, QStringLiteral("Tract"), QDate() }),
             QStringLiteral("Pièce n° 2 — Tract — non datée"));
    // Markup in a title is text, not HTML.
    QVERIFY(BordereauWriter::html(sampleHeader(), { { 3, QStringLiteral("<b>x</b> & y"), QDate() } })
                .contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; y")));
}

void TestBordereau::pdfHoldsHeaderAndEveryPiece()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bordereau.pdf"));
    const QList<BordereauEntry> entries = {
        { 1, QStringLiteral("Arrêté préfectoral n° 2025-12"), QDate(2025, 1, 15) },
        { 2, QStringLiteral("Rapport d'expertise hydrologique"), QDate(2025, 2, 3) },
        { 3, QStringLiteral("Photographies de la zone humide"), QDate() },
    };
    QString error;
    QVERIFY2(BordereauWriter::writePdf(path, sampleHeader(), entries, &error), qPrintable(error));
    QVERIFY(readBytes(path).startsWith("%PDF-"));
    const QString text = normalized(pdfText(path));
    for (const QString& expected :
         { QStringLiteral("BORDEREAU DE COMMUNICATION DE PIÈCES"),
           QStringLiteral("Tribunal administratif de Toulouse"), QStringLiteral("2401234"),
           QStringLiteral("Association Zone humide du Tarn c/ Préfet du Tarn"),
           QStringLiteral("Me Claire Martin, avocate au barreau de Toulouse"),
           QStringLiteral("1er mars 2026"),
           QStringLiteral("Pièce n° 1 — Arrêté préfectoral n° 2025-12 — 15 janvier 2025"),
           QStringLiteral("Pièce n° 2 — Rapport d'expertise hydrologique — 3 février 2025"),
           QStringLiteral("Pièce n° 3 — Photographies de la zone humide — non datée"),
           QStringLiteral("Nombre de pièces communiquées : 3") }) {
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(expected, text)));
    }
    // In exhibit order.
    QVERIFY(text.indexOf(QStringLiteral("Pièce n° 1 ")) < text.indexOf(QStringLiteral("Pièce n° 2 ")));
    QVERIFY(text.indexOf(QStringLiteral("Pièce n° 2 ")) < text.indexOf(QStringLiteral("Pièce n° 3 ")));
}

void TestBordereau::longListsRunOverPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QList<BordereauEntry> entries;
    for (int i = 1; i <= 120; ++i)
        entries.append(
            { i, QStringLiteral("Courrier n° %1 de la mairie").arg(i), QDate(2025, 1, 1).addDays(i) });
    QString error;
    QVERIFY2(BordereauWriter::writePdf(path, sampleHeader(), entries, &error), qPrintable(error));
    int pages = 0;
    const QString text = normalized(pdfText(path, &pages));
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    for (int i = 1; i <= 120; ++i)
        QVERIFY2(text.contains(QStringLiteral("Pièce n° %1 — Courrier n° %1 de la mairie").arg(i)),
                 qPrintable(QString::number(i)));
}

void TestBordereau::unwritablePathGivesAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent/sub/b.pdf"));
    QString error;
    QVERIFY(!BordereauWriter::writePdf(path, sampleHeader(), {}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestBordereau::exportWritesPiecesAndBordereau()
{
    EvidenceDesk on;
    CASEDESK_VERIFY_DESK(on.desk);
    const QUuid campaign = on.newCampaign();
    const QStringList names = { QStringLiteral("../../rapport.PDF"), QStringLiteral("photo.jpeg"),
                                QStringLiteral("sans extension"), QStringLiteral("bizarre.p/df") };
    QList<EvidencePiece> pieces;
    for (int i = 0; i < names.size(); ++i) {
        const StageResult staged = on.vault.stage(
            [&] {
                const QString p = on.sources.filePath(QString::number(i));
                writeBytes(p, patternBytes(700 + i, i));
                return p;
            }(),
            Vault::kDefaultMaxFileBytes);
        QVERIFY(staged.ok());
        pieces.append(on.evidence.attach(campaign, staged.file, names.at(i)).piece);
    }
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("communication"));
    QStringList written;
    QString error;
    // Pieces 4 and 1 chosen, in that order: files by number, bordereau in number order.
    QVERIFY2(EvidenceExport::exportTo(on.vault, { pieces.at(3), pieces.at(0) }, sampleHeader(), folder,
                                      &written, &error),
             qPrintable(error));
    QCOMPARE(filesBelow(folder),
             QStringList({ QStringLiteral("Bordereau.pdf"), QStringLiteral("Piece_01.pdf"),
                           QStringLiteral("Piece_04") }));
    QCOMPARE(written.size(), 3);
    QCOMPARE(readBytes(folder + QStringLiteral("/Piece_01.pdf")), patternBytes(700, 0));
    QCOMPARE(readBytes(folder + QStringLiteral("/Piece_04")), patternBytes(703, 3));
    const QString text = normalized(pdfText(folder + QStringLiteral("/Bordereau.pdf")));
    QVERIFY(text.contains(QStringLiteral("Pièce n° 1 — ../../rapport — non datée")));
    QVERIFY(text.contains(QStringLiteral("Pièce n° 4 — bizarre.p/df — non datée")));
    QVERIFY(!text.contains(QStringLiteral("Pièce n° 2")));
    QVERIFY(text.indexOf(QStringLiteral("Pièce n° 1")) < text.indexOf(QStringLiteral("Pièce n° 4")));

    QCOMPARE(EvidenceExport::fileName(pieces.at(1), 3), QStringLiteral("Piece_002.jpeg"));
    // No safe extension and no known type: the number alone.
    QCOMPARE(EvidenceExport::fileName(pieces.at(2), 2), QStringLiteral("Piece_03"));
}

void TestBordereau::exportRefusesToOverwriteAndLeavesNothingOnTamper()
{
    EvidenceDesk on;
    CASEDESK_VERIFY_DESK(on.desk);
    const QUuid campaign = on.newCampaign();
    QList<EvidencePiece> pieces;
    for (int i = 0; i < 3; ++i) {
        const QString path = on.sources.filePath(QStringLiteral("f%1.pdf").arg(i));
        writeBytes(path, patternBytes(500, 40 + i));
        pieces.append(on.evidence.attachFile(campaign, path).piece);
    }
    QTemporaryDir out;
    QVERIFY(writeBytes(out.filePath(QStringLiteral("Piece_02.pdf")), "a colleague's file"));
    QStringList written;
    QString error;
    QVERIFY(!EvidenceExport::exportTo(on.vault, pieces, sampleHeader(), out.path(), &written, &error));
    QVERIFY2(error.contains(QStringLiteral("Piece_02.pdf")), qPrintable(error));
    QCOMPARE(filesBelow(out.path()), QStringList({ QStringLiteral("Piece_02.pdf") }));
    QCOMPARE(readBytes(out.filePath(QStringLiteral("Piece_02.pdf"))), QByteArray("a colleague's file"));

    // The third piece's file was altered in the vault: nothing of the export stays.
    QTemporaryDir clean;
    QVERIFY(writeBytes(on.vault.filePath(pieces.at(2).sha256), patternBytes(500, 99)));
    QVERIFY(!EvidenceExport::exportTo(on.vault, pieces, sampleHeader(), clean.path(), &written, &error));
    QVERIFY2(error.contains(QStringLiteral("no. 3")), qPrintable(error));
    QVERIFY(filesBelow(clean.path()).isEmpty());
    QVERIFY(written.isEmpty());
}

void TestBordereau::imagesAndPdfsHaveThumbnailsOfTheirFirstPage()
{
    QTemporaryDir dir;
    // An image, larger than the thumbnail, not square.
    QImage photo(400, 200, QImage::Format_RGB32);
    photo.fill(Qt::red);
    const QString photoPath = dir.filePath(QStringLiteral("photo"));
    QVERIFY(photo.save(photoPath, "PNG"));
    const QImage small = EvidencePreview::thumbnail(photoPath, QStringLiteral("image/png"), QSize(48, 48));
    QCOMPARE(small.size(), QSize(48, 24));
    QCOMPARE(QColor(small.pixel(10, 10)), QColor(Qt::red));

    // A PDF whose first page is black: the thumbnail shows the page, white paper elsewhere.
    const QString pdfPath = dir.filePath(QStringLiteral("doc"));
    {
        QPdfWriter writer(pdfPath);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.fillRect(QRect(0, 0, writer.width(), writer.height() / 2), Qt::black);
    }
    const QImage page = EvidencePreview::thumbnail(pdfPath, QStringLiteral("application/pdf"), QSize(60, 60));
    QVERIFY(!page.isNull());
    QCOMPARE(page.height(), 60);
    QVERIFY(page.width() < 60 && page.width() > 35); // A4 proportions
    QVERIFY(qGray(page.pixel(page.width() / 2, 5)) < 60);
    QVERIFY(qGray(page.pixel(page.width() / 2, 55)) > 200);

    // Not an image, not a PDF, or a damaged one: no thumbnail, no crash.
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("broken")), "%PDF-1.4 garbage"));
    QVERIFY(EvidencePreview::thumbnail(dir.filePath(QStringLiteral("broken")),
                                       QStringLiteral("application/pdf"), QSize(48, 48))
                .isNull());
    QVERIFY(EvidencePreview::thumbnail(photoPath, QStringLiteral("audio/mpeg"), QSize(48, 48)).isNull());
}

void TestBordereau::textPiecesPreviewInTheirOwnEncoding()
{
    QTemporaryDir dir;
    const QString utf8 = dir.filePath(QStringLiteral("mail.eml"));
    QVERIFY(writeBytes(utf8, QStringLiteral("Objet : zone humide\nMadame la préfète,").toUtf8()));
    // An e-mail is text: its headers and body are the preview.
    QCOMPARE(EvidencePreview::textPreview(utf8, QStringLiteral("message/rfc822")),
             QStringLiteral("Objet : zone humide\nMadame la préfète,"));
    QCOMPARE(EvidencePreview::textPreview(utf8, QStringLiteral("audio/mpeg")), QString());
    QCOMPARE(EvidencePreview::textPreview(utf8, QStringLiteral("text/plain")),
             QStringLiteral("Objet : zone humide\nMadame la préfète,"));
    const QString latin1 = dir.filePath(QStringLiteral("old.txt"));
    QVERIFY(writeBytes(latin1, QByteArray("pr\xe9") + QByteArray("fet")));
    QCOMPARE(EvidencePreview::textPreview(latin1, QStringLiteral("text/plain")), QStringLiteral("préfet"));
    QCOMPARE(EvidencePreview::textPreview(utf8, QStringLiteral("text/plain"), 5), QStringLiteral("Objet"));
}

QTEST_MAIN(TestBordereau)
#include "tst_bordereau.moc"

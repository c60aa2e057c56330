// The evidence page with real widgets over a real desk: files attached in the background with
// progress, thumbnails, details saved as typed, renumbering by drag (the model's drop), the
// integrity check reporting a tampered file, the bordereau written, and a screenshot.

#include "evidence/EvidencePage.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "common/Dialogs.h"
#include "evidence/EvidenceRepository.h"
#include "itemmodels/EvidenceListModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEvidencePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void attachInTheBackgroundAndShowPieces();
    void editDetailsAndRenumberByDrag();
    void integrityCheckNamesTheAlteredPiece();
    void theBordereauIsWrittenFromThePage();

private:
    void attachSamples();
    bool waitForJob();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<AssociationRepository> m_associations;
    std::unique_ptr<EvidencePage> m_page;
    QUuid m_campaign;
    int m_round = 0;
};

void TestEvidencePage::init()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(QStringLiteral("evidence-page-test"));
    QString error;
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("desk-%1.db").arg(++m_round)), &error),
             qPrintable(error));
    m_campaigns = std::make_unique<CampaignRepository>(*m_database);
    m_associations = std::make_unique<AssociationRepository>(*m_database);
    Campaign draft;
    draft.title = QStringLiteral("Sauver la zone humide");
    draft.court = QStringLiteral("Tribunal administratif de Toulouse");
    draft.opposingParty = QStringLiteral("Préfet du Tarn");
    m_campaign = m_campaigns->create(draft).sync.uuid;
    m_page = std::make_unique<EvidencePage>(*m_database, *m_campaigns, *m_associations);
    m_page->resize(1200, 700);
    m_page->show();
    QCOMPARE(m_page->campaign(), m_campaign);
}

void TestEvidencePage::cleanup()
{
    m_page.reset();
    m_associations.reset();
    m_campaigns.reset();
    m_database.reset();
}

bool TestEvidencePage::waitForJob()
{
    QSignalSpy finished(m_page.get(), &EvidencePage::jobFinished);
    return finished.wait(20000);
}

void TestEvidencePage::attachSamples()
{
    const QString folder = m_dir.filePath(QStringLiteral("in%1").arg(m_round));
    QDir().mkpath(folder);
    QImage photo(320, 200, QImage::Format_RGB32);
    photo.fill(QColor(30, 120, 60));
    QVERIFY(photo.save(folder + QStringLiteral("/photo zone humide.png"), "PNG"));
    {
        QPdfWriter writer(folder + QStringLiteral("/rapport.pdf"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 28));
        painter.drawText(QRect(0, 0, writer.width(), writer.height() / 3), Qt::AlignCenter,
                         QStringLiteral("Rapport d'expertise"));
        painter.fillRect(
            QRect(writer.width() / 8, writer.height() / 2, writer.width() * 3 / 4, writer.height() / 8),
            Qt::darkBlue);
    }
    QVERIFY(writeBytes(folder + QStringLiteral("/courriel.txt"),
                       QStringLiteral("De : mairie\nObjet : permis de construire\n\nMadame,").toUtf8()));
    // A big file, so the copy takes long enough to show progress.
    QVERIFY(writeBytes(folder + QStringLiteral("/video.mp4"), QByteArray(24 * 1024 * 1024, 'v')));
    m_page->attachFiles({ folder + QStringLiteral("/photo zone humide.png"),
                          folder + QStringLiteral("/rapport.pdf"), folder + QStringLiteral("/courriel.txt"),
                          folder + QStringLiteral("/video.mp4") });
    QVERIFY(m_page->isBusy());
    QVERIFY(m_page->progressBar()->isVisible());
    QVERIFY(waitForJob());
    QVERIFY(!m_page->isBusy());
    QVERIFY(!m_page->progressBar()->isVisible());
}

void TestEvidencePage::attachInTheBackgroundAndShowPieces()
{
    attachSamples();
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("4 piece(s) attached")),
             qPrintable(m_page->messageLabel()->text()));
    EvidenceListModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->data(model->index(0, EvidenceListModel::Number)).toInt(), 1);
    QCOMPARE(model->data(model->index(0, EvidenceListModel::Title)).toString(),
             QStringLiteral("photo zone humide"));
    // Thumbnails for the image and the PDF's first page; none for the others.
    const QImage photo
        = model->data(model->index(0, EvidenceListModel::Number), Qt::DecorationRole).value<QImage>();
    QCOMPARE(photo.width(), EvidenceListModel::kThumbnailSize);
    const QImage page
        = model->data(model->index(1, EvidenceListModel::Number), Qt::DecorationRole).value<QImage>();
    QCOMPARE(page.height(), EvidenceListModel::kThumbnailSize);
    QVERIFY(!model->data(model->index(3, EvidenceListModel::Number), Qt::DecorationRole).isValid());

    // The same files again: nothing added, and the user is told which pieces they already are.
    const QString folder = m_dir.filePath(QStringLiteral("in%1").arg(m_round));
    m_page->attachFiles({ folder + QStringLiteral("/rapport.pdf"), folder + QStringLiteral("/absent.pdf") });
    QVERIFY(waitForJob());
    QCOMPARE(model->rowCount(), 4);
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("rapport.pdf is already piece no. 2")),
             qPrintable(m_page->messageLabel()->text()));
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("absent.pdf does not exist")));

    // Cancel: what was not recorded yet is dropped, nothing half-stored.
    QVERIFY(writeBytes(folder + QStringLiteral("/big.bin"), QByteArray(64 * 1024 * 1024, 'b')));
    m_page->attachFiles({ folder + QStringLiteral("/big.bin") });
    m_page->cancelJob();
    QVERIFY(waitForJob());
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("Cancelled")));
}

void TestEvidencePage::editDetailsAndRenumberByDrag()
{
    attachSamples();
    m_page->view()->selectRow(2);
    QCOMPARE(m_page->titleEdit()->text(), QStringLiteral("courriel"));
    m_page->titleEdit()->selectAll();
    QTest::keyClicks(m_page->titleEdit(), QStringLiteral("Courriel de la mairie"));
    m_page->publicBox()->setChecked(true);
    QVERIFY(m_page->flush());
    const std::optional<EvidencePiece> saved = m_page->repository().byNumber(m_campaign, 3);
    QCOMPARE(saved->metadata.title, QStringLiteral("Courriel de la mairie"));
    QVERIFY(saved->metadata.isPublic);

    // Drag piece 3 above piece 1 (a drop in the gap before row 0).
    EvidenceListModel* model = m_page->model();
    std::unique_ptr<QMimeData> data(model->mimeData({ model->index(2, 0) }));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(model->data(model->index(0, EvidenceListModel::Title)).toString(),
             QStringLiteral("Courriel de la mairie"));
    QCOMPARE(m_page->repository().byNumber(m_campaign, 1)->metadata.title,
             QStringLiteral("Courriel de la mairie"));
    QCOMPARE(m_page->repository().byNumber(m_campaign, 2)->metadata.title,
             QStringLiteral("photo zone humide"));
    // Drop onto the last row: take its place.
    data.reset(model->mimeData({ model->index(0, 0) }));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(3, 0));
    QCOMPARE(m_page->repository().byNumber(m_campaign, 4)->metadata.title,
             QStringLiteral("Courriel de la mairie"));
    QCOMPARE(m_page->repository().byNumber(m_campaign, 1)->metadata.title,
             QStringLiteral("photo zone humide"));

    // Files dropped from outside are attached.
    const QString extra = m_dir.filePath(QStringLiteral("extra.txt"));
    QVERIFY(writeBytes(extra, "pièce en plus"));
    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(extra) });
    QSignalSpy finished(m_page.get(), &EvidencePage::jobFinished);
    model->dropMimeData(&files, Qt::CopyAction, -1, -1, {});
    QVERIFY(finished.wait(10000));
    QCOMPARE(model->rowCount(), 5);

    // Remove with the confirmation answered in advance.
    m_page->view()->selectRow(4);
    Dialogs::setNextAnswer(true);
    m_page->removeSelected();
    QCOMPARE(model->rowCount(), 4);

    m_page->view()->selectRow(1);
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(QStringLiteral("/tmp/casedesk-evidence-page.png")));
}

void TestEvidencePage::integrityCheckNamesTheAlteredPiece()
{
    attachSamples();
    m_page->checkIntegrity();
    QVERIFY(waitForJob());
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("all 4 piece(s)")),
             qPrintable(m_page->messageLabel()->text()));
    const EvidencePiece pdf = *m_page->repository().byNumber(m_campaign, 2);
    QVERIFY(writeBytes(m_page->repository().vault().filePath(pdf.sha256), "%PDF-1.4 changed"));
    m_page->checkIntegrity();
    QVERIFY(waitForJob());
    const QString text = m_page->messageLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("piece no. 2 \"rapport\" (rapport.pdf): altered")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("piece no. 1 ")));
}

void TestEvidencePage::theBordereauIsWrittenFromThePage()
{
    attachSamples();
    BordereauHeader header = m_page->proposedHeader();
    QCOMPARE(header.court, QStringLiteral("Tribunal administratif de Toulouse"));
    header.caseNumber = QStringLiteral("2401234");
    const QString path = m_dir.filePath(QStringLiteral("bordereau-%1.pdf").arg(m_round));
    QVERIFY(m_page->writeBordereau(path, header));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const QString text = pdf.getAllText(0).text().replace(QChar(0x00A0), QLatin1Char(' ')).simplified();
    QVERIFY2(text.contains(QStringLiteral("Pièce n° 4 — video — non datée")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2401234")));
}

QTEST_MAIN(TestEvidencePage)
#include "tst_evidence_page.moc"

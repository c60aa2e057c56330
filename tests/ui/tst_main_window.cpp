// The main window as a new user meets it: the demo desk, the areas, the French UI, the
// association profile with its checks, and a screenshot.

#include "MainWindow.h"
#include "association/AssociationPage.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "itemmodels/CampaignListModel.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace casedesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void demoDeskShowsItsCampaigns();
    void newCampaignShortcut();
    void associationRejectsABadRnaAndSavesAGoodOne();
    void frenchTranslationIsComplete();
    void everyAreaFitsALaptopScreenInFrench();
    void screenshotRendersTheWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<AssociationRepository> m_associations;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_round = 0;
};

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(QStringLiteral("window-test"));
    QString error;
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("desk-%1.db").arg(++m_round)), &error),
             qPrintable(error));
    m_campaigns = std::make_unique<CampaignRepository>(*m_database);
    m_associations = std::make_unique<AssociationRepository>(*m_database);
    m_settings = std::make_unique<SettingsRepository>(*m_database);
    QString message;
    QCOMPARE(DemoData::load(*m_database, *m_associations, *m_campaigns, Clock::today(), &message),
             DemoData::Outcome::Loaded);
    m_window = std::make_unique<MainWindow>(*m_database, *m_campaigns, *m_associations, *m_settings);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_associations.reset();
    m_campaigns.reset();
    m_database.reset();
}

void TestMainWindow::demoDeskShowsItsCampaigns()
{
    CampaignsPage* page = m_window->campaignsPage();
    QVERIFY(page->model()->totalCount() >= 3);
    page->selectFirstCampaign();
    QVERIFY(!page->editor()->campaignUuid().isNull());
    QVERIFY(!page->editor()->titleEdit()->text().isEmpty());
    // Sidebar: Campaigns first, and every area has a page behind it (no empty placeholders).
    auto* sidebar = m_window->findChild<QListWidget*>();
    QVERIFY(sidebar);
    QVERIFY(sidebar->count() >= 2);
    QCOMPARE(sidebar->currentRow(), 0);
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Campaigns"));
    auto* pages = m_window->findChild<QStackedWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->count(), sidebar->count());
}

void TestMainWindow::newCampaignShortcut()
{
    const int before = m_window->campaignsPage()->model()->totalCount();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QCOMPARE(m_window->campaignsPage()->model()->totalCount(), before + 1);
    QVERIFY(m_window->campaignsPage()->editor()->titleEdit()->text().isEmpty());
}

void TestMainWindow::associationRejectsABadRnaAndSavesAGoodOne()
{
    m_window->showPage(m_window->associationPage());
    AssociationPage* page = m_window->associationPage();
    QVERIFY(page->isVisible());
    const QString storedRna = m_associations->load().rna;

    page->rnaEdit()->clear();
    QTest::keyClicks(page->rnaEdit(), QStringLiteral("W12345"));
    QVERIFY(!page->flush());
    QVERIFY(page->problemLabel(QStringLiteral("rna"))->isVisible());
    QVERIFY(page->problemLabel(QStringLiteral("rna"))->text().contains(QStringLiteral("W12345")));
    QCOMPARE(m_associations->load().rna, storedRna);

    page->rnaEdit()->clear();
    QTest::keyClicks(page->rnaEdit(), QStringLiteral("w751234567"));
    QVERIFY(page->flush());
    QVERIFY(!page->problemLabel(QStringLiteral("rna"))->isVisible());
    QCOMPARE(m_associations->load().rna, QStringLiteral("W751234567"));
}

void TestMainWindow::frenchTranslationIsComplete()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCOMPARE(french.translate("casedesk::MainWindow", "Campaigns"), QStringLiteral("Campagnes"));
    QCOMPARE(french.translate("CampaignText", "In review"), QStringLiteral("En relecture"));
    QCOMPARE(french.translate("Workflow", "Title is empty."), QStringLiteral("Le titre est vide."));
}

// Many users work on a 1280 x 800 laptop: every area, in French (the longer labels), must fit.
void TestMainWindow::everyAreaFitsALaptopScreenInFrench()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    MainWindow window(*m_database, *m_campaigns, *m_associations, *m_settings);
    window.show();
    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(pages);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i); // areas built when first shown count too
        QCoreApplication::processEvents();
    }
    const QSize needed = window.minimumSizeHint();
    QCoreApplication::removeTranslator(&french);
    QVERIFY2(needed.width() <= 1280 && needed.height() <= 800,
             qPrintable(QStringLiteral("the window needs %1 x %2").arg(needed.width()).arg(needed.height())));
}

void TestMainWindow::screenshotRendersTheWindow()
{
    m_window->resize(1280, 800);
    const QPixmap shot = m_window->grab();
    QCOMPARE(shot.size(), QSize(1280, 800));
    const QString path = m_dir.filePath(QStringLiteral("shot.png"));
    QVERIFY(shot.save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 10000);
    // The file holds the window pixel for pixel, and the window as it shows: the campaigns page
    // with the demo desk's list, where the page is, drawn as the page draws itself.
    const QImage image = shot.toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(QImage(path).convertToFormat(QImage::Format_RGB32), image);
    QWidget* page = m_window->campaignsPage();
    QVERIFY(page->isVisible());
    const QRect where(page->mapTo(m_window.get(), QPoint(0, 0)), page->size());
    QVERIFY(where.width() > 600 && where.height() > 400);
    QCOMPARE(image.copy(where), page->grab().toImage().convertToFormat(QImage::Format_RGB32));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"

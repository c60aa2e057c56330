// The main window as a new user meets it: the demo desk, the areas, the French UI, the
// association profile with its checks, and a screenshot.

#include "MainWindow.h"
#include "WindowTour.h"
#include "association/AssociationPage.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ManualDialog.h"
#include "common/MoneyEdit.h"
#include "demo/DemoData.h"
#include "donations/ledger/DonationRepository.h"
#include "itemmodels/CampaignListModel.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

using namespace casedesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoDeskShowsItsCampaigns();
    void newCampaignShortcut();
    void associationRejectsABadRnaAndSavesAGoodOne();
    void frenchTranslationIsComplete();
    void everyAreaFitsALaptopScreenInFrench();
    void everyStateFitsALaptopScreenInFrench();
    void frenchWindowShowsNoFormatCodesNorEnglish();
    void refusedValuesSaySoBesideTheFieldUntilFixed();
    void statusBarFollowsEveryLaterChange();
    void undoAndRedoTheAssociationDespiteAutosave();
    void manualBehindF1InBothLanguages();
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

void TestMainWindow::initTestCase()
{
    // Pane sizes and recent desks go to the test's own settings, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

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

// Every panel that appears later (a refusal, an error beside a field, a preview, each tab) must
// wrap or scroll, never widen the window past a 1280 x 800 laptop's screen. The tour's steps are
// in WindowTour.cpp; CASEDESK_TOUR_SHOTS=DIR also saves each state as painted at 1280 x 800.
void TestMainWindow::everyStateFitsALaptopScreenInFrench()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QStringList tooWide;
    QStringList measured;
    {
        MainWindow window(*m_database, *m_campaigns, *m_associations, *m_settings);
        window.resize(1280, 800);
        window.show();
        WindowTour tour(window, m_dir.path(), qEnvironmentVariable("CASEDESK_TOUR_SHOTS"));
        for (const WindowTour::Step& step : tour.steps()) {
            const QSize needed = tour.enter(step);
            measured.append(
                QStringLiteral("%1: %2 x %3").arg(step.name).arg(needed.width()).arg(needed.height()));
            if (needed.width() > 1280 || needed.height() > WindowTour::kMaxHeight)
                tooWide.append(measured.last() + QStringLiteral(" because of ") + tour.widestWidgets(1100));
        }
    }
    QLocale::setDefault(previous);
    QCoreApplication::removeTranslator(&french);
    qInfo().noquote() << QStringLiteral("minimum size of the window, in French, per state:\n  ")
            + measured.join(QStringLiteral("\n  "));
    QVERIFY2(tooWide.isEmpty(),
             qPrintable(QStringLiteral("too big for 1280 x 800: ") + tooWide.join(QStringLiteral("; "))));
}

namespace {

// Every text a person reads on screen now: labels, buttons, placeholders, headers, tabs, lists.
QStringList visibleTexts(QWidget& window)
{
    QStringList texts;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts.append(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts.append(button->text());
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            texts.append(line->placeholderText());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            for (int i = 0; header->model() && i < header->count(); ++i)
                texts.append(header->model()->headerData(i, header->orientation()).toString());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                texts.append(list->item(i)->text());
        }
    }
    return texts;
}

} // namespace

// The French window as a new user tours it: no format codes (YYYY-MM-DD, dd/MM/yyyy), no raw
// codes, no English D-Bus text, and the French words where the English ones were.
void TestMainWindow::frenchWindowShowsNoFormatCodesNorEnglish()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    static const QRegularExpression unwanted(QStringLiteral(
        "YYYY|yyyy|dd/MM|MM/dd|\\bin_review\\b|D-Bus|freedesktop|Could not connect|No such file|"
        "Object does not exist|Brouillon → Brouillon|«[\\s\\x{00A0}]*»"));
    QStringList found;
    QStringList seen;
    {
        MainWindow window(*m_database, *m_campaigns, *m_associations, *m_settings);
        window.resize(1280, 800);
        window.show();
        WindowTour tour(window, m_dir.path(), QString());
        for (const WindowTour::Step& step : tour.steps()) {
            tour.enter(step);
            for (const QString& text : visibleTexts(window)) {
                seen.append(text);
                if (unwanted.match(text).hasMatch())
                    found.append(QStringLiteral("%1: %2").arg(step.name, text));
            }
        }
    }
    QLocale::setDefault(previous);
    QCoreApplication::removeTranslator(&french);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // And what replaced them: the tab's own name in the review banner, the date pattern in
    // French, the creation in the history, the keychain's refusal explained in French.
    const QString all = seen.join(QLatin1Char('\n'));
    for (const QString& expected :
         { QStringLiteral("L'onglet «\u00a0Emploi des fonds\u00a0» est vide."), QStringLiteral("JJ/MM/AAAA"),
           QStringLiteral("créée avec le statut «\u00a0Brouillon\u00a0»"),
           QStringLiteral("Utiliser pour cette session"), QStringLiteral("trousseau") })
        QVERIFY2(all.contains(expected), qPrintable(expected));
}

// A refused value stays on screen, is said under its field in words, the status bar says "not
// saved" until it is fixed, and the desk keeps what it had.
void TestMainWindow::refusedValuesSaySoBesideTheFieldUntilFixed()
{
    CampaignsPage* page = m_window->campaignsPage();
    page->createCampaign();
    CampaignEditor* editor = page->editor();
    const QUuid uuid = editor->campaignUuid();
    m_window->showArea(0);
    editor->tabs()->setCurrentIndex(2);

    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("-5000"));
    QVERIFY(editor->goalEdit()->problemLabel()->isVisible());
    QVERIFY2(editor->goalEdit()->problemLabel()->text().contains(QStringLiteral("negative")),
             qPrintable(editor->goalEdit()->problemLabel()->text()));
    QCOMPARE(editor->goalEdit()->text(), QStringLiteral("-5000"));
    QVERIFY2(m_window->saveStateText().startsWith(QStringLiteral("Not saved")),
             qPrintable(m_window->saveStateText()));
    QVERIFY(!editor->flush());
    QCOMPARE(m_campaigns->load(uuid)->goalCents, 0);

    // A goal of 99,999,999,999,999 is refused the same way, and the date 31/11 is impossible.
    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("99999999999999"));
    QVERIFY(editor->goalEdit()->problemLabel()->text().contains(QStringLiteral("number of zeros")));
    QTest::keyClicks(editor->endDateEdit()->lineEdit(), QStringLiteral("2027-11-31"));
    QVERIFY(editor->endDateEdit()->problemLabel()->isVisible());
    QVERIFY2(editor->endDateEdit()->problemLabel()->text().contains(QStringLiteral("impossible date")),
             qPrintable(editor->endDateEdit()->problemLabel()->text()));
    QVERIFY(m_window->saveStateText().startsWith(QStringLiteral("Not saved")));

    // Fixed: the words go, the status says saved, the desk has the values.
    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("12000"));
    editor->endDateEdit()->lineEdit()->clear();
    QTest::keyClicks(editor->endDateEdit()->lineEdit(), QStringLiteral("2027-11-30"));
    QVERIFY(editor->flush());
    QVERIFY(!editor->goalEdit()->problemLabel()->isVisible());
    QVERIFY(!editor->endDateEdit()->problemLabel()->isVisible());
    QVERIFY2(m_window->saveStateText().startsWith(QStringLiteral("Saved at")),
             qPrintable(m_window->saveStateText()));
    QCOMPARE(m_campaigns->load(uuid)->goalCents, 1'200'000);
    QCOMPARE(m_campaigns->load(uuid)->endDate, QDate(2027, 11, 30));
}

// What another area writes later (a gift typed in the ledger) moves the saved time and the
// count of changes waiting, instead of leaving the first ones on screen.
void TestMainWindow::statusBarFollowsEveryLaterChange()
{
    const QString pendingBefore = m_window->pendingText();
    DonationRepository donations(*m_database);
    CampaignQuery query;
    query.status = CampaignStatus::Published;
    const QUuid published = m_campaigns->rows(query, 0, 1).value(0).uuid;
    QVERIFY(!published.isNull());
    Donation gift;
    gift.campaignUuid = published;
    gift.amountCents = 2500;
    gift.date = Clock::today();
    gift.method = DonationMethod::Cheque;
    QVERIFY(donations.create(gift).isEmpty());
    QVERIFY2(m_window->saveStateText().startsWith(QStringLiteral("Saved at")),
             qPrintable(m_window->saveStateText()));
    QTRY_VERIFY2(m_window->pendingText() != pendingBefore, qPrintable(m_window->pendingText()));
}

// Ctrl+Z goes back through the association's saved edits, Ctrl+Shift+Z forward again, and each
// step is saved to the desk like the edit it takes back.
void TestMainWindow::undoAndRedoTheAssociationDespiteAutosave()
{
    m_window->showPage(m_window->associationPage());
    AssociationPage* page = m_window->associationPage();
    const QString original = m_associations->load().name;
    page->nameEdit()->setText(QStringLiteral("Zones Humides Vivantes"));
    QVERIFY(page->flush());
    page->nameEdit()->setText(QStringLiteral("Zones Humides Vivantes de Midi-Pyrénées"));
    QVERIFY(page->flush());
    QCOMPARE(page->history()->count(), 2);
    QVERIFY(m_window->undoAction()->isEnabled());
    QCOMPARE(m_window->undoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(m_window->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    m_window->undoAction()->trigger();
    QCOMPARE(page->nameEdit()->text(), QStringLiteral("Zones Humides Vivantes"));
    QCOMPARE(m_associations->load().name, QStringLiteral("Zones Humides Vivantes"));
    m_window->undoAction()->trigger();
    QCOMPARE(m_associations->load().name, original);
    m_window->redoAction()->trigger();
    QCOMPARE(m_associations->load().name, QStringLiteral("Zones Humides Vivantes"));

    // Text not saved yet (a refused RNA) is what Ctrl+Z takes back first.
    page->rnaEdit()->clear();
    QTest::keyClicks(page->rnaEdit(), QStringLiteral("X12"));
    QVERIFY(!page->flush());
    QVERIFY(page->problemLabel(QStringLiteral("rna"))->isVisible());
    m_window->undoAction()->trigger();
    QCOMPARE(page->rnaEdit()->text(), m_associations->load().rna);
    QVERIFY(!page->problemLabel(QStringLiteral("rna"))->isVisible());
}

// F1 opens the manual shipped inside the application, in the interface's language, offline.
void TestMainWindow::manualBehindF1InBothLanguages()
{
    for (const QLocale& locale : { QLocale(QLocale::French, QLocale::France), QLocale(QLocale::English) }) {
        const QString text = ManualDialog::text(locale);
        QVERIFY2(text.size() > 3000, qPrintable(ManualDialog::resourceFor(locale)));
        // A section for each area, with its shortcut, and what undo covers.
        const bool french = locale.language() == QLocale::French;
        const QStringList areas = french
            ? QStringList { QStringLiteral("Campagnes"),   QStringLiteral("Procédures"),
                            QStringLiteral("Échéances"),   QStringLiteral("Pièces"),
                            QStringLiteral("Relecture"),   QStringLiteral("Dons"),
                            QStringLiteral("Association"), QStringLiteral("Synchronisation") }
            : QStringList { QStringLiteral("Campaigns"),   QStringLiteral("Procedures"),
                            QStringLiteral("Deadlines"),   QStringLiteral("Evidence"),
                            QStringLiteral("Review"),      QStringLiteral("Donations"),
                            QStringLiteral("Association"), QStringLiteral("Sync") };
        for (int i = 0; i < areas.size(); ++i) {
            const QString heading = QStringLiteral("## %1 (Ctrl+%2)").arg(areas.at(i)).arg(i + 1);
            QVERIFY2(text.contains(heading), qPrintable(heading));
        }
        QVERIFY(text.contains(QStringLiteral("**Ctrl+Z**")));
        QVERIFY(text.contains(french ? QStringLiteral("L'annulation ne couvre pas")
                                     : QStringLiteral("Undo does not cover")));
    }
    QCOMPARE(m_window->manualAction()->shortcut(), QKeySequence(Qt::Key_F1));
    m_window->manualAction()->trigger();
    auto* manual = m_window->findChild<ManualDialog*>();
    QVERIFY(manual);
    QVERIFY(manual->isVisible());
    QVERIFY(manual->browser()->toPlainText().contains(QStringLiteral("CaseDesk")));
    manual->close();
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

#include "WindowTour.h"

#include "MainWindow.h"
#include "association/AssociationPage.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignsPage.h"
#include "common/MoneyEdit.h"
#include "donations/CampaignReportView.h"
#include "donations/DonationsPage.h"
#include "donations/DonorsView.h"
#include "evidence/EvidencePage.h"
#include "evidence/EvidenceRepository.h"
#include "itemmodels/CampaignListModel.h"
#include "itemmodels/EvidenceListModel.h"
#include "procedures/ProceduresPage.h"
#include "review/ReviewPage.h"
#include "sync/Credentials.h"
#include "sync/SyncPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace casedesk {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QPushButton* buttonNamed(QWidget* parent, const char* context, const char* source)
{
    const QString text = QCoreApplication::translate(context, source);
    for (QPushButton* button : parent->findChildren<QPushButton*>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

WindowTour::WindowTour(MainWindow& window, const QString& scratch, const QString& shots)
    : m_window(window)
    , m_scratch(scratch)
    , m_shots(shots)
{
    // The keychain of this machine must fail the same way every run: no session bus answers.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/casedesk-tour-no-bus");
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
}

void WindowTour::showArea(int index)
{
    m_window.showArea(index);
    settle();
}

void WindowTour::showEditorTab(int index)
{
    showArea(0);
    auto* tabs
        = m_window.campaignsPage()->editor()->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly);
    tabs->setCurrentIndex(index);
}

void WindowTour::selectCampaign(const QString& titleStart)
{
    CampaignsPage* page = m_window.campaignsPage();
    CampaignListModel* model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, CampaignListModel::Title)).toString().startsWith(titleStart)) {
            page->selectCampaign(model->uuidAt(row));
            return;
        }
    }
}

// A photo, a letter and a second letter: an image preview and a text preview, as a jurist
// attaches them in the first minutes.
void WindowTour::attachSamplePieces()
{
    auto* page = m_window.findChild<EvidencePage*>();
    if (page->model()->rowCount() > 0)
        return;
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(0x22, 0x66, 0x33));
    QPainter(&photo).fillRect(0, 240, 640, 240, QColor(0x11, 0x33, 0xcc));
    const QString photoPath = QDir(m_scratch).filePath(QStringLiteral("photo_zone_humide.png"));
    photo.save(photoPath, "PNG");
    const QString letterPath = QDir(m_scratch).filePath(QStringLiteral("courrier.txt"));
    QFile letter(letterPath);
    if (letter.open(QIODevice::WriteOnly))
        letter.write("Courrier au pr\xc3\xa9"
                     "fet\n\nMonsieur le Pr\xc3\xa9"
                     "fet,\nNous contestons l'arr\xc3\xaa"
                     "t\xc3\xa9 du 3 octobre 2014, pris sans \xc3\xa9tude d'impact compl\xc3\xa8te ni "
                     "consultation du public sur la compensation des zones humides d\xc3\xa9truites...\n");
    letter.close();
    for (const QString& path : { photoPath, letterPath })
        page->repository().attachFile(page->campaign(), path);
    settle();
}

QList<WindowTour::Step> WindowTour::steps()
{
    CampaignsPage* campaigns = m_window.campaignsPage();
    CampaignEditor* editor = campaigns->editor();
    const char* tabs[] = { "case", "description", "budget", "press", "use-of-funds", "news", "history" };
    QList<Step> steps;
    for (int tab = 0; tab < 7; ++tab) {
        steps.append({ QStringLiteral("campaigns/draft/%1").arg(QLatin1String(tabs[tab])), [this, tab] {
                          selectCampaign(QStringLiteral("Pesticides"));
                          showEditorTab(tab);
                      } });
    }
    steps.append({ QStringLiteral("campaigns/in-review/budget"), [this] {
                      selectCampaign(QStringLiteral("Notre-Dame"));
                      showEditorTab(2);
                  } });
    steps.append({ QStringLiteral("campaigns/new-draft/review-refused"), [this, campaigns, editor] {
                      showArea(0);
                      campaigns->createCampaign();
                      editor->requestTransition(CampaignStatus::InReview);
                      showEditorTab(0);
                  } });
    steps.append({ QStringLiteral("campaigns/new-draft/negative-goal"), [this, editor] {
                      showEditorTab(2);
                      editor->goalEdit()->clear();
                      QTest::keyClicks(editor->goalEdit(), QStringLiteral("-5000"));
                  } });
    steps.append({ QStringLiteral("campaigns/new-draft/news"), [this] {
                      showEditorTab(5);
                  } });
    steps.append({ QStringLiteral("procedures/appeal-chain"), [this] {
                      showArea(1);
                      auto* page = m_window.proceduresPage();
                      page->campaignBox()->setCurrentIndex(std::max(
                          0, page->campaignBox()->findText(QStringLiteral("Sivens"), Qt::MatchStartsWith)));
                      if (page->procedureTree()->topLevelItemCount() > 0)
                          page->procedureTree()->setCurrentItem(page->procedureTree()->topLevelItem(0));
                  } });
    steps.append({ QStringLiteral("deadlines"), [this] {
                      showArea(2);
                  } });
    steps.append({ QStringLiteral("evidence/photo"), [this] {
                      selectCampaign(QStringLiteral("Sivens"));
                      showArea(3);
                      attachSamplePieces();
                      m_window.findChild<EvidencePage*>()->view()->selectRow(0);
                  } });
    steps.append({ QStringLiteral("evidence/text-preview"), [this] {
                      auto* page = m_window.findChild<EvidencePage*>();
                      page->view()->selectRow(page->model()->rowCount() - 1);
                  } });
    // The board's area on a campaign in review: its first round opened, then each tab.
    steps.append({ QStringLiteral("review/round-open"), [this] {
                      selectCampaign(QStringLiteral("Notre-Dame"));
                      showArea(4);
                      ReviewPage* page = m_window.reviewPage();
                      if (!page->currentRound())
                          page->submitForReview();
                      page->tabs()->setCurrentIndex(0);
                  } });
    for (int tab = 1; tab < 3; ++tab) {
        steps.append({ QStringLiteral("review/tab-%1").arg(tab), [this, tab] {
                          m_window.reviewPage()->tabs()->setCurrentIndex(tab);
                      } });
    }
    const char* donationTabs[] = { "donations", "donors", "reconciliation", "report" };
    for (int tab = 0; tab < 4; ++tab) {
        steps.append(
            { QStringLiteral("donations/%1").arg(QLatin1String(donationTabs[tab])), [this, tab] {
                 showArea(5);
                 DonationsPage* page = m_window.donationsPage();
                 page->tabs()->setCurrentIndex(tab);
                 settle();
                 if (tab == 1)
                     page->donorsView()->table()->selectRow(1);
                 if (tab == 3) {
                     auto* campaign = page->reportView()->findChild<QComboBox*>();
                     campaign->setCurrentIndex(std::max(
                         0, campaign->findText(QStringLiteral("Center Parcs"), Qt::MatchStartsWith)));
                 }
             } });
    }
    steps.append({ QStringLiteral("association/rna-and-siren-refused"), [this] {
                      showArea(6);
                      AssociationPage* page = m_window.associationPage();
                      page->rnaEdit()->clear();
                      QTest::keyClicks(page->rnaEdit(), QStringLiteral("X12345"));
                      page->sirenEdit()->clear();
                      QTest::keyClicks(page->sirenEdit(), QStringLiteral("123456789"));
                      page->flush();
                  } });
    steps.append({ QStringLiteral("sync/keychain-refused"), [this] {
                      showArea(7);
                      SyncPage* page = m_window.syncPage();
                      page->setCredentials(std::make_unique<KeychainCredentials>());
                      page->serverEdit()->setText(QStringLiteral("http://127.0.0.1:18080"));
                      page->tokenEdit()->setText(QStringLiteral("a-token-the-platform-gave-this-desk"));
                      if (QPushButton* save = buttonNamed(page, "casedesk::SyncPage", "Save t&oken"))
                          save->click();
                  } });
    steps.append({ QStringLiteral("sync/test-after-refusal"), [this] {
                      m_window.syncPage()->testButton()->click();
                  } });
    return steps;
}

QString WindowTour::widestWidgets(int width) const
{
    QStringList found;
    for (QWidget* widget : m_window.findChildren<QWidget*>()) {
        if (widget->isWindow() || widget->minimumSizeHint().width() <= width)
            continue;
        bool innermost = true;
        for (QWidget* child : widget->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && child->minimumSizeHint().width() > width)
                innermost = false;
        }
        if (!innermost)
            continue;
        QString name = QString::fromLatin1(widget->metaObject()->className());
        for (QWidget* parent = widget->parentWidget(); parent && parent != &m_window;
             parent = parent->parentWidget())
            name = QString::fromLatin1(parent->metaObject()->className()) + QLatin1Char('>') + name;
        found.append(QStringLiteral("%1 (%2)").arg(name).arg(widget->minimumSizeHint().width()));
    }
    return found.join(QStringLiteral(", "));
}

QSize WindowTour::enter(const Step& step)
{
    step.enter();
    settle();
    const QSize needed = m_window.minimumSizeHint();
    if (!m_shots.isEmpty()) {
        m_window.resize(1280, 800);
        settle();
        // What a 1280 x 800 screen shows: a wider window is cut at the screen's edge.
        m_window.grab(QRect(0, 0, 1280, 800))
            .save(QDir(m_shots).filePath(
                      QStringLiteral("%1-%2.png")
                          .arg(++m_count, 2, 10, QLatin1Char('0'))
                          .arg(QString(step.name).replace(QLatin1Char('/'), QLatin1Char('_')))),
                  "PNG");
    }
    return needed;
}

} // namespace casedesk

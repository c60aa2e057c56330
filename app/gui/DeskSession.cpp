#include "gui/DeskSession.h"

#include "MainWindow.h"
#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "demo/DemoData.h"
#include "settings/RecentDesks.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace casedesk {

// Declared in this order so the window goes first, then the repositories, then the connection.
struct DeskSession::Desk
{
    std::unique_ptr<Database> database;
    std::unique_ptr<CampaignRepository> campaigns;
    std::unique_ptr<AssociationRepository> associations;
    std::unique_ptr<SettingsRepository> settings;
    std::unique_ptr<MainWindow> window;
};

DeskSession::DeskSession(QObject* parent)
    : QObject(parent)
{
}

DeskSession::~DeskSession() = default;

MainWindow* DeskSession::window() const
{
    return m_desk ? m_desk->window.get() : nullptr;
}

Database* DeskSession::database() const
{
    return m_desk ? m_desk->database.get() : nullptr;
}

CampaignRepository* DeskSession::campaigns() const
{
    return m_desk ? m_desk->campaigns.get() : nullptr;
}

SettingsRepository* DeskSession::settings() const
{
    return m_desk ? m_desk->settings.get() : nullptr;
}

QString DeskSession::path() const
{
    return m_desk ? m_desk->database->path() : QString();
}

bool DeskSession::open(const QString& path, bool loadDemo, QString* errorMessage)
{
    if (m_desk
        && QFileInfo(path).absoluteFilePath() == QFileInfo(m_desk->database->path()).absoluteFilePath()) {
        m_openingMessage = tr("This desk is already open.");
        return true;
    }
    auto desk = std::make_unique<Desk>();
    // A name of its own for each desk opened in this run: two desks, or the same desk opened
    // again, never share a connection.
    desk->database = std::make_unique<Database>(QStringLiteral("casedesk-desk-%1").arg(++m_opened));
    if (!desk->database->open(path, errorMessage))
        return false;
    desk->campaigns = std::make_unique<CampaignRepository>(*desk->database);
    desk->associations = std::make_unique<AssociationRepository>(*desk->database);
    desk->settings = std::make_unique<SettingsRepository>(*desk->database);
    m_openingMessage.clear();
    if (loadDemo) {
        const DemoData::Outcome outcome = DemoData::load(*desk->database, *desk->associations,
                                                         *desk->campaigns, Clock::today(), &m_openingMessage);
        if (outcome == DemoData::Outcome::Failed) {
            *errorMessage = m_openingMessage;
            return false;
        }
    }
    // The desk on screen keeps what was typed last: if that cannot be saved and the user keeps
    // it, the new desk is closed instead.
    if (m_desk && !m_desk->window->saveBeforeLeaving()) {
        *errorMessage = tr("The desk %1 stays open: its last changes are not saved.")
                            .arg(QFileInfo(m_desk->database->path()).fileName());
        return false;
    }
    if (m_desk)
        m_desk->window->backUpIfDue();
    m_desk.reset();
    desk->window = std::make_unique<MainWindow>(*desk->database, *desk->campaigns, *desk->associations,
                                                *desk->settings);
    m_desk = std::move(desk);
    RecentDesks::remember(path);
    MainWindow* window = m_desk->window.get();
    window->setRecentDesks(RecentDesks::list());
    window->campaignsPage()->selectFirstCampaign();
    // Queued: the window that asked for the switch is deleted by it.
    connect(window, &MainWindow::openDeskRequested, this, &DeskSession::switchTo, Qt::QueuedConnection);
    emit windowOpened(window);
    return true;
}

void DeskSession::switchTo(const QString& path)
{
    MainWindow* before = window();
    const QRect geometry = before ? before->geometry() : QRect();
    // The old window goes before the new one shows: the application must not take that moment
    // for its last window closing.
    const bool quitOnLastWindow = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QString error;
    if (!open(path, false, &error)) {
        QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
        if (before) {
            before->showStatusMessage(error);
            Dialogs::warn(before, tr("Open another desk"), error);
        }
        return;
    }
    if (window() != before) {
        if (geometry.isValid())
            window()->setGeometry(geometry);
        window()->show();
        if (!m_openingMessage.isEmpty())
            window()->showStatusMessage(m_openingMessage);
    } else if (!m_openingMessage.isEmpty()) {
        window()->showStatusMessage(m_openingMessage);
    }
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
}

} // namespace casedesk

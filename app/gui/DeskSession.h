#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace casedesk {

class AssociationRepository;
class CampaignRepository;
class Database;
class MainWindow;
class SettingsRepository;

// The desk open in the window, and the switch to another one (File > Open another desk, Recent
// desks). Each desk gets a connection name of its own; the desk open before is saved and closed
// once the new one has opened, so a desk that cannot be opened leaves the current one as it was.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    explicit DeskSession(QObject* parent = nullptr);
    ~DeskSession() override;

    // Opens the desk at `path` in a new window (loading the demo into it when `loadDemo` and it
    // is empty); false with a message for the user when it cannot be opened. The desk open
    // before, if any, stays open on failure, and is closed on success.
    bool open(const QString& path, bool loadDemo, QString* errorMessage);

    MainWindow* window() const;
    Database* database() const;
    CampaignRepository* campaigns() const;
    SettingsRepository* settings() const;
    QString path() const;
    // What opening the desk said (the demo loaded...), for the status bar.
    QString openingMessage() const { return m_openingMessage; }

signals:
    // A window for a newly opened desk is ready (not shown yet): reminders, checks, show().
    void windowOpened(casedesk::MainWindow* window);

private:
    struct Desk;
    void switchTo(const QString& path);

    std::unique_ptr<Desk> m_desk;
    QString m_openingMessage;
    int m_opened = 0;
};

} // namespace casedesk

#pragma once

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>

namespace casedesk::test {

// A real desk file in a fresh temporary folder, opened on its own connection, with the
// repositories the tests use. The folder and everything in it go away with the object.
class TempDesk
{
public:
    // Opens <tempdir>/desk.db; with `open` false only the folder is made (call reopen()).
    explicit TempDesk(bool open = true);
    ~TempDesk();
    TempDesk(const TempDesk&) = delete;
    TempDesk& operator=(const TempDesk&) = delete;

    // False when the folder or the desk could not be made; errorMessage() says why.
    bool isValid() const { return m_valid; }
    QString errorMessage() const { return m_error; }

    QString dirPath() const { return m_dir.path(); }
    QString path() const { return filePath(QStringLiteral("desk.db")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Closes and opens the same file again; the repositories keep working.
    bool reopen();
    void close() { m_database.close(); }

    Database& database() { return m_database; }
    CampaignRepository& campaigns() { return m_campaigns; }
    AssociationRepository& associations() { return m_associations; }
    SettingsRepository& settings() { return m_settings; }

private:
    QTemporaryDir m_dir;
    Database m_database;
    CampaignRepository m_campaigns;
    AssociationRepository m_associations;
    SettingsRepository m_settings;
    bool m_valid = false;
    QString m_error;
};

// A connection name no other Database or raw connection in the process uses.
QString uniqueConnectionName(const QString& prefix);

} // namespace casedesk::test

// Fails the current test function with the desk's own message when it could not be opened.
#define CASEDESK_VERIFY_DESK(desk) QVERIFY2((desk).isValid(), qPrintable((desk).errorMessage()))

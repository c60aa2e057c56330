#pragma once

// What the campaign editor's tests share: for each test function, a fresh desk and the Campaigns
// page shown over it, in French.

#include "TempDesk.h"
#include "campaigns/CampaignsPage.h"

#include <QObject>

#include <memory>

namespace casedesk::test {

class CampaignsPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // A draft with this title only, stored on the desk.
    Campaign createDraft(const QString& title);

    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<CampaignsPage> m_page;
};

} // namespace casedesk::test

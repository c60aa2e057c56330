#include "CampaignsPageTest.h"

#include "common/Dialogs.h"

#include <QLocale>
#include <QTest>

namespace casedesk::test {

void CampaignsPageTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void CampaignsPageTest::init()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_page = std::make_unique<CampaignsPage>(m_desk->campaigns(), m_desk->associations(), m_desk->settings());
    m_page->resize(1200, 800);
    m_page->show();
}

void CampaignsPageTest::cleanup()
{
    Dialogs::setNextAnswer(std::nullopt); // an answer a test left unused
    m_page.reset();
    m_desk.reset();
}

Campaign CampaignsPageTest::createDraft(const QString& title)
{
    Campaign draft;
    draft.title = title;
    return m_desk->campaigns().create(draft);
}

} // namespace casedesk::test

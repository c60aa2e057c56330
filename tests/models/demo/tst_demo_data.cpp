// DemoData::load: an empty desk gets the demo association and campaigns in one transaction;
// a desk with campaigns is left alone.

#include "FixedClock.h"
#include "TempDesk.h"

#include "board/BoardRepository.h"
#include "campaigns/Association.h"
#include "campaigns/CampaignRules.h"
#include "campaigns/Workflow.h"
#include "demo/DemoData.h"
#include "donations/ledger/DonorRepository.h"
#include "evidence/EvidenceRepository.h"
#include "procedures/DeadlineService.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

int countOf(Database& database, const QString& table)
{
    return database.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

QList<Campaign> allCampaigns(CampaignRepository& repository)
{
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    QList<Campaign> campaigns;
    for (const CampaignRow& row : repository.rows(query, 0, 1000))
        campaigns.append(*repository.load(row.uuid));
    return campaigns;
}

DemoData::Outcome loadDemo(TempDesk& desk, const QDate& today, QString* message)
{
    return DemoData::load(desk.database(), desk.associations(), desk.campaigns(), today, message);
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsTheAssociation();
    void loadsABoardOfSevenInOffice();
    void loadsTheCampaignsWithTheirStatuses();
    void budgetsMatchGoalsOutsideDrafts();
    void endDatesFollowTodayAndDossiersAreComplete();
    void announcesOnceWhenCommitted();
    void failureHalfWayLeavesTheDeskEmpty();
    void secondLoadAddsNothing();
    void everyAreaHasSomethingToShow();
    void ledgerHasTheCasesReceiptsMeet();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
};

void TestDemoData::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
}

void TestDemoData::cleanup()
{
    m_desk.reset();
    m_clock.reset();
}

void TestDemoData::loadsTheAssociation()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    const Association association = m_desk->associations().load();
    QVERIFY(!association.sync.uuid.isNull());
    QVERIFY(!association.name.isEmpty());
    QVERIFY2(AssociationRules::isValidRna(association.rna), qPrintable(association.rna));
    QVERIFY2(AssociationRules::isValidSiren(association.siren), qPrintable(association.siren));
    QVERIFY(AssociationRules::validate(association).isEmpty());
    QVERIFY(association.generalInterest);
}

void TestDemoData::loadsABoardOfSevenInOffice()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    BoardRepository board(m_desk->database());
    const QList<BoardMember> members = board.inOfficeOn(m_clock->today());
    QCOMPARE(members.size(), 7);
    QCOMPARE(std::count_if(members.begin(), members.end(),
                           [](const BoardMember& m) { return m.role == BoardRole::President; }),
             1);
    QCOMPARE(board.rules(), BoardRules());
    QVERIFY(!board.deskOwner()); // a staff desk: the treasurer's, not a member's
    QCOMPARE(m_desk->database().scalar(QStringLiteral("SELECT count(*) FROM review_rounds")).toInt(), 0);
}

void TestDemoData::loadsTheCampaignsWithTheirStatuses()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    QCOMPARE(message, QStringLiteral("Loaded the demo association and 4 campaign(s)."));

    QMap<QString, CampaignStatus> statusByTitle;
    for (const Campaign& campaign : allCampaigns(m_desk->campaigns()))
        statusByTitle.insert(campaign.title.section(QLatin1Char(' '), 0, 0), campaign.status);
    QCOMPARE(statusByTitle.size(), 4);
    QCOMPARE(statusByTitle.value(QStringLiteral("Center")), CampaignStatus::Published);
    QCOMPARE(statusByTitle.value(QStringLiteral("Sivens")), CampaignStatus::Funded);
    QCOMPARE(statusByTitle.value(QStringLiteral("Notre-Dame-des-Landes")), CampaignStatus::InReview);
    QCOMPARE(statusByTitle.value(QStringLiteral("Pesticides")), CampaignStatus::Draft);
    // Everything is queued for the first sync: the association and each campaign.
    QCOMPARE(
        m_desk->database()
            .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN ('association', 'campaign')"))
            .toInt(),
        5);
}

// A dossier the board has seen must add up; a draft may still be in progress.
void TestDemoData::budgetsMatchGoalsOutsideDrafts()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    for (const Campaign& campaign : allCampaigns(m_desk->campaigns())) {
        QVERIFY(!campaign.budgetLines.isEmpty());
        QVERIFY(!campaign.pressArticles.isEmpty());
        if (campaign.status != CampaignStatus::Draft)
            QVERIFY2(campaign.budgetTotalCents() == campaign.goalCents, qPrintable(campaign.title));
    }
}

// Open campaigns end after today, whenever the demo is loaded; the funded one ended before.
// Dossiers past the draft stage are complete.
void TestDemoData::endDatesFollowTodayAndDossiersAreComplete()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    for (const Campaign& campaign : allCampaigns(m_desk->campaigns())) {
        QVERIFY(campaign.endDate.isValid());
        if (campaign.status == CampaignStatus::Funded)
            QVERIFY2(campaign.endDate < m_clock->today(), qPrintable(campaign.title));
        else
            QVERIFY2(campaign.endDate > m_clock->today(), qPrintable(campaign.title));
        // The board saw these: nothing may be missing (the draft is still being written).
        if (campaign.status == CampaignStatus::InReview || campaign.status == CampaignStatus::Published) {
            const QStringList missing = Workflow::missingForReview(campaign, m_clock->today());
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        }
    }
}

// Views hear about the demo once, after the commit, not once per row.
void TestDemoData::announcesOnceWhenCommitted()
{
    QSignalSpy created(&m_desk->campaigns(), &CampaignRepository::campaignCreated);
    QSignalSpy reset(&m_desk->campaigns(), &CampaignRepository::campaignsReset);
    QSignalSpy association(&m_desk->associations(), &AssociationRepository::associationSaved);
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    QCOMPARE(created.count(), 0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(association.count(), 1);
}

// One transaction: a write that fails on the third campaign leaves no association, no campaign
// and no outbox entry behind.
void TestDemoData::failureHalfWayLeavesTheDeskEmpty()
{
    m_desk->database().exec(QStringLiteral("CREATE TRIGGER third_campaign_fails BEFORE INSERT ON campaigns "
                                           "WHEN (SELECT count(*) FROM campaigns) >= 2 "
                                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    QSignalSpy reset(&m_desk->campaigns(), &CampaignRepository::campaignsReset);
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Failed);
    QVERIFY2(message.contains(QStringLiteral("disk full")), qPrintable(message));
    QCOMPARE(countOf(m_desk->database(), QStringLiteral("association")), 0);
    QCOMPARE(countOf(m_desk->database(), QStringLiteral("campaigns")), 0);
    QCOMPARE(countOf(m_desk->database(), QStringLiteral("budget_lines")), 0);
    QCOMPARE(countOf(m_desk->database(), QStringLiteral("outbox")), 0);
    QCOMPARE(reset.count(), 0);

    m_desk->database().exec(QStringLiteral("DROP TRIGGER third_campaign_fails"));
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
}

void TestDemoData::secondLoadAddsNothing()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    const int campaigns = countOf(m_desk->database(), QStringLiteral("campaigns"));
    const int lines = countOf(m_desk->database(), QStringLiteral("budget_lines"));
    const qint64 associationRevision = m_desk->associations().load().sync.revision;

    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::DeskNotEmpty);
    QVERIFY2(message.contains(QStringLiteral("already has campaigns")), qPrintable(message));
    QCOMPARE(countOf(m_desk->database(), QStringLiteral("campaigns")), campaigns);
    QCOMPARE(countOf(m_desk->database(), QStringLiteral("budget_lines")), lines);
    QCOMPARE(m_desk->associations().load().sync.revision, associationRevision);
}

// A newcomer opens each area on the demo and finds something: pieces of evidence with a picture
// and a text to preview, open deadlines ahead, and budgets whose lines for the case fit what
// reaches it once the platform is paid.
void TestDemoData::everyAreaHasSomethingToShow()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    EvidenceRepository evidence(m_desk->database(), Vault(Vault::pathForDesk(m_desk->path())));
    QStringList types;
    int publicPieces = 0;
    for (const Campaign& campaign : allCampaigns(m_desk->campaigns())) {
        for (const EvidencePiece& piece : evidence.pieces(campaign.sync.uuid)) {
            types.append(piece.mediaType);
            publicPieces += piece.metadata.isPublic ? 1 : 0;
            QVERIFY(!piece.metadata.title.isEmpty());
            QVERIFY(QFileInfo::exists(evidence.vault().filePath(piece.sha256)));
        }
        QVERIFY2(CampaignRules::budgetWarning(campaign, m_desk->settings().feeSettings()).isEmpty(),
                 qPrintable(campaign.title));
    }
    QVERIFY2(types.contains(QStringLiteral("image/png")) && types.contains(QStringLiteral("text/plain")),
             qPrintable(types.join(QLatin1Char(' '))));
    QVERIFY(publicPieces >= 1);
    QVERIFY(evidence.verify().isEmpty());

    DeadlineQuery query;
    query.today = m_clock->today();
    query.horizonDays = 90;
    query.includeOverdue = false;
    const QList<DeadlineItem> ahead = DeadlineService(m_desk->database()).due(query);
    QVERIFY2(ahead.size() >= 2, qPrintable(QString::number(ahead.size())));
    for (const DeadlineItem& item : ahead)
        QVERIFY(item.due >= m_clock->today());
}

// The receipts have realistic cases to show: companies with a valid SIREN, donors who want one
// receipt a year or none, consents with a date and a source, gifts with a small reward (at most a
// quarter of the gift and 73 EUR) and one with a bigger one.
void TestDemoData::ledgerHasTheCasesReceiptsMeet()
{
    QString message;
    QCOMPARE(loadDemo(*m_desk, m_clock->today(), &message), DemoData::Outcome::Loaded);
    Database& database = m_desk->database();
    DonorRepository donors(database);
    QStringList companies;
    int annual = 0;
    int none = 0;
    for (const DonorRow& row : donors.rows(QString(), 0, 10000)) {
        const Donor donor = *donors.load(row.uuid);
        if (donor.legalKind == DonorLegalKind::Company) {
            QVERIFY2(AssociationRules::isValidSiren(donor.siren), qPrintable(donor.siren));
            companies.append(donor.name);
        }
        annual += donor.receiptChoice == ReceiptChoice::Annual ? 1 : 0;
        none += donor.receiptChoice == ReceiptChoice::None ? 1 : 0;
        if (donor.consentDate.isValid()) {
            QVERIFY(donor.consentToContact);
            QVERIFY(!donor.consentSource.isEmpty());
            QVERIFY(donor.consentDate <= m_clock->today());
        }
    }
    QCOMPARE(companies.size(), 3);
    QVERIFY(annual >= 3);
    QCOMPARE(none, 1);
    QVERIFY(
        database.scalar(QStringLiteral("SELECT count(*) FROM donors WHERE consent_date IS NOT NULL")).toInt()
        >= 10);
    const int small = database
                          .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE counterpart_cents > 0 "
                                                 "AND counterpart_cents * 4 <= amount_cents "
                                                 "AND counterpart_cents <= 7300"))
                          .toInt();
    const int bigger
        = database
              .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE counterpart_cents > 0 "
                                     "AND counterpart_cents * 4 > amount_cents"))
              .toInt();
    QCOMPARE(small, 4);
    QCOMPARE(bigger, 1);

    // The same day gives the same ledger.
    TempDesk again;
    CASEDESK_VERIFY_DESK(again);
    QCOMPARE(loadDemo(again, m_clock->today(), &message), DemoData::Outcome::Loaded);
    const QString digest = QStringLiteral(
        "SELECT group_concat(name || legal_kind || siren || receipt_choice || coalesce(consent_date, '') "
        "|| consent_source, '|') FROM (SELECT * FROM donors ORDER BY platform_ref)");
    QCOMPARE(again.database().scalar(digest).toString(), database.scalar(digest).toString());
    const QString gifts = QStringLiteral(
        "SELECT group_concat(import_key || counterpart_cents || note, '|') FROM (SELECT * FROM donations "
        "WHERE counterpart_cents > 0 ORDER BY import_key)");
    QCOMPARE(again.database().scalar(gifts).toString(), database.scalar(gifts).toString());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"

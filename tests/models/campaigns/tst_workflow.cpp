// The campaign workflow: which status may follow which, what a dossier needs before review,
// what publishing needs from the association, and changeStatus() through the repository.

#include "BoardSupport.h"
#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/Workflow.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QLocale>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

using S = CampaignStatus;

// The workflow as the board agreed it; every pair not listed is forbidden.
const QList<QPair<S, S>> kAllowed = {
    { S::Draft, S::InReview },   { S::Draft, S::Withdrawn },     { S::InReview, S::Approved },
    { S::InReview, S::Draft },   { S::InReview, S::Withdrawn },  { S::Approved, S::Published },
    { S::Approved, S::Draft },   { S::Approved, S::Withdrawn },  { S::Published, S::Funded },
    { S::Published, S::Closed }, { S::Published, S::Withdrawn }, { S::Funded, S::Closed },
};

const QDate kToday(2026, 3, 16);

Campaign completeWithStatus(S status)
{
    Campaign campaign = completeCampaign(kToday);
    campaign.status = status;
    return campaign;
}

// changeStatus() with a storage error turned into a refusal that names it, so one broken write
// fails its test instead of aborting the whole run.
TransitionCheck changeStatus(TempDesk& desk, const QUuid& uuid, S target, const Association& association,
                             const QString& note = {})
{
    try {
        return desk.campaigns().changeStatus(uuid, target, association, note);
    } catch (const DatabaseError& error) {
        return { false, { QStringLiteral("DatabaseError: ") + error.message() } };
    }
}

QString reasonsOf(const TransitionCheck& check)
{
    return check.reasons.join(QLatin1Char(' '));
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void onlyTheWorkflowsTransitionsAreAllowed_data();
    void onlyTheWorkflowsTransitionsAreAllowed();
    void nextStatusesMatchTheTable();
    void completeCampaignHasNothingMissing();
    void emptyCampaignNamesEveryMissingField();
    void eachGapBeforeReviewIsNamed_data();
    void eachGapBeforeReviewIsNamed();
    void reviewNeedsTheMissingFieldsFilled();
    void onlyAnApprovedCampaignCanBePublished_data();
    void onlyAnApprovedCampaignCanBePublished();
    void publishingNeedsAValidRna_data();
    void publishingNeedsAValidRna();
    void publishingNeedsAFutureEndDate();

    void changeStatusRecordsHistory();
    void publicationPathThroughTheRepository();
    void refusedChangeStatusLeavesEverythingAsItWas();
    void changeStatusOfUnknownCampaignIsRefused();
};

void TestWorkflow::initTestCase()
{
    // Money amounts appear in one of the messages.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestWorkflow::onlyTheWorkflowsTransitionsAreAllowed_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");
    for (S from : CampaignCodes::allStatuses()) {
        for (S to : CampaignCodes::allStatuses()) {
            QTest::addRow("%s -> %s", qPrintable(CampaignCodes::status(from)),
                          qPrintable(CampaignCodes::status(to)))
                << from << to << kAllowed.contains({ from, to });
        }
    }
}

// A complete campaign and a valid association, so only the transition itself decides.
void TestWorkflow::onlyTheWorkflowsTransitionsAreAllowed()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    const TransitionCheck check = Workflow::check(completeWithStatus(from), to, validAssociation(), kToday);
    QVERIFY2(check.allowed == allowed, qPrintable(reasonsOf(check)));
    if (allowed) {
        QVERIFY(check.reasons.isEmpty());
    } else {
        QCOMPARE(check.reasons.size(), 1);
        QVERIFY(!check.reasons.at(0).isEmpty());
    }
}

void TestWorkflow::nextStatusesMatchTheTable()
{
    for (S from : CampaignCodes::allStatuses()) {
        for (S to : CampaignCodes::allStatuses())
            QCOMPARE(Workflow::nextStatuses(from).contains(to), kAllowed.contains({ from, to }));
    }
    QVERIFY(Workflow::nextStatuses(S::Closed).isEmpty());
    QVERIFY(Workflow::nextStatuses(S::Withdrawn).isEmpty());
}

void TestWorkflow::completeCampaignHasNothingMissing()
{
    const QStringList missing = Workflow::missingForReview(completeCampaign(kToday), kToday);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestWorkflow::emptyCampaignNamesEveryMissingField()
{
    const QStringList missing = Workflow::missingForReview(Campaign {}, kToday);
    const QStringList expected = {
        QStringLiteral("Title is empty."),
        QStringLiteral("Summary is empty."),
        QStringLiteral("Description is empty."),
        QStringLiteral("The harm the action fights is not described."),
        QStringLiteral("Legal basis is empty."),
        QStringLiteral("Court is empty."),
        QStringLiteral("Opposing party is empty."),
        QStringLiteral("Funding goal must be more than zero."),
        QStringLiteral("End date is not set."),
        QStringLiteral("The budget has no lines."),
        QStringLiteral("The \"Use of funds\" tab is empty."),
        QStringLiteral("The lawyer in charge of the case is not named."),
        QStringLiteral("The lawyer's assessment of the prospects is not written."),
        QStringLiteral("The risks of the action (adverse costs included) are not described."),
        QStringLiteral("Why the association is the one to act is not explained."),
    };
    QCOMPARE(missing, expected);
}

void TestWorkflow::eachGapBeforeReviewIsNamed_data()
{
    QTest::addColumn<QString>("defect");
    QTest::addColumn<QString>("message");
    QTest::newRow("blank title") << QStringLiteral("title") << QStringLiteral("Title is empty.");
    QTest::newRow("end date today") << QStringLiteral("today")
                                    << QStringLiteral("End date must be in the future.");
    QTest::newRow("end date past") << QStringLiteral("past")
                                   << QStringLiteral("End date must be in the future.");
    QTest::newRow("budget off goal") << QStringLiteral("budget")
                                     << QStringLiteral("The budget lines add up to €9,999.99 but the funding "
                                                       "goal is €10,000.00.");
    QTest::newRow("unlabelled line") << QStringLiteral("label")
                                     << QStringLiteral("Budget line 2 has no label.");
    QTest::newRow("zero goal") << QStringLiteral("goal")
                               << QStringLiteral("Funding goal must be more than zero.");
    QTest::newRow("no lawyer") << QStringLiteral("lawyer")
                               << QStringLiteral("The lawyer in charge of the case is not named.");
    QTest::newRow("no assessment") << QStringLiteral(
        "assessment") << QStringLiteral("The lawyer's assessment of the prospects is not written.");
    QTest::newRow("no risks") << QStringLiteral("risks")
                              << QStringLiteral("The risks of the action (adverse costs included) are not "
                                                "described.");
    QTest::newRow("no why") << QStringLiteral("why")
                            << QStringLiteral("Why the association is the one to act is not explained.");
}

// One defect, one sentence: the jurist reads exactly what to fix.
void TestWorkflow::eachGapBeforeReviewIsNamed()
{
    QFETCH(QString, defect);
    QFETCH(QString, message);
    Campaign c = completeCampaign(kToday);
    if (defect == QLatin1String("title")) {
        c.title = QStringLiteral("  \t");
    } else if (defect == QLatin1String("today")) {
        c.endDate = kToday;
    } else if (defect == QLatin1String("past")) {
        c.endDate = kToday.addDays(-1);
    } else if (defect == QLatin1String("budget")) {
        c.budgetLines.last().amountCents -= 1;
    } else if (defect == QLatin1String("label")) {
        c.budgetLines[1].label = QStringLiteral(" ");
    } else if (defect == QLatin1String("goal")) {
        c.goalCents = 0;
        c.budgetLines.clear();
        c.budgetLines.append({ {}, BudgetKind::Other, QStringLiteral("Rien"), 0 });
    } else if (defect == QLatin1String("lawyer")) {
        c.lawyer.clear();
    } else if (defect == QLatin1String("assessment")) {
        c.lawyerAssessment = QStringLiteral(" \n");
    } else if (defect == QLatin1String("risks")) {
        c.risks.clear();
    } else if (defect == QLatin1String("why")) {
        c.whyAssociation.clear();
    }
    QCOMPARE(Workflow::missingForReview(c, kToday), QStringList { message });
}

void TestWorkflow::reviewNeedsTheMissingFieldsFilled()
{
    Campaign c = completeCampaign(kToday);
    c.court.clear();
    const TransitionCheck check = Workflow::check(c, S::InReview, validAssociation(), kToday);
    QVERIFY(!check.allowed);
    QCOMPARE(check.reasons, QStringList { QStringLiteral("Court is empty.") });
}

void TestWorkflow::onlyAnApprovedCampaignCanBePublished_data()
{
    QTest::addColumn<S>("from");
    for (S from : CampaignCodes::allStatuses()) {
        if (from != S::Approved)
            QTest::newRow(qPrintable(CampaignCodes::status(from))) << from;
    }
}

void TestWorkflow::onlyAnApprovedCampaignCanBePublished()
{
    QFETCH(S, from);
    const TransitionCheck check
        = Workflow::check(completeWithStatus(from), S::Published, validAssociation(), kToday);
    QVERIFY(!check.allowed);
    QCOMPARE(check.reasons.size(), 1);
    QVERIFY2(check.reasons.at(0).startsWith(QStringLiteral("Only an approved campaign can be published")),
             qPrintable(check.reasons.at(0)));
}

void TestWorkflow::publishingNeedsAValidRna_data()
{
    QTest::addColumn<QString>("rna");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("valid") << kValidRna << true;
    QTest::newRow("none") << QString() << false;
    QTest::newRow("too short") << QStringLiteral("W31301234") << false;
    QTest::newRow("lower-case w") << QStringLiteral("w313012345") << false;
}

void TestWorkflow::publishingNeedsAValidRna()
{
    QFETCH(QString, rna);
    QFETCH(bool, allowed);
    Association association = validAssociation();
    association.rna = rna;
    const TransitionCheck check
        = Workflow::check(completeWithStatus(S::Approved), S::Published, association, kToday);
    QCOMPARE(check.allowed, allowed);
    if (!allowed) {
        QCOMPARE(check.reasons,
                 QStringList { QStringLiteral("The association's profile needs a valid RNA number "
                                              "before publishing.") });
    }
}

void TestWorkflow::publishingNeedsAFutureEndDate()
{
    Campaign approved = completeWithStatus(S::Approved);
    approved.endDate = kToday;
    Association nameless = validAssociation();
    nameless.name.clear();
    const TransitionCheck check = Workflow::check(approved, S::Published, nameless, kToday);
    QVERIFY(!check.allowed);
    QCOMPARE(check.reasons,
             (QStringList { QStringLiteral("The association's profile has no name."),
                            QStringLiteral("End date must be in the future.") }));
}

void TestWorkflow::changeStatusRecordsHistory()
{
    FixedClock clock(QDateTime(kToday, QTime(12, 0), Qt::UTC));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const Campaign created = desk.campaigns().create(completeCampaign(kToday));
    seatSecretary(desk.database()); // a board in office to submit to
    clock.advance(60'000);

    const TransitionCheck check
        = changeStatus(desk, created.sync.uuid, S::InReview, validAssociation(), QStringLiteral("Prêt"));
    QVERIFY2(check.allowed, qPrintable(reasonsOf(check)));
    const std::optional<Campaign> loaded = desk.campaigns().load(created.sync.uuid);
    QCOMPARE(loaded->status, S::InReview);
    QCOMPARE(loaded->sync.revision, 2);
    QCOMPARE(loaded->sync.updatedAt, clock.now());

    const QList<CampaignRepository::StatusChange> history = desk.campaigns().history(created.sync.uuid);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).to, S::Draft); // "Created"
    QCOMPARE(history.at(1).from, S::Draft);
    QCOMPARE(history.at(1).to, S::InReview);
    QCOMPARE(history.at(1).at, clock.now());
    QCOMPARE(history.at(1).note, QStringLiteral("Prêt"));
    QCOMPARE(desk.database()
                 .scalar(QStringLiteral("SELECT revision FROM outbox WHERE entity = 'campaign'"))
                 .toLongLong(),
             2);
}

void TestWorkflow::publicationPathThroughTheRepository()
{
    FixedClock clock(QDateTime(kToday, QTime(12, 0), Qt::UTC));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QUuid uuid = desk.campaigns().create(completeCampaign(kToday)).sync.uuid;
    Association withoutRna = validAssociation();
    withoutRna.rna.clear();
    // No note: the buttons in the editor move a campaign without asking for one.
    seatSecretary(desk.database());
    for (S next : { S::InReview, S::Approved }) {
        if (next == S::Approved) // only on the board's decision (issue 12)
            QCOMPARE(approveThroughBoard(desk.database(), uuid), QString());
        const TransitionCheck check = changeStatus(desk, uuid, next, withoutRna);
        QVERIFY2(check.allowed, qPrintable(reasonsOf(check)));
    }
    QVERIFY(!changeStatus(desk, uuid, S::Published, withoutRna).allowed);
    for (S next : { S::Published, S::Funded }) {
        const TransitionCheck check = changeStatus(desk, uuid, next, validAssociation());
        QVERIFY2(check.allowed, qPrintable(reasonsOf(check)));
    }

    QList<S> path;
    for (const CampaignRepository::StatusChange& change : desk.campaigns().history(uuid))
        path.append(change.to);
    QCOMPARE(path, (QList<S> { S::Draft, S::InReview, S::Approved, S::Published, S::Funded }));
    QCOMPARE(desk.campaigns().load(uuid)->sync.revision, 5);
}

void TestWorkflow::refusedChangeStatusLeavesEverythingAsItWas()
{
    FixedClock clock(QDateTime(kToday, QTime(12, 0), Qt::UTC));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    Campaign incomplete = completeCampaign(kToday);
    incomplete.harm = QStringLiteral("  "); // blank counts as missing
    const Campaign created = desk.campaigns().create(incomplete);
    clock.advance(60'000);

    TransitionCheck check = changeStatus(desk, created.sync.uuid, S::InReview, validAssociation());
    QVERIFY(!check.allowed);
    QCOMPARE(check.reasons, QStringList { QStringLiteral("The harm the action fights is not described.") });
    check = changeStatus(desk, created.sync.uuid, S::Published, validAssociation());
    QVERIFY(!check.allowed);

    const std::optional<Campaign> loaded = desk.campaigns().load(created.sync.uuid);
    QCOMPARE(loaded->status, S::Draft);
    QCOMPARE(loaded->sync.revision, 1);
    QCOMPARE(loaded->sync.updatedAt, created.sync.updatedAt);
    QCOMPARE(desk.campaigns().history(created.sync.uuid).size(), 1);
    QCOMPARE(desk.database().scalar(QStringLiteral("SELECT revision FROM outbox")).toLongLong(), 1);
}

void TestWorkflow::changeStatusOfUnknownCampaignIsRefused()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const TransitionCheck check = changeStatus(desk, QUuid::createUuid(), S::InReview, validAssociation());
    QVERIFY(!check.allowed);
    QCOMPARE(check.reasons.size(), 1);
    QVERIFY(check.reasons.at(0).startsWith(QStringLiteral("No campaign")));
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"

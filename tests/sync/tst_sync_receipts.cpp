// Tax receipts shared between two desks of one association, against a real casedesk-platform
// process (kind "receipt"): the issuing desk's receipt reaches the other read-only, then its
// cancellation; a document that would rewrite a receipt, or make a cancelled one valid again, is
// left out with a line in the log.

#include "Samples.h"
#include "SyncTestKit.h"

#include "common/Clock.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "receipts/ReceiptBatch.h"
#include "receipts/ReceiptPolicy.h"
#include "receipts/ReceiptRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlValues.h"
#include "sync/SyncKinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestSyncReceipts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theIssuingDesksReceiptAndItsCancellationReachTheOtherReadOnly();
    void aReceiptForTheFeedsDonationReachesTheOtherDesk();
};

void TestSyncReceipts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {

// The live record `id` of one collection the platform holds (through the desk API).
QJsonObject serverRecord(const PlatformProcess& server, const QString& collection, const QString& id)
{
    PlatformClient client(server.baseUrl(), server.token());
    return client.sendWithRetries("GET", u"/v1/%1/%2"_s.arg(collection, id), {}, {}).json();
}

// Another desk's write over the record's current version: an older copy, or a tampered one.
int peerPut(const PlatformProcess& server, const QString& collection, const QString& id,
            const QJsonObject& data, qint64 version)
{
    PlatformClient client(server.baseUrl(), server.token());
    const QHash<QByteArray, QByteArray> headers { { "Idempotency-Key", QUuid::createUuid().toByteArray() },
                                                  { "If-Match", '"' + QByteArray::number(version) + '"' } };
    return client
        .sendWithRetries("PUT", u"/v1/%1/%2"_s.arg(collection, id),
                         QJsonDocument(QJsonObject { { u"data"_s, data } }).toJson(), headers)
        .status;
}

// `casedesk-platform feed add`, as the payment side would. The new record's id.
QString feedAdd(const PlatformProcess& server, const QJsonObject& data)
{
    const QStringList arguments {
        u"feed"_s,   u"add"_s,
        u"--data"_s, server.dataDir(),
        u"--kind"_s, u"donation"_s,
        u"--json"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))
    };
    int exitCode = -1;
    const QString added = QString::fromUtf8(PlatformProcess::runCommand(arguments, &exitCode));
    return exitCode == 0 ? added.trimmed() : QString();
}

SyncReport syncLogged(TempDesk& desk, const PlatformProcess& server, QStringList* log)
{
    SyncClient client(desk.database(), fastOptions(server), server.token());
    client.setObserver({ [log](const QString& line) { log->append(line); }, {}, nullptr });
    return client.run();
}

} // namespace

void TestSyncReceipts::theIssuingDesksReceiptAndItsCancellationReachTheOtherReadOnly()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ReceiptPolicy policy;
    policy.thisDeskIssues = true;
    QVERIFY(ReceiptPolicy::save(a.settings(), policy).isEmpty());
    const QString deskA = ReceiptPolicy::deskId(a.settings());

    const QUuid campaign
        = a.campaigns().import(collectingCampaign(Clock::today(), u"Zone humide"_s)).sync.uuid;
    Donor donor;
    donor.name = u"Jeanne Martin"_s;
    donor.address = u"3 place du Marché\n69001 Lyon"_s;
    QVERIFY(DonorRepository(a.database()).create(donor).isEmpty());
    Donation gift;
    gift.campaignUuid = campaign;
    gift.donorUuid = donor.sync.uuid;
    gift.amountCents = 5000;
    gift.date = Clock::today().addDays(-3);
    gift.method = DonationMethod::Cheque;
    QVERIFY(DonationRepository(a.database()).create(gift).isEmpty());
    QVERIFY(bothConverge(setup));

    // A, the issuing desk, issues a receipt for the gift B holds too.
    ReceiptRepository receiptsA(a.database());
    const ReceiptPlan plan
        = ReceiptPlanner::plan(gift.date.year(), receiptsA.candidates(gift.date.year()), ReceiptMode::PerGift,
                               ReceiptPolicy::load(a.settings()), false);
    QCOMPARE(plan.receipts.size(), 1);
    QString refusal;
    const std::optional<Receipt> issued
        = receiptsA.issue(plan.receipts.first(), Clock::today(), deskA, &refusal);
    QVERIFY2(issued, qPrintable(refusal));
    QVERIFY(bothConverge(setup));

    ReceiptRepository receiptsB(b.database());
    std::optional<Receipt> onB = receiptsB.load(issued->sync.uuid);
    QVERIFY(onB);
    QCOMPARE(onB->number, issued->number);
    QCOMPARE(onB->amountCents, 5000);
    QCOMPARE(onB->donorName, donor.name);
    QCOMPARE(onB->issuingDesk, deskA);
    QCOMPARE(onB->status, ReceiptStatus::Issued);
    QCOMPARE(onB->gifts.size(), 1);
    QCOMPARE(onB->gifts.first().donationUuid, gift.sync.uuid);
    QCOMPARE(onB->gifts.first().receiptedCents, 5000);
    QVERIFY(onB->fileName.isEmpty()); // A's PDF stays on A
    QVERIFY(receiptsB.candidates(gift.date.year()).isEmpty()); // the gift is receipted on B too
    // B does not issue: the Tax receipts tab says so, and knows who does.
    QVERIFY(ReceiptBatch(b.database()).refusals().join(u' ').contains(u"does not issue"_s));
    QCOMPARE(receiptsB.otherIssuingDesk(ReceiptPolicy::deskId(b.settings())), deskA);

    // A cancels it; B sees it cancelled, its gift free again.
    QVERIFY(receiptsA.cancel(issued->sync.uuid, u"Gift refunded"_s, Clock::today()).isEmpty());
    QVERIFY(bothConverge(setup));
    onB = receiptsB.load(issued->sync.uuid);
    QCOMPARE(onB->status, ReceiptStatus::Cancelled);
    QCOMPARE(onB->cancelReason, u"Gift refunded"_s);
    QCOMPARE(onB->cancelledOn, Clock::today());
    QCOMPARE(receiptsB.candidates(gift.date.year()).size(), 1);

    // A peer's older copy (still issued), then a tampered one (a higher amount): left out on B,
    // a line in its log each, and B's sync goes on.
    const QString id = SqlValues::uuidText(issued->sync.uuid);
    QJsonObject stored = serverRecord(server, u"receipts"_s, id);
    QJsonObject older = stored.value(u"data"_s).toObject();
    older.insert(u"status"_s, u"issued"_s);
    older.insert(u"cancelledOn"_s, QJsonValue::Null);
    older.insert(u"cancelReason"_s, QString());
    QCOMPARE(peerPut(server, u"receipts"_s, id, older, stored.value(u"version"_s).toInteger()), 200);
    QStringList log;
    SyncReport report = syncLogged(b, server, &log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY2(log.join(u'\n').contains(u"never valid again"_s), qPrintable(log.join(u'\n')));
    QCOMPARE(receiptsB.load(issued->sync.uuid)->status, ReceiptStatus::Cancelled);

    stored = serverRecord(server, u"receipts"_s, id);
    QJsonObject tampered = stored.value(u"data"_s).toObject();
    tampered.insert(u"amountCents"_s, 50000);
    QJsonArray gifts = tampered.value(u"gifts"_s).toArray();
    QJsonObject line = gifts.first().toObject();
    line.insert(u"receiptedCents"_s, 50000);
    gifts[0] = line;
    tampered.insert(u"gifts"_s, gifts);
    // The platform checks the sum; consistent, the document reaches the desks.
    QJsonObject inconsistent = tampered;
    inconsistent.insert(u"amountCents"_s, 40000);
    QCOMPARE(peerPut(server, u"receipts"_s, id, inconsistent, stored.value(u"version"_s).toInteger()), 422);
    QCOMPARE(peerPut(server, u"receipts"_s, id, tampered, stored.value(u"version"_s).toInteger()), 200);
    log.clear();
    report = syncLogged(b, server, &log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY2(log.join(u'\n').contains(u"never rewritten"_s), qPrintable(log.join(u'\n')));
    onB = receiptsB.load(issued->sync.uuid);
    QCOMPARE(onB->amountCents, 5000);
    QCOMPARE(onB->gifts.first().receiptedCents, 5000);
    // The issuing desk refuses it too, and nothing is stuck.
    log.clear();
    report = syncLogged(a, server, &log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY2(log.join(u'\n').contains(u"never rewritten"_s), qPrintable(log.join(u'\n')));
    QCOMPARE(receiptsA.load(issued->sync.uuid)->amountCents, 5000);
    QCOMPARE(SyncKinds::pendingCount(b.database()), 0);
}

// Most gifts reach the desks from the platform's feed, with a donor the feed created on each desk
// and never sent: the issuing desk's receipt for such a gift still reaches the other desk.
void TestSyncReceipts::aReceiptForTheFeedsDonationReachesTheOtherDesk()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    ReceiptPolicy policy;
    policy.thisDeskIssues = true;
    QVERIFY(ReceiptPolicy::save(a.settings(), policy).isEmpty());
    const QUuid campaign
        = a.campaigns().import(collectingCampaign(Clock::today(), u"Zone humide"_s)).sync.uuid;
    QVERIFY(bothConverge(setup));
    const QDate date = Clock::today().addDays(-2);
    const QJsonObject feed { { u"campaignId"_s, SqlValues::uuidText(campaign) },
                             { u"amountCents"_s, 7000 },
                             { u"currency"_s, u"EUR"_s },
                             { u"date"_s, date.toString(Qt::ISODate) },
                             { u"status"_s, u"paid"_s },
                             { u"donor"_s,
                               QJsonObject { { u"id"_s, u"alice"_s },
                                             { u"name"_s, u"Alice Martin"_s },
                                             { u"email"_s, u"alice@example.org"_s },
                                             { u"address"_s, u"5 rue Haute\n31000 Toulouse"_s } } } };
    QVERIFY(!feedAdd(server, feed).isEmpty());
    QVERIFY(bothConverge(setup));

    ReceiptRepository receiptsA(a.database());
    const ReceiptPlan plan
        = ReceiptPlanner::plan(date.year(), receiptsA.candidates(date.year()), ReceiptMode::PerGift,
                               ReceiptPolicy::load(a.settings()), false);
    QCOMPARE(plan.receipts.size(), 1);
    QString refusal;
    const std::optional<Receipt> issued = receiptsA.issue(plan.receipts.first(), Clock::today(),
                                                          ReceiptPolicy::deskId(a.settings()), &refusal);
    QVERIFY2(issued, qPrintable(refusal));
    QStringList log;
    SyncReport report = syncLogged(a, server, &log);
    QVERIFY2(report.converged(), qPrintable(describe(report) + log.join(u'\n')));
    QCOMPARE(SyncKinds::pendingCount(a.database()), 0);
    log.clear();
    report = syncLogged(b, server, &log);
    QVERIFY2(report.converged(), qPrintable(describe(report) + log.join(u'\n')));
    const std::optional<Receipt> onB = ReceiptRepository(b.database()).load(issued->sync.uuid);
    QVERIFY2(onB, qPrintable(log.join(u'\n')));
    QCOMPARE(onB->number, issued->number);
    QCOMPARE(onB->amountCents, 7000);
    QCOMPARE(onB->donorName, u"Alice Martin"_s);
    QVERIFY(ReceiptRepository(b.database()).candidates(date.year()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncReceipts)
#include "tst_sync_receipts.moc"

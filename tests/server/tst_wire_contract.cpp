// One contract: the codes the desk and the platform exchange are written in five places (the
// desk's code tables, the desk's SQL CHECKs, the server's RecordRules and LedgerRules lists,
// docs/platform-api.md and docs/openapi.yaml). The server stays independent of the desk; this
// test reads the enums of docs/openapi.yaml and holds both sides to them.

#include "TempDesk.h"

#include "LedgerRules.h"
#include "RecordRules.h"
#include "board/BoardMember.h"
#include "campaigns/Campaign.h"
#include "donations/ledger/Donation.h"
#include "donations/ledger/Donor.h"
#include "procedures/FrenchCalendar.h"
#include "procedures/Procedure.h"
#include "receipts/Receipt.h"
#include "review/Review.h"
#include "storage/Database.h"
#include "sync/SyncKinds.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The enums of docs/openapi.yaml by the name of what they constrain: "CampaignData.status" for
// a schema's property, "Collection" for a parameter's own schema.
QHash<QString, QStringList> openApiEnums(QString* error)
{
    QFile file(QStringLiteral(CASEDESK_OPENAPI_PATH));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    static const QRegularExpression section(QStringLiteral("^    ([A-Za-z]+):\\s*$"));
    static const QRegularExpression enumLine(
        QStringLiteral("^\\s+([A-Za-z]+): \\{.*\\benum: \\[([^\\]]*)\\]"));
    QHash<QString, QStringList> enums;
    QString owner;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QRegularExpressionMatch named = section.match(line);
        if (named.hasMatch()) {
            owner = named.captured(1);
            continue;
        }
        const QRegularExpressionMatch listed = enumLine.match(line);
        if (!listed.hasMatch())
            continue;
        QStringList values;
        for (QString value : listed.captured(2).split(QLatin1Char(','))) {
            value = value.trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            values.append(value);
        }
        const QString property = listed.captured(1);
        enums.insert(property == QLatin1String("schema") ? owner : owner + QLatin1Char('.') + property,
                     values);
    }
    return enums;
}

template<typename Enum, typename Code>
QStringList codesOf(const QList<Enum>& values, Code code)
{
    QStringList codes;
    for (const Enum value : values)
        codes.append(code(value));
    return codes;
}

// The codes a column's CHECK (column IN ('a', 'b')) allows, as the desk's schema says now.
QStringList checkedCodes(Database& database, const QString& table, const QString& column)
{
    const QString sql
        = database
              .scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
                      { table })
              .toString();
    const QRegularExpression check(QStringLiteral("CHECK \\(\\s*%1 IN \\(([^)]*)\\)").arg(column));
    const QRegularExpressionMatch match = check.match(sql);
    QStringList codes;
    if (!match.hasMatch())
        return codes;
    for (QString code : match.captured(1).split(QLatin1Char(','))) {
        code = code.trimmed();
        codes.append(code.mid(1, code.size() - 2)); // 'code'
    }
    return codes;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestWireContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDocumentNamesEveryEnumTheTestChecks();
    void theDesksCodeTablesAreTheDocuments_data();
    void theDesksCodeTablesAreTheDocuments();
    void theDesksChecksAreTheDocuments_data();
    void theDesksChecksAreTheDocuments();
    void theDesksSyncKindsAreTheDocuments();
    void theServersListsAreTheDocuments();

private:
    QHash<QString, QStringList> m_enums;
};

void TestWireContract::initTestCase()
{
    QString error;
    m_enums = openApiEnums(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// The reader finds what it should: a change of the document's layout fails here, not silently.
void TestWireContract::theDocumentNamesEveryEnumTheTestChecks()
{
    const QStringList expected = { QStringLiteral("Collection"),
                                   QStringLiteral("IfNoneMatch"),
                                   QStringLiteral("BatchWrite.method"),
                                   QStringLiteral("BatchWrite.ifNoneMatch"),
                                   QStringLiteral("Record.kind"),
                                   QStringLiteral("CampaignData.cause"),
                                   QStringLiteral("CampaignData.status"),
                                   QStringLiteral("ProcedureData.status"),
                                   QStringLiteral("ProcedureData.region"),
                                   QStringLiteral("MilestoneData.kind"),
                                   QStringLiteral("GiftData.method"),
                                   QStringLiteral("GiftData.status"),
                                   QStringLiteral("DonorData.legalKind"),
                                   QStringLiteral("DonorData.receiptChoice"),
                                   QStringLiteral("DonationData.status"),
                                   QStringLiteral("ReceiptData.kind"),
                                   QStringLiteral("ReceiptData.form"),
                                   QStringLiteral("ReceiptData.status"),
                                   QStringLiteral("BoardMemberData.role"),
                                   QStringLiteral("ReviewRoundData.status"),
                                   QStringLiteral("ReviewVoteData.choice"),
                                   QStringLiteral("ReviewVoteData.form"),
                                   QStringLiteral("ReviewVoteData.recordedFrom") };
    QCOMPARE(sorted(m_enums.keys()), sorted(expected));
    QCOMPARE(m_enums.value(QStringLiteral("CampaignData.status")).first(), QStringLiteral("draft"));
    QCOMPARE(m_enums.value(QStringLiteral("IfNoneMatch")), QStringList { QStringLiteral("*") });
}

void TestWireContract::theDesksCodeTablesAreTheDocuments_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("desk");
    QTest::newRow("campaign cause") << QStringLiteral("CampaignData.cause")
                                    << codesOf(CampaignCodes::allCauses(), CampaignCodes::cause);
    QTest::newRow("campaign status") << QStringLiteral("CampaignData.status")
                                     << codesOf(CampaignCodes::allStatuses(), CampaignCodes::status);
    QTest::newRow("procedure status") << QStringLiteral("ProcedureData.status")
                                      << codesOf(ProcedureCodes::allStatuses(), ProcedureCodes::status);
    QTest::newRow("procedure region") << QStringLiteral("ProcedureData.region")
                                      << codesOf(FrenchCalendar::allRegions(), FrenchCalendar::regionCode);
    QTest::newRow("milestone kind") << QStringLiteral(
        "MilestoneData.kind") << codesOf(ProcedureCodes::allMilestoneKinds(), ProcedureCodes::milestoneKind);
    QTest::newRow("gift method") << QStringLiteral("GiftData.method")
                                 << codesOf(DonationCodes::methods(), DonationCodes::method);
    QTest::newRow("gift status") << QStringLiteral("GiftData.status")
                                 << codesOf(DonationCodes::statuses(), DonationCodes::status);
    QTest::newRow("donor legal kind")
        << QStringLiteral("DonorData.legalKind") << codesOf(DonorCodes::legalKinds(), DonorCodes::legalKind);
    QTest::newRow("donor receipt choice") << QStringLiteral("DonorData.receiptChoice")
                                          << codesOf(DonorCodes::receiptChoices(), DonorCodes::receiptChoice);
    QTest::newRow("feed donation status")
        << QStringLiteral("DonationData.status") << codesOf(DonationCodes::statuses(), DonationCodes::status);
    QTest::newRow("receipt kind") << QStringLiteral(
        "ReceiptData.kind") << codesOf(QList { ReceiptKind::Gift, ReceiptKind::Annual }, ReceiptCodes::kind);
    QTest::newRow("receipt form") << QStringLiteral("ReceiptData.form")
                                  << codesOf(QList { ReceiptForm::Individual, ReceiptForm::Company },
                                             ReceiptCodes::form);
    QTest::newRow("receipt status") << QStringLiteral("ReceiptData.status")
                                    << codesOf(QList { ReceiptStatus::Issued, ReceiptStatus::Cancelled },
                                               ReceiptCodes::status);
    QTest::newRow("board member role")
        << QStringLiteral("BoardMemberData.role") << codesOf(BoardCodes::allRoles(), BoardCodes::role);
    QTest::newRow("review round status") << QStringLiteral("ReviewRoundData.status")
                                         << codesOf(QList { RoundStatus::Open, RoundStatus::Approved,
                                                            RoundStatus::Rejected, RoundStatus::Superseded },
                                                    ReviewCodes::roundStatus);
    QTest::newRow("review vote choice")
        << QStringLiteral("ReviewVoteData.choice")
        << codesOf(QList { VoteChoice::Approve, VoteChoice::Reject, VoteChoice::Abstain },
                   ReviewCodes::choice);
    QTest::newRow("review vote form")
        << QStringLiteral("ReviewVoteData.form")
        << codesOf(QList { VoteForm::Signed, VoteForm::Recorded }, ReviewCodes::form);
    QTest::newRow("review vote recorded from")
        << QStringLiteral("ReviewVoteData.recordedFrom")
        << codesOf(QList { RecordedFrom::None, RecordedFrom::Meeting, RecordedFrom::Email,
                           RecordedFrom::Letter, RecordedFrom::Phone },
                   ReviewCodes::recordedFrom);
}

void TestWireContract::theDesksCodeTablesAreTheDocuments()
{
    QFETCH(QString, name);
    QFETCH(QStringList, desk);
    QVERIFY(m_enums.contains(name));
    QCOMPARE(sorted(desk), sorted(m_enums.value(name)));
}

void TestWireContract::theDesksChecksAreTheDocuments_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("name");
    QTest::newRow("campaigns.cause") << QStringLiteral("campaigns") << QStringLiteral("cause")
                                     << QStringLiteral("CampaignData.cause");
    QTest::newRow("campaigns.status")
        << QStringLiteral("campaigns") << QStringLiteral("status") << QStringLiteral("CampaignData.status");
    QTest::newRow("procedures.status")
        << QStringLiteral("procedures") << QStringLiteral("status") << QStringLiteral("ProcedureData.status");
    QTest::newRow("procedures.region")
        << QStringLiteral("procedures") << QStringLiteral("region") << QStringLiteral("ProcedureData.region");
    QTest::newRow("milestones.kind") << QStringLiteral("milestones") << QStringLiteral("kind")
                                     << QStringLiteral("MilestoneData.kind");
    QTest::newRow("donations.method")
        << QStringLiteral("donations") << QStringLiteral("method") << QStringLiteral("GiftData.method");
    QTest::newRow("donations.status")
        << QStringLiteral("donations") << QStringLiteral("status") << QStringLiteral("GiftData.status");
    QTest::newRow("donors.legal_kind")
        << QStringLiteral("donors") << QStringLiteral("legal_kind") << QStringLiteral("DonorData.legalKind");
    QTest::newRow("donors.receipt_choice") << QStringLiteral("donors") << QStringLiteral("receipt_choice")
                                           << QStringLiteral("DonorData.receiptChoice");
    QTest::newRow("receipts.kind") << QStringLiteral("receipts") << QStringLiteral("kind")
                                   << QStringLiteral("ReceiptData.kind");
    QTest::newRow("receipts.form") << QStringLiteral("receipts") << QStringLiteral("form")
                                   << QStringLiteral("ReceiptData.form");
    QTest::newRow("receipts.status") << QStringLiteral("receipts") << QStringLiteral("status")
                                     << QStringLiteral("ReceiptData.status");
    QTest::newRow("board_members.role") << QStringLiteral("board_members") << QStringLiteral("role")
                                        << QStringLiteral("BoardMemberData.role");
    QTest::newRow("review_rounds.status") << QStringLiteral("review_rounds") << QStringLiteral("status")
                                          << QStringLiteral("ReviewRoundData.status");
    QTest::newRow("review_votes.choice") << QStringLiteral("review_votes") << QStringLiteral("choice")
                                         << QStringLiteral("ReviewVoteData.choice");
    QTest::newRow("review_votes.form")
        << QStringLiteral("review_votes") << QStringLiteral("form") << QStringLiteral("ReviewVoteData.form");
    QTest::newRow("review_votes.recorded_from")
        << QStringLiteral("review_votes") << QStringLiteral("recorded_from")
        << QStringLiteral("ReviewVoteData.recordedFrom");
}

void TestWireContract::theDesksChecksAreTheDocuments()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, name);
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const QStringList checked = checkedCodes(desk.database(), table, column);
    QVERIFY2(!checked.isEmpty(),
             qPrintable(table + QStringLiteral(".") + column + QStringLiteral(" has no CHECK")));
    QCOMPARE(sorted(checked), sorted(m_enums.value(name)));
}

// The kinds the desk carries, and their collections, are the document's, one for one.
void TestWireContract::theDesksSyncKindsAreTheDocuments()
{
    QStringList kinds;
    QStringList collections;
    for (const SyncKind* kind : SyncKinds::all()) {
        if (!kind->isCarried())
            continue;
        kinds.append(kind->wireKind);
        collections.append(kind->collection);
    }
    QCOMPARE(sorted(kinds), sorted(m_enums.value(QStringLiteral("Record.kind"))));
    QCOMPARE(sorted(collections), sorted(m_enums.value(QStringLiteral("Collection"))));
}

// Every list the server checks a record against is the document's enum of that name.
void TestWireContract::theServersListsAreTheDocuments()
{
    const QHash<QString, QStringList> server = platform::RecordRules::codeLists();
    QVERIFY(server.size() >= 8);
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        QVERIFY2(m_enums.contains(it.key()), qPrintable(it.key()));
        if (sorted(it.value()) != sorted(m_enums.value(it.key())))
            QFAIL(qPrintable(it.key() + QStringLiteral(": the server has ")
                             + it.value().join(QStringLiteral(", ")) + QStringLiteral("; the document ")
                             + m_enums.value(it.key()).join(QStringLiteral(", "))));
    }
}

QTEST_GUILESS_MAIN(TestWireContract)
#include "tst_wire_contract.moc"

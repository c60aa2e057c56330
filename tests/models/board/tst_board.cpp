// BoardRepository against a real desk file: members added, edited and retired with the sentences
// that refuse bad input (and nothing written then), one president at a time, the statutes' rules
// kept in the association's row, and this desk's owner.

#include "FixedClock.h"
#include "TempDesk.h"

#include "board/BoardRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

BoardMember member(const QString& name, BoardRole role, const QDate& from)
{
    BoardMember m;
    m.name = name;
    m.role = role;
    m.email = name.section(u' ', 0, 0).toLower() + u"@example.org"_s;
    m.from = from;
    return m;
}

int rowCount(Database& database, const QString& sql)
{
    return database.scalar(sql).toInt();
}

QStringList messages(const QList<FieldProblem>& problems)
{
    QStringList all;
    for (const FieldProblem& problem : problems)
        all.append(problem.field + u": "_s + problem.message);
    return all;
}

} // namespace

class TestBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_clock = std::make_unique<FixedClock>();
        m_desk = std::make_unique<TempDesk>();
        CASEDESK_VERIFY_DESK(*m_desk);
        m_board = std::make_unique<BoardRepository>(m_desk->database());
    }

    void cleanup()
    {
        m_board.reset();
        m_desk.reset();
        m_clock.reset();
    }

    void addedMemberIsStoredAndQueuedForSync();
    void refusedMemberNamesEachFieldAndWritesNothing();
    void secondPresidentInOfficeIsRefused();
    void aPresidentMayFollowOneWhoRetired();
    void editedMemberKeepsItsIdentityAndStaleEditIsRefused();
    void retiredMemberLeavesOfficeTheDayAfter();
    void retiringBeforeTheMandateBeganIsRefused();
    void memberIsFoundByNameOrIdentifierPrefix();
    void publicKeyMustBeThirtyTwoBytesOfBase64();
    void inOfficeOnAndNameWithRole();
    void rulesAreTheUsualStatutesUntilSet();
    void rulesRoundTripThroughTheDeskAndJson();
    void quorumFractionAboveOneIsRefusedAndNothingWritten();
    void quorumNumberBelowOneIsRefused();
    void rulesAreDescribedInSentences();
    void deskOwnerIsAMemberOrNone();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<BoardRepository> m_board;
};

void TestBoard::addedMemberIsStoredAndQueuedForSync()
{
    BoardMember claire = member(u"Claire Martin"_s, BoardRole::Secretary, QDate(2024, 6, 1));
    QVERIFY(m_board->add(claire).isEmpty());
    QVERIFY(!claire.sync.uuid.isNull());
    QCOMPARE(claire.sync.revision, 1);
    const std::optional<BoardMember> loaded = m_board->load(claire.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, u"Claire Martin"_s);
    QCOMPARE(loaded->role, BoardRole::Secretary);
    QCOMPARE(loaded->email, u"claire@example.org"_s);
    QCOMPARE(loaded->from, QDate(2024, 6, 1));
    QVERIFY(loaded->until.isNull());
    QCOMPARE(rowCount(m_desk->database(),
                      u"SELECT count(*) FROM outbox WHERE entity = 'board_member' AND revision = 1"_s),
             1);
}

void TestBoard::refusedMemberNamesEachFieldAndWritesNothing()
{
    BoardMember bad = member(u"  "_s, BoardRole::Treasurer, QDate(2025, 1, 10));
    bad.email = u"paul.example.org"_s;
    bad.until = QDate(2024, 12, 31);
    const QStringList problems = messages(m_board->add(bad));
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith(u"name: Name: give the member's name."_s),
             qPrintable(problems.join(u'\n')));
    QCOMPARE(problems.at(1),
             u"until: Until: the mandate cannot end (31/12/2024) before it begins (10/01/2025)."_s);
    QVERIFY(problems.at(2).contains(u"\"paul.example.org\" is not an e-mail address"_s));
    BoardMember noStart = member(u"Paul Girard"_s, BoardRole::Treasurer, QDate());
    QCOMPARE(messages(m_board->add(noStart)),
             QStringList { u"from: From: give the date the mandate began."_s });
    QCOMPARE(rowCount(m_desk->database(), u"SELECT count(*) FROM board_members"_s), 0);
    QCOMPARE(rowCount(m_desk->database(), u"SELECT count(*) FROM outbox"_s), 0);
}

void TestBoard::secondPresidentInOfficeIsRefused()
{
    BoardMember first = member(u"Hélène Marchand"_s, BoardRole::President, QDate(2023, 1, 1));
    QVERIFY(m_board->add(first).isEmpty());
    BoardMember second = member(u"Louis Fabre"_s, BoardRole::President, QDate(2025, 9, 1));
    const QList<FieldProblem> problems = m_board->add(second);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"role"_s);
    QCOMPARE(problems.first().message,
             u"Role: Hélène Marchand is president since 01/01/2023; a board has one president at a time "
             "(retire them first, or choose another role)."_s);
    QCOMPARE(m_board->all().size(), 1);

    // Nor by an edit: an administrator made president while one is in office.
    BoardMember admin = member(u"Louis Fabre"_s, BoardRole::Administrator, QDate(2025, 9, 1));
    QVERIFY(m_board->add(admin).isEmpty());
    admin.role = BoardRole::President;
    QCOMPARE(m_board->save(admin).size(), 1);
    QCOMPARE(m_board->load(admin.sync.uuid)->role, BoardRole::Administrator);
}

void TestBoard::aPresidentMayFollowOneWhoRetired()
{
    BoardMember first = member(u"Hélène Marchand"_s, BoardRole::President, QDate(2023, 1, 1));
    QVERIFY(m_board->add(first).isEmpty());
    QCOMPARE(m_board->retire(first.sync.uuid, QDate(2025, 8, 31)), QString());
    BoardMember next = member(u"Louis Fabre"_s, BoardRole::President, QDate(2025, 9, 1));
    QVERIFY(m_board->add(next).isEmpty());
    // ...but not one whose mandate began while the first was still in office.
    BoardMember overlapping = member(u"Yves Roussel"_s, BoardRole::President, QDate(2025, 8, 1));
    overlapping.until = QDate(2025, 8, 15);
    QCOMPARE(m_board->add(overlapping).size(), 1);
}

void TestBoard::editedMemberKeepsItsIdentityAndStaleEditIsRefused()
{
    BoardMember nadia = member(u"Nadia Benali"_s, BoardRole::Administrator, QDate(2024, 6, 1));
    QVERIFY(m_board->add(nadia).isEmpty());
    BoardMember stale = nadia;
    nadia.role = BoardRole::Other;
    nadia.roleLabel = u"vice-présidente"_s;
    nadia.email = u"nadia.benali@example.org"_s;
    QVERIFY(m_board->save(nadia).isEmpty());
    QCOMPARE(nadia.sync.revision, 2);
    const BoardMember loaded = *m_board->load(nadia.sync.uuid);
    QCOMPARE(loaded.roleLabel, u"vice-présidente"_s);
    QCOMPARE(loaded.nameWithRole(), u"Nadia Benali (vice-présidente)"_s);
    QCOMPARE(rowCount(m_desk->database(),
                      u"SELECT count(*) FROM outbox WHERE entity = 'board_member' AND revision = 2"_s),
             1);
    stale.name = u"Nadia B."_s;
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, m_board->save(stale));
    QCOMPARE(m_board->load(nadia.sync.uuid)->name, u"Nadia Benali"_s);
}

void TestBoard::retiredMemberLeavesOfficeTheDayAfter()
{
    BoardMember louis = member(u"Louis Fabre"_s, BoardRole::Treasurer, QDate(2022, 3, 1));
    QVERIFY(m_board->add(louis).isEmpty());
    QCOMPARE(m_board->retire(louis.sync.uuid, QDate(2026, 3, 16)), QString());
    const BoardMember loaded = *m_board->load(louis.sync.uuid);
    QCOMPARE(loaded.until, QDate(2026, 3, 16));
    QCOMPARE(loaded.sync.revision, 2);
    QCOMPARE(m_board->inOfficeOn(QDate(2026, 3, 16)).size(), 1);
    QCOMPARE(m_board->inOfficeOn(QDate(2026, 3, 17)).size(), 0);
    QCOMPARE(m_board->all().size(), 1); // retired, never deleted
}

void TestBoard::retiringBeforeTheMandateBeganIsRefused()
{
    BoardMember louis = member(u"Louis Fabre"_s, BoardRole::Treasurer, QDate(2025, 3, 1));
    QVERIFY(m_board->add(louis).isEmpty());
    QCOMPARE(
        m_board->retire(louis.sync.uuid, QDate(2025, 2, 28)),
        u"Until: the mandate of Louis Fabre began on 01/03/2025; it cannot end before that (28/02/2025)."_s);
    QVERIFY(m_board->load(louis.sync.uuid)->until.isNull());
    QCOMPARE(m_board->load(louis.sync.uuid)->sync.revision, 1);
    QVERIFY(m_board->retire(QUuid::createUuid(), QDate(2026, 1, 1))
                .startsWith(u"No board member has the identifier"_s));
}

void TestBoard::memberIsFoundByNameOrIdentifierPrefix()
{
    BoardMember claire = member(u"Claire Martin"_s, BoardRole::Secretary, QDate(2024, 6, 1));
    QVERIFY(m_board->add(claire).isEmpty());
    BoardMember other = member(u"Claire Martin"_s, BoardRole::Administrator, QDate(2024, 6, 1));
    BoardMember paul = member(u"Paul Girard"_s, BoardRole::Administrator, QDate(2024, 6, 1));
    QVERIFY(m_board->add(paul).isEmpty());
    QString error;
    QCOMPARE(m_board->resolve(u"paul girard"_s, &error), std::optional<QUuid>(paul.sync.uuid));
    QCOMPARE(m_board->resolve(paul.sync.uuid.toString(QUuid::WithoutBraces).left(8), &error),
             std::optional<QUuid>(paul.sync.uuid));
    QVERIFY(!m_board->resolve(u"Jean Dupont"_s, &error));
    QCOMPARE(error, u"No board member is named \"Jean Dupont\" or has this identifier."_s);
    QVERIFY(m_board->add(other).isEmpty());
    QVERIFY(!m_board->resolve(u"Claire Martin"_s, &error));
    QVERIFY(error.contains(u"several members have this name"_s));
}

void TestBoard::publicKeyMustBeThirtyTwoBytesOfBase64()
{
    BoardMember claire = member(u"Claire Martin"_s, BoardRole::Secretary, QDate(2024, 6, 1));
    QVERIFY(m_board->add(claire).isEmpty());
    const QString key = QString::fromLatin1(QByteArray(32, '\x07').toBase64());
    QVERIFY(m_board->setPublicKey(claire.sync.uuid, u"not a key"_s).contains(u"is not a public key"_s));
    QVERIFY(m_board->setPublicKey(claire.sync.uuid, QString::fromLatin1(QByteArray(31, 'x').toBase64()))
                .contains(u"32 bytes"_s));
    QVERIFY(m_board->load(claire.sync.uuid)->publicKey.isEmpty());
    QCOMPARE(m_board->setPublicKey(claire.sync.uuid, key), QString());
    QCOMPARE(m_board->load(claire.sync.uuid)->publicKey, key);
}

void TestBoard::inOfficeOnAndNameWithRole()
{
    BoardMember m = member(u"Paul Girard"_s, BoardRole::Treasurer, QDate(2024, 1, 1));
    m.until = QDate(2024, 12, 31);
    QVERIFY(!m.inOfficeOn(QDate(2023, 12, 31)));
    QVERIFY(m.inOfficeOn(QDate(2024, 1, 1)));
    QVERIFY(m.inOfficeOn(QDate(2024, 12, 31)));
    QVERIFY(!m.inOfficeOn(QDate(2025, 1, 1)));
    QCOMPARE(m.nameWithRole(), u"Paul Girard (treasurer)"_s);
    QCOMPARE(BoardCodes::roleFromCode(u"secretary"_s), std::optional<BoardRole>(BoardRole::Secretary));
    QCOMPARE(BoardCodes::role(BoardRole::Administrator), u"administrator"_s);
    QVERIFY(!BoardCodes::roleFromCode(u"king"_s));
    QCOMPARE(BoardCodes::allRoles().size(), 5);
}

void TestBoard::rulesAreTheUsualStatutesUntilSet()
{
    QCOMPARE(m_board->rules(), BoardRules());
    const BoardRules rules = m_board->rules();
    QCOMPARE(rules.quorumKind, QuorumKind::Fraction);
    QCOMPARE(rules.quorumOf(7), 4);
    QCOMPARE(rules.majority, MajorityKind::Simple);
    QVERIFY(!rules.abstentionsCountAsCast);
    QVERIFY(rules.presidentBreaksTie);
}

void TestBoard::rulesRoundTripThroughTheDeskAndJson()
{
    BoardRules rules;
    rules.majority = MajorityKind::Absolute;
    const QList<FieldProblem> noProfile = m_board->setRules(rules);
    QCOMPARE(noProfile.size(), 1);
    QVERIFY(noProfile.first().message.contains(u"fill in the profile"_s));
    QCOMPARE(m_board->rules(), BoardRules());
    Association profile;
    profile.name = u"Eaux Vives"_s;
    QVERIFY(m_desk->associations().save(profile).isEmpty());

    rules.quorumKind = QuorumKind::Number;
    rules.quorumNumber = 5;
    rules.quorumNumerator = 2;
    rules.quorumDenominator = 3;
    rules.majority = MajorityKind::TwoThirds;
    rules.abstentionsCountAsCast = true;
    rules.presidentBreaksTie = false;
    QVERIFY(m_board->setRules(rules).isEmpty());
    QCOMPARE(m_board->rules(), rules);
    QCOMPARE(BoardRules::fromJson(rules.toJson()), std::optional<BoardRules>(rules));
    const QJsonObject json = rules.toJson();
    QCOMPARE(json.value(u"majority"_s).toString(), u"two_thirds"_s);
    QJsonObject broken = json;
    broken.insert(u"majority"_s, u"most"_s);
    QVERIFY(!BoardRules::fromJson(broken));

    // The association's profile keeps its own columns; saving it leaves the rules alone.
    profile = m_desk->associations().load();
    profile.address = u"3 rue des Lices, Albi"_s;
    QVERIFY(m_desk->associations().save(profile).isEmpty());
    QCOMPARE(m_board->rules(), rules);
    QCOMPARE(m_desk->associations().load().address, u"3 rue des Lices, Albi"_s);
}

void TestBoard::quorumFractionAboveOneIsRefusedAndNothingWritten()
{
    BoardRules rules;
    rules.quorumNumerator = 3;
    rules.quorumDenominator = 2;
    const QList<FieldProblem> problems = m_board->setRules(rules);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"quorumFraction"_s);
    QCOMPARE(
        problems.first().message,
        u"Quorum: 3/2 is more than all the members in office; a fraction of the members cannot be above 1."_s);
    QCOMPARE(rowCount(m_desk->database(), u"SELECT count(*) FROM association"_s), 0);
    QCOMPARE(m_board->rules(), BoardRules());

    rules.quorumNumerator = 1;
    rules.quorumDenominator = 200;
    QCOMPARE(BoardRulesCheck::validate(rules).first().field, u"quorumFraction"_s);
}

void TestBoard::quorumNumberBelowOneIsRefused()
{
    BoardRules rules;
    rules.quorumKind = QuorumKind::Number;
    rules.quorumNumber = 0;
    const QList<FieldProblem> problems = BoardRulesCheck::validate(rules);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"quorumNumber"_s);
    QCOMPARE(problems.first().message, u"Quorum: at least 1 member must take part (0 was given)."_s);
    QVERIFY(!m_board->setRules(rules).isEmpty());
    QCOMPARE(m_board->rules(), BoardRules());
}

void TestBoard::rulesAreDescribedInSentences()
{
    BoardRules rules;
    QCOMPARE(rules.describeQuorum(7), u"Quorum: half of the members in office (4 of 7)."_s);
    rules.quorumNumerator = 3;
    rules.quorumDenominator = 5;
    QCOMPARE(rules.describeQuorum(7), u"Quorum: 3/5 of the members in office (5 of 7)."_s);
    rules.quorumKind = QuorumKind::Number;
    QVERIFY(rules.describeQuorum(7).startsWith(u"Quorum: at least 3 member"_s));
    QVERIFY(rules.describeMajority().contains(u"simple majority"_s));
    rules.majority = MajorityKind::Unanimity;
    QVERIFY(rules.describeMajority().contains(u"unanimity"_s));
    QVERIFY(rules.describeAbstentions().startsWith(u"Abstentions do not count"_s));
    QVERIFY(rules.describeCastingVote().contains(u"president's vote decides"_s));
}

void TestBoard::deskOwnerIsAMemberOrNone()
{
    QVERIFY(!m_board->deskOwner());
    BoardMember claire = member(u"Claire Martin"_s, BoardRole::Secretary, QDate(2024, 6, 1));
    QVERIFY(m_board->add(claire).isEmpty());
    QCOMPARE(m_board->setDeskOwner(claire.sync.uuid), QString());
    QCOMPARE(m_board->deskOwner(), std::optional<QUuid>(claire.sync.uuid));
    QVERIFY(m_board->setDeskOwner(QUuid::createUuid()).contains(u"must be on the board"_s));
    QCOMPARE(m_board->deskOwner(), std::optional<QUuid>(claire.sync.uuid));
    QCOMPARE(m_board->setDeskOwner(std::nullopt), QString());
    QVERIFY(!m_board->deskOwner());
}

QTEST_GUILESS_MAIN(TestBoard)
#include "tst_board.moc"

// casedesk-cli's review and board key commands, run as a board member would: a round opened on
// the dossier, a signing key made into the real keychain, a signed vote, a vote recorded by the
// secretary, a comment, the round shown with each vote's check, the decision and the approval it
// allows. CTest runs this executable twice (tests/cli/CMakeLists.txt):
//   tst_review_cli           everything but withoutKeychain..., under dbus-run-session with an
//                            unlocked gnome-keyring in a temporary HOME
//   tst_review_cli_absent    withoutKeychain... with no session bus
// A keychain function run in the other environment fails: neither path is ever skipped.

#include "CliProcess.h"
#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "board/BoardRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aRoundIsOpenedVotedShownAndDecidedFromTheCli();
    void badInputExitsWithItsCode();
    void aTamperedVoteShowsAsSignatureInvalid();
    void withoutKeychainNoKeyIsMadeAndNothingRegistered();

private:
    ProcessResult cli(const QStringList& arguments);
    QJsonDocument json(const QStringList& arguments);
    QUuid addMember(const QString& name, BoardRole role);

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<TempDesk> m_desk;
    QString m_campaign;
};

void TestReviewCli::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_campaign = m_desk->campaigns()
                     .create(completeCampaign(QDate::currentDate(), u"Recours contre le barrage"_s))
                     .sync.uuid.toString(QUuid::WithoutBraces);
    addMember(u"Hélène Roche"_s, BoardRole::President);
    addMember(u"Claire Martin"_s, BoardRole::Secretary);
    addMember(u"Paul Durand"_s, BoardRole::Administrator);
}

void TestReviewCli::cleanup()
{
    m_desk.reset();
    m_root.reset();
}

ProcessResult TestReviewCli::cli(const QStringList& arguments)
{
    // The child keeps this test's session bus (or its absence); its folders are its own.
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), m_desk->path(), arguments,
                  isolatedEnvironment(m_root->path()));
}

QJsonDocument TestReviewCli::json(const QStringList& arguments)
{
    const ProcessResult result = cli(QStringList { u"--json"_s } + arguments);
    if (!result.finished || result.exitCode != kSuccess)
        qWarning("%s", qPrintable(result.describe()));
    return QJsonDocument::fromJson(result.standardOutput);
}

QUuid TestReviewCli::addMember(const QString& name, BoardRole role)
{
    BoardRepository board(m_desk->database());
    BoardMember member;
    member.name = name;
    member.role = role;
    member.from = QDate(2024, 1, 1);
    const QList<FieldProblem> problems = board.add(member);
    if (!problems.isEmpty())
        qFatal("member refused: %s", qPrintable(problems.first().message));
    return member.sync.uuid;
}

void TestReviewCli::aRoundIsOpenedVotedShownAndDecidedFromTheCli()
{
    const ProcessResult started = cli({ u"review"_s, u"start"_s, u"--campaign"_s, m_campaign });
    CLI_EXPECT(started, kSuccess);
    const QString out = QString::fromUtf8(started.standardOutput);
    QVERIFY2(out.contains(u"Round 1 of \"Recours contre le barrage\" opened on the dossier"_s)
                 && out.contains(u"for 3 members in office"_s),
             qPrintable(out));

    const ProcessResult key = cli({ u"board"_s, u"key"_s, u"--member"_s, u"Paul Durand"_s });
    CLI_EXPECT(key, kSuccess);
    QVERIFY(!BoardRepository(m_desk->database()).all().isEmpty());
    CLI_EXPECT(cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s, u"approve"_s,
                     u"--member"_s, u"Paul Durand"_s }),
               kSuccess);
    CLI_EXPECT(cli({ u"review"_s, u"record"_s, u"--campaign"_s, m_campaign, u"--member"_s, u"Hélène Roche"_s,
                     u"--choice"_s, u"approve"_s, u"--from"_s, u"meeting"_s, u"--note"_s,
                     u"séance du 12 mars"_s, u"--secretary"_s, u"Claire Martin"_s }),
               kSuccess);
    const ProcessResult comment
        = cli({ u"review"_s, u"comment"_s, u"--campaign"_s, m_campaign, u"--section"_s, u"case"_s,
                u"--text"_s, u"Le délai de recours est-il vérifié ?"_s });
    CLI_EXPECT(comment, kSuccess);
    const QString commentId = QString::fromUtf8(comment.standardOutput).trimmed();
    CLI_EXPECT(cli({ u"review"_s, u"resolve"_s, commentId.left(8) }), kSuccess);

    const ProcessResult shown = cli({ u"review"_s, u"show"_s, u"--campaign"_s, m_campaign });
    CLI_EXPECT(shown, kSuccess);
    const QString text = QString::fromUtf8(shown.standardOutput);
    for (const QString& expected : { u"signed and verified"_s, u"recorded by Claire Martin from a meeting"_s,
                                     u"Le délai de recours est-il vérifié ?"_s, u"resolved"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    const QJsonObject round = json({ u"review"_s, u"show"_s, u"--campaign"_s, m_campaign }).object();
    QCOMPARE(round.value(u"fingerprint"_s).toString().size(), 64);
    QVERIFY(text.contains(round.value(u"fingerprint"_s).toString().left(4)));
    const QJsonArray votes = round.value(u"votes"_s).toArray();
    QCOMPARE(votes.size(), 2);
    QCOMPARE(votes.at(0).toObject().value(u"check"_s).toString(), u"signed_and_verified"_s);
    QCOMPARE(votes.at(1).toObject().value(u"check"_s).toString(), u"recorded"_s);

    // Approval waits for the decision.
    ProcessResult refused = cli({ u"campaign"_s, u"status"_s, m_campaign, u"approved"_s });
    CLI_EXPECT(refused, kRuntimeError);
    QVERIFY2(refused.standardError.contains("The board has not approved this version of the dossier"),
             refused.standardError.constData());
    const QJsonObject decision = json({ u"review"_s, u"decide"_s, u"--campaign"_s, m_campaign }).object();
    QCOMPARE(decision.value(u"outcome"_s).toString(), u"approved"_s);
    CLI_EXPECT(cli({ u"campaign"_s, u"status"_s, m_campaign, u"approved"_s }), kSuccess);
    refused = cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s, u"approve"_s,
                    u"--member"_s, u"Paul Durand"_s });
    CLI_EXPECT(refused, kRuntimeError);
}

void TestReviewCli::badInputExitsWithItsCode()
{
    // Nothing to vote on yet.
    ProcessResult result = cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s,
                                 u"approve"_s, u"--member"_s, u"Paul Durand"_s });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("review start"), result.standardError.constData());
    CLI_EXPECT(cli({ u"review"_s, u"start"_s, u"--campaign"_s, m_campaign }), kSuccess);
    CLI_EXPECT(cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s, u"maybe"_s }),
               kUsageError);
    CLI_EXPECT(cli({ u"review"_s, u"record"_s, u"--campaign"_s, m_campaign, u"--member"_s, u"Paul Durand"_s,
                     u"--choice"_s, u"approve"_s, u"--from"_s, u"pigeon"_s }),
               kUsageError);
    // This desk belongs to nobody: a vote must name its member.
    result = cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s, u"approve"_s });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("--member"), result.standardError.constData());
    // No key on this computer for Claire Martin.
    result = cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s, u"approve"_s,
                   u"--member"_s, u"Claire Martin"_s });
    CLI_EXPECT(result, kRuntimeError);
    // Only the secretary records; a rejection needs its reason.
    result
        = cli({ u"review"_s, u"record"_s, u"--campaign"_s, m_campaign, u"--member"_s, u"Paul Durand"_s,
                u"--choice"_s, u"approve"_s, u"--from"_s, u"email"_s, u"--secretary"_s, u"Hélène Roche"_s });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("is not the board's secretary"), result.standardError.constData());
    result
        = cli({ u"review"_s, u"record"_s, u"--campaign"_s, m_campaign, u"--member"_s, u"Paul Durand"_s,
                u"--choice"_s, u"reject"_s, u"--from"_s, u"email"_s, u"--secretary"_s, u"Claire Martin"_s });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("a rejection needs its reason"), result.standardError.constData());
    // No quorum yet.
    result = cli({ u"review"_s, u"decide"_s, u"--campaign"_s, m_campaign });
    CLI_EXPECT(result, kRuntimeError);
    QVERIFY2(result.standardError.contains("No decision can be recorded yet"),
             result.standardError.constData());
    QCOMPARE(m_desk->database().scalar(u"SELECT COUNT(*) FROM review_votes"_s).toInt(), 0);
}

void TestReviewCli::aTamperedVoteShowsAsSignatureInvalid()
{
    CLI_EXPECT(cli({ u"review"_s, u"start"_s, u"--campaign"_s, m_campaign }), kSuccess);
    CLI_EXPECT(cli({ u"board"_s, u"key"_s, u"--member"_s, u"Paul Durand"_s }), kSuccess);
    CLI_EXPECT(cli({ u"review"_s, u"vote"_s, u"--campaign"_s, m_campaign, u"--choice"_s, u"reject"_s,
                     u"--reason"_s, u"Risques sous-estimés"_s, u"--member"_s, u"Paul Durand"_s }),
               kSuccess);
    m_desk->database().exec(u"UPDATE review_votes SET choice = 'approve', reason = ''"_s);
    const ProcessResult shown = cli({ u"review"_s, u"show"_s, u"--campaign"_s, m_campaign });
    CLI_EXPECT(shown, kSuccess);
    QVERIFY2(shown.standardOutput.contains("signature invalid"), shown.standardOutput.constData());
    QVERIFY(!shown.standardOutput.contains("signed and verified"));
}

void TestReviewCli::withoutKeychainNoKeyIsMadeAndNothingRegistered()
{
    const ProcessResult key = cli({ u"board"_s, u"key"_s, u"--member"_s, u"Paul Durand"_s });
    CLI_EXPECT(key, kRuntimeError);
    QVERIFY2(key.standardError.contains("could not be stored in the keychain"),
             key.standardError.constData());
    BoardRepository board(m_desk->database());
    for (const BoardMember& member : board.all())
        QVERIFY(member.publicKey.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_review_cli.moc"

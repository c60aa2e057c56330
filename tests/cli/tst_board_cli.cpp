// casedesk-cli's board commands run as a user would: members added, edited and retired, the
// refusals with their exit codes (1: the desk refuses, 2: the command is malformed) and what they
// leave unchanged, the statutes' rules shown and set, and this desk's owner.

#include "CliProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestBoardCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    }

    void init() { m_desk = m_dir.filePath(u"desk-%1.db"_s.arg(++m_count)); }

    void membersAreAddedListedAndEdited();
    void refusalsSayWhyAndChangeNothing();
    void retireEndsTheMandateNotBeforeItBegan();
    void rulesAreShownAndSet();
    void quorumFractionAboveOneIsRefused();
    void deskOwnerIsSetAndCleared();

private:
    CliRun cli(const QStringList& arguments)
    {
        return runCliText(QStringLiteral(CASEDESK_CLI_PATH),
                          QStringList { u"--database"_s, m_desk } + arguments, m_dir.filePath(u"data"_s));
    }
    QString add(const QString& name, const QString& role, const QString& from = u"2024-06-01"_s)
    {
        const CliRun run = cli({ u"board"_s, u"add"_s, name, u"--role"_s, role, u"--from"_s, from });
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.out.trimmed();
    }
    QJsonArray list()
    {
        return QJsonDocument::fromJson(cli({ u"--json"_s, u"board"_s, u"list"_s }).out.toUtf8()).array();
    }

    QTemporaryDir m_dir;
    QString m_desk;
    int m_count = 0;
};

void TestBoardCli::membersAreAddedListedAndEdited()
{
    const QString president = add(u"Hélène Marchand"_s, u"president"_s);
    QCOMPARE(president.size(), 36);
    add(u"Claire Martin"_s, u"secretary"_s);
    const CliRun text = cli({ u"board"_s, u"list"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Hélène Marchand"_s) && text.out.contains(u"SIGNING KEY"_s),
             qPrintable(text.out));

    const CliRun edited
        = cli({ u"board"_s, u"edit"_s, u"claire martin"_s, u"--email"_s, u"claire@example.org"_s, u"--role"_s,
                u"other"_s, u"--role-label"_s, u"vice-présidente"_s });
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.out.trimmed(), u"Claire Martin (vice-présidente) saved."_s);
    const QJsonArray members = list();
    QCOMPARE(members.size(), 2);
    const QJsonObject claire = members.at(0).toObject();
    QCOMPARE(claire.value(u"name"_s).toString(), u"Claire Martin"_s);
    QCOMPARE(claire.value(u"role"_s).toString(), u"other"_s);
    QCOMPARE(claire.value(u"email"_s).toString(), u"claire@example.org"_s);
    QCOMPARE(claire.value(u"from"_s).toString(), u"2024-06-01"_s);
    QVERIFY(claire.value(u"until"_s).isNull());
    QCOMPARE(members.at(1).toObject().value(u"uuid"_s).toString(), president);
}

void TestBoardCli::refusalsSayWhyAndChangeNothing()
{
    add(u"Hélène Marchand"_s, u"president"_s);
    const CliRun second = cli({ u"board"_s, u"add"_s, u"Louis Fabre"_s, u"--role"_s, u"president"_s });
    QCOMPARE(second.exitCode, kRuntimeError);
    QVERIFY2(second.err.contains(u"Hélène Marchand is president since"_s), qPrintable(second.err));
    const CliRun badRole = cli({ u"board"_s, u"add"_s, u"Louis Fabre"_s, u"--role"_s, u"king"_s });
    QCOMPARE(badRole.exitCode, kUsageError);
    QVERIFY2(badRole.err.contains(u"unknown role \"king\""_s), qPrintable(badRole.err));
    const CliRun badEmail = cli({ u"board"_s, u"add"_s, u"Louis Fabre"_s, u"--email"_s, u"louis"_s });
    QCOMPARE(badEmail.exitCode, kRuntimeError);
    QVERIFY(badEmail.err.contains(u"is not an e-mail address"_s));
    const CliRun unknown = cli({ u"board"_s, u"edit"_s, u"Jean Dupont"_s, u"--email"_s, u"j@example.org"_s });
    QCOMPARE(unknown.exitCode, kRuntimeError);
    QVERIFY(unknown.err.contains(u"No board member is named \"Jean Dupont\""_s));
    QCOMPARE(list().size(), 1);
}

void TestBoardCli::retireEndsTheMandateNotBeforeItBegan()
{
    const QString id = add(u"Louis Fabre"_s, u"treasurer"_s, u"2025-03-01"_s);
    const CliRun early = cli({ u"board"_s, u"retire"_s, id.left(8), u"--on"_s, u"2025-02-01"_s });
    QCOMPARE(early.exitCode, kRuntimeError);
    QVERIFY2(early.err.contains(u"it cannot end before that"_s), qPrintable(early.err));
    QVERIFY(list().at(0).toObject().value(u"until"_s).isNull());
    const CliRun retired = cli({ u"board"_s, u"retire"_s, u"Louis Fabre"_s, u"--on"_s, u"2026-01-31"_s });
    QCOMPARE(retired.exitCode, 0);
    QCOMPARE(retired.out.trimmed(), u"The mandate of Louis Fabre ends on 2026-01-31."_s);
    QCOMPARE(list().at(0).toObject().value(u"until"_s).toString(), u"2026-01-31"_s);
}

void TestBoardCli::rulesAreShownAndSet()
{
    for (const QString& name : { u"Ana"_s, u"Bea"_s, u"Cid"_s, u"Dan"_s, u"Eva"_s, u"Fay"_s, u"Gus"_s })
        add(name, u"administrator"_s);
    const CliRun shown = cli({ u"board"_s, u"rules"_s });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.startsWith(u"Quorum: half of the members in office (4 of 7).\n"_s),
             qPrintable(shown.out));

    // The rules are kept with the association's profile.
    const CliRun noProfile = cli({ u"board"_s, u"rules"_s, u"--majority"_s, u"two-thirds"_s });
    QCOMPARE(noProfile.exitCode, kRuntimeError);
    QVERIFY(noProfile.err.contains(u"fill in the profile"_s));
    QCOMPARE(cli({ u"association"_s, u"set"_s, u"name"_s, u"Eaux Vives"_s }).exitCode, 0);

    const CliRun set
        = cli({ u"--json"_s, u"board"_s, u"rules"_s, u"--quorum"_s, u"3"_s, u"--majority"_s, u"two-thirds"_s,
                u"--abstentions-count"_s, u"yes"_s, u"--casting-vote"_s, u"no"_s });
    QCOMPARE(set.exitCode, 0);
    const QJsonObject rules = QJsonDocument::fromJson(set.out.toUtf8()).object();
    QCOMPARE(rules.value(u"quorumKind"_s).toString(), u"number"_s);
    QCOMPARE(rules.value(u"quorumNumber"_s).toInt(), 3);
    QCOMPARE(rules.value(u"majority"_s).toString(), u"two_thirds"_s);
    QCOMPARE(rules.value(u"abstentionsCountAsCast"_s).toBool(), true);
    QCOMPARE(rules.value(u"presidentBreaksTie"_s).toBool(), false);
    QCOMPARE(rules.value(u"membersInOffice"_s).toInt(), 7);

    const CliRun again = cli({ u"board"_s, u"rules"_s, u"--quorum-fraction"_s, u"2/3"_s });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Quorum: two thirds of the members in office (5 of 7)."_s),
             qPrintable(again.out));
    QVERIFY(again.out.contains(u"at least two thirds of the votes cast"_s));

    QCOMPARE(
        cli({ u"board"_s, u"rules"_s, u"--quorum"_s, u"3"_s, u"--quorum-fraction"_s, u"1/2"_s }).exitCode,
        kUsageError);
    QCOMPARE(cli({ u"board"_s, u"rules"_s, u"--majority"_s, u"most"_s }).exitCode, kUsageError);
    QCOMPARE(cli({ u"board"_s, u"rules"_s, u"--casting-vote"_s, u"maybe"_s }).exitCode, kUsageError);
}

void TestBoardCli::quorumFractionAboveOneIsRefused()
{
    QCOMPARE(cli({ u"association"_s, u"set"_s, u"name"_s, u"Eaux Vives"_s }).exitCode, 0);
    const CliRun refused = cli({ u"board"_s, u"rules"_s, u"--quorum-fraction"_s, u"3/2"_s });
    QCOMPARE(refused.exitCode, kRuntimeError);
    QVERIFY2(refused.err.contains(u"a fraction of the members cannot be above 1"_s), qPrintable(refused.err));
    QCOMPARE(cli({ u"board"_s, u"rules"_s, u"--quorum"_s, u"0"_s }).exitCode, kRuntimeError);
    QCOMPARE(cli({ u"board"_s, u"rules"_s, u"--quorum-fraction"_s, u"half"_s }).exitCode, kUsageError);
    const QJsonObject rules
        = QJsonDocument::fromJson(cli({ u"--json"_s, u"board"_s, u"rules"_s }).out.toUtf8()).object();
    QCOMPARE(rules.value(u"quorumNumerator"_s).toInt(), 1);
    QCOMPARE(rules.value(u"quorumDenominator"_s).toInt(), 2);
    QCOMPARE(rules.value(u"quorumNumber"_s).toInt(), 3);
}

void TestBoardCli::deskOwnerIsSetAndCleared()
{
    const QString claire = add(u"Claire Martin"_s, u"secretary"_s);
    QCOMPARE(cli({ u"board"_s, u"owner"_s }).out.trimmed(),
             u"This desk belongs to the staff, no board member."_s);
    const CliRun set = cli({ u"board"_s, u"owner"_s, u"Claire Martin"_s });
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out.trimmed(), u"This desk belongs to Claire Martin (secretary)."_s);
    const QJsonObject owner
        = QJsonDocument::fromJson(cli({ u"--json"_s, u"board"_s, u"owner"_s }).out.toUtf8()).object();
    QCOMPARE(owner.value(u"owner"_s).toString(), claire);
    QCOMPARE(cli({ u"board"_s, u"owner"_s, u"Jean Dupont"_s }).exitCode, kRuntimeError);
    QCOMPARE(cli({ u"board"_s, u"owner"_s, u"Claire Martin"_s, u"--none"_s }).exitCode, kUsageError);
    QCOMPARE(cli({ u"board"_s, u"owner"_s, u"--none"_s }).exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(cli({ u"--json"_s, u"board"_s, u"owner"_s }).out.toUtf8())
                .object()
                .value(u"owner"_s)
                .isNull());
}

QTEST_GUILESS_MAIN(TestBoardCli)
#include "tst_board_cli.moc"

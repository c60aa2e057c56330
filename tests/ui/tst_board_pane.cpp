// The Association area's Board part on a real desk: the members table, the rules explained in
// sentences that follow what is chosen, a quorum fraction above 1 refused before anything is
// written, the rules applied, and the desk's owner chosen.

#include "FixedClock.h"
#include "TempDesk.h"

#include "association/BoardPane.h"
#include "board/BoardRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestBoardPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_clock = std::make_unique<FixedClock>();
        m_desk = std::make_unique<TempDesk>();
        CASEDESK_VERIFY_DESK(*m_desk);
        Association profile;
        profile.name = u"Eaux Vives"_s;
        QVERIFY(m_desk->associations().save(profile).isEmpty());
        BoardRepository board(m_desk->database());
        const QStringList names { u"Hélène Marchand"_s, u"Paul Girard"_s,   u"Nadia Benali"_s,
                                  u"Louis Fabre"_s,     u"Claire Martin"_s, u"Yves Roussel"_s,
                                  u"Agnès Picard"_s };
        for (qsizetype i = 0; i < names.size(); ++i) {
            BoardMember member;
            member.name = names.at(i);
            member.role = i == 0 ? BoardRole::President : BoardRole::Administrator;
            member.from = QDate(2024, 6, 1);
            QVERIFY(board.add(member).isEmpty());
        }
    }

    void cleanup()
    {
        m_desk.reset();
        m_clock.reset();
    }

    void membersAreListedWithTheirRoles()
    {
        BoardPane pane(m_desk->database());
        QCOMPARE(pane.membersTable()->rowCount(), 7);
        QCOMPARE(pane.membersTable()->item(0, 0)->text(), u"Agnès Picard"_s);
        QCOMPARE(pane.membersTable()->item(2, 1)->text(), u"president"_s);
        QCOMPARE(pane.membersTable()->item(2, 5)->text(), u"No"_s);
        QCOMPARE(pane.ownerCombo()->count(), 8);
        QCOMPARE(pane.ownerCombo()->currentText(), u"Staff, no member"_s);
    }

    void quorumSentenceFollowsWhatIsChosen()
    {
        BoardPane pane(m_desk->database());
        QCOMPARE(pane.quorumSentence()->text(), u"Quorum: half of the members in office (4 of 7)."_s);
        pane.numeratorSpin()->setValue(2);
        pane.denominatorSpin()->setValue(3);
        QCOMPARE(pane.quorumSentence()->text(), u"Quorum: two thirds of the members in office (5 of 7)."_s);
    }

    void quorumAboveOneIsRefusedAndNothingWritten()
    {
        BoardPane pane(m_desk->database());
        pane.numeratorSpin()->setValue(3);
        pane.denominatorSpin()->setValue(2);
        QVERIFY(pane.quorumSentence()->text().contains(u"cannot be above 1"_s));
        QVERIFY(!pane.applyRulesButton()->isEnabled());
        QCOMPARE(BoardRepository(m_desk->database()).rules(), BoardRules());
    }

    void appliedRulesAreKept()
    {
        BoardPane pane(m_desk->database());
        pane.numeratorSpin()->setValue(2);
        pane.denominatorSpin()->setValue(3);
        QTest::mouseClick(pane.applyRulesButton(), Qt::LeftButton);
        QVERIFY(pane.rulesMessage()->text().contains(u"saved"_s));
        const BoardRules rules = BoardRepository(m_desk->database()).rules();
        QCOMPARE(rules.quorumNumerator, 2);
        QCOMPARE(rules.quorumDenominator, 3);
    }

    void deskOwnerIsChosenInTheCombo()
    {
        BoardPane pane(m_desk->database());
        QComboBox* owner = pane.ownerCombo();
        const int claire = owner->findText(u"Claire Martin (administrator)"_s);
        QVERIFY(claire > 0);
        owner->setCurrentIndex(claire);
        emit owner->activated(claire);
        BoardRepository board(m_desk->database());
        QCOMPARE(board.deskOwner(), std::optional<QUuid>(owner->itemData(claire).toUuid()));
        owner->setCurrentIndex(0);
        emit owner->activated(0);
        QVERIFY(!board.deskOwner());
    }

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
};

QTEST_MAIN(TestBoardPane)
#include "tst_board_pane.moc"

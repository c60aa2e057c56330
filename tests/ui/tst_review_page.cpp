// The Review area with real widgets over a real desk: a campaign never submitted says so and
// opens its first round; comments and replies on a section; the secretary records votes, the
// decision is explained, recorded, and the campaign approved; a signed vote cast from this desk
// (its key in a real keychain) shows as verified; an edit supersedes the round and the page offers
// a new one, showing what changed; the Campaigns list shows each campaign's review state.

#include "review/CommentsPane.h"
#include "review/DecisionPanel.h"
#include "review/DossierReader.h"
#include "review/RecordVoteDialog.h"
#include "review/ReviewPage.h"
#include "review/VotePanel.h"

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"
#include "board/BoardRepository.h"
#include "common/Dialogs.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/Vault.h"
#include "itemmodels/CampaignListModel.h"
#include "review/ReviewRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup();
    void aCampaignNeverSubmittedSaysSoAndSubmitOpensARound();
    void commentsAndRepliesStayWithTheirSection();
    void theSecretaryRecordsVotesThenTheDecisionAndTheApproval();
    void aSignedVoteFromThisDeskShowsAsVerified();
    void anEditSupersedesTheRoundAndTheNextShowsWhatChanged();
    void theCampaignsListShowsTheReviewState();
    void theDossierAndTheMinutesAreWritten();

private:
    QUuid addMember(const QString& name, BoardRole role);
    void open();
    void submit();
    void recordVote(const QString& member, VoteChoice choice, const QString& reason = {});
    QString memberTableText() const;

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<BoardRepository> m_board;
    std::unique_ptr<ReviewPage> m_page;
    QUuid m_campaign;
    QUuid m_secretary;
};

void TestReviewPage::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_campaign = m_desk->campaigns().create(completeCampaign(m_clock->today())).sync.uuid;
    m_board = std::make_unique<BoardRepository>(m_desk->database());
    addMember(u"Hélène Roche"_s, BoardRole::President);
    m_secretary = addMember(u"Claire Martin"_s, BoardRole::Secretary);
    addMember(u"Paul Durand"_s, BoardRole::Administrator);
    addMember(u"Inès Benali"_s, BoardRole::Administrator);
    addMember(u"Marc Lefèvre"_s, BoardRole::Administrator);
}

void TestReviewPage::cleanup()
{
    Dialogs::setNextAnswer(std::nullopt);
    m_page.reset();
    m_board.reset();
    m_desk.reset();
    m_clock.reset();
}

QUuid TestReviewPage::addMember(const QString& name, BoardRole role)
{
    BoardMember member;
    member.name = name;
    member.role = role;
    member.from = QDate(2024, 1, 1);
    const QList<FieldProblem> problems = m_board->add(member);
    if (!problems.isEmpty())
        qFatal("board member refused: %s", qPrintable(problems.first().message));
    return member.sync.uuid;
}

void TestReviewPage::open()
{
    m_page = std::make_unique<ReviewPage>(m_desk->database(), m_desk->campaigns());
    m_page->resize(1110, 760);
    m_page->show();
    m_page->setCampaign(m_campaign);
}

void TestReviewPage::submit()
{
    m_page->submitForReview();
    QVERIFY2(m_page->currentRound().has_value(), qPrintable(m_page->messageLabel()->text()));
}

void TestReviewPage::recordVote(const QString& member, VoteChoice choice, const QString& reason)
{
    RecordVoteDialog dialog(m_page->reviews(), *m_page->currentRound(), m_secretary, m_page.get());
    dialog.memberBox()->setCurrentIndex(dialog.memberBox()->findText(member));
    QVERIFY(dialog.memberBox()->currentIndex() >= 0);
    dialog.choiceBox()->setCurrentIndex(dialog.choiceBox()->findData(int(choice)));
    dialog.reasonEdit()->setPlainText(reason);
    dialog.fromBox()->setCurrentIndex(dialog.fromBox()->findData(int(RecordedFrom::Meeting)));
    dialog.noteEdit()->setText(u"board meeting of 2 December"_s);
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problemLabel()->text()));
}

QString TestReviewPage::memberTableText() const
{
    QStringList lines;
    QTableWidget* table = m_page->decisionPanel()->memberTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        lines << cells.join(u" | "_s);
    }
    return lines.join(u"\n"_s);
}

void TestReviewPage::aCampaignNeverSubmittedSaysSoAndSubmitOpensARound()
{
    open();
    QVERIFY(m_page->headerLabel()->text().contains(u"has not been submitted"_s));
    QVERIFY(m_page->submitButton()->isEnabled());
    // The dossier reads before submission too: the live one.
    QVERIFY(m_page->reader()->sectionList()->count() > 3);
    submit();
    const ReviewRound round = *m_page->currentRound();
    QCOMPARE(round.number, 1);
    QVERIFY(m_page->headerLabel()->text().contains(shortFingerprint(round.fingerprint)));
    QVERIFY(!m_page->submitButton()->isEnabled());
    QCOMPARE(m_page->roundBox()->count(), 1);
    QCOMPARE(m_page->decisionPanel()->memberTable()->rowCount(), 5);
    QVERIFY(memberTableText().contains(u"not voted"_s));
    // The case section shows the frozen text.
    m_page->reader()->showSection(u"case"_s);
    QVERIFY(m_page->reader()->textView()->toPlainText().contains(u"Sauver la zone humide"_s));
}

void TestReviewPage::commentsAndRepliesStayWithTheirSection()
{
    m_board->setDeskOwner(m_secretary);
    open();
    submit();
    CommentsPane* comments = m_page->reader()->comments();
    m_page->reader()->showSection(u"assessment"_s);
    comments->editor()->setPlainText(u"Is the adverse cost estimate per instance?"_s);
    QVERIFY(comments->addComment(false));
    QCOMPARE(comments->threadView()->topLevelItemCount(), 1);
    comments->threadView()->setCurrentItem(comments->threadView()->topLevelItem(0));
    comments->editor()->setPlainText(u"Per instance, appeal excluded."_s);
    QVERIFY(comments->addComment(true));
    QTreeWidgetItem* thread = comments->threadView()->topLevelItem(0);
    QCOMPARE(thread->childCount(), 1);
    QVERIFY(thread->text(0).contains(u"Claire Martin"_s));
    comments->threadView()->setCurrentItem(thread);
    QVERIFY(comments->toggleResolved());
    QVERIFY(comments->threadView()->topLevelItem(0)->text(0).contains(u"Resolved"_s));
    // Another section has its own (empty) thread.
    m_page->reader()->showSection(u"case"_s);
    QVERIFY(comments->threadView()->topLevelItem(0)->text(0).contains(u"No comment"_s));
}

void TestReviewPage::theSecretaryRecordsVotesThenTheDecisionAndTheApproval()
{
    m_board->setDeskOwner(m_secretary);
    open();
    submit();
    QVERIFY(m_page->votePanel()->recordButton()->isEnabled());
    recordVote(u"Hélène Roche"_s, VoteChoice::Approve);
    recordVote(u"Paul Durand"_s, VoteChoice::Approve);
    recordVote(u"Inès Benali"_s, VoteChoice::Reject, u"The adverse costs are too high."_s);
    m_page->reload();
    QVERIFY(memberTableText().contains(u"recorded by Claire Martin"_s));
    const QString decision = m_page->decisionPanel()->decisionLabel()->text();
    QVERIFY2(decision.contains(u"quorum"_s, Qt::CaseInsensitive), qPrintable(decision));
    QVERIFY(m_page->decisionPanel()->decideButton()->isEnabled());
    QVERIFY(!m_page->decisionPanel()->approveButton()->isEnabled());
    QVERIFY(m_page->decisionPanel()->recordDecision());
    QCOMPARE(m_page->currentRound()->status, RoundStatus::Approved);
    QVERIFY(m_page->decisionPanel()->approveButton()->isEnabled());
    QVERIFY(m_page->decisionPanel()->approveCampaign());
    QCOMPARE(m_desk->campaigns().load(m_campaign)->status, CampaignStatus::Approved);
    QVERIFY(!m_page->decisionPanel()->approveButton()->isEnabled());
}

void TestReviewPage::aSignedVoteFromThisDeskShowsAsVerified()
{
    const QUuid president = m_board->resolve(u"Hélène Roche"_s, nullptr).value();
    m_board->setDeskOwner(president);
    open();
    submit();
    VotePanel* vote = m_page->votePanel();
    QVERIFY(vote->keyButton()->isVisible());
    QVERIFY2(vote->makeSigningKey(), qPrintable(Dialogs::takeLastWarning()));
    QVERIFY(!m_board->load(president)->publicKey.isEmpty());
    QVERIFY2(vote->cast(VoteChoice::Approve, {}), qPrintable(Dialogs::takeLastWarning()));
    QVERIFY2(memberTableText().contains(u"Hélène Roche (president) | Approve | signed and verified"_s,
                                        Qt::CaseInsensitive),
             qPrintable(memberTableText()));
    QVERIFY(vote->statusLabel()->text().contains(u"Your vote"_s));
    // A rejection without its reason is refused, and the vote stays as it was.
    Dialogs::setNextAnswer(true);
    QVERIFY(!vote->cast(VoteChoice::Reject, {}));
    QVERIFY(memberTableText().contains(u"| Approve |"_s, Qt::CaseInsensitive));
}

void TestReviewPage::anEditSupersedesTheRoundAndTheNextShowsWhatChanged()
{
    open();
    submit();
    Vault vault(Vault::pathForDesk(m_desk->path()));
    EvidenceRepository evidence(m_desk->database(), vault);
    const QString file = m_desk->filePath(u"lettre.pdf"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4 lettre du préfet");
    out.close();
    EvidenceMetadata metadata;
    metadata.title = u"Lettre du préfet"_s;
    evidence.attachFile(m_campaign, file, metadata);
    m_page->reload();
    QCOMPARE(m_page->currentRound()->status, RoundStatus::Superseded);
    QVERIFY(m_page->headerLabel()->text().contains(u"Superseded"_s));
    QVERIFY(m_page->submitButton()->isEnabled());
    QCOMPARE(m_page->submitButton()->text(), u"Open a new round"_s);
    submit();
    QCOMPARE(m_page->currentRound()->number, 2);
    QCOMPARE(m_page->roundBox()->count(), 2);
    QVERIFY2(m_page->reader()->changesLabel()->text().contains(u"Piece P-1 added"_s),
             qPrintable(m_page->reader()->changesLabel()->text()));
}

void TestReviewPage::theCampaignsListShowsTheReviewState()
{
    CampaignListModel list(m_desk->campaigns());
    const auto statusText = [&](int role) {
        list.reload();
        return list.data(list.index(0, CampaignListModel::Status), role).toString();
    };
    QCOMPARE(statusText(Qt::DisplayRole), u"Draft"_s);
    open();
    submit();
    QCOMPARE(statusText(Qt::DisplayRole), u"In review · round 1"_s);
    QCOMPARE(statusText(Qt::ToolTipRole), u"In review — round 1 open"_s);
}

void TestReviewPage::theDossierAndTheMinutesAreWritten()
{
    m_board->setDeskOwner(m_secretary);
    open();
    submit();
    recordVote(u"Hélène Roche"_s, VoteChoice::Approve);
    const QString dossier = m_desk->filePath(u"dossier.pdf"_s);
    const QString minutes = m_desk->filePath(u"minutes.pdf"_s);
    QVERIFY2(m_page->writeDossier(dossier, u"en"_s), qPrintable(Dialogs::takeLastWarning()));
    QVERIFY2(m_page->writeMinutes(minutes), qPrintable(Dialogs::takeLastWarning()));
    for (const QString& path : { dossier, minutes }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2000);
    }
    // A folder that cannot be written is said, and nothing is claimed written.
    Dialogs::setNextAnswer(true);
    QVERIFY(!m_page->writeMinutes(u"/nonexistent-folder/minutes.pdf"_s));
    QVERIFY(!Dialogs::takeLastWarning().isEmpty());
}

QTEST_MAIN(TestReviewPage)
#include "tst_review_page.moc"

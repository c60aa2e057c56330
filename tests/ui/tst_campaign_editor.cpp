// The campaign editor as a jurist uses it: typing into the form saves to the desk file without
// any "save" click, the list follows, and the workflow explains what is missing.

#include "BoardSupport.h"
#include "CampaignsPageTest.h"
#include "campaigns/BudgetLinesEditor.h"
#include "campaigns/CampaignCaseForm.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/FeePanel.h"
#include "campaigns/MarkdownEditor.h"
#include "campaigns/PressArticlesEditor.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/Money.h"
#include "common/MoneyEdit.h"
#include "itemmodels/CampaignListModel.h"
#include "storage/Database.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace casedesk;

class TestCampaignEditor : public test::CampaignsPageTest
{
    Q_OBJECT

private slots:
    void typingSavesToTheDeskFile();
    void boardFieldsAreTypedAndSaved();
    void leavingACampaignSavesAtOnce();
    void editsThatCannotBeSavedStayOnScreen();
    void listFollowsTheEdits();
    void markdownPreviewFollowsTheSource();
    void feePanelShowsWhatReachesTheCase();
    void submitForReviewListsWhatIsMissing();
    void submittedCampaignIsReadOnly();
    void changeMadeElsewhereIsNotOverwritten();
    void searchFiltersTheList();
    void deleteAsksAndTombstones();
    void typingIntoAnEmptyDateKeepsWhatIsTyped();
    void calendarOpensOnTheDateOrToday();
    void pressDatesInTheLocalesFormatAndRefusedInWords();
    void undoAndRedoEditsDespiteAutosave();
    void campaignUnderReviewLooksReadOnly();
    void historyAndReviewSayWhatTheUserSees();

private:
    // A second, independent connection to the same file: what another process would read.
    std::optional<Campaign> readBackFromFile(const QUuid& uuid);
};

std::optional<Campaign> TestCampaignEditor::readBackFromFile(const QUuid& uuid)
{
    Database other(QStringLiteral("editor-test-reader"));
    QString error;
    if (!other.open(m_desk->path(), &error))
        return std::nullopt;
    CampaignRepository repository(other);
    return repository.load(uuid);
}

void TestCampaignEditor::typingSavesToTheDeskFile()
{
    m_page->createCampaign();
    CampaignEditor* editor = m_page->editor();
    const QUuid uuid = editor->campaignUuid();
    QVERIFY(!uuid.isNull());

    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Sauver la zone humide du Testet"));
    QTest::keyClicks(editor->summaryEdit(), QStringLiteral("Annuler la DUP du barrage."));
    QTest::keyClicks(editor->courtEdit(), QStringLiteral("Tribunal administratif de Toulouse"));
    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("12 500,50"));

    // No save button: the autosave delay passes and the row is in the file.
    QTRY_COMPARE_WITH_TIMEOUT(readBackFromFile(uuid).value_or(Campaign()).title,
                              QStringLiteral("Sauver la zone humide du Testet"), 5000);
    const Campaign stored = readBackFromFile(uuid).value();
    QCOMPARE(stored.summary, QStringLiteral("Annuler la DUP du barrage."));
    QCOMPARE(stored.court, QStringLiteral("Tribunal administratif de Toulouse"));
    QCOMPARE(stored.goalCents, qint64(1250050));
    QVERIFY(stored.sync.revision > 1);
    QVERIFY(!editor->hasUnsavedChanges());
}

// "Before the board": the lawyer, the assessment, the risks, the adverse costs and why the
// association, typed in the Case tab, saved like the rest and each with a tooltip saying why.
void TestCampaignEditor::boardFieldsAreTypedAndSaved()
{
    m_page->createCampaign();
    CampaignEditor* editor = m_page->editor();
    const QUuid uuid = editor->campaignUuid();
    auto* form = editor->findChild<CampaignCaseForm*>();
    QVERIFY(form);
    QTest::keyClicks(form->lawyerEdit(), QStringLiteral("Me Claire Dupuis"));
    QTest::keyClicks(form->assessmentEdit(), QStringLiteral("Chances serieuses."));
    QTest::keyClicks(form->risksEdit(), QStringLiteral("Irrecevabilite."));
    form->adverseCostsEdit()->clear();
    QTest::keyClicks(form->adverseCostsEdit(), QStringLiteral("1 500,00"));
    QTest::keyClicks(form->whyAssociationEdit(), QStringLiteral("Seule agreee."));
    QVERIFY(editor->flush());
    const Campaign stored = readBackFromFile(uuid).value();
    QCOMPARE(stored.lawyer, QStringLiteral("Me Claire Dupuis"));
    QCOMPARE(stored.lawyerAssessment, QStringLiteral("Chances serieuses."));
    QCOMPARE(stored.risks, QStringLiteral("Irrecevabilite."));
    QCOMPARE(stored.adverseCostsCents, qint64(150000));
    QCOMPARE(stored.whyAssociation, QStringLiteral("Seule agreee."));
    for (QWidget* field :
         { static_cast<QWidget*>(form->lawyerEdit()), static_cast<QWidget*>(form->assessmentEdit()),
           static_cast<QWidget*>(form->risksEdit()), static_cast<QWidget*>(form->adverseCostsEdit()),
           static_cast<QWidget*>(form->whyAssociationEdit()) })
        QVERIFY(field->toolTip().contains(QStringLiteral("board")));
}

void TestCampaignEditor::leavingACampaignSavesAtOnce()
{
    const Campaign first = createDraft(QStringLiteral("Premier"));
    const Campaign second = createDraft(QStringLiteral("Second"));
    m_page->selectCampaign(first.sync.uuid);
    CampaignEditor* editor = m_page->editor();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" dossier"));
    QVERIFY(editor->hasUnsavedChanges());

    // Switching before the autosave delay must not lose the keystrokes.
    m_page->selectCampaign(second.sync.uuid);
    QCOMPARE(readBackFromFile(first.sync.uuid)->title, QStringLiteral("Premier dossier"));
    QCOMPARE(editor->campaignUuid(), second.sync.uuid);
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Second"));
}

void TestCampaignEditor::editsThatCannotBeSavedStayOnScreen()
{
    const Campaign first = createDraft(QStringLiteral("Premier"));
    const Campaign second = createDraft(QStringLiteral("Second"));
    m_page->selectCampaign(first.sync.uuid);
    const auto setWritesFail = [this](bool fail) {
        // Another program makes every update fail, as a full disk would.
        Database other(QStringLiteral("editor-test-saboteur"));
        QString error;
        QVERIFY(other.open(m_desk->path(), &error));
        other.exec(fail ? QStringLiteral("CREATE TRIGGER refuse_updates BEFORE UPDATE ON campaigns "
                                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                        : QStringLiteral("DROP TRIGGER refuse_updates"));
    };
    setWritesFail(true);
    CampaignEditor* editor = m_page->editor();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" modifie"));

    // Clicking another campaign in the list does not drop the edits: the first stays selected.
    m_page->table()->selectRow(m_page->model()->rowOf(second.sync.uuid));
    QCOMPARE(editor->campaignUuid(), first.sync.uuid);
    QCOMPARE(m_page->table()->currentIndex().row(), m_page->model()->rowOf(first.sync.uuid));
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Premier modifie"));
    QVERIFY(editor->hasUnsavedChanges());
    QVERIFY(editor->messageLabel()->isVisible());
    QVERIFY(editor->messageLabel()->text().contains(QStringLiteral("disk full")));

    // Once writes work again, the same edits are saved.
    setWritesFail(false);
    QVERIFY(editor->flush());
    QCOMPARE(readBackFromFile(first.sync.uuid)->title, QStringLiteral("Premier modifie"));
}

void TestCampaignEditor::listFollowsTheEdits()
{
    const Campaign campaign = createDraft(QStringLiteral("Roybon"));
    m_page->selectCampaign(campaign.sync.uuid);
    QTest::keyClicks(m_page->editor()->titleEdit(), QStringLiteral(" : 76 hectares"));
    QVERIFY(m_page->editor()->flush());

    const int row = m_page->model()->rowOf(campaign.sync.uuid);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, CampaignListModel::Title).data().toString(),
             QStringLiteral("Roybon : 76 hectares"));
}

void TestCampaignEditor::markdownPreviewFollowsTheSource()
{
    const Campaign campaign = createDraft(QStringLiteral("Markdown"));
    m_page->selectCampaign(campaign.sync.uuid);
    MarkdownEditor* description = m_page->editor()->descriptionEditor();
    // keyClicks types printable ASCII only; Return is a key of its own.
    QTest::keyClicks(description->sourceEdit(), QStringLiteral("## Les faits"));
    QTest::keyClick(description->sourceEdit(), Qt::Key_Return);
    QTest::keyClick(description->sourceEdit(), Qt::Key_Return);
    QTest::keyClicks(description->sourceEdit(), QStringLiteral("Une **zone humide** menacee."));
    QTRY_VERIFY(description->preview()->toHtml().contains(QStringLiteral("font-weight:700")));
    QTRY_VERIFY(description->preview()->toPlainText().contains(QStringLiteral("Les faits")));
    QVERIFY(!description->preview()->toPlainText().contains(QStringLiteral("##")));
    QVERIFY(m_page->editor()->flush());
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->description,
             QStringLiteral("## Les faits\n\nUne **zone humide** menacee."));
}

void TestCampaignEditor::feePanelShowsWhatReachesTheCase()
{
    const Campaign campaign = createDraft(QStringLiteral("Frais"));
    m_page->selectCampaign(campaign.sync.uuid);
    MoneyEdit* goal = m_page->editor()->goalEdit();
    goal->clear();
    QTest::keyClicks(goal, QStringLiteral("10000"));
    // The default fees: 5 % commission and a 100 € flat fee leave 9 400 € of 10 000 €.
    const QString expected = Money::format(940000, QLocale());
    QVERIFY(expected.startsWith(QStringLiteral("9")) && expected.endsWith(QStringLiteral("€")));
    // Each line of the panel, exactly: the goal, what the platform keeps, what reaches the case.
    const FeePanel* panel = m_page->editor()->findChild<FeePanel*>();
    QVERIFY(panel);
    const auto line = [panel](const QString& name) {
        const QLabel* label = panel->findChild<QLabel*>(name);
        return label ? label->text() : QStringLiteral("(no label %1)").arg(name);
    };
    const QLocale locale;
    QCOMPARE(line(QStringLiteral("gross")), Money::format(1000000, locale));
    QCOMPARE(line(QStringLiteral("commission")),
             QStringLiteral("− %1 (%2 %)").arg(Money::format(50000, locale), locale.toString(5.0, 'f', 2)));
    QCOMPARE(line(QStringLiteral("flatFee")), QStringLiteral("− %1").arg(Money::format(10000, locale)));
    QCOMPARE(line(QStringLiteral("net")), expected);
    QCOMPARE(line(QStringLiteral("summary")),
             QStringLiteral("If the goal is reached, the association receives %1 of %2.")
                 .arg(expected, Money::format(1000000, locale)));
}

void TestCampaignEditor::submitForReviewListsWhatIsMissing()
{
    const Campaign campaign = createDraft(QStringLiteral("Incomplet"));
    m_page->selectCampaign(campaign.sync.uuid);
    auto* submit = qobject_cast<QPushButton*>(m_page->editor()->transitionButton(CampaignStatus::InReview));
    QVERIFY(submit);
    QTest::mouseClick(submit, Qt::LeftButton);

    const QString message = m_page->editor()->messageLabel()->text();
    QVERIFY(m_page->editor()->messageLabel()->isVisible());
    QVERIFY2(message.contains(QStringLiteral("Summary is empty.")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Legal basis is empty.")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("The budget has no lines.")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("Title is empty.")));
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->status, CampaignStatus::Draft);

    // Filling in a missing field takes it off the checklist at the next save.
    QTest::keyClicks(m_page->editor()->summaryEdit(), QStringLiteral("Un resume."));
    QVERIFY(m_page->editor()->flush());
    const QString updated = m_page->editor()->messageLabel()->text();
    QVERIFY2(!updated.contains(QStringLiteral("Summary is empty.")), qPrintable(updated));
    QVERIFY2(updated.contains(QStringLiteral("Legal basis is empty.")), qPrintable(updated));
}

void TestCampaignEditor::submittedCampaignIsReadOnly()
{
    Campaign campaign;
    campaign.title = QStringLiteral("Complet");
    campaign.summary = QStringLiteral("Résumé");
    campaign.description = QStringLiteral("Description");
    campaign.harm = QStringLiteral("Destruction de 76 ha de zones humides");
    campaign.legalBasis = QStringLiteral("Art. L. 214-1 du code de l'environnement");
    campaign.court = QStringLiteral("Tribunal administratif de Grenoble");
    campaign.opposingParty = QStringLiteral("Préfet de l'Isère");
    campaign.goalCents = 1000000;
    campaign.endDate = QDate::currentDate().addDays(30);
    campaign.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 1000000 } };
    campaign.howMoneyUsed = QStringLiteral("Honoraires d'avocat");
    campaign.lawyer = QStringLiteral("Me Hélène Vasseur");
    campaign.lawyerAssessment = QStringLiteral("Chances sérieuses.");
    campaign.risks = QStringLiteral("Frais irrépétibles.");
    campaign.whyAssociation = QStringLiteral("Agréée.");
    campaign = m_desk->campaigns().create(campaign);
    test::seatSecretary(m_desk->database()); // submitting opens a round before the board in office
    m_page->selectCampaign(campaign.sync.uuid);

    QTest::mouseClick(
        qobject_cast<QPushButton*>(m_page->editor()->transitionButton(CampaignStatus::InReview)),
        Qt::LeftButton);
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->status, CampaignStatus::InReview);
    QVERIFY(m_page->editor()->titleEdit()->isReadOnly());
    QVERIFY(m_page->editor()->transitionButton(CampaignStatus::Approved));
    QVERIFY(!m_page->editor()->transitionButton(CampaignStatus::Published));

    // Typing into a read-only field changes nothing and queues no save.
    QTest::keyClicks(m_page->editor()->titleEdit(), QStringLiteral("xyz"));
    QVERIFY(!m_page->editor()->hasUnsavedChanges());
}

void TestCampaignEditor::changeMadeElsewhereIsNotOverwritten()
{
    const Campaign campaign = createDraft(QStringLiteral("Partagé"));
    m_page->selectCampaign(campaign.sync.uuid);
    {
        // A colleague's CLI or another window saves first.
        Database other(QStringLiteral("editor-test-other"));
        QString error;
        QVERIFY(other.open(m_desk->path(), &error));
        CampaignRepository repository(other);
        Campaign theirs = repository.load(campaign.sync.uuid).value();
        theirs.court = QStringLiteral("Conseil d'État");
        repository.save(theirs);
    }
    QTest::keyClicks(m_page->editor()->titleEdit(), QStringLiteral(" (mine)"));
    QVERIFY(!m_page->editor()->flush());
    QVERIFY(m_page->editor()->messageLabel()->text().contains(QStringLiteral("changed elsewhere")));
    // Their change survives and is now on screen.
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->court, QStringLiteral("Conseil d'État"));
    QCOMPARE(m_page->editor()->courtEdit()->text(), QStringLiteral("Conseil d'État"));
}

void TestCampaignEditor::searchFiltersTheList()
{
    createDraft(QStringLiteral("Barrage de Sivens"));
    createDraft(QStringLiteral("Aéroport du Grand Ouest"));
    createDraft(QStringLiteral("Center Parcs de Roybon"));
    QCOMPARE(m_page->model()->totalCount(), 3);
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("sivens"));
    QTRY_COMPARE(m_page->model()->totalCount(), 1);
    QCOMPARE(m_page->model()->index(0, CampaignListModel::Title).data().toString(),
             QStringLiteral("Barrage de Sivens"));
    m_page->searchEdit()->clear();
    QTRY_COMPARE(m_page->model()->totalCount(), 3);
}

void TestCampaignEditor::deleteAsksAndTombstones()
{
    const Campaign campaign = createDraft(QStringLiteral("À supprimer"));
    m_page->selectCampaign(campaign.sync.uuid);

    Dialogs::setNextAnswer(false);
    m_page->editor()->deleteCampaign();
    QVERIFY(readBackFromFile(campaign.sync.uuid).has_value());

    Dialogs::setNextAnswer(true);
    m_page->editor()->deleteCampaign();
    QVERIFY(!readBackFromFile(campaign.sync.uuid).has_value());
    QCOMPARE(m_page->model()->rowOf(campaign.sync.uuid), -1);
}

// The end date is empty on a new draft: what is typed is what shows ("04/06/2027", not mixed
// with a placeholder), and it is saved once it is a whole date.
void TestCampaignEditor::typingIntoAnEmptyDateKeepsWhatIsTyped()
{
    const Campaign campaign = createDraft(QStringLiteral("Date"));
    m_page->selectCampaign(campaign.sync.uuid);
    DateEdit* end = m_page->editor()->endDateEdit();
    QVERIFY(end->lineEdit()->text().isEmpty());
    QVERIFY2(end->lineEdit()->placeholderText().contains(QStringLiteral("DD/MM/YYYY")),
             qPrintable(end->lineEdit()->placeholderText()));
    QTest::keyClicks(end->lineEdit(), QStringLiteral("04/06/2027"));
    QCOMPARE(end->lineEdit()->text(), QStringLiteral("04/06/2027"));
    QCOMPARE(end->date(), QDate(2027, 6, 4));
    QVERIFY(m_page->editor()->flush());
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->endDate, QDate(2027, 6, 4));
    // Half a date is not taken on the way ("05/07/2" is not 2002): nothing changes until whole.
    end->lineEdit()->clear();
    QTest::keyClicks(end->lineEdit(), QStringLiteral("05/07/2"));
    QCOMPARE(end->date(), QDate(2027, 6, 4));
    QVERIFY(end->isPending());
    QVERIFY(end->problem().isEmpty());
    QTest::keyClicks(end->lineEdit(), QStringLiteral("028"));
    QCOMPARE(end->date(), QDate(2028, 7, 5));
}

void TestCampaignEditor::calendarOpensOnTheDateOrToday()
{
    const Campaign campaign = createDraft(QStringLiteral("Calendrier"));
    m_page->selectCampaign(campaign.sync.uuid);
    DateEdit* end = m_page->editor()->endDateEdit();
    end->showCalendar();
    QCOMPARE(end->calendar()->selectedDate(), Clock::today());
    QCOMPARE(end->calendar()->yearShown(), Clock::today().year());
    QCOMPARE(end->calendar()->monthShown(), Clock::today().month());
    end->calendar()->parentWidget()->close();
    end->setDate(QDate(2027, 3, 4));
    end->showCalendar();
    QCOMPARE(end->calendar()->selectedDate(), QDate(2027, 3, 4));
    QCOMPARE(end->calendar()->monthShown(), 3);
    // Picking a day writes it the locale's way and saves it.
    emit end->calendar()->clicked(QDate(2027, 3, 18));
    QCOMPARE(end->lineEdit()->text(), QStringLiteral("18/03/2027"));
    QVERIFY(m_page->editor()->flush());
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->endDate, QDate(2027, 3, 18));
}

void TestCampaignEditor::pressDatesInTheLocalesFormatAndRefusedInWords()
{
    Campaign campaign = createDraft(QStringLiteral("Presse"));
    campaign.pressArticles = { { {},
                                 QStringLiteral("Le barrage contesté"),
                                 QStringLiteral("La Dépêche"),
                                 QUrl(QStringLiteral("https://www.ladepeche.fr/a")),
                                 QDate(2016, 7, 1) } };
    QVERIFY(m_desk->campaigns().save(campaign).isEmpty());
    m_page->selectCampaign(campaign.sync.uuid);
    PressArticlesEditor* press = m_page->findChild<PressArticlesEditor*>();
    QTableWidget* table = press->table();
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Date"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("01/07/2016"));
    table->item(0, 3)->setText(QStringLiteral("31/11/2016"));
    QCOMPARE(press->problems().size(), 1);
    QVERIFY2(press->problems().first().contains(QStringLiteral("impossible date")),
             qPrintable(press->problems().first()));
    QVERIFY(!m_page->editor()->flush());
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->pressArticles.first().date, QDate(2016, 7, 1));
    table->item(0, 3)->setText(QStringLiteral("2/7/2016"));
    QVERIFY(press->problems().isEmpty());
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("02/07/2016"));
    QVERIFY(m_page->editor()->flush());
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->pressArticles.first().date, QDate(2016, 7, 2));
}

// Each save is a step: undo takes the campaign back and saves it again, redo forward; the
// history ends with the campaign (another one starts its own).
void TestCampaignEditor::undoAndRedoEditsDespiteAutosave()
{
    const Campaign campaign = createDraft(QStringLiteral("Annuler"));
    m_page->selectCampaign(campaign.sync.uuid);
    CampaignEditor* editor = m_page->editor();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" et refaire"));
    QVERIFY(editor->flush());
    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("5000"));
    QVERIFY(editor->flush());
    QCOMPARE(editor->history()->count(), 2);
    QVERIFY2(editor->history()->undoText().contains(QStringLiteral("goal")),
             qPrintable(editor->history()->undoText()));

    editor->undoEdit();
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->goalCents, 0);
    QCOMPARE(editor->goalEdit()->cents(), 0);
    editor->undoEdit();
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->title, QStringLiteral("Annuler"));
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Annuler"));
    editor->redoEdit();
    QCOMPARE(readBackFromFile(campaign.sync.uuid)->title, QStringLiteral("Annuler et refaire"));
    // Typing not saved yet is undone first, without touching the desk.
    QTest::keyClicks(editor->courtEdit(), QStringLiteral("Conseil"));
    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("-1"));
    editor->undoEdit();
    QVERIFY(editor->courtEdit()->text().isEmpty());
    QCOMPARE(editor->goalEdit()->text(), Money::formatNumber(0, QLocale()));
    QVERIFY(editor->refusal().isEmpty());

    const Campaign other = createDraft(QStringLiteral("Autre"));
    m_page->selectCampaign(other.sync.uuid);
    QCOMPARE(editor->history()->count(), 0);
}

// A campaign under review is what the board read: its fields cannot change and do not look
// like they could.
void TestCampaignEditor::campaignUnderReviewLooksReadOnly()
{
    Campaign campaign;
    campaign.title = QStringLiteral("Relu");
    campaign.status = CampaignStatus::InReview;
    campaign = m_desk->campaigns().import(campaign);
    const Campaign draft = createDraft(QStringLiteral("Brouillon"));
    m_page->selectCampaign(draft.sync.uuid);
    const QColor editable = m_page->editor()->courtEdit()->palette().color(QPalette::Base);
    m_page->selectCampaign(campaign.sync.uuid);
    for (QWidget* field : { static_cast<QWidget*>(m_page->editor()->courtEdit()),
                            static_cast<QWidget*>(m_page->editor()->summaryEdit()),
                            static_cast<QWidget*>(m_page->editor()->goalEdit()),
                            static_cast<QWidget*>(m_page->editor()->endDateEdit()->lineEdit()) }) {
        QCOMPARE(field->palette().color(QPalette::Base), field->palette().color(QPalette::Window));
        QVERIFY(field->palette().color(QPalette::Base) != editable);
    }
    QVERIFY(m_page->editor()->courtEdit()->isReadOnly());
    m_page->selectCampaign(draft.sync.uuid);
    QCOMPARE(m_page->editor()->courtEdit()->palette().color(QPalette::Base), editable);
}

void TestCampaignEditor::historyAndReviewSayWhatTheUserSees()
{
    const Campaign campaign = createDraft(QStringLiteral("Histoire"));
    m_page->selectCampaign(campaign.sync.uuid);
    auto* history = m_page->editor()->findChild<QListWidget*>();
    QVERIFY(history);
    QCOMPARE(history->count(), 1);
    QVERIFY2(history->item(0)->text().contains(QStringLiteral("created as \"Draft\"")),
             qPrintable(history->item(0)->text()));
    QVERIFY(!history->item(0)->text().contains(QStringLiteral("Draft → Draft")));

    // The review's checklist names the tab as it is titled.
    m_page->editor()->requestTransition(CampaignStatus::InReview);
    const QString message = m_page->editor()->messageLabel()->text();
    QString useOfFunds;
    for (int i = 0; i < m_page->editor()->tabs()->count(); ++i) {
        if (m_page->editor()->tabs()->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Use of funds"))
            useOfFunds = QStringLiteral("Use of funds");
    }
    QVERIFY(!useOfFunds.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("\"%1\" tab").arg(useOfFunds).toHtmlEscaped()),
             qPrintable(message));

    // A budget whose lines for the case need more than reaches it says so.
    CampaignEditor* editor = m_page->editor();
    editor->goalEdit()->clear();
    QTest::keyClicks(editor->goalEdit(), QStringLiteral("10000"));
    editor->budgetEditor()->addLine();
    QTableWidget* lines = editor->budgetEditor()->table();
    lines->item(0, 2)->setText(QStringLiteral("10000"));
    QVERIFY(!editor->budgetWarningLabel()->isHidden());
    QVERIFY2(editor->budgetWarningLabel()->text().contains(Money::format(940000, QLocale())),
             qPrintable(editor->budgetWarningLabel()->text()));
    lines->item(0, 2)->setText(QStringLiteral("9400"));
    QVERIFY(editor->budgetWarningLabel()->isHidden());
}

QTEST_MAIN(TestCampaignEditor)
#include "tst_campaign_editor.moc"

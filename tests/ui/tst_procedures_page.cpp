// The Procedures and Deadlines areas driven like a jurist would: the appeal chain as a tree, the
// timeline with the reasoning of a deadline, the milestone dialog proposing the deadline a
// notification starts, a refused edit that keeps the dialog open and changes nothing, the
// dashboard's order and overdue marking with a fixed clock, and the start-up reminder.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineReminders.h"
#include "procedures/DeadlinesPage.h"
#include "procedures/MilestoneDialog.h"
#include "procedures/ProcedureDialog.h"
#include "procedures/ProcedureRepository.h"
#include "procedures/ProceduresPage.h"
#include "procedures/ReminderDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;

class TestProceduresPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 10), QTime(12, 0), Qt::UTC));
        m_desk = std::make_unique<TempDesk>();
        CASEDESK_VERIFY_DESK(*m_desk);
        m_campaign
            = m_desk->campaigns().create(completeCampaign(m_clock->today(), QStringLiteral("Zone humide")));
        m_window = std::make_unique<MainWindow>(m_desk->database(), m_desk->campaigns(),
                                                m_desk->associations(), m_desk->settings());
        ProcedureRepository& repository = m_window->procedures();
        Procedure first;
        first.campaignUuid = m_campaign.sync.uuid;
        first.court = Court::TribunalAdministratif;
        first.courtName = QStringLiteral("Tribunal administratif de Toulouse");
        first.caseNumber = QStringLiteral("2601234");
        first.status = ProcedureStatus::Decided;
        m_first = createdProcedure(repository, first);
        Procedure appeal = first;
        appeal.court = Court::CourAdministrativeAppel;
        appeal.courtName = QStringLiteral("Cour administrative d'appel de Toulouse");
        appeal.kind = ProcedureKind::Appeal;
        appeal.caseNumber.clear();
        appeal.status = ProcedureStatus::Preparing;
        appeal.appealsUuid = m_first.sync.uuid;
        m_appeal = createdProcedure(repository, appeal);
        Milestone decision = milestoneOf(m_first.sync.uuid, MilestoneKind::Decision, QDate(2026, 2, 12),
                                         QStringLiteral("Jugement : rejet"));
        addedMilestone(repository.milestones(), decision);
        Milestone notification = decision;
        notification.kind = MilestoneKind::Notification;
        notification.date = QDate(2026, 2, 19);
        notification.title = QStringLiteral("Jugement notifié");
        // 19 February + 2 months franc: 20 April 2026, a Monday; 10 days left on 10 April.
        QVERIFY(repository.milestones()
                    .record(notification, QStringLiteral("cja-r811-2"), &m_deadline)
                    .isEmpty());
        m_window->proceduresPage()->reloadCampaigns();
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_clock.reset();
        Dialogs::setNextAnswer(std::nullopt);
    }

    void areasFollowCampaigns()
    {
        auto* sidebar = m_window->findChild<QListWidget*>();
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Campaigns"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Procedures"));
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Deadlines"));
        m_window->showDeadlinesArea();
        QCOMPARE(sidebar->currentRow(), 2);
    }

    void appealChainAndTimeline()
    {
        ProceduresPage* page = m_window->proceduresPage();
        QCOMPARE(page->currentCampaign(), m_campaign.sync.uuid);
        QTreeWidget* tree = page->procedureTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* top = tree->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("Tribunal administratif de Toulouse, no. 2601234"));
        QCOMPARE(top->childCount(), 1);
        QCOMPARE(top->child(0)->text(0), QStringLiteral("Cour administrative d'appel de Toulouse"));

        page->selectProcedure(m_first.sync.uuid);
        QTreeWidget* timeline = page->timeline();
        QCOMPARE(timeline->topLevelItemCount(), 3);
        QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("Jugement : rejet"));
        QCOMPARE(timeline->topLevelItem(2)->text(3), QStringLiteral("in 10 days"));
        page->selectMilestone(m_deadline.sync.uuid);
        const QString explanation = page->explanationView()->toPlainText();
        QVERIFY2(explanation.startsWith(QStringLiteral("Due: Monday 20 April 2026")),
                 qPrintable(explanation));
        QVERIFY2(explanation.contains(QStringLiteral("CJA, art. R811-2")), qPrintable(explanation));
        QVERIFY2(explanation.contains(QStringLiteral("runs from Friday 20 February 2026")),
                 qPrintable(explanation));
    }

    void notificationProposesItsDeadline()
    {
        MilestoneDialog dialog(m_window->procedures(), m_first, Milestone(), m_window.get());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MilestoneKind::Notification)));
        dialog.dateEdit()->setDate(QDate(2007, 10, 1));
        QVERIFY(dialog.deadlineCheck()->isChecked());
        QCOMPARE(dialog.ruleBox()->currentData().toString(), QStringLiteral("cja-r811-2"));
        QCOMPARE(dialog.deadlineRuleId(), QStringLiteral("cja-r811-2"));
        QVERIFY2(
            dialog.explanationView()->toPlainText().startsWith(QStringLiteral("Due: Monday 3 December 2007")),
            qPrintable(dialog.explanationView()->toPlainText()));
        if (const QString dir = qEnvironmentVariable("CASEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(20);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("milestone-dialog.png"))));
        }
        dialog.deadlineCheck()->setChecked(false);
        QVERIFY(dialog.deadlineRuleId().isEmpty());

        // A hearing starts no deadline.
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MilestoneKind::Hearing)));
        QVERIFY(dialog.deadlineRuleId().isEmpty());
        // Back to a notification: proposed again.
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MilestoneKind::Notification)));
        QCOMPARE(dialog.deadlineRuleId(), QStringLiteral("cja-r811-2"));

        // A date with a mistyped year is refused in the dialog, which stays open.
        dialog.dateEdit()->setMinimumDate(QDate(100, 1, 1));
        dialog.dateEdit()->setDate(QDate(207, 10, 1));
        dialog.accept();
        QVERIFY(dialog.problemsLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("check the year")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void hearingShownOnThePublicPage()
    {
        MilestoneDialog dialog(m_window->procedures(), m_first, Milestone(), m_window.get());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MilestoneKind::Hearing)));
        dialog.dateEdit()->setDate(QDate(2026, 3, 12));
        QVERIFY(dialog.publicCheck()->isEnabled());
        QVERIFY(!dialog.publicCheck()->isChecked()); // private unless the jurist says so
        dialog.publicCheck()->setChecked(true);
        QVERIFY(dialog.milestone().isPublic);
        // A deadline is never offered for the public page.
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MilestoneKind::Deadline)));
        QVERIFY(!dialog.publicCheck()->isEnabled());
        QVERIFY(!dialog.milestone().isPublic);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MilestoneKind::Hearing)));
        dialog.publicCheck()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Milestone stored = addedMilestone(m_window->procedures().milestones(), dialog.milestone());
        QVERIFY(m_window->procedures().milestones().load(stored.sync.uuid)->isPublic);

        ProceduresPage* page = m_window->proceduresPage();
        page->selectProcedure(m_first.sync.uuid);
        QTreeWidget* timeline = page->timeline();
        int marked = 0;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            marked += timeline->topLevelItem(i)->text(4) == QStringLiteral("Shown") ? 1 : 0;
        QCOMPARE(marked, 1);
    }

    void appealLoopIsRefusedInTheDialog()
    {
        const int revision = int(m_window->procedures().load(m_first.sync.uuid)->sync.revision);
        ProcedureDialog dialog(m_window->procedures(), *m_window->procedures().load(m_first.sync.uuid),
                               m_window.get());
        dialog.appealsBox()->setCurrentIndex(dialog.appealsBox()->findData(m_appeal.sync.uuid));
        dialog.accept();
        QVERIFY(dialog.problemsLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("circle")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(int(m_window->procedures().load(m_first.sync.uuid)->sync.revision), revision);
    }

    void deleteNeedsConfirmationAndIsRefusedWhileAppealed()
    {
        ProceduresPage* page = m_window->proceduresPage();
        page->selectProcedure(m_first.sync.uuid);
        Dialogs::setNextAnswer(false);
        page->deleteProcedure();
        QVERIFY(m_window->procedures().load(m_first.sync.uuid));
        Dialogs::setNextAnswer(true);
        page->deleteProcedure();
        QVERIFY(m_window->procedures().load(m_first.sync.uuid));
        QVERIFY(page->messageLabel()->isVisibleTo(page));
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("delete the appeal first")));
    }

    void dashboardOrderAndOverdue()
    {
        ProcedureRepository& repository = m_window->procedures();
        Milestone late = milestoneOf(m_appeal.sync.uuid, MilestoneKind::Deadline, QDate(2026, 4, 3),
                                     QStringLiteral("Mémoire complémentaire"));
        addedMilestone(repository.milestones(), late);
        DeadlinesPage* page = m_window->deadlinesPage();
        page->horizonBox()->setValue(30);
        DeadlineListModel* model = page->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0, DeadlineListModel::Deadline)).toString(),
                 QStringLiteral("Mémoire complémentaire"));
        QCOMPARE(model->data(model->index(0, DeadlineListModel::DaysLeft)).toString(),
                 QStringLiteral("7 days overdue"));
        QVERIFY(model->data(model->index(0, 0), DeadlineListModel::OverdueRole).toBool());
        QCOMPARE(model->data(model->index(1, DeadlineListModel::DaysLeft)).toString(),
                 QStringLiteral("in 10 days"));
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("1 overdue")));

        // Opening a row shows its procedure with the deadline selected.
        page->table()->setCurrentIndex(model->index(1, 0));
        emit page->table()->activated(model->index(1, 0));
        QCOMPARE(m_window->proceduresPage()->currentProcedure(), m_first.sync.uuid);
        QCOMPARE(m_window->proceduresPage()->currentMilestone(), m_deadline.sync.uuid);

        if (const QString dir = qEnvironmentVariable("CASEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_window->showProceduresArea();
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("procedures.png"))));
            m_window->showDeadlinesArea();
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("deadlines.png"))));
        }
        page->table()->setCurrentIndex(model->index(0, 0));
        page->markSelectedMet();
        QCOMPARE(model->rowCount(), 1);
    }

    void calendarExportFromTheDashboard()
    {
        QString error;
        const QString path = m_desk->filePath(QStringLiteral("deadlines.ics"));
        QVERIFY2(m_window->deadlinesPage()->exportCalendar(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(data.count("BEGIN:VEVENT"), 3);
        QVERIFY(!m_window->deadlinesPage()->exportCalendar(
            m_desk->filePath(QStringLiteral("no/such/dir/x.ics")), &error));
    }

    void startupReminder()
    {
        SettingsRepository& settings = m_desk->settings();
        QCOMPARE(DeadlineReminders::horizonDays(settings), DeadlineReminders::kDefaultHorizonDays);
        QList<DeadlineItem> due = ReminderDialog::dueItems(m_window->procedures(), settings);
        QCOMPARE(due.size(), 1); // due in 10 days, within the default 14
        DeadlineReminders::setHorizonDays(settings, 7);
        QVERIFY(ReminderDialog::dueItems(m_window->procedures(), settings).isEmpty());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, DeadlineReminders::setHorizonDays(settings, 1000));
        QCOMPARE(DeadlineReminders::horizonDays(settings), 7);

        ReminderDialog dialog(due, settings, m_window.get());
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("in 10 days"));
        dialog.horizonBox()->setValue(21);
        dialog.reject();
        QCOMPARE(DeadlineReminders::horizonDays(settings), 21);
        ReminderDialog off(due, settings, m_window.get());
        off.enabledCheck()->setChecked(false);
        off.reject();
        QCOMPARE(DeadlineReminders::horizonDays(settings), 0);
        QVERIFY(ReminderDialog::dueItems(m_window->procedures(), settings).isEmpty());
    }

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    Campaign m_campaign;
    Procedure m_first;
    Procedure m_appeal;
    Milestone m_deadline;
};

QTEST_MAIN(TestProceduresPage)
#include "tst_procedures_page.moc"

// Backups in the window: the status bar's last backup, the automatic backup when the window
// closes (once a day, the last N kept, the passphrase asked once per session), the progress
// dialog's Cancel, and the dialogs' checks.

#include "DeskContents.h"
#include "FixedClock.h"
#include "TempDesk.h"

#include "MainWindow.h"
#include "backup/AutoBackup.h"
#include "backup/BackupController.h"
#include "backup/BackupDialog.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/DeskRestore.h"
#include "backup/PassphraseDialog.h"
#include "common/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The Cancel button of the progress dialog named `name`, pressed as soon as the work started.
void cancelAtOnce(QWidget* window, const QString& name)
{
    QTimer::singleShot(0, window, [window, name] {
        auto* progress = window->findChild<QProgressDialog*>(name);
        QVERIFY(progress);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
}

QAction* menuAction(QMenuBar* bar, const QString& menu, const QString& text)
{
    for (QAction* top : bar->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction* action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void menusOfferBackupAndRestore();
    void statusBarSaysWhenTheLastBackupWasMade();
    void staleBackupWarningFitsALaptopInFrench();
    void automaticBackupOnCloseKeepsTheLastN();
    void encryptedAutomaticBackupAsksThePassphraseOncePerSession();
    void cancelInTheProgressDialogLeavesNothing();
    void restoreIntoANewDesk();
    void backupDialogChecksThePassphrase();
    void automaticBackupsDialogStoresTheChoice();

private:
    QLabel* statusLabel() const { return m_window->findChild<QLabel*>(QStringLiteral("lastBackup")); }
    QString usb() const { return m_desk->filePath(QStringLiteral("usb")); }
    void enableAutomaticBackups(bool encrypted, int keep);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupUi::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    fillDesk(m_desk->database(), m_desk->associations(), m_desk->campaigns(), 4, 2 * 1024 * 1024);
    QDir().mkpath(usb());
    m_window = std::make_unique<MainWindow>(m_desk->database(), m_desk->campaigns(), m_desk->associations(),
                                            m_desk->settings());
    m_window->show();
}

void TestBackupUi::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_clock.reset();
    PassphraseDialog::setNextAnswer(std::nullopt);
    Dialogs::setNextAnswer(std::nullopt);
}

void TestBackupUi::enableAutomaticBackups(bool encrypted, int keep)
{
    AutoBackupSettings settings;
    settings.enabled = true;
    settings.folder = usb();
    settings.keep = keep;
    settings.encrypted = encrypted;
    BackupSettings(m_desk->settings()).setAutomatic(settings);
}

void TestBackupUi::menusOfferBackupAndRestore()
{
    QVERIFY(menuAction(m_window->menuBar(), QStringLiteral("&File"), QStringLiteral("&Back up…")));
    QVERIFY(menuAction(m_window->menuBar(), QStringLiteral("&File"), QStringLiteral("&Restore…")));
    QVERIFY(menuAction(m_window->menuBar(), QStringLiteral("&Tools"), QStringLiteral("&Automatic backups…")));
}

void TestBackupUi::statusBarSaysWhenTheLastBackupWasMade()
{
    QLabel* label = statusLabel();
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No backup yet"));
    QVERIFY(!label->styleSheet().isEmpty()); // a warning

    const BackupOutcome outcome
        = m_window->backups()->backUp(usb() + QStringLiteral("/a.casedesk-backup"), {}, false);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY2(label->text().startsWith(QStringLiteral("Last backup: "))
                 && !label->text().contains(QStringLiteral("week")),
             qPrintable(label->text()));
    QVERIFY(label->styleSheet().isEmpty());

    m_clock->advance(8LL * 24 * 3600 * 1000);
    QTranslator english; // the plural forms, as the application installs them
    QVERIFY(english.load(QStringLiteral(":/i18n/casedesk_en.qm")));
    QCoreApplication::installTranslator(&english);
    m_window->backups()->refreshStatus();
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(label->text(), QStringLiteral("Last backup 8 days ago"));
    QVERIFY(!label->styleSheet().isEmpty());
}

// The longest status bar, in French, still fits a 1280 x 800 laptop screen.
void TestBackupUi::staleBackupWarningFitsALaptopInFrench()
{
    BackupSettings(m_desk->settings()).recordBackup(m_clock->now().addDays(-400), false);
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/casedesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    MainWindow window(m_desk->database(), m_desk->campaigns(), m_desk->associations(), m_desk->settings());
    window.show();
    const QString text = window.findChild<QLabel*>(QStringLiteral("lastBackup"))->text();
    const QSize needed = window.minimumSizeHint();
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(text, QStringLiteral("Dernière sauvegarde il y a 400 jours"));
    QVERIFY2(needed.width() <= 1280 && needed.height() <= 800,
             qPrintable(QStringLiteral("the window needs %1 x %2").arg(needed.width()).arg(needed.height())));
}

void TestBackupUi::automaticBackupOnCloseKeepsTheLastN()
{
    m_window->close(); // off by default: nothing
    QCOMPARE(AutoBackup::archivesOf(usb(), m_desk->path()).size(), 0);

    enableAutomaticBackups(false, 2);
    QStringList written;
    for (int day = 0; day < 3; ++day) {
        m_window->show();
        m_window->close();
        written.append(usb() + QLatin1Char('/') + AutoBackup::archiveName(m_desk->path(), m_clock->now()));
        m_clock->advance(3600 * 1000);
        m_window->show();
        m_window->close(); // an hour later, the same day: no second backup
        QCOMPARE(AutoBackup::archivesOf(usb(), m_desk->path()),
                 written.mid(std::max<qsizetype>(0, written.size() - 2)));
        m_clock->advance(24LL * 3600 * 1000);
    }
    QVERIFY(BackupSettings(m_desk->settings()).lastAutomaticAt().isValid());
    QString problem;
    QCOMPARE(DeskRestore::isEncrypted(written.last(), &problem), std::optional<bool>(false));
    const QString restored = m_desk->filePath(QStringLiteral("restored.db"));
    const RestoreOutcome outcome = DeskRestore::restore(written.last(), restored, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(vaultContents(restored), vaultContents(m_desk->path()));
    QCOMPARE(dumpTables(restored).value(QStringLiteral("donations")),
             dumpTables(m_desk->path()).value(QStringLiteral("donations")));
}

void TestBackupUi::encryptedAutomaticBackupAsksThePassphraseOncePerSession()
{
    enableAutomaticBackups(true, 7);
    PassphraseDialog::setNextAnswer(QByteArray()); // the person cancels: no backup this time
    m_window->close();
    QCOMPARE(AutoBackup::archivesOf(usb(), m_desk->path()).size(), 0);
    QVERIFY(!BackupSettings(m_desk->settings()).lastAutomaticAt().isValid());

    PassphraseDialog::setNextAnswer(QByteArray("phrase de la session"));
    m_window->show();
    m_window->close();
    m_clock->advance(25LL * 3600 * 1000);
    PassphraseDialog::setNextAnswer(QByteArray("never asked for")); // the session's is reused
    m_window->show();
    m_window->close();
    PassphraseDialog::setNextAnswer(std::nullopt);
    const QStringList archives = AutoBackup::archivesOf(usb(), m_desk->path());
    QCOMPARE(archives.size(), 2);
    for (const QString& archive : archives) {
        QString problem;
        QCOMPARE(DeskRestore::isEncrypted(archive, &problem), std::optional<bool>(true));
        const QString restored
            = m_desk->filePath(QStringLiteral("restored-%1.db").arg(archives.indexOf(archive)));
        const RestoreOutcome outcome = DeskRestore::restore(archive, restored, "phrase de la session");
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    }
    // Never stored: not in the desk's settings, not in its file.
    for (const QString& line : dumpTables(m_desk->path()).value(QStringLiteral("settings")))
        QVERIFY2(!line.contains(QStringLiteral("phrase de la session")), qPrintable(line));
}

void TestBackupUi::cancelInTheProgressDialogLeavesNothing()
{
    const QString archive = usb() + QStringLiteral("/desk.casedesk-backup");
    cancelAtOnce(m_window.get(), QStringLiteral("backupProgress"));
    // Encrypted: the key takes half a second, the Cancel comes well before the end.
    const BackupOutcome outcome = m_window->backups()->backUp(archive, "une phrase de passe", false);
    QCOMPARE(outcome.status, BackupOutcome::Status::Cancelled);
    QVERIFY(!QFileInfo::exists(archive));
    QCOMPARE(leftovers(usb()), QStringList());
    QCOMPARE(leftovers(m_desk->dirPath()), QStringList());
    QCOMPARE(statusLabel()->text(), QStringLiteral("No backup yet"));
}

void TestBackupUi::restoreIntoANewDesk()
{
    const QString archive = usb() + QStringLiteral("/desk.casedesk-backup");
    QVERIFY(m_window->backups()->backUp(archive, "une phrase de passe", false).ok());
    const QString restored = m_desk->filePath(QStringLiteral("restored/desk.db"));

    cancelAtOnce(m_window.get(), QStringLiteral("restoreProgress"));
    RestoreOutcome outcome = m_window->backups()->restore(archive, restored, "une phrase de passe");
    QCOMPARE(outcome.status, RestoreOutcome::Status::Cancelled);
    QVERIFY(!QFileInfo::exists(m_desk->filePath(QStringLiteral("restored"))));

    outcome = m_window->backups()->restore(archive, restored, "une phrase de passe");
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(vaultContents(restored), vaultContents(m_desk->path()));
    QCOMPARE(dumpTables(restored).value(QStringLiteral("campaigns")),
             dumpTables(m_desk->path()).value(QStringLiteral("campaigns")));
}

void TestBackupUi::backupDialogChecksThePassphrase()
{
    BackupDialog dialog(usb() + QStringLiteral("/x.casedesk-backup"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QPushButton* backUp = nullptr;
    for (QAbstractButton* button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            backUp = qobject_cast<QPushButton*>(button);
    }
    QVERIFY(backUp);
    QVERIFY(!backUp->isEnabled()); // encrypted by default, no passphrase yet
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* second = dialog.findChild<QLineEdit*>(QStringLiteral("confirmation"));
    QTest::keyClicks(first, QStringLiteral("une longue phrase"));
    QTest::keyClicks(second, QStringLiteral("une longue phrasE"));
    QVERIFY(!backUp->isEnabled());
    second->clear();
    QTest::keyClicks(second, QStringLiteral("une longue phrase"));
    QVERIFY(backUp->isEnabled());
    QCOMPARE(dialog.passphrase(), QByteArray("une longue phrase"));

    first->setText(QStringLiteral("court"));
    second->setText(QStringLiteral("court"));
    QVERIFY(!backUp->isEnabled()); // under 8 characters
    QRadioButton* plain = dialog.findChildren<QRadioButton*>().last();
    plain->setChecked(true); // unencrypted: the person's explicit choice
    QVERIFY(backUp->isEnabled());
    QCOMPARE(dialog.passphrase(), QByteArray());
    QCOMPARE(dialog.archivePath(), usb() + QStringLiteral("/x.casedesk-backup"));
}

void TestBackupUi::automaticBackupsDialogStoresTheChoice()
{
    QAction* action
        = menuAction(m_window->menuBar(), QStringLiteral("&Tools"), QStringLiteral("&Automatic backups…"));
    QVERIFY(action);
    bool answered = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto* dialog = qobject_cast<BackupSettingsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QCheckBox*>()->setChecked(true);
        dialog->findChild<QLineEdit*>(QStringLiteral("folder"))
            ->setText(m_desk->filePath(QStringLiteral("unplugged")));
        QVERIFY(!ok->isEnabled()); // the folder is not there
        dialog->findChild<QLineEdit*>(QStringLiteral("folder"))->setText(usb());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        answered = true;
    });
    action->trigger();
    QVERIFY(answered);
    const AutoBackupSettings stored = BackupSettings(m_desk->settings()).automatic();
    QVERIFY(stored.enabled);
    QCOMPARE(stored.folder, usb());
    QCOMPARE(stored.keep, 7);
    QVERIFY(stored.encrypted);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backup_ui.moc"

#include "backup/BackupSettingsDialog.h"

#include "common/Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

BackupSettingsDialog::BackupSettingsDialog(const AutoBackupSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("&Back up when the window closes, at most once a day"), this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(settings.folder), this))
    , m_keep(new QSpinBox(this))
    , m_encrypted(new QRadioButton(tr("&Encrypted: CaseDesk asks for the passphrase once per session, "
                                      "at the first automatic backup, and never stores it"),
                                   this))
    , m_plain(new QRadioButton(tr("&Not encrypted: anyone who gets the folder can read the whole desk, "
                                  "donors' personal data included"),
                               this))
    , m_problem(new QLabel(this))
    , m_buttons(Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Automatic backups"));
    auto* layout = new QVBoxLayout(this);
    m_enabled->setChecked(settings.enabled);
    layout->addWidget(m_enabled);
    auto* form = new QFormLayout;
    // One widget for the folder row, so its label's shortcut has a buddy to give the focus to.
    auto* folderRow = new QWidget(this);
    auto* row = new QHBoxLayout(folderRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_folder->setObjectName(QStringLiteral("folder"));
    row->addWidget(m_folder, 1);
    auto* browse = new QPushButton(tr("&Choose…"), folderRow);
    row->addWidget(browse);
    folderRow->setFocusProxy(m_folder);
    form->addRow(tr("&Folder (a USB key, a synced folder):"), folderRow);
    m_keep->setRange(1, AutoBackup::kMaxKeep);
    m_keep->setValue(settings.keep);
    form->addRow(tr("Backups to &keep:"), m_keep);
    layout->addLayout(form);
    m_encrypted->setChecked(settings.encrypted);
    m_plain->setChecked(!settings.encrypted);
    layout->addWidget(m_encrypted);
    layout->addWidget(m_plain);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &BackupSettingsDialog::browse);
    connect(m_enabled, &QCheckBox::toggled, this, &BackupSettingsDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupSettingsDialog::validate);
    validate();
}

AutoBackupSettings BackupSettingsDialog::settings() const
{
    AutoBackupSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    settings.keep = m_keep->value();
    settings.encrypted = m_encrypted->isChecked();
    return settings;
}

void BackupSettingsDialog::browse()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for the automatic backups"), settings().folder);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

// A folder that is not there now (the USB key unplugged) is refused only when backups are on.
void BackupSettingsDialog::validate()
{
    const AutoBackupSettings chosen = settings();
    const QString problem = chosen.enabled ? AutoBackup::folderProblem(chosen.folder) : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace casedesk

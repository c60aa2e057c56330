#include "backup/BackupDialog.h"

#include "backup/PassphraseFields.h"
#include "common/Dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casedesk {

BackupDialog::BackupDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_encrypt(new QRadioButton(tr("&Encrypt it with a passphrase (recommended)"), this))
    , m_plain(new QRadioButton(tr("Do &not encrypt it: anyone who gets the file can read the whole desk, "
                                  "donors' personal data included"),
                               this))
    , m_passphrase(new PassphraseFields(PassphraseFields::Mode::New, this))
    , m_problem(new QLabel(this))
    , m_buttons(Dialogs::buttonBox(this, QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Back up the desk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("One file holds the whole desk and its evidence files, as saved now. "
                                "Keep it somewhere else than this computer: a USB key, a synced folder."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("archivePath"));
    row->addWidget(m_path, 1);
    auto* browse = new QPushButton(tr("&Choose…"), this);
    row->addWidget(browse);
    layout->addLayout(row);
    layout->addWidget(m_encrypt);
    layout->addWidget(m_passphrase);
    auto* note = new QLabel(tr("CaseDesk never stores the passphrase: without it the backup cannot be "
                               "restored by anyone, you included."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_plain);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    m_encrypt->setChecked(true);

    connect(browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &BackupDialog::validate);
    connect(m_encrypt, &QRadioButton::toggled, this, &BackupDialog::validate);
    connect(m_passphrase, &PassphraseFields::changed, this, &BackupDialog::validate);
    validate();
}

QString BackupDialog::archivePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QByteArray BackupDialog::passphrase() const
{
    return m_encrypt->isChecked() ? m_passphrase->passphrase() : QByteArray();
}

void BackupDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the desk to"), archivePath(),
                                                      tr("CaseDesk backups (*.casedesk-backup)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void BackupDialog::validate()
{
    m_passphrase->setEnabled(m_encrypt->isChecked());
    QString problem;
    if (archivePath().isEmpty())
        problem = tr("Choose the file to write.");
    else if (m_encrypt->isChecked())
        problem = m_passphrase->problem();
    m_problem->setText(problem);
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
    }
}

} // namespace casedesk

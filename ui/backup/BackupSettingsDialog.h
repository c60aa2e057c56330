#pragma once

#include "backup/AutoBackup.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace casedesk {

// Tools ▸ Automatic backups…: on closing the window, at most once a day, into a chosen folder,
// keeping the last N; encrypted (the passphrase asked once per session, never stored) or not,
// by an explicit choice.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(const AutoBackupSettings& settings, QWidget* parent = nullptr);

    AutoBackupSettings settings() const;

private:
    void browse();
    void validate();

    QCheckBox* m_enabled;
    QLineEdit* m_folder;
    QSpinBox* m_keep;
    QRadioButton* m_encrypted;
    QRadioButton* m_plain;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace casedesk

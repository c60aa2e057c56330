#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace casedesk {

class PassphraseFields;

// File ▸ Back up…: where the archive goes and whether it is encrypted (the default, with the
// passphrase asked twice). Unencrypted is an explicit choice, with what it means spelled out.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    QString archivePath() const;
    // Empty when the person chose not to encrypt.
    QByteArray passphrase() const;

private:
    void browse();
    void validate();

    QLineEdit* m_path;
    QRadioButton* m_encrypt;
    QRadioButton* m_plain;
    PassphraseFields* m_passphrase;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace casedesk

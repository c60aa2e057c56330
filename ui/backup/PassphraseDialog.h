#pragma once

#include "backup/PassphraseFields.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace casedesk {

// Asks for a backup's passphrase: twice for a new backup, once to open one.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(PassphraseFields::Mode mode, const QString& title, const QString& text,
                     QWidget* parent = nullptr);

    QByteArray passphrase() const { return m_fields->passphrase(); }

    // The passphrase the person typed, or nothing when they cancelled. Tests answer in advance
    // with setNextAnswer() (an empty answer cancels), so modal flows run without a person.
    static std::optional<QByteArray> ask(QWidget* parent, PassphraseFields::Mode mode, const QString& title,
                                         const QString& text);
    static void setNextAnswer(const std::optional<QByteArray>& answer);

private:
    void validate();

    PassphraseFields* m_fields;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace casedesk

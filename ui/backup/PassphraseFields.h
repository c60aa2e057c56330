#pragma once

#include <QWidget>

class QLineEdit;

namespace casedesk {

// The passphrase of a backup: asked twice (and held to DeskBackup's rule) for a new backup, once
// to open one. Its text never leaves the dialog except as passphrase(), and is cleared with it.
class PassphraseFields : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        New, // asked twice
        Existing
    };

    explicit PassphraseFields(Mode mode, QWidget* parent = nullptr);
    ~PassphraseFields() override;

    QByteArray passphrase() const;
    // What keeps the passphrase from being used; empty when it will do.
    QString problem() const;

signals:
    void changed();

private:
    Mode m_mode;
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
};

} // namespace casedesk

#include "backup/PassphraseFields.h"

#include "backup/DeskBackup.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace casedesk {

PassphraseFields::PassphraseFields(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_first(new QLineEdit(this))
{
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    layout->addRow(tr("&Passphrase:"), m_first);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseFields::changed);
    if (mode == Mode::New) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setObjectName(QStringLiteral("confirmation"));
        layout->addRow(tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseFields::changed);
    }
}

// The text is wiped silently: the dialog around these fields is already half destroyed, and a
// textChanged now would call its slots (an assertion in a debug build, undefined behaviour in any).
PassphraseFields::~PassphraseFields()
{
    const QSignalBlocker quietFirst(m_first);
    m_first->clear();
    if (m_second) {
        const QSignalBlocker quietSecond(m_second);
        m_second->clear();
    }
}

QByteArray PassphraseFields::passphrase() const
{
    return m_first->text().toUtf8();
}

QString PassphraseFields::problem() const
{
    if (m_first->text().isEmpty())
        return tr("Enter the passphrase.");
    if (m_mode == Mode::Existing)
        return {};
    if (const QString problem = DeskBackup::passphraseProblem(passphrase()); !problem.isEmpty())
        return problem;
    if (m_second->text() != m_first->text())
        return tr("The two passphrases differ.");
    return {};
}

} // namespace casedesk

#include "donations/ClosePeriodDialog.h"

#include "common/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace casedesk {

namespace {

QDateEdit* makeDateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ClosePeriodDialog::ClosePeriodDialog(const QList<BankAccount>& accounts, const QString& currentIban,
                                     const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_account(new QComboBox(this))
    , m_start(makeDateEdit(QDate(today.year(), today.month(), 1).addMonths(-1), this))
    , m_end(makeDateEdit(QDate(today.year(), today.month(), 1).addDays(-1), this))
{
    setWindowTitle(tr("Close a reconciliation period"));
    for (const BankAccount& account : accounts) {
        m_account->addItem(tr("%1 — %2").arg(account.name, Iban::grouped(account.iban)), account.iban);
        if (account.iban == currentIban)
            m_account->setCurrentIndex(m_account->count() - 1);
    }
    auto* note = new QLabel(tr("A closed period is locked: its lines and matches cannot change until it is "
                               "reopened, with a reason."),
                            this);
    note->setWordWrap(true);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close period"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!accounts.isEmpty());

    auto* form = new QFormLayout(this);
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("First day"), m_start);
    form->addRow(tr("Last day"), m_end);
    form->addRow(note);
    form->addRow(buttons);
}

QString ClosePeriodDialog::accountIban() const
{
    return m_account->currentData().toString();
}

QDate ClosePeriodDialog::start() const
{
    return m_start->date();
}

QDate ClosePeriodDialog::end() const
{
    return m_end->date();
}

} // namespace casedesk

#include "donations/RetentionDialog.h"

#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/RecordTable.h"
#include "donations/privacy/DonorRetention.h"
#include "donations/privacy/PrivacyRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QTableWidget* makeTable(const QStringList& headers, int stretch, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRecordTable(table);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

void fill(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QWidget* pane(QLabel* note, QTableWidget* table, QPushButton* button, QWidget* parent)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    if (button) {
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(button);
        layout->addLayout(row);
    }
    return widget;
}

} // namespace

RetentionDialog::RetentionDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_due(makeTable({ tr("Donor"), tr("Archived on"), tr("Kept until"), tr("Legal basis") }, 3, this))
    , m_renew(makeTable({ tr("Donor"), tr("E-mail"), tr("Last contact") }, 1, this))
    , m_log(makeTable({ tr("When"), tr("Who"), tr("Action"), tr("Donor"), tr("What"), tr("Why") }, 4, this))
    , m_purge(new QPushButton(tr("Purge"), this))
    , m_dueNote(new QLabel(this))
    , m_renewNote(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Retention of donors' data"));
    m_due->setAccessibleName(tr("Due for purge"));
    m_renew->setAccessibleName(tr("Consent to renew"));
    m_log->setAccessibleName(tr("Privacy log"));
    connect(m_purge, &QPushButton::clicked, this, &RetentionDialog::purgeDue);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* tabs = new QTabWidget(this);
    tabs->addTab(pane(m_dueNote, m_due, m_purge, tabs), tr("Due for purge"));
    tabs->addTab(pane(m_renewNote, m_renew, nullptr, tabs), tr("Consent to renew"));
    auto* logNote
        = new QLabel(tr("Every export, erasure and purge of a donor's data: who, when, what and why."), tabs);
    tabs->addTab(pane(logNote, m_log, nullptr, tabs), tr("Privacy log"));
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(820, 480);
    reload();
}

void RetentionDialog::reload()
{
    runOrReport(
        [this] {
            DonorRetention retention(m_database);
            QList<QStringList> rows;
            const QList<ArchiveDue> due = retention.dueForPurge();
            for (const ArchiveDue& row : due)
                rows.append({ row.donorName, dateText(row.archivedOn), dateText(row.keepUntil), row.reason });
            fill(m_due, rows);
            m_purge->setEnabled(!due.isEmpty());
            m_dueNote->setText(
                due.isEmpty() ? tr("No erased donor's archive has reached the end of its period.")
                              : tr("%n erased donor(s) whose restricted archive (the name, address and SIREN "
                                   "the law made the association keep) has passed its last day: purge it.",
                                   nullptr, int(due.size())));
            rows.clear();
            const QList<DonorToAskAgain> renew = retention.consentToRenew();
            for (const DonorToAskAgain& donor : renew)
                rows.append({ donor.name, donor.email, dateText(donor.lastContact) });
            fill(m_renew, rows);
            m_renewNote->setText(
                tr("%n donor(s) agreed to be contacted but have not been in touch for %1 years: "
                   "ask them again before soliciting them.",
                   nullptr, int(renew.size()))
                    .arg(DonorRetention::kYearsWithoutContact));
            rows.clear();
            for (const PrivacyLogEntry& entry : PrivacyRepository(m_database).entries())
                rows.append({ QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.actor,
                              PrivacyRepository::actionLabel(entry.action),
                              entry.donorUuid.toString(QUuid::WithoutBraces).left(8), entry.what,
                              entry.why });
            fill(m_log, rows);
        },
        [this](const QString& message) { showMessage(m_message, message, true); });
}

int RetentionDialog::purgeDue()
{
    const int due = m_due->rowCount();
    if (due == 0
        || !Dialogs::confirm(
            this, tr("Purge"),
            tr("Delete for good the restricted archive of %n erased donor(s)? Their gifts stay in "
               "the accounts.",
               nullptr, due),
            tr("Purge")))
        return 0;
    int purged = 0;
    if (runOrReport([&] { purged = int(DonorRetention(m_database).purgeDue().size()); },
                    [this](const QString& message) { showMessage(m_message, message, true); }))
        showMessage(m_message,
                    tr("%n archive(s) purged; the purges are in the privacy log.", nullptr, purged), false);
    reload();
    return purged;
}

} // namespace casedesk

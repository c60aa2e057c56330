#include "procedures/DeadlinesPage.h"

#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/RecordTable.h"
#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineReminders.h"
#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"
#include "reports/ICalendarWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

DeadlinesPage::DeadlinesPage(ProcedureRepository& procedures, SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_procedures(procedures)
    , m_settings(settings)
    , m_model(new DeadlineListModel(procedures, this))
    , m_table(new QTableView(this))
    , m_horizon(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(tr("&Open procedure"), this))
    , m_met(new QPushButton(tr("Mark &met"), this))
{
    m_horizon->setRange(0, 3650);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setValue(std::max(30, DeadlineReminders::horizonDays(settings)));
    m_horizon->setAccessibleName(tr("Show deadlines due within"));
    auto* horizonLabel = new QLabel(tr("Overdue, and due &within:"), this);
    horizonLabel->setBuddy(m_horizon);
    auto* exportButton = new QPushButton(tr("E&xport to calendar…"), this);
    exportButton->setToolTip(
        tr("Write the milestones and deadlines of every campaign to an iCalendar (.ics) file, "
           "with reminders, for the lawyer's and the board's calendars."));

    auto* top = new QHBoxLayout;
    top->addWidget(horizonLabel);
    top->addWidget(m_horizon);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(exportButton);

    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(DeadlineListModel::Deadline, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DeadlineListModel::Campaign, QHeaderView::Stretch);
    m_table->setColumnWidth(DeadlineListModel::Due, 130);
    m_table->setColumnWidth(DeadlineListModel::DaysLeft, 130);
    m_table->setColumnWidth(DeadlineListModel::Procedure, 300);
    m_table->setAccessibleName(tr("Deadlines"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_open);
    bottom->addWidget(m_met);
    bottom->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_horizon, &QSpinBox::valueChanged, this, &DeadlinesPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &DeadlinesPage::exportCalendarInteractively);
    connect(m_open, &QPushButton::clicked, this, &DeadlinesPage::openSelected);
    connect(m_table, &QTableView::activated, this, &DeadlinesPage::openSelected);
    connect(m_met, &QPushButton::clicked, this, &DeadlinesPage::markSelectedMet);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeadlinesPage::updateSummary);
    reload();
}

void DeadlinesPage::reload()
{
    DeadlineQuery query;
    query.today = Clock::today();
    query.horizonDays = m_horizon->value();
    runOrReport([&] { m_model->setQuery(query); },
                [this](const QString& message) { emit statusMessage(message); });
}

void DeadlinesPage::updateSummary()
{
    const int overdue = m_model->overdueCount();
    const int coming = m_model->rowCount() - overdue;
    QString text = coming == 0 ? tr("Nothing due within %1 days.").arg(m_horizon->value())
                               : tr("%1 due within %2 days.").arg(coming).arg(m_horizon->value());
    if (overdue > 0)
        text = QStringLiteral("<span style=\"color:#b00020;font-weight:bold\">%1</span> ")
                   .arg(overdue == 1 ? tr("1 overdue.") : tr("%1 overdue.").arg(overdue))
            + text;
    m_summary->setText(text);
    const bool any = m_model->rowCount() > 0;
    m_open->setEnabled(any);
    m_met->setEnabled(any);
}

void DeadlinesPage::openSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const DeadlineItem& item = m_model->item(index.row());
    emit openProcedureRequested(item.campaignUuid, item.procedureUuid, item.milestoneUuid);
}

void DeadlinesPage::markSelectedMet()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const DeadlineItem item = m_model->item(index.row());
    runOrReport(
        [&] {
            m_procedures.milestones().setDone(item.milestoneUuid, true);
            emit statusMessage(tr("Marked as met: %1").arg(item.title));
        },
        [this](const QString& message) { emit statusMessage(message); });
}

bool DeadlinesPage::exportCalendar(const QString& path, QString* errorMessage)
{
    bool saved = false;
    runOrReport(
        [&] {
            DeadlineService deadlines(m_procedures.database());
            const QList<CalendarEntry> entries = deadlines.calendarEntries();
            const QList<CalendarEvent> events
                = ICalendarWriter::eventsFor(entries, [&deadlines](const CalendarEntry& entry) {
                      return deadlines.explain(entry.milestone).explanation();
                  });
            if (!ICalendarWriter::save(path, ICalendarWriter::write(events, Clock::nowUtc()), errorMessage))
                return;
            emit statusMessage(
                tr("Exported %1 event(s) to %2").arg(events.size()).arg(QDir::toNativeSeparators(path)));
            saved = true;
        },
        [errorMessage](const QString& message) { *errorMessage = message; });
    return saved;
}

void DeadlinesPage::exportCalendarInteractively()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to calendar"), QDir(folder).filePath(QStringLiteral("casedesk-deadlines.ics")),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCalendar(path, &error))
        emit statusMessage(error);
}

} // namespace casedesk

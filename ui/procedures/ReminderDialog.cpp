#include "procedures/ReminderDialog.h"

#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineReminders.h"
#include "procedures/DeadlineService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

QList<DeadlineItem> ReminderDialog::dueItems(ProcedureRepository& procedures, SettingsRepository& settings)
{
    DeadlineService deadlines(procedures.database());
    return DeadlineReminders::dueAtStartup(deadlines, settings, Clock::today());
}

ReminderDialog::ReminderDialog(const QList<DeadlineItem>& items, SettingsRepository& settings,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_list(new QTreeWidget(this))
    , m_horizon(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Remind me at start-up of deadlines due within"), this))
{
    setWindowTitle(tr("Deadlines"));
    resize(860, 420);
    int overdue = 0;
    for (const DeadlineItem& item : items)
        overdue += item.overdue() ? 1 : 0;
    const int horizon = DeadlineReminders::horizonDays(settings);
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setText(overdue > 0
                         ? tr("<b>Overdue: %1.</b> Due within %2 days: %3. Check that each overdue deadline "
                              "was met, then mark it so.")
                               .arg(overdue)
                               .arg(horizon)
                               .arg(items.size() - overdue)
                         : tr("<b>Due within %1 days: %2.</b>").arg(horizon).arg(items.size()));

    m_list->setColumnCount(5);
    m_list->setHeaderLabels({ tr("Due"), tr("When"), tr("Deadline"), tr("Procedure"), tr("Campaign") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    for (const DeadlineItem& item : items) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(0, QLocale().toString(item.due, QStringLiteral("ddd d MMM yyyy")));
        row->setText(1, DeadlineListModel::daysText(item.daysRemaining));
        row->setText(2, item.title);
        row->setText(3, item.procedureName);
        row->setText(4, item.campaignTitle);
        const DeadlineUrgency urgency = DeadlineService::urgency(item.daysRemaining);
        if (urgency != DeadlineUrgency::Later) {
            QFont font = row->font(0);
            font.setBold(true);
            for (int column = 0; column < 5; ++column) {
                row->setFont(column, font);
                row->setForeground(column, DeadlineService::colour(urgency));
            }
        }
    }
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);

    m_horizon->setRange(1, DeadlineReminders::kMaxHorizonDays);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setValue(horizon == 0 ? DeadlineReminders::kDefaultHorizonDays : horizon);
    m_enabled->setChecked(horizon > 0);
    connect(m_enabled, &QCheckBox::toggled, m_horizon, &QWidget::setEnabled);
    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_enabled);
    settingsRow->addWidget(m_horizon);
    settingsRow->addStretch();

    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Close);
    QPushButton* open = buttons->addButton(tr("&Open deadlines"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(settingsRow);
    layout->addWidget(buttons);
}

void ReminderDialog::done(int result)
{
    // The choice is a preference: failing to store it must not keep the dialog open.
    runOrReport(
        [&] {
            DeadlineReminders::setHorizonDays(m_settings, m_enabled->isChecked() ? m_horizon->value() : 0);
        },
        [](const QString&) {});
    QDialog::done(result);
}

} // namespace casedesk

#pragma once

#include "procedures/DeadlineService.h"
#include "procedures/ProcedureRepository.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QTreeWidget;

namespace casedesk {

class SettingsRepository;

// Shown at start-up when deadlines are overdue or fall due within the desk's reminder horizon.
// "Open deadlines" accepts the dialog; the horizon and the on/off choice are saved on close.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderDialog(const QList<DeadlineItem>& items, SettingsRepository& settings, QWidget* parent = nullptr);

    // The deadlines the reminder would show today (empty: no reminder needed, or turned off).
    static QList<DeadlineItem> dueItems(ProcedureRepository& procedures, SettingsRepository& settings);

    QTreeWidget* list() const { return m_list; }
    QSpinBox* horizonBox() const { return m_horizon; }
    QCheckBox* enabledCheck() const { return m_enabled; }

    void done(int result) override;

private:
    SettingsRepository& m_settings;
    QTreeWidget* m_list;
    QSpinBox* m_horizon;
    QCheckBox* m_enabled;
};

} // namespace casedesk

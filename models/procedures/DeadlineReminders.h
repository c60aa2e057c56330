#pragma once

#include "procedures/DeadlineService.h"

#include <QCoreApplication>

namespace casedesk {

class SettingsRepository;

// The start-up reminder's horizon, a desk setting: deadlines due within this many days (and
// every overdue one) are shown when CaseDesk opens. 0 turns the reminder off.
class DeadlineReminders
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineReminders)

public:
    static constexpr int kDefaultHorizonDays = 14;
    static constexpr int kMaxHorizonDays = 365;

    static int horizonDays(SettingsRepository& settings);
    // Throws DatabaseError with a message when `days` is out of range; nothing is stored then.
    static void setHorizonDays(SettingsRepository& settings, int days);
    // What the start-up reminder shows on `today`: overdue deadlines and those within the
    // horizon; nothing when the reminder is off.
    static QList<DeadlineItem> dueAtStartup(DeadlineService& deadlines, SettingsRepository& settings,
                                            const QDate& today);
};

} // namespace casedesk

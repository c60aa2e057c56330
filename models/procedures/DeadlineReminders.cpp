#include "procedures/DeadlineReminders.h"

#include "settings/SettingsRepository.h"
#include "storage/DatabaseError.h"

namespace casedesk {

namespace {
const QString kKey = QStringLiteral("deadlines.reminder_horizon_days");
}

int DeadlineReminders::horizonDays(SettingsRepository& settings)
{
    bool ok = false;
    const int days = settings.value(kKey, QString::number(kDefaultHorizonDays)).toInt(&ok);
    return ok && days >= 0 && days <= kMaxHorizonDays ? days : kDefaultHorizonDays;
}

void DeadlineReminders::setHorizonDays(SettingsRepository& settings, int days)
{
    if (days < 0 || days > kMaxHorizonDays)
        throw DatabaseError(tr("The reminder horizon must be between 0 (no reminder) and %1 days, not %2.")
                                .arg(kMaxHorizonDays)
                                .arg(days));
    settings.setValue(kKey, QString::number(days));
}

QList<DeadlineItem> DeadlineReminders::dueAtStartup(DeadlineService& deadlines, SettingsRepository& settings,
                                                    const QDate& today)
{
    const int horizon = horizonDays(settings);
    if (horizon == 0)
        return {};
    DeadlineQuery query;
    query.today = today;
    query.horizonDays = horizon;
    return deadlines.due(query);
}

} // namespace casedesk

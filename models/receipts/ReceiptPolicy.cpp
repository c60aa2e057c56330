#include "receipts/ReceiptPolicy.h"

#include "common/AmountRules.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QUuid>

namespace casedesk {

namespace {

const QString kThreshold = QStringLiteral("receipts.threshold_cents");
const QString kCeiling = QStringLiteral("receipts.counterpart_ceiling_cents");
const QString kIssuer = QStringLiteral("receipts.this_desk_issues");
const QString kDeskId = QStringLiteral("desk.id");

qint64 centsOr(SettingsRepository& settings, const QString& key, qint64 fallback)
{
    bool ok = false;
    const qint64 cents = settings.value(key).toLongLong(&ok);
    return ok && cents >= 0 ? cents : fallback;
}

} // namespace

ReceiptPolicy ReceiptPolicy::load(SettingsRepository& settings)
{
    ReceiptPolicy policy;
    policy.thresholdCents = centsOr(settings, kThreshold, policy.thresholdCents);
    policy.counterpartCeilingCents = centsOr(settings, kCeiling, policy.counterpartCeilingCents);
    policy.thisDeskIssues = settings.value(kIssuer) == QLatin1String("1");
    return policy;
}

QString ReceiptPolicy::save(SettingsRepository& settings, const ReceiptPolicy& policy)
{
    if (policy.thresholdCents < 0 || policy.thresholdCents > AmountRules::kMaxReceiptCents)
        return tr("Receipt threshold: the amount must be between 0 and 1,000,000,000 EUR.");
    if (policy.counterpartCeilingCents < 0 || policy.counterpartCeilingCents > AmountRules::kMaxReceiptCents)
        return tr("Counterpart ceiling: the amount must be between 0 and 1,000,000,000 EUR.");
    WriteTransaction transaction(settings.database());
    settings.setValue(kThreshold, QString::number(policy.thresholdCents));
    settings.setValue(kCeiling, QString::number(policy.counterpartCeilingCents));
    settings.setValue(kIssuer, policy.thisDeskIssues ? QStringLiteral("1") : QStringLiteral("0"));
    transaction.commit();
    return {};
}

QString ReceiptPolicy::deskId(SettingsRepository& settings)
{
    const QString stored = settings.value(kDeskId);
    if (!stored.isEmpty())
        return stored;
    WriteTransaction transaction(settings.database());
    // Read again under the write lock: another process may have just created it.
    QString id = settings.value(kDeskId);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kDeskId, id);
    }
    transaction.commit();
    return id;
}

QString ReceiptPolicy::ceilingReference()
{
    return tr("BOI-IR-RICI-250-10-20-10: a counterpart worth at most a quarter of the gift, "
              "and at most the yearly ceiling over the donor's year, is not deducted");
}

} // namespace casedesk

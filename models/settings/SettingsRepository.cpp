#include "settings/SettingsRepository.h"

#include "common/AmountRules.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"

namespace casedesk {

namespace {
const QString kFlatFee = QStringLiteral("fees.flat_campaign_fee_cents");
const QString kCommission = QStringLiteral("fees.commission_basis_points");
const QString kGiftConfirmation = QStringLiteral("donations.confirm_above_cents");
} // namespace

SettingsRepository::SettingsRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QString SettingsRepository::value(const QString& key, const QString& fallback)
{
    const QVariant stored = DeskSettings::value(m_database, key);
    return stored.isNull() ? fallback : stored.toString();
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    DeskSettings::setValue(m_database, key, value);
}

FeeSettings SettingsRepository::feeSettings()
{
    FeeSettings fees;
    bool ok = false;
    const qint64 flat = value(kFlatFee).toLongLong(&ok);
    if (ok && flat >= 0)
        fees.flatCampaignFeeCents = flat;
    const int commission = value(kCommission).toInt(&ok);
    if (ok && commission >= 0 && commission <= 10000)
        fees.commissionBasisPoints = commission;
    return fees;
}

void SettingsRepository::setFeeSettings(const FeeSettings& fees)
{
    WriteTransaction transaction(m_database);
    setValue(kFlatFee, QString::number(fees.flatCampaignFeeCents));
    setValue(kCommission, QString::number(fees.commissionBasisPoints));
    transaction.commit();
    emit feeSettingsChanged();
}

qint64 SettingsRepository::giftConfirmationCents()
{
    bool ok = false;
    const qint64 stored = value(kGiftConfirmation).toLongLong(&ok);
    return ok && AmountRules::problem(AmountRules::Kind::Threshold, stored).isEmpty()
        ? stored
        : AmountRules::kDefaultConfirmationCents;
}

QString SettingsRepository::setGiftConfirmationCents(qint64 cents)
{
    const QString problem = AmountRules::problem(AmountRules::Kind::Threshold, cents);
    if (!problem.isEmpty())
        return problem;
    setValue(kGiftConfirmation, QString::number(cents));
    return {};
}

} // namespace casedesk

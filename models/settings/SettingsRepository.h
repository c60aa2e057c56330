#pragma once

#include "campaigns/Fees.h"

#include <QObject>

namespace casedesk {

class Database;

// Desk-local settings kept in the desk file (they travel with it, unlike QSettings).
class SettingsRepository : public QObject
{
    Q_OBJECT

public:
    explicit SettingsRepository(Database& database, QObject* parent = nullptr);

    // The desk these settings live in: to group several of them in one WriteTransaction.
    Database& database() const { return m_database; }

    QString value(const QString& key, const QString& fallback = {});
    void setValue(const QString& key, const QString& value);

    FeeSettings feeSettings();
    void setFeeSettings(const FeeSettings& fees);

    // The amount above which a gift typed by hand asks the treasurer to confirm it
    // (AmountRules::kDefaultConfirmationCents until set). Setting refuses a value out of
    // AmountRules' bounds and returns why, storing nothing.
    qint64 giftConfirmationCents();
    QString setGiftConfirmationCents(qint64 cents);

signals:
    void feeSettingsChanged();

private:
    Database& m_database;
};

} // namespace casedesk

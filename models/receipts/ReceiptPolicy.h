#pragma once

#include <QCoreApplication>
#include <QString>

namespace casedesk {

class SettingsRepository;

// The desk's rules for issuing receipts, kept in its settings (the treasurer's choices).
struct ReceiptPolicy
{
    // Below this (a gift, or a donor's year on an annual receipt) the yearly batch issues nothing
    // automatically; a receipt can still be issued for one donor on request. 0: no threshold.
    qint64 thresholdCents = 0;
    // A counterpart of "disproportion marquée" is not deducted: at most a quarter of the gift,
    // and the donor's counterparts of the year at most this ceiling (BOI-IR-RICI-250-10-20-10:
    // 73 EUR for 2025; the administration revises it, so it is a setting).
    qint64 counterpartCeilingCents = 7300;
    static constexpr int kCounterpartMaxPercent = 25;
    // Only one desk of an association issues receipts (the treasurer's); others read them.
    bool thisDeskIssues = false;

    static ReceiptPolicy load(SettingsRepository& settings);
    // Stores the three choices; returns why a value is refused (nothing stored), else empty.
    static QString save(SettingsRepository& settings, const ReceiptPolicy& policy);
    // This desk's stable identity (created the first time it is asked for), printed on the
    // receipts it issues so that other desks can tell who issues.
    static QString deskId(SettingsRepository& settings);
    // The legal reference of the ceiling, for the settings and the preview.
    static QString ceilingReference();

    Q_DECLARE_TR_FUNCTIONS(ReceiptPolicy) // last: it ends in "private:"
};

} // namespace casedesk

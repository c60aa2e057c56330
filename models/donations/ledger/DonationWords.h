#pragma once

// Internal to models/donations: how the ledger's messages name a donation.

#include "common/Money.h"
#include "donations/ledger/DonationRepository.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace casedesk {

// "the donation of 25,00 € of 3/2/24" (or "… by Alice Martin").
inline QString describeDonation(qint64 cents, const QDate& date, const QString& donorName)
{
    const QLocale locale;
    const QString amount = Money::format(cents, locale);
    const QString day = locale.toString(date, QLocale::ShortFormat);
    return donorName.isEmpty()
        ? DonationRepository::tr("the donation of %1 of %2").arg(amount, day)
        : DonationRepository::tr("the donation of %1 of %2 by %3").arg(amount, day, donorName);
}

inline QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

// A sentence made a clause of another ("… cannot change it: <reason>").
inline QString withoutFinalStop(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

} // namespace casedesk

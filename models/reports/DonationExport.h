#pragma once

#include "donations/ledger/DonationRepository.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// The donations view as CSV, with its current filters and sort: streamed from SQL row by row
// (never the whole table in memory), written through QSaveFile so a failed export never leaves
// a half file where a good one was. Columns: date, donor, campaign, amount, currency, method,
// status, platform, order, reconciled, donation id.
class DonationExport
{
    Q_DECLARE_TR_FUNCTIONS(DonationExport)

public:
    struct Result
    {
        bool ok = false;
        int rows = 0;
        QString errorMessage;
    };

    static Result write(DonationRepository& repository, const DonationQuery& query, const QString& path,
                        QChar separator = QLatin1Char(';'));
};

} // namespace casedesk

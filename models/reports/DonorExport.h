#pragma once

#include "reports/DonationExport.h"

namespace casedesk {

class DonorRepository;

// The donors list as CSV (name, e-mail, consent to be contacted, number of gifts, amount given),
// with the list's search, read a page at a time and written through QSaveFile. The consent
// column is there so a mailing keeps to the donors who agreed to be contacted.
class DonorExport
{
    Q_DECLARE_TR_FUNCTIONS(DonorExport)

public:
    static DonationExport::Result write(DonorRepository& repository, const QString& search,
                                        const QString& path, QChar separator = QLatin1Char(';'));
};

} // namespace casedesk

#include "donations/Donor.h"

namespace casedesk::DonorNames {

QString sortKey(const QString& name)
{
    // Decompose (é -> e + combining acute), drop the combining marks, fold case. Ligatures have
    // no decomposition, so they are spelled out the way French sorts them.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152: // Œ
            key += QStringLiteral("oe");
            break;
        case 0x00E6: // æ
        case 0x00C6: // Æ
            key += QStringLiteral("ae");
            break;
        case 0x00DF: // ß
            key += QStringLiteral("ss");
            break;
        default:
            key += c.toLower();
        }
    }
    return key.simplified();
}

} // namespace casedesk::DonorNames

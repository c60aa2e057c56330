#include "donations/statements/CamtEntryDetails.h"

#include "donations/statements/CamtParser.h"

#include <QStringList>

namespace casedesk {

void CamtEntryDetails::clear()
{
    m_details.clear();
    m_allDetails = 0;
    m_detailsAgree = true;
}

void CamtEntryDetails::add(const Detail& detail)
{
    ++m_allDetails;
    if (!m_details.isEmpty()) {
        const Detail& first = m_details.first();
        m_detailsAgree = m_detailsAgree && first.debtorName == detail.debtorName
            && first.creditorName == detail.creditorName && first.debtorIban == detail.debtorIban
            && first.creditorIban == detail.creditorIban && first.endToEndId == detail.endToEndId
            && first.creditorReference == detail.creditorReference;
    }
    // A direct-debit collection can hold thousands of details: keep memory bounded.
    if (m_details.size() < CamtParser::kMaxDetailsInLabel)
        m_details.append(detail);
}

QString CamtEntryDetails::label(bool credit, const QString& entryInfo) const
{
    auto textOf = [](const Detail& d) {
        if (!d.remittance.isEmpty())
            return d.remittance;
        return d.creditorReference.isEmpty() ? d.additionalInfo : d.creditorReference;
    };
    if (m_allDetails <= 1) {
        const QString text = m_details.isEmpty() ? QString() : textOf(m_details.first());
        return text.isEmpty() ? entryInfo : text;
    }
    QStringList pieces;
    for (const Detail& d : m_details) {
        const QString name = credit ? d.debtorName : d.creditorName;
        const QString text = textOf(d);
        if (name.isEmpty() || text.isEmpty())
            pieces << (name.isEmpty() ? text : name);
        else
            pieces << name + QStringLiteral(": ") + text;
    }
    pieces.removeAll(QString());
    if (m_allDetails > m_details.size())
        pieces << QStringLiteral("… (+%1)").arg(m_allDetails - m_details.size());
    const QString joined = pieces.join(QStringLiteral("; "));
    return joined.isEmpty() ? entryInfo : joined;
}

const CamtEntryDetails::Detail* CamtEntryDetails::agreed() const
{
    if (!m_details.isEmpty() && (m_allDetails == 1 || m_detailsAgree))
        return &m_details.first();
    return nullptr;
}

} // namespace casedesk

#pragma once

#include <QList>
#include <QString>

namespace casedesk {

// The transaction details (TxDtls) of one camt.053 entry, and what the entry's line says of them:
// a batch of several transactions is one line whose label joins the details, and whose
// counterparty and reference are kept only when every detail agrees.
class CamtEntryDetails
{
public:
    // One transaction detail (TxDtls) of an entry.
    struct Detail
    {
        QString endToEndId;
        QString remittance; // the Ustrd lines joined
        QString creditorReference;
        QString debtorName;
        QString creditorName;
        QString debtorIban;
        QString creditorIban;
        QString additionalInfo;
    };

    // A new entry starts: no detail.
    void clear();
    void add(const Detail& detail);
    // The entry's label: its one detail's text, else each detail's "name: text" joined with "; "
    // (the debtor's name for a credit, the creditor's for a debit), else entryInfo.
    QString label(bool credit, const QString& entryInfo) const;
    // The detail that speaks for the whole entry: the only one, or the first when all agree on
    // counterparty and reference; null otherwise.
    const Detail* agreed() const;

private:
    QList<Detail> m_details; // at most CamtParser::kMaxDetailsInLabel, plus the count of all
    int m_allDetails = 0;
    bool m_detailsAgree = true; // same counterparty and reference in all details
};

} // namespace casedesk

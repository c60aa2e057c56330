#include "donations/statements/CamtElements.h"

#include <array>
#include <iterator>

namespace casedesk::CamtElements {

namespace {

constexpr Child kChildren[] = {
    { Node::Document, "BkToCstmrStmt", Node::Message },
    { Node::Message, "Stmt", Node::Statement }, // GrpHdr and the rest are skipped

    { Node::Statement, "Id", Node::Leaf, Field::StatementId },
    { Node::Statement, "Acct", Node::Account },
    { Node::Statement, "FrToDt", Node::Period },
    { Node::Statement, "Bal", Node::Balance },
    { Node::Statement, "Ntry", Node::Entry },
    { Node::Account, "Id", Node::AccountId },
    { Node::Account, "Ccy", Node::Leaf, Field::AccountCurrency },
    { Node::Account, "Nm", Node::Leaf, Field::AccountName },
    { Node::AccountId, "IBAN", Node::Leaf, Field::AccountIban },
    { Node::AccountId, "Othr", Node::AccountOther },
    { Node::AccountOther, "Id", Node::Leaf, Field::AccountOtherId },
    { Node::Period, "FrDtTm", Node::Leaf, Field::FromDateTime },
    { Node::Period, "ToDtTm", Node::Leaf, Field::ToDateTime },

    { Node::Balance, "Tp", Node::BalanceType },
    { Node::Balance, "Amt", Node::Leaf, Field::BalanceAmount },
    { Node::Balance, "CdtDbtInd", Node::Leaf, Field::BalanceCreditDebit },
    { Node::Balance, "Dt", Node::BalanceDate },
    { Node::BalanceType, "CdOrPrtry", Node::BalanceTypeCode },
    { Node::BalanceTypeCode, "Cd", Node::Leaf, Field::BalanceType },
    { Node::BalanceDate, "Dt", Node::Leaf, Field::BalanceDate },
    { Node::BalanceDate, "DtTm", Node::Leaf, Field::BalanceDateTime },

    { Node::Entry, "Amt", Node::Leaf, Field::EntryAmount },
    { Node::Entry, "CdtDbtInd", Node::Leaf, Field::EntryCreditDebit },
    { Node::Entry, "Sts", Node::Leaf, Field::EntryStatus },
    { Node::Entry, "BookgDt", Node::EntryBookingDate },
    { Node::Entry, "ValDt", Node::EntryValueDate },
    { Node::Entry, "AcctSvcrRef", Node::Leaf, Field::ServicerReference },
    { Node::Entry, "NtryRef", Node::Leaf, Field::EntryReference },
    { Node::Entry, "AddtlNtryInf", Node::Leaf, Field::EntryInfo },
    { Node::Entry, "NtryDtls", Node::EntryDetails },
    { Node::EntryBookingDate, "Dt", Node::Leaf, Field::BookingDate },
    { Node::EntryBookingDate, "DtTm", Node::Leaf, Field::BookingDateTime },
    { Node::EntryValueDate, "Dt", Node::Leaf, Field::ValueDate },
    { Node::EntryValueDate, "DtTm", Node::Leaf, Field::ValueDateTime },
    { Node::EntryDetails, "TxDtls", Node::Detail },

    { Node::Detail, "Refs", Node::References },
    { Node::Detail, "RmtInf", Node::Remittance },
    { Node::Detail, "RltdPties", Node::Parties },
    { Node::Detail, "AddtlTxInf", Node::Leaf, Field::TransactionInfo },
    { Node::References, "EndToEndId", Node::Leaf, Field::EndToEndId },
    { Node::Remittance, "Ustrd", Node::Leaf, Field::Unstructured },
    { Node::Remittance, "Strd", Node::Structured },
    { Node::Structured, "CdtrRefInf", Node::CreditorReferenceInfo },
    { Node::CreditorReferenceInfo, "Ref", Node::Leaf, Field::CreditorReference },
    { Node::Parties, "Dbtr", Node::Debtor },
    { Node::Parties, "Cdtr", Node::Creditor },
    { Node::Parties, "DbtrAcct", Node::DebtorAccount },
    { Node::Parties, "CdtrAcct", Node::CreditorAccount },
    { Node::Debtor, "Nm", Node::Leaf, Field::DebtorName },
    { Node::Debtor, "Pty", Node::DebtorParty }, // .08
    { Node::DebtorParty, "Nm", Node::Leaf, Field::DebtorPartyName },
    { Node::Creditor, "Nm", Node::Leaf, Field::CreditorName },
    { Node::Creditor, "Pty", Node::CreditorParty },
    { Node::CreditorParty, "Nm", Node::Leaf, Field::CreditorPartyName },
    { Node::DebtorAccount, "Id", Node::DebtorAccountId },
    { Node::DebtorAccountId, "IBAN", Node::Leaf, Field::DebtorIban },
    { Node::CreditorAccount, "Id", Node::CreditorAccountId },
    { Node::CreditorAccountId, "IBAN", Node::Leaf, Field::CreditorIban },
};

const Child kDocument { Node::Skipped, "Document", Node::Document };
const Child kSkipped { Node::Skipped, {}, Node::Skipped };

constexpr int kNodeCount = int(Node::CreditorAccountId) + 1;

// Where each kind's children are in kChildren (listed together): an element is looked up among
// its siblings only, a handful of comparisons.
struct Siblings
{
    int begin = 0;
    int end = 0;
};
constexpr std::array<Siblings, kNodeCount> kSiblings = [] {
    std::array<Siblings, kNodeCount> siblings {};
    for (int i = 0; i < int(std::size(kChildren)); ++i) {
        Siblings& range = siblings[int(kChildren[i].parent)];
        if (range.end == 0)
            range.begin = i;
        range.end = i + 1;
    }
    return siblings;
}();
static_assert(
    [] {
        for (int i = 0; i < int(std::size(kChildren)); ++i) {
            const Siblings& range = kSiblings[int(kChildren[i].parent)];
            for (int k = range.begin; k < range.end; ++k) {
                if (kChildren[k].parent != kChildren[i].parent)
                    return false;
            }
        }
        return true;
    }(),
    "kChildren must list the children of each kind together");

bool ownsFields(Node node)
{
    return node == Node::Statement || node == Node::Balance || node == Node::Entry || node == Node::Detail;
}

} // namespace

const Child& document()
{
    return kDocument;
}

// The element that starts under `parent` with this name.
const Child& childOf(Node parent, std::string_view name)
{
    const Siblings& range = kSiblings[int(parent)];
    for (int i = range.begin; i < range.end; ++i) {
        if (kChildren[i].name == name)
            return kChildren[i];
    }
    return kSkipped;
}

// "BookgDt/Dt": where a field is, from the element that owns it.
QString fieldPath(Field field)
{
    QString path;
    Node node = Node::Leaf;
    for (const Child& child : kChildren) {
        if (child.node == Node::Leaf && child.field == field) {
            path = QLatin1String(child.name.data(), child.name.size());
            node = child.parent;
            break;
        }
    }
    while (!ownsFields(node)) {
        for (const Child& child : kChildren) {
            if (child.node == node) {
                path.prepend(QLatin1String(child.name.data(), child.name.size()) + QLatin1Char('/'));
                node = child.parent;
                break;
            }
        }
    }
    return path;
}

} // namespace casedesk::CamtElements

#pragma once

#include <QString>

#include <string_view>

namespace casedesk {

// The camt.053 elements CamtReader reads, as one table of (parent, name) -> what the element is:
// the whole state machine of the reader, and the paths its messages name.
namespace CamtElements {

// The fields read, grouped by the element that owns them: Stmt, Bal, Ntry, TxDtls.
enum class Field : quint8
{
    StatementId,
    AccountIban,
    AccountOtherId,
    AccountCurrency,
    AccountName,
    FromDateTime,
    ToDateTime,

    BalanceType,
    BalanceAmount,
    BalanceCreditDebit,
    BalanceDate,
    BalanceDateTime,

    EntryAmount,
    EntryCreditDebit,
    EntryStatus,
    BookingDate,
    BookingDateTime,
    ValueDate,
    ValueDateTime,
    ServicerReference,
    EntryReference,
    EntryInfo,

    EndToEndId,
    Unstructured,
    CreditorReference,
    DebtorName,
    DebtorPartyName,
    CreditorName,
    CreditorPartyName,
    DebtorIban,
    CreditorIban,
    TransactionInfo,
};
// What an open element is to the reader. An element is known by its name under its parent's
// kind only: "Id" is a field under Stmt, a container under Acct and another field under Othr;
// "Amt" under TxDtls is not the entry's amount. Nothing else is read.
enum class Node : quint8
{
    Skipped, // not read, nor anything in it (libxml2 still checks it is well-formed)
    Leaf, // a field: its text, with its children's ("Sts" is text in .02-.05, Sts/Cd from .06)
    Document,
    Message, // BkToCstmrStmt
    Statement,
    Account,
    AccountId,
    AccountOther,
    Period,
    Balance,
    BalanceType,
    BalanceTypeCode,
    BalanceDate,
    Entry,
    EntryBookingDate,
    EntryValueDate,
    EntryDetails,
    Detail,
    References,
    Remittance,
    Structured,
    CreditorReferenceInfo,
    Parties,
    Debtor,
    DebtorParty,
    Creditor,
    CreditorParty,
    DebtorAccount,
    DebtorAccountId,
    CreditorAccount,
    CreditorAccountId,
};

// The elements read, each under its parent: the whole state machine. Every container appears
// once as a child, so a field's path from its owner ("BookgDt/Dt", for messages) is found by
// going up this table.
struct Child
{
    Node parent;
    std::string_view name;
    Node node;
    Field field = Field::StatementId; // for a Leaf
};

constexpr int kFieldCount = int(Field::TransactionInfo) + 1;

// The root element, "Document", before its namespace is checked.
const Child& document();
// The element that starts under `parent` with this name (Node::Skipped when it is not read).
const Child& childOf(Node parent, std::string_view name);
// "BookgDt/Dt": where a field is, from the element that owns it.
QString fieldPath(Field field);

} // namespace CamtElements

} // namespace casedesk

#pragma once

#include "sync/SyncKinds.h"

// The entries of the registry of sync kinds (SyncKinds.cpp lists them in order), one file per
// kind or family of kinds.
namespace casedesk::KindEntries {

const SyncKind& campaign();
const SyncKind& news();
const SyncKind& evidence();
const SyncKind& procedure();
const SyncKind& milestone();
const SyncKind& donor();
const SyncKind& gift();
// Tax receipts: issued by the one issuing desk, read-only on the others (ReceiptKind.cpp).
const SyncKind& receipt();
// The platform's read-only feed, written into the ledger (LedgerFeed).
const SyncKind& feedDonation();
const SyncKind& feedPayout();
// Queued on the desk, never carried by the contract (docs/platform-api.md §3.2 says why).
const SyncKind& association();
const SyncKind& bankAccount();
const SyncKind& bankStatement();
const SyncKind& reconciliationMatch();
const SyncKind& reconciliationPeriod();
// The board and its reviews (issue 12): on the desk until their private kinds reach the contract.
const SyncKind& boardMember();
const SyncKind& reviewRound();
const SyncKind& reviewVote();
const SyncKind& reviewRecusal();
const SyncKind& reviewComment();

} // namespace casedesk::KindEntries

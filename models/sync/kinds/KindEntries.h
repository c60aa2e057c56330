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
// The board and its review, private (BoardKind.cpp, ReviewKinds.cpp): after the campaigns, a
// round after its campaign, votes, declarations and comments after their round and member.
const SyncKind& boardMember();
const SyncKind& reviewRound();
const SyncKind& reviewVote();
const SyncKind& reviewRecusal();
const SyncKind& reviewComment();
// The platform's read-only feed, written into the ledger (LedgerFeed).
const SyncKind& feedDonation();
const SyncKind& feedPayout();
// Queued on the desk, never carried by the contract (docs/platform-api.md §3.2 says why).
const SyncKind& association();
const SyncKind& bankAccount();
const SyncKind& bankStatement();
const SyncKind& reconciliationMatch();
const SyncKind& reconciliationPeriod();

} // namespace casedesk::KindEntries

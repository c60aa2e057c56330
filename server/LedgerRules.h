#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace casedesk::platform::LedgerRules {

// The desk's own ledger records, shared between the association's desks and never public:
// "donor" (collection /v1/donors) and "gift" (collection /v1/gifts, a donation recorded on a desk;
// distinct from the read-only "donation" feed), and "receipt" (collection /v1/receipts, a tax
// receipt its issuing desk numbered).
bool isLedgerKind(const QString& kind);
// The codes a gift's and a donor's fields accept ("GiftData.status", "GiftData.method",
// "DonorData.legalKind", "DonorData.receiptChoice", "ReceiptData.kind", ...), as
// RecordRules::codeLists().
QHash<QString, QStringList> codeLists();

// Appends the problems of a donor, gift or receipt document (RFC 9457 "errors" members), checked lightly
// like the other desk-written kinds: the desk owns the rules.
void validate(const QString& kind, const QJsonObject& data,
              const std::function<bool(const QString&)>& campaignExists, QJsonArray* errors);

} // namespace casedesk::platform::LedgerRules

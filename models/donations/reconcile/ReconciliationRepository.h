#pragma once

#include "donations/reconcile/ReconcileResult.h"
#include "donations/reconcile/ReconcileTypes.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

// An accepted match as stored, for display and for unmatch.
struct StoredMatch
{
    QString uuid;
    QString bankLineId;
    TargetRef target;
    int score = 0;
    bool manual = false;
    QString reasons;
};

// Reconciliation on the desk (schema v6): the engine's inputs, and the user's decisions. Every
// write is one WriteTransaction: the matches, the reconciled flags and revisions of the bank
// line and its targets, and their outbox entries commit together or not at all.
//
// Closed periods: the repository refuses, with a message, any change to a line (or its matches)
// booked inside a closed period of its account (ReconciliationPeriodRepository keeps the periods);
// the schema's triggers ("locked: ...") are only the last defence.
class ReconciliationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationRepository)

public:
    // Its records' names in the outbox and the registry of sync kinds (SyncKinds), and their tables:
    // declared here once.
    static inline const QString kMatchEntity = QStringLiteral("reconciliation_match");
    static inline const QString kMatchTable = QStringLiteral("reconciliation_matches");

    explicit ReconciliationRepository(Database& database);

    // Unreconciled credits (of one account when `accountIban` is set), paid and unreconciled
    // donations, unreconciled payouts and every rejected pair.
    ReconcileInputs loadInputs(const QString& accountIban = {});

    // A bank proposal: one accepted match per target. A payout ↔ donations proposal links the
    // donations to the payout (payout_uuid) and marks them reconciled.
    ReconcileResult accept(const Proposal& proposal);
    // Records every (line, target) pair of the proposal as rejected: never proposed again.
    ReconcileResult reject(const Proposal& proposal);
    // The user's own choice: the targets' amounts must add up to the line's.
    ReconcileResult matchManually(const QString& bankLineId, const QList<TargetRef>& targets);
    // Undoes the accepted matches of a line (tombstones); rejections stay.
    ReconcileResult unmatch(const QString& bankLineId);

    QList<StoredMatch> matchesOf(const QString& bankLineId);
    // A full uuid or a unique prefix (4 characters at least) of a bank line, donation or payout.
    std::optional<QString> resolveBankLine(const QString& idOrPrefix, QString* error);
    std::optional<TargetRef> resolveTarget(const QString& idOrPrefix, QString* error);

private:
    struct Line
    {
        QString uuid;
        QString accountUuid;
        QDate date;
        qint64 amountCents = 0;
        bool reconciled = false;
    };

    std::optional<Line> line(const QString& uuid);
    // Why the bank line `bankLineId` cannot be changed (not on the desk, or in a closed period);
    // nothing when it can.
    std::optional<QString> refusalFor(const std::optional<Line>& bankLine, const QString& bankLineId);
    ReconcileResult checkTargets(const QList<TargetRef>& targets, QList<TargetRef>* stored);
    ReconcileResult storeMatches(const Proposal& proposal, bool manual);
    ReconcileResult acceptPayoutLink(const Proposal& proposal);
    void insertMatch(const QString& lineUuid, const TargetRef& target, const QString& state, int score,
                     const QString& reasons, bool manual);
    void setReconciled(const TargetRef& target, bool reconciled);
    QString differenceMessage(qint64 lineCents, qint64 targetsCents) const;

    Database& m_database;
};

} // namespace casedesk

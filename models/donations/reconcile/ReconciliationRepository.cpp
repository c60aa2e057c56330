#include "donations/reconcile/ReconciliationRepository.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/PayoutRepository.h"
#include "donations/reconcile/ReconcileValues.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace casedesk {

namespace {

using ReconcileValues::normalisedIban;
using ReconcileValues::shortDate;
using SqlValues::isoDate;
using SqlValues::newUuid;
using SqlValues::returned;

QString kindCode(TargetKind kind)
{
    return kind == TargetKind::Payout ? QStringLiteral("payout") : QStringLiteral("donation");
}

QString tableOf(TargetKind kind)
{
    return kind == TargetKind::Payout ? QStringLiteral("payouts") : QStringLiteral("donations");
}

qint64 totalOf(const QList<TargetRef>& targets)
{
    qint64 sum = 0;
    for (const TargetRef& target : targets)
        sum += target.amountCents;
    return sum;
}

} // namespace

ReconciliationRepository::ReconciliationRepository(Database& database)
    : m_database(database)
{
}

// --- engine inputs ---------------------------------------------------------------------------

ReconcileInputs ReconciliationRepository::loadInputs(const QString& accountIban)
{
    ReconcileInputs inputs;
    const QString accountFilter = accountIban.isEmpty()
        ? QString()
        : QStringLiteral(" AND l.account_uuid = (SELECT uuid FROM bank_accounts WHERE iban = ?)");
    const QVariantList accountValue
        = accountIban.isEmpty() ? QVariantList() : QVariantList { normalisedIban(accountIban) };
    QSqlQuery lines = m_database.exec(
        QStringLiteral("SELECT l.uuid, l.booking_date, l.amount_cents, l.label, l.reference, l.counterparty "
                       "FROM bank_lines l INDEXED BY bank_lines_unreconciled "
                       "WHERE l.deleted = 0 AND l.reconciled = 0 AND l.amount_cents > 0")
            + accountFilter,
        accountValue);
    while (lines.next()) {
        inputs.credits.append({ lines.value(0).toString(), isoDate(lines.value(1)),
                                lines.value(2).toLongLong(), lines.value(3).toString(),
                                lines.value(4).toString(), lines.value(5).toString() });
    }

    QSqlQuery donations = m_database.exec(QStringLiteral(
        "SELECT uuid, date, amount_cents, coalesce(platform_order_id, ''), donor_name, method, "
        "platform, coalesce(payout_uuid, '') FROM donations INDEXED BY donations_unreconciled "
        "WHERE deleted = 0 AND reconciled = 0 AND status = 'paid'"));
    while (donations.next()) {
        ReconcileTarget target;
        target.id = donations.value(0).toString();
        target.date = isoDate(donations.value(1));
        target.amountCents = donations.value(2).toLongLong();
        target.reference = donations.value(3).toString();
        target.donorName = donations.value(4).toString();
        target.method = donations.value(5).toString();
        target.platform = donations.value(6).toString();
        target.payoutId = donations.value(7).toString();
        inputs.targets.append(target);
    }

    // Payouts matched to the bank already still gather their donations (rule 4).
    QSqlQuery payouts = m_database.exec(
        QStringLiteral("SELECT uuid, date, net_cents, reference, platform, gross_cents, commission_cents, "
                       "payment_fees_cents, "
                       "reconciled FROM payouts p WHERE deleted = 0 AND (reconciled = 0 OR EXISTS (SELECT 1 "
                       "FROM donations d INDEXED BY donations_by_payout "
                       "WHERE d.payout_uuid = p.uuid AND d.reconciled = 0 AND d.deleted = 0))"));
    while (payouts.next()) {
        ReconcileTarget target = ReconcileValues::payoutTarget(payouts);
        target.grossCents = payouts.value(5).toLongLong();
        target.commissionCents = payouts.value(6).toLongLong();
        target.paymentFeesCents = payouts.value(7).toLongLong();
        target.reconciled = payouts.value(8).toBool();
        inputs.targets.append(target);
    }

    QSqlQuery rejected
        = m_database.exec(QStringLiteral("SELECT bank_line_uuid, target_uuid FROM reconciliation_matches "
                                         "WHERE state = 'rejected' AND deleted = 0"));
    while (rejected.next())
        inputs.rejected.append({ rejected.value(0).toString(), rejected.value(1).toString() });
    return inputs;
}

// --- decisions -------------------------------------------------------------------------------

ReconcileResult ReconciliationRepository::accept(const Proposal& proposal)
{
    if (proposal.bankLineId.isEmpty())
        return acceptPayoutLink(proposal);
    return storeMatches(proposal, false);
}

ReconcileResult ReconciliationRepository::matchManually(const QString& bankLineId,
                                                        const QList<TargetRef>& targets)
{
    if (targets.isEmpty())
        return ReconcileResult::refused(tr("Choose at least one donation or payout for the bank line."));
    Proposal proposal;
    proposal.bankLineId = bankLineId;
    proposal.targets = targets;
    proposal.score = 100;
    proposal.reasons = { tr("matched by hand") };
    return storeMatches(proposal, true);
}

ReconcileResult ReconciliationRepository::storeMatches(const Proposal& proposal, bool manual)
{
    WriteTransaction transaction(m_database);
    const std::optional<Line> bankLine = line(proposal.bankLineId);
    if (const std::optional<QString> refusal = refusalFor(bankLine, proposal.bankLineId))
        return ReconcileResult::refused(*refusal);
    if (bankLine->reconciled)
        return ReconcileResult::refused(tr("The bank line of %1 is already reconciled; unmatch it first.")
                                            .arg(shortDate(bankLine->date)));
    QList<TargetRef> stored;
    const ReconcileResult checked = checkTargets(proposal.targets, &stored);
    if (!checked.ok)
        return checked;
    const qint64 sum = totalOf(stored);
    if (sum != bankLine->amountCents)
        return ReconcileResult::refused(differenceMessage(bankLine->amountCents, sum));

    const QString reasons = proposal.reasons.join(QStringLiteral("; "));
    for (const TargetRef& target : std::as_const(stored)) {
        insertMatch(bankLine->uuid, target, QStringLiteral("accepted"), proposal.score, reasons, manual);
        setReconciled(target, true);
    }
    BankRepository(m_database).markLine(bankLine->uuid, true);
    transaction.commit();
    return ReconcileResult::success();
}

// The targets as stored (amounts from the desk, not from the caller), each one still free.
ReconcileResult ReconciliationRepository::checkTargets(const QList<TargetRef>& targets,
                                                       QList<TargetRef>* stored)
{
    QSet<QString> seen;
    for (const TargetRef& target : targets) {
        if (seen.contains(target.id))
            return ReconcileResult::refused(tr("%1 is chosen twice.").arg(target.id));
        seen.insert(target.id);
        const QString amountColumn = target.kind == TargetKind::Payout ? QStringLiteral("net_cents")
                                                                       : QStringLiteral("amount_cents");
        const QString statusColumn
            = target.kind == TargetKind::Payout ? QStringLiteral("'paid'") : QStringLiteral("status");
        QSqlQuery query = m_database.exec(
            QStringLiteral("SELECT %1, reconciled, %2 FROM %3 WHERE uuid = ? AND deleted = 0")
                .arg(amountColumn, statusColumn, tableOf(target.kind)),
            { target.id });
        if (!query.next())
            return ReconcileResult::refused(target.kind == TargetKind::Payout
                                                ? tr("The payout %1 is not on the desk.").arg(target.id)
                                                : tr("The donation %1 is not on the desk.").arg(target.id));
        if (query.value(1).toBool())
            return ReconcileResult::refused(
                tr("%1 is already reconciled with another bank line.").arg(target.id));
        const QString status = query.value(2).toString();
        if (status == QLatin1String("refunded") || status == QLatin1String("cancelled"))
            return ReconcileResult::refused(
                tr("The donation %1 was refunded or cancelled: no money of it reached the bank.")
                    .arg(target.id));
        stored->append({ target.kind, target.id, query.value(0).toLongLong() });
    }
    return ReconcileResult::success();
}

ReconcileResult ReconciliationRepository::acceptPayoutLink(const Proposal& proposal)
{
    WriteTransaction transaction(m_database);
    QSqlQuery payout
        = m_database.exec(QStringLiteral("SELECT net_cents, commission_cents, payment_fees_cents FROM "
                                         "payouts WHERE uuid = ? AND deleted = 0"),
                          { proposal.payoutId });
    if (!payout.next())
        return ReconcileResult::refused(tr("The payout %1 is not on the desk.").arg(proposal.payoutId));
    const qint64 net = payout.value(0).toLongLong();
    const qint64 deductions = payout.value(1).toLongLong() + payout.value(2).toLongLong();
    QList<TargetRef> stored;
    const ReconcileResult checked = checkTargets(proposal.targets, &stored);
    if (!checked.ok)
        return checked;
    const qint64 sum = totalOf(stored);
    if (sum - deductions != net)
        return ReconcileResult::refused(
            tr("The donations add up to %1, less commission and fees %2, but the payout's "
               "net is %3 (a difference of %4).")
                .arg(Money::format(sum), Money::format(deductions), Money::format(net),
                     Money::format(sum - deductions - net)));
    // Not queued: the payout link and the flag are the bank side, which the match records carry.
    DonationRepository donations(m_database);
    for (const TargetRef& donation : std::as_const(stored))
        donations.linkToPayout(donation.id, proposal.payoutId);
    transaction.commit();
    return ReconcileResult::success();
}

ReconcileResult ReconciliationRepository::reject(const Proposal& proposal)
{
    if (proposal.bankLineId.isEmpty())
        return ReconcileResult::refused(tr(
            "A payout's donations are not rejected: leave the proposal, or link other donations by hand."));
    WriteTransaction transaction(m_database);
    const std::optional<Line> bankLine = line(proposal.bankLineId);
    if (const std::optional<QString> refusal = refusalFor(bankLine, proposal.bankLineId))
        return ReconcileResult::refused(*refusal);
    const QString reasons = proposal.reasons.join(QStringLiteral("; "));
    for (const TargetRef& target : proposal.targets)
        insertMatch(bankLine->uuid, target, QStringLiteral("rejected"), proposal.score, reasons, false);
    transaction.commit();
    return ReconcileResult::success();
}

ReconcileResult ReconciliationRepository::unmatch(const QString& bankLineId)
{
    WriteTransaction transaction(m_database);
    const std::optional<Line> bankLine = line(bankLineId);
    if (const std::optional<QString> refusal = refusalFor(bankLine, bankLineId))
        return ReconcileResult::refused(*refusal);
    const QList<StoredMatch> matches = matchesOf(bankLineId);
    if (matches.isEmpty())
        return ReconcileResult::refused(
            tr("The bank line of %1 has no accepted match to undo.").arg(shortDate(bankLine->date)));
    for (const StoredMatch& match : matches) {
        const QVariant revision = returned(m_database.exec(
            QStringLiteral(
                "UPDATE reconciliation_matches SET deleted = 1, revision = revision + 1, updated_at = ? "
                "WHERE uuid = ? RETURNING revision"),
            { Clock::nowUtcIso(), match.uuid }));
        Outbox::enqueue(m_database, kMatchEntity, QUuid::fromString(match.uuid), Outbox::Operation::Delete,
                        revision.toLongLong());
        setReconciled(match.target, false);
    }
    BankRepository(m_database).markLine(bankLine->uuid, false);
    transaction.commit();
    return ReconcileResult::success();
}

// --- periods ---------------------------------------------------------------------------------

// --- lookups ---------------------------------------------------------------------------------

QList<StoredMatch> ReconciliationRepository::matchesOf(const QString& bankLineId)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT uuid, target_kind, target_uuid, amount_cents, score, manual, reasons FROM "
                       "reconciliation_matches WHERE bank_line_uuid = ? AND state = 'accepted' AND deleted = "
                       "0 ORDER BY id"),
        { bankLineId });
    QList<StoredMatch> matches;
    while (query.next()) {
        const TargetKind kind = query.value(1).toString() == QLatin1String("payout") ? TargetKind::Payout
                                                                                     : TargetKind::Donation;
        matches.append({ query.value(0).toString(),
                         bankLineId,
                         { kind, query.value(2).toString(), query.value(3).toLongLong() },
                         query.value(4).toInt(),
                         query.value(5).toBool(),
                         query.value(6).toString() });
    }
    return matches;
}

std::optional<QString> ReconciliationRepository::resolveBankLine(const QString& idOrPrefix, QString* error)
{
    static const QRegularExpression uuidPrefix(QStringLiteral("^[0-9a-f-]{4,36}$"));
    const QString prefix = idOrPrefix.trimmed().toLower();
    if (!uuidPrefix.match(prefix).hasMatch()) {
        *error = tr("\"%1\" is not a bank line id (its uuid or the first 4 characters of it at least).")
                     .arg(idOrPrefix);
        return std::nullopt;
    }
    const QList<QUuid> found = SqlValues::uuidsStartingWith(m_database, QStringLiteral("bank_lines"), prefix);
    if (found.size() == 1)
        return SqlValues::uuidText(found.first());
    *error = found.isEmpty() ? tr("No bank line has the id %1.").arg(idOrPrefix)
                             : tr("Several bank lines start with %1; give more characters.").arg(idOrPrefix);
    return std::nullopt;
}

std::optional<TargetRef> ReconciliationRepository::resolveTarget(const QString& idOrPrefix, QString* error)
{
    static const QRegularExpression uuidPrefix(QStringLiteral("^[0-9a-f-]{4,36}$"));
    const QString prefix = idOrPrefix.trimmed().toLower();
    if (!uuidPrefix.match(prefix).hasMatch()) {
        *error
            = tr("\"%1\" is not a donation or payout id (its uuid or the first 4 characters of it at least).")
                  .arg(idOrPrefix);
        return std::nullopt;
    }
    QList<TargetRef> found;
    for (const TargetKind kind : { TargetKind::Donation, TargetKind::Payout }) {
        const QString amount
            = kind == TargetKind::Payout ? QStringLiteral("net_cents") : QStringLiteral("amount_cents");
        for (const QUuid& uuid : SqlValues::uuidsStartingWith(m_database, tableOf(kind), prefix)) {
            const QString id = SqlValues::uuidText(uuid);
            const qint64 cents
                = m_database
                      .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(amount, tableOf(kind)),
                              { id })
                      .toLongLong();
            found.append({ kind, id, cents });
        }
    }
    if (found.size() == 1)
        return found.first();
    *error = found.isEmpty()
        ? tr("No donation or payout has the id %1.").arg(idOrPrefix)
        : tr("Several donations or payouts start with %1; give more characters.").arg(idOrPrefix);
    return std::nullopt;
}

// --- helpers ---------------------------------------------------------------------------------

std::optional<ReconciliationRepository::Line> ReconciliationRepository::line(const QString& uuid)
{
    QSqlQuery query
        = m_database.exec(QStringLiteral("SELECT uuid, account_uuid, booking_date, amount_cents, reconciled "
                                         "FROM bank_lines WHERE uuid = ? AND deleted = 0"),
                          { uuid });
    if (!query.next())
        return std::nullopt;
    return Line { query.value(0).toString(), query.value(1).toString(), isoDate(query.value(2)),
                  query.value(3).toLongLong(), query.value(4).toBool() };
}

std::optional<QString> ReconciliationRepository::refusalFor(const std::optional<Line>& bankLine,
                                                            const QString& bankLineId)
{
    if (!bankLine)
        return tr("The bank line %1 is not on the desk.").arg(bankLineId);
    return ReconciliationPeriodRepository(m_database).lockMessage(bankLine->accountUuid, bankLine->date);
}

void ReconciliationRepository::insertMatch(const QString& lineUuid, const TargetRef& target,
                                           const QString& state, int score, const QString& reasons,
                                           bool manual)
{
    const QString uuid = newUuid();
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral(
            "INSERT INTO reconciliation_matches (uuid, revision, created_at, updated_at, "
            "bank_line_uuid, target_kind, target_uuid, amount_cents, state, score, reasons, manual, "
            "decided_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuid, now, now, lineUuid, kindCode(target.kind), target.id, target.amountCents, state, score,
          reasons, manual ? 1 : 0, now });
    Outbox::enqueue(m_database, kMatchEntity, QUuid::fromString(uuid), Outbox::Operation::Upsert, 1);
}

// A donation's flag is the bank side, which the match records carry: its revision moves (an open
// editor must reload) but the gift, as the other desks know it, did not change. A payout's is queued.
void ReconciliationRepository::setReconciled(const TargetRef& target, bool reconciled)
{
    if (target.kind == TargetKind::Payout)
        PayoutRepository(m_database).setReconciled(target.id, reconciled);
    else
        DonationRepository(m_database).setReconciled(target.id, reconciled);
}

QString ReconciliationRepository::differenceMessage(qint64 lineCents, qint64 targetsCents) const
{
    return tr("The chosen donations and payouts add up to %1 but the bank line is %2: a difference of %3.")
        .arg(Money::format(targetsCents), Money::format(lineCents), Money::format(lineCents - targetsCents));
}

} // namespace casedesk

#include "donations/DonationRepository.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignRules.h"
#include "common/AmountRules.h"
#include "common/Clock.h"
#include "common/DateRules.h"
#include "common/Money.h"
#include "donations/BankAccount.h"
#include "donations/DonationListSql.h"
#include "donations/LedgerSql.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QLocale>
#include <QSqlError>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::instant;
using SqlValues::uuidText;

const QString kEntity = QStringLiteral("donation");

QVariant uuidOrNull(const QUuid& uuid)
{
    return uuid.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidText(uuid));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString donationColumns()
{
    return LedgerSql::syncColumns()
        + QStringLiteral(", campaign_uuid, donor_uuid, amount_cents, currency, date, method, platform, "
                         "platform_order_id, status, payout_uuid, reconciled, import_key, note");
}

Donation donationFrom(const QSqlQuery& q)
{
    Donation d;
    d.sync = LedgerSql::syncFrom(q);
    const int c = LedgerSql::kSyncColumnCount;
    d.campaignUuid = QUuid::fromString(q.value(c).toString());
    d.donorUuid = QUuid::fromString(q.value(c + 1).toString());
    d.amountCents = q.value(c + 2).toLongLong();
    d.currency = q.value(c + 3).toString();
    d.date = QDate::fromString(q.value(c + 4).toString(), Qt::ISODate);
    d.method = DonationCodes::methodFromCode(q.value(c + 5).toString()).value_or(DonationMethod::Transfer);
    d.platform = q.value(c + 6).toString();
    d.platformOrderId = q.value(c + 7).toString();
    d.status = DonationCodes::statusFromCode(q.value(c + 8).toString()).value_or(DonationStatus::Paid);
    d.payoutUuid = QUuid::fromString(q.value(c + 9).toString());
    d.reconciled = q.value(c + 10).toBool();
    d.importKey = q.value(c + 11).toString();
    d.note = q.value(c + 12).toString();
    return d;
}

DonationRow rowFrom(const QSqlQuery& q)
{
    DonationRow row;
    row.uuid = QUuid::fromString(q.value(0).toString());
    row.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    row.donorUuid = QUuid::fromString(q.value(2).toString());
    row.donorName = q.value(3).toString();
    row.campaignUuid = QUuid::fromString(q.value(4).toString());
    row.campaignTitle = q.value(5).toString();
    row.amountCents = q.value(6).toLongLong();
    row.currency = q.value(7).toString();
    row.method = DonationCodes::methodFromCode(q.value(8).toString()).value_or(DonationMethod::Transfer);
    row.status = DonationCodes::statusFromCode(q.value(9).toString()).value_or(DonationStatus::Paid);
    row.platform = q.value(10).toString();
    row.platformOrderId = q.value(11).toString();
    row.reconciled = q.value(12).toBool();
    return row;
}

QString describeDonation(qint64 cents, const QDate& date, const QString& donorName)
{
    const QLocale locale;
    const QString amount = Money::format(cents, locale);
    const QString day = locale.toString(date, QLocale::ShortFormat);
    return donorName.isEmpty()
        ? DonationRepository::tr("the donation of %1 of %2").arg(amount, day)
        : DonationRepository::tr("the donation of %1 of %2 by %3").arg(amount, day, donorName);
}

QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

} // namespace

DonationRepository::DonationRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> DonationRepository::check(const Donation& donation)
{
    QList<FieldProblem> problems;
    if (donation.campaignUuid.isNull()) {
        problems.append({ QStringLiteral("campaign"), tr("Campaign: choose the campaign the gift is for.") });
    } else if (const std::optional<CampaignRow> campaign
               = CampaignRepository(m_database).row(donation.campaignUuid);
               !campaign) {
        problems.append(
            { QStringLiteral("campaign"),
              tr("Campaign: no campaign has the identifier %1.").arg(uuidText(donation.campaignUuid)) });
    } else if (!CampaignRules::receivesGifts(campaign->status)) {
        // A gift already recorded keeps its campaign when that one closes: only a new gift, or
        // one moved to another campaign, must go to a campaign that collects.
        const QVariant stored = donation.sync.uuid.isNull()
            ? QVariant()
            : m_database.scalar(
                QStringLiteral("SELECT campaign_uuid FROM donations WHERE uuid = ? AND deleted = 0"),
                { uuidText(donation.sync.uuid) });
        if (!stored.isValid() || stored.toString() != uuidText(donation.campaignUuid))
            problems.append(
                { QStringLiteral("campaign"), CampaignRules::whyNoGifts(campaign->title, campaign->status) });
    }
    if (!donation.donorUuid.isNull()
        && !m_database
                .scalar(QStringLiteral("SELECT 1 FROM donors WHERE uuid = ? AND deleted = 0"),
                        { uuidText(donation.donorUuid) })
                .isValid()) {
        problems.append({ QStringLiteral("donor"),
                          tr("Donor: no donor has the identifier %1.").arg(uuidText(donation.donorUuid)) });
    }
    const QString amount = AmountRules::problem(AmountRules::Kind::Donation, donation.amountCents);
    if (!amount.isEmpty())
        problems.append({ QStringLiteral("amount"), amount });
    if (!donation.date.isValid())
        problems.append({ QStringLiteral("date"), tr("Date: give the date of the gift.") });
    else if (donation.date > Clock::today())
        problems.append({ QStringLiteral("date"), tr("Date: the gift cannot be dated in the future.") });
    if (donation.currency.size() != 3)
        problems.append({ QStringLiteral("currency"), tr("Currency: use a three-letter code such as EUR.") });
    if (donation.method == DonationMethod::Platform) {
        if (donation.platform.trimmed().isEmpty())
            problems.append({ QStringLiteral("platform"),
                              tr("Platform: a platform gift names its platform (ulule, helloasso...).") });
        if (donation.platformOrderId.trimmed().isEmpty())
            problems.append({ QStringLiteral("platformOrderId"),
                              tr("Order: a platform gift needs the platform's order number.") });
    }
    if (!donation.platformOrderId.trimmed().isEmpty()) {
        const QVariant other = m_database.scalar(
            QStringLiteral("SELECT date FROM donations WHERE deleted = 0 AND platform = ? "
                           "AND platform_order_id = ? AND uuid <> ?"),
            { donation.platform.trimmed(), donation.platformOrderId.trimmed(),
              uuidText(donation.sync.uuid) });
        if (other.isValid())
            problems.append(
                { QStringLiteral("platformOrderId"),
                  tr("Order: the order %1 is already in the ledger (gift of %2).")
                      .arg(donation.platformOrderId.trimmed(),
                           DateRules::format(QDate::fromString(other.toString(), Qt::ISODate))) });
    }
    return problems;
}

namespace {

void tidy(Donation& donation)
{
    donation.platform = donation.platform.trimmed().toLower();
    donation.platformOrderId = donation.platformOrderId.trimmed();
    donation.currency = donation.currency.trimmed().toUpper();
}

} // namespace

QList<FieldProblem> DonationRepository::create(Donation& donation)
{
    tidy(donation);
    const QList<FieldProblem> problems = check(donation);
    if (!problems.isEmpty())
        return problems;
    if (donation.sync.uuid.isNull())
        donation.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    const QVariant campaign = uuidOrNull(donation.campaignUuid);
    const QVariant donor = uuidOrNull(donation.donorUuid);
    WriteTransaction transaction(m_database);
    // The donor's name and the campaign's title are copied into the row (the view sorts and
    // searches on them from the donations table alone); triggers keep them in step afterwards.
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO donations (uuid, revision, created_at, updated_at, campaign_uuid, campaign_title, "
            "donor_uuid, donor_name, donor_sort_key, amount_cents, currency, date, method, platform, "
            "platform_order_id, status, payout_uuid, import_key, note) VALUES (?, 1, ?, ?, "
            "?, coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
            "?, coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
            "coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuidText(donation.sync.uuid), now, now, campaign, campaign, donor, donor, donor,
          donation.amountCents, donation.currency, dateValue(donation.date),
          DonationCodes::method(donation.method), donation.platform, textOrNull(donation.platformOrderId),
          DonationCodes::status(donation.status), uuidOrNull(donation.payoutUuid),
          textOrNull(donation.importKey), donation.note });
    Outbox::enqueue(m_database, kEntity, donation.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    donation.sync.localId = query.lastInsertId().toLongLong();
    donation.sync.revision = 1;
    donation.sync.deleted = false;
    donation.sync.createdAt = donation.sync.updatedAt = instant(now);
    emit donationCreated(donation.sync.uuid);
    return {};
}

QList<FieldProblem> DonationRepository::save(Donation& donation)
{
    tidy(donation);
    const QList<FieldProblem> problems = check(donation);
    if (!problems.isEmpty())
        return problems;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    const QVariant stored
        = m_database.scalar(QStringLiteral("SELECT revision FROM donations WHERE uuid = ? AND deleted = 0"),
                            { uuidText(donation.sync.uuid) });
    const QString what = describeDonation(donation.amountCents, donation.date, {});
    if (!stored.isValid())
        throw StaleRecordError(tr("%1 no longer exists; it was deleted elsewhere.").arg(capitalised(what)));
    if (stored.toLongLong() != donation.sync.revision)
        throw StaleRecordError(
            tr("%1 was changed elsewhere since it was opened; it has been reloaded.").arg(capitalised(what)));
    ensureUnlocked(donation.sync.uuid);
    const qint64 revision = donation.sync.revision + 1;
    const QVariant campaign = uuidOrNull(donation.campaignUuid);
    const QVariant donor = uuidOrNull(donation.donorUuid);
    try {
        m_database.exec(
            QStringLiteral(
                "UPDATE donations SET revision = ?, updated_at = ?, campaign_uuid = ?, "
                "campaign_title = coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), donor_uuid = "
                "?, "
                "donor_name = coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
                "donor_sort_key = coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), "
                "amount_cents = ?, currency = ?, date = ?, method = ?, platform = ?, platform_order_id = ?, "
                "status = ?, payout_uuid = ?, note = ? WHERE uuid = ?"),
            { revision, now, campaign, campaign, donor, donor, donor, donation.amountCents, donation.currency,
              dateValue(donation.date), DonationCodes::method(donation.method), donation.platform,
              textOrNull(donation.platformOrderId), DonationCodes::status(donation.status),
              uuidOrNull(donation.payoutUuid), donation.note, uuidText(donation.sync.uuid) });
    } catch (const DatabaseError& error) {
        LedgerErrors::rethrowTranslated(error, what);
    }
    Outbox::enqueue(m_database, kEntity, donation.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    donation.sync.revision = revision;
    donation.sync.updatedAt = instant(now);
    emit donationSaved(donation.sync.uuid);
    return {};
}

void DonationRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Donation> donation = load(uuid);
    if (!donation)
        throw DatabaseError(tr("No donation has the identifier %1.").arg(uuidText(uuid)));
    ensureUnlocked(uuid);
    const qint64 revision = donation->sync.revision + 1;
    try {
        m_database.exec(
            QStringLiteral("UPDATE donations SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
            { revision, Clock::nowUtcIso(), uuidText(uuid) });
    } catch (const DatabaseError& error) {
        LedgerErrors::rethrowTranslated(error, describeDonation(donation->amountCents, donation->date, {}));
    }
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Delete, revision);
    transaction.commit();
    emit donationRemoved(uuid);
}

QString DonationRepository::lockReason(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT d.amount_cents, d.date, d.donor_name, l.booking_date, a.iban, p.start_date, p.end_date, "
            "p.closed_at FROM donations d "
            "JOIN reconciliation_matches m ON m.target_uuid = d.uuid AND m.state = 'accepted' AND m.deleted "
            "= 0 "
            "JOIN bank_lines l ON l.uuid = m.bank_line_uuid "
            "JOIN reconciliation_periods p ON p.account_uuid = l.account_uuid AND p.state = 'closed' "
            "  AND p.deleted = 0 AND l.booking_date BETWEEN p.start_date AND p.end_date "
            "JOIN bank_accounts a ON a.uuid = l.account_uuid "
            "WHERE d.uuid = ? LIMIT 1"),
        { uuidText(uuid) });
    if (!q.next())
        return {};
    const QLocale locale;
    const auto day = [&](int column) {
        return locale.toString(QDate::fromString(q.value(column).toString(), Qt::ISODate),
                               QLocale::ShortFormat);
    };
    const QString what
        = describeDonation(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                           q.value(2).toString());
    const QString closedOn = locale.toString(instant(q.value(7)).toLocalTime().date(), QLocale::ShortFormat);
    return capitalised(
        tr("%1 is reconciled with the bank line of %2 on %3, in the period %4 – %5 closed on "
           "%6; reopen that period to change it.")
            .arg(what, day(3), Iban::grouped(q.value(4).toString()), day(5), day(6), closedOn));
}

void DonationRepository::ensureUnlocked(const QUuid& uuid)
{
    const QString reason = lockReason(uuid);
    if (!reason.isEmpty())
        throw DatabaseError(reason);
}

std::optional<Donation> DonationRepository::load(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM donations WHERE uuid = ? AND deleted = 0").arg(donationColumns()),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return donationFrom(q);
}

std::optional<QUuid> DonationRepository::resolve(const QString& reference, QString* errorMessage)
{
    const SqlValues::UuidPrefixMatch match
        = SqlValues::matchUuidPrefix(m_database, QStringLiteral("donations"), reference);
    switch (match.outcome) {
    case SqlValues::UuidPrefixMatch::Outcome::One:
        return match.uuid;
    case SqlValues::UuidPrefixMatch::Outcome::TooShort:
        *errorMessage = tr("Donation identifier \"%1\" is too short; give at least 4 characters of its UUID.")
                            .arg(reference);
        break;
    case SqlValues::UuidPrefixMatch::Outcome::None:
        *errorMessage = tr("No donation has the identifier \"%1\".").arg(reference);
        break;
    case SqlValues::UuidPrefixMatch::Outcome::Several:
        *errorMessage = tr("Donation identifier \"%1\" matches several donations; give more characters.")
                            .arg(reference);
        break;
    }
    return std::nullopt;
}

int DonationRepository::count(const DonationQuery& query, int atMost)
{
    const DonationListSql::Statement statement = DonationListSql::count(query, atMost);
    return m_database.scalar(statement.sql, statement.values).toInt();
}

QList<DonationRow> DonationRepository::rows(const DonationQuery& query, int offset, int limit,
                                            int expectedRows)
{
    DonationListSql::Statement statement = DonationListSql::rows(query, expectedRows);
    statement.values << limit << offset;
    QSqlQuery q = m_database.exec(statement.sql + QStringLiteral(" LIMIT ? OFFSET ?"), statement.values);
    QList<DonationRow> result;
    result.reserve(limit);
    while (q.next())
        result.append(rowFrom(q));
    return result;
}

std::optional<DonationRow> DonationRepository::row(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM donations WHERE uuid = ? AND deleted = 0")
                                      .arg(DonationListSql::rowColumns()),
                                  { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

void DonationRepository::forEachRow(const DonationQuery& query,
                                    const std::function<bool(const DonationRow&)>& visit)
{
    const DonationListSql::Statement statement = DonationListSql::rows(query, DonationListSql::kAllRows);
    QSqlQuery q = m_database.exec(statement.sql, statement.values); // forward-only
    while (q.next()) {
        if (!visit(rowFrom(q)))
            break;
    }
}

DonorHistory DonationRepository::donorHistory(const QUuid& donorUuid)
{
    DonorHistory history;
    QSqlQuery donor = m_database.exec(
        QStringLiteral("SELECT %1, name, email, address, consent_to_contact, platform_ref, notes "
                       "FROM donors WHERE uuid = ?")
            .arg(LedgerSql::syncColumns()),
        { uuidText(donorUuid) });
    if (!donor.next())
        return history;
    history.donor.sync = LedgerSql::syncFrom(donor);
    const int c = LedgerSql::kSyncColumnCount;
    history.donor.name = donor.value(c).toString();
    history.donor.email = donor.value(c + 1).toString();
    history.donor.address = donor.value(c + 2).toString();
    history.donor.consentToContact = donor.value(c + 3).toBool();
    history.donor.platformRef = donor.value(c + 4).toString();
    history.donor.notes = donor.value(c + 5).toString();

    DonationQuery query;
    query.donor = donorUuid;
    forEachRow(query, [&](const DonationRow& row) {
        history.donations.append(row);
        if (row.status == DonationStatus::Paid) {
            history.paidCents += row.amountCents;
            ++history.paidCount;
        } else if (row.status == DonationStatus::Refunded) {
            history.refundedCents += row.amountCents;
        }
        if (!history.firstDate.isValid() || row.date < history.firstDate)
            history.firstDate = row.date;
        if (!history.lastDate.isValid() || row.date > history.lastDate)
            history.lastDate = row.date;
        return true;
    });
    return history;
}

namespace {

const QString kPayoutColumns = QStringLiteral(
    "id, uuid, revision, server_version, created_at, updated_at, deleted, campaign_uuid, platform, "
    "reference, "
    "date, gross_cents, commission_cents, payment_fees_cents, net_cents, reconciled, import_key");

Payout payoutFrom(const QSqlQuery& q)
{
    Payout p;
    p.sync = LedgerSql::syncFrom(q);
    const int c = LedgerSql::kSyncColumnCount;
    p.campaignUuid = QUuid::fromString(q.value(c).toString());
    p.platform = q.value(c + 1).toString();
    p.reference = q.value(c + 2).toString();
    p.date = QDate::fromString(q.value(c + 3).toString(), Qt::ISODate);
    p.grossCents = q.value(c + 4).toLongLong();
    p.commissionCents = q.value(c + 5).toLongLong();
    p.paymentFeesCents = q.value(c + 6).toLongLong();
    p.netCents = q.value(c + 7).toLongLong();
    p.reconciled = q.value(c + 8).toBool();
    p.importKey = q.value(c + 9).toString();
    return p;
}

} // namespace

std::optional<Payout> DonationRepository::loadPayout(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM payouts WHERE uuid = ? AND deleted = 0").arg(kPayoutColumns),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return payoutFrom(q);
}

QList<Payout> DonationRepository::payouts(const QUuid& campaignUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM payouts WHERE campaign_uuid = ? AND deleted = 0 ORDER BY date, id")
            .arg(kPayoutColumns),
        { uuidText(campaignUuid) });
    QList<Payout> result;
    while (q.next())
        result.append(payoutFrom(q));
    return result;
}

namespace LedgerErrors {

void rethrowTranslated(const DatabaseError& error, const QString& what)
{
    const QString message = error.message();
    const qsizetype at = message.indexOf(QLatin1String("locked:"));
    if (at < 0)
        throw error;
    // The trigger's own words ("the bank line is in a closed reconciliation period") follow
    // "locked:"; the translated sentence names the record the user was changing.
    throw DatabaseError(
        DonationRepository::tr("%1 cannot be changed: it is in a closed reconciliation period. Reopen the "
                               "period on the reconciliation page to change it.")
            .arg(what.isEmpty() ? DonationRepository::tr("This record") : capitalised(what)));
}

} // namespace LedgerErrors
} // namespace casedesk

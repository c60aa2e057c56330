#include "donations/ledger/DonorRepository.h"

#include "common/Clock.h"
#include "donations/ledger/DonationRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::instant;
using SqlValues::uuidText;

QString donorColumns()
{
    return SyncColumns::list()
        + QStringLiteral(
               ", name, email, address, consent_to_contact, platform_ref, notes, legal_kind, siren, "
               "receipt_choice, consent_date, consent_source");
}

Donor donorFrom(const QSqlQuery& q)
{
    Donor donor;
    donor.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    donor.name = q.value(c).toString();
    donor.email = q.value(c + 1).toString();
    donor.address = q.value(c + 2).toString();
    donor.consentToContact = q.value(c + 3).toBool();
    donor.platformRef = q.value(c + 4).toString();
    donor.notes = q.value(c + 5).toString();
    donor.legalKind
        = DonorCodes::legalKindFromCode(q.value(c + 6).toString()).value_or(DonorLegalKind::Person);
    donor.siren = q.value(c + 7).toString();
    donor.receiptChoice
        = DonorCodes::receiptChoiceFromCode(q.value(c + 8).toString()).value_or(ReceiptChoice::PerGift);
    donor.consentDate = SqlValues::isoDate(q.value(c + 9));
    donor.consentSource = q.value(c + 10).toString();
    return donor;
}

QVariant platformRefValue(const QString& ref)
{
    // NULL, not '', so the partial unique index lets any number of hand-entered donors exist.
    return ref.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ref.trimmed());
}

bool looksLikeEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

// "123 456 789" as people copy it from a Kbis: the digits alone.
QString compactSiren(const QString& siren)
{
    QString digits;
    for (const QChar c : siren) {
        if (!c.isSpace())
            digits += c;
    }
    return digits;
}

void tidy(Donor& donor)
{
    donor.name = donor.name.trimmed();
    donor.email = donor.email.trimmed();
    donor.platformRef = donor.platformRef.trimmed();
    donor.siren = compactSiren(donor.siren);
    donor.consentSource = donor.consentSource.trimmed();
}

// The columns of the receipts and of the consent, in the order receiptValues() gives them.
const QString kReceiptColumns
    = QStringLiteral("legal_kind, siren, receipt_choice, consent_date, consent_source");

QVariantList receiptValues(const Donor& donor)
{
    return { DonorCodes::legalKind(donor.legalKind), donor.siren,
             DonorCodes::receiptChoice(donor.receiptChoice), dateValue(donor.consentDate),
             donor.consentSource };
}

} // namespace

DonorRepository::DonorRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> DonorRepository::check(const Donor& donor)
{
    QList<FieldProblem> problems;
    if (donor.name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Name: give the donor's name.") });
    const QString email = donor.email.trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems.append({ QStringLiteral("email"),
                          tr("E-mail: \"%1\" is not an e-mail address (name@example.org).").arg(email) });
    const QString ref = donor.platformRef.trimmed();
    if (!ref.isEmpty()) {
        const QVariant other = m_database.scalar(
            QStringLiteral("SELECT name FROM donors WHERE platform_ref = ? AND uuid <> ?"),
            { ref, uuidText(donor.sync.uuid) });
        if (other.isValid())
            problems.append({ QStringLiteral("platformRef"),
                              tr("Platform reference: \"%1\" already belongs to the donor \"%2\".")
                                  .arg(ref, other.toString()) });
    }
    const QString siren = compactSiren(donor.siren);
    if (!siren.isEmpty() && donor.legalKind != DonorLegalKind::Company)
        problems.append({ QStringLiteral("siren"),
                          tr("SIREN: only a company has a SIREN; record the donor as a company or clear the "
                             "SIREN.") });
    else if (!siren.isEmpty() && !AssociationRules::isValidSiren(siren))
        problems.append(
            { QStringLiteral("siren"),
              tr("SIREN: \"%1\" is not a valid SIREN; expected 9 digits, the last one checking the "
                 "others (Luhn). Check for a typing error.")
                  .arg(siren) });
    if (donor.consentDate.isValid() && donor.consentDate > Clock::today())
        problems.append({ QStringLiteral("consentDate"),
                          tr("Consent date: the donor's consent cannot be dated in the future.") });
    return problems;
}

QList<FieldProblem> DonorRepository::create(Donor& donor)
{
    tidy(donor);
    const QList<FieldProblem> problems = check(donor);
    if (!problems.isEmpty())
        return problems;
    if (donor.sync.uuid.isNull())
        donor.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral("INSERT INTO donors (uuid, revision, created_at, updated_at, name, email, address, "
                       "consent_to_contact, platform_ref, notes, sort_key, %1) "
                       "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kReceiptColumns),
        QVariantList { uuidText(donor.sync.uuid), now, now, donor.name, donor.email, donor.address,
                       int(donor.consentToContact), platformRefValue(donor.platformRef), donor.notes,
                       DonorNames::sortKey(donor.name) }
            + receiptValues(donor));
    Outbox::enqueue(m_database, kEntity, donor.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(donor.sync, query.lastInsertId().toLongLong(), now);
    emit donorCreated(donor.sync.uuid);
    return {};
}

QList<FieldProblem> DonorRepository::save(Donor& donor)
{
    tidy(donor);
    const QList<FieldProblem> problems = check(donor);
    if (!problems.isEmpty())
        return problems;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .checkRevision(donor.sync.uuid, donor.sync.revision,
                       tr("The donor \"%1\" no longer exists; it was deleted elsewhere.").arg(donor.name),
                       tr("The donor \"%1\" was changed elsewhere since it was opened; it has been reloaded.")
                           .arg(donor.name));
    const qint64 revision = donor.sync.revision + 1;
    // The trigger donations_follow_donor_name renames the donor's donations in this transaction.
    m_database.exec(QStringLiteral("UPDATE donors SET revision = ?, updated_at = ?, name = ?, email = ?, "
                                   "address = ?, consent_to_contact = ?, platform_ref = ?, notes = ?, "
                                   "sort_key = ?, legal_kind = ?, siren = ?, receipt_choice = ?, "
                                   "consent_date = ?, consent_source = ? WHERE uuid = ?"),
                    QVariantList { revision, now, donor.name, donor.email, donor.address,
                                   int(donor.consentToContact), platformRefValue(donor.platformRef),
                                   donor.notes, DonorNames::sortKey(donor.name) }
                        + receiptValues(donor) + QVariantList { uuidText(donor.sync.uuid) });
    Outbox::enqueue(m_database, kEntity, donor.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    SyncColumns::markSaved(donor.sync, revision, now);
    emit donorSaved(donor.sync.uuid);
    return {};
}

void DonorRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Donor> donor = load(uuid);
    if (!donor)
        throw DatabaseError(tr("No donor has the identifier %1.").arg(uuidText(uuid)));
    const int donations = DonationRepository(m_database).countOfDonor(uuid);
    if (donations > 0)
        throw DatabaseError(tr("The donor \"%1\" has %n donation(s) in the ledger; delete or reassign them "
                               "before deleting the donor.",
                               nullptr, donations)
                                .arg(donor->name));
    SyncedTable(m_database, kTable).removeLocal(kEntity, uuid, donor->sync.revision);
    transaction.commit();
    emit donorRemoved(uuid);
}

std::optional<Donor> DonorRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, donorColumns(), donorFrom);
}

std::optional<Donor> DonorRepository::loadAny(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM donors WHERE uuid = ?").arg(donorColumns()),
                                  { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return donorFrom(q);
}

std::optional<QString> DonorRepository::nameOf(const QUuid& uuid)
{
    const QVariant name
        = m_database.scalar(QStringLiteral("SELECT name FROM donors WHERE uuid = ?"), { uuidText(uuid) });
    return name.isValid() ? std::optional<QString>(name.toString()) : std::nullopt;
}

std::optional<Donor> DonorRepository::findByPlatformRef(const QString& platformRef)
{
    if (platformRef.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM donors WHERE platform_ref = ? AND deleted = 0").arg(donorColumns()),
        { platformRef.trimmed() });
    if (!q.next())
        return std::nullopt;
    return donorFrom(q);
}

std::optional<Donor> DonorRepository::findByEmail(const QString& email)
{
    if (email.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM donors WHERE email = ? COLLATE NOCASE "
                                                 "AND deleted = 0 ORDER BY id LIMIT 1")
                                      .arg(donorColumns()),
                                  { email.trimmed() });
    if (!q.next())
        return std::nullopt;
    return donorFrom(q);
}

std::optional<QUuid> DonorRepository::resolve(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(
        m_database, kTable, reference,
        { tr("Donor identifier \"%1\" is too short; give at least 4 characters of its UUID."),
          tr("No donor has the identifier \"%1\"."),
          tr("Donor identifier \"%1\" matches several donors; give more characters.") },
        errorMessage);
}

QString DonorRepository::storeReceived(const Donor& donor, qint64 serverVersion)
{
    if (donor.name.isEmpty())
        return tr("it has no name");
    // The platform reference is unique on a desk: another desk's copy of a person this desk
    // already knows under another identity (both imported the same export) keeps it here.
    QString platformRef = donor.platformRef;
    if (!platformRef.isEmpty()
        && m_database
               .scalar(QStringLiteral("SELECT count(*) FROM donors WHERE platform_ref = ? AND uuid <> ?"),
                       { platformRef, uuidText(donor.sync.uuid) })
               .toInt())
        platformRef.clear();
    WriteTransaction transaction(m_database);
    // The trigger donations_follow_donor_name renames the donor's gifts.
    SyncedTable(m_database, kTable)
        .storeReceived(
            donor.sync.uuid, serverVersion,
            QStringLiteral("name, email, address, consent_to_contact, platform_ref, notes, sort_key, ")
                + kReceiptColumns,
            QVariantList { donor.name, donor.email, donor.address, int(donor.consentToContact),
                           platformRefValue(platformRef), donor.notes, DonorNames::sortKey(donor.name) }
                + receiptValues(donor));
    transaction.commit();
    return {};
}

QString DonorRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    const int gifts = DonationRepository(m_database).countOfDonor(uuid);
    if (gifts > 0)
        return tr("%n donation(s) on this desk still name this donor", nullptr, gifts);
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, serverVersion);
    return {};
}

void DonorRepository::insertImported(const Donor& donor, const QString& now)
{
    m_database.execCached(QStringLiteral("INSERT INTO donors (uuid, revision, created_at, updated_at, name, "
                                         "email, address, consent_to_contact, platform_ref, sort_key) "
                                         "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { uuidText(donor.sync.uuid), now, now, donor.name, donor.email, donor.address,
                            int(donor.consentToContact), platformRefValue(donor.platformRef),
                            DonorNames::sortKey(donor.name) });
}

// The donors that `queued` (outbox entries `o` joined to their records and donors `r`) name and
// that the platform never received, not queued themselves and not in an open conflict.
QList<std::pair<QUuid, qint64>> DonorRepository::unsentDonorsOf(const QString& queued)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT DISTINCT r.uuid, r.revision FROM outbox o %1 "
                       "AND o.operation <> 'delete' AND r.deleted = 0 AND r.server_version IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entity = 'donor' "
                       "AND x.entity_uuid = r.uuid) "
                       "AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.entity = 'donor' "
                       "AND c.entity_uuid = r.uuid AND c.resolved_at IS NULL)")
            .arg(queued));
    QList<std::pair<QUuid, qint64>> donors;
    while (q.next())
        donors.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong() });
    return donors;
}

QList<std::pair<QUuid, qint64>> DonorRepository::unsentDonorsOfQueuedReceipts()
{
    return unsentDonorsOf(
        QStringLiteral("JOIN receipts p ON p.uuid = o.entity_uuid "
                       "JOIN donors r ON r.uuid = p.donor_uuid WHERE o.entity = 'receipt'"));
}

QList<std::pair<QUuid, qint64>> DonorRepository::unsentDonorsOfQueuedGifts()
{
    return unsentDonorsOf(QStringLiteral("JOIN donations d ON d.uuid = o.entity_uuid "
                                         "JOIN donors r ON r.uuid = d.donor_uuid "
                                         "WHERE o.entity = 'donation' AND d.deleted = 0 AND NOT (%1)")
                              .arg(DonationRepository::feedCondition(QStringLiteral("d"))));
}

namespace {

// The donors a list shows. Without a search, the name index in order; with one, the donors
// whose name's sort key or e-mail starts with the text, each found on its own index ("a OR b"
// next to "deleted = 0" made SQLite walk every donor of the name index on a desk never analysed).
QString donorWhere(const QString& search, QVariantList* values)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return QStringLiteral(
            "FROM donors INDEXED BY donors_by_name WHERE deleted = 0 AND erased_at IS NULL");
    const QString key = DonorNames::sortKey(text);
    values->append({ key, SqlValues::prefixEnd(key), text, SqlValues::prefixEnd(text) });
    return QStringLiteral(
        "FROM donors WHERE +deleted = 0 AND erased_at IS NULL AND id IN ("
        "SELECT id FROM donors WHERE deleted = 0 AND sort_key >= ? AND sort_key < ? "
        "UNION SELECT id FROM donors WHERE email >= ? COLLATE NOCASE AND email < ? COLLATE NOCASE)");
}

// Sorted by the name index's own order without a search; a search sorts its matches instead
// ("+sort_key": the index would be walked whole, probing each donor).
QString donorOrder(const QString& search)
{
    return search.trimmed().isEmpty() ? QStringLiteral("sort_key, id") : QStringLiteral("+sort_key, id");
}

} // namespace

void DonorRepository::eraseIdentity(const QUuid& uuid, const QString& pseudonym)
{
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    const QVariant readRevision = m_database.scalar(
        QStringLiteral("SELECT revision FROM donors WHERE uuid = ? AND deleted = 0"), { uuidText(uuid) });
    if (!readRevision.isValid())
        throw DatabaseError(tr("No donor has the identifier %1.").arg(uuidText(uuid)));
    const qint64 revision = readRevision.toLongLong() + 1;
    // The trigger donations_follow_donor_name gives the donor's gifts the pseudonym.
    m_database.exec(QStringLiteral("UPDATE donors SET revision = ?, updated_at = ?, name = ?, email = '', "
                                   "address = '', consent_to_contact = 0, consent_date = NULL, "
                                   "consent_source = '', platform_ref = NULL, notes = '', siren = '', "
                                   "sort_key = ?, erased_at = ? WHERE uuid = ?"),
                    { revision, now, pseudonym, DonorNames::sortKey(pseudonym), now, uuidText(uuid) });
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
}

int DonorRepository::count(const QString& search)
{
    QVariantList values;
    const QString from = donorWhere(search, &values);
    return m_database.scalar(QStringLiteral("SELECT count(*) %1").arg(from), values).toInt();
}

QList<DonorRow> DonorRepository::rows(const QString& search, int offset, int limit)
{
    QVariantList values;
    const QString from = donorWhere(search, &values);
    values << limit << offset;
    // Each donor's count and total come from the donor's range of donations_by_donor alone
    // (donor, deleted, date, status, amount): a few index entries per donor of the page.
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT d.uuid, d.name, d.email, d.consent_to_contact, d.legal_kind, d.receipt_choice, "
            "(SELECT count(*) FROM donations n INDEXED BY donations_by_donor "
            " WHERE n.donor_uuid = d.uuid AND n.deleted = 0), "
            "(SELECT coalesce(sum(amount_cents), 0) FROM donations n INDEXED BY donations_by_donor "
            " WHERE n.donor_uuid = d.uuid AND n.deleted = 0 AND n.status = 'paid') "
            "FROM (SELECT uuid, name, email, consent_to_contact, legal_kind, receipt_choice, sort_key, id %1 "
            "ORDER BY %2 "
            "LIMIT ? OFFSET ?) d ORDER BY d.sort_key, d.id")
            .arg(from, donorOrder(search)),
        values);
    QList<DonorRow> result;
    while (q.next()) {
        DonorRow row;
        row.uuid = QUuid::fromString(q.value(0).toString());
        row.name = q.value(1).toString();
        row.email = q.value(2).toString();
        row.consentToContact = q.value(3).toBool();
        row.legalKind = DonorCodes::legalKindFromCode(q.value(4).toString()).value_or(DonorLegalKind::Person);
        row.receiptChoice
            = DonorCodes::receiptChoiceFromCode(q.value(5).toString()).value_or(ReceiptChoice::PerGift);
        row.donationCount = q.value(6).toInt();
        row.paidCents = q.value(7).toLongLong();
        result.append(row);
    }
    return result;
}

} // namespace casedesk

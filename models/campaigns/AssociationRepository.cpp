#include "campaigns/AssociationRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace casedesk {

AssociationRepository::AssociationRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

Association AssociationRepository::load()
{
    QSqlQuery q = m_database.exec(QStringLiteral(
        "SELECT uuid, revision, server_version, created_at, updated_at, name, legal_form, rna, siren, "
        "address, "
        "purpose, general_interest, signatory_name, signatory_role, receipt_category, receipt_place, "
        "signature_png FROM association WHERE id = 1"));
    Association a;
    if (!q.next())
        return a;
    a.sync.localId = 1;
    a.sync.uuid = QUuid::fromString(q.value(0).toString());
    a.sync.revision = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        a.sync.serverVersion = q.value(2).toLongLong();
    a.sync.createdAt = SqlValues::instant(q.value(3));
    a.sync.updatedAt = SqlValues::instant(q.value(4));
    a.name = q.value(5).toString();
    a.legalForm = q.value(6).toString();
    a.rna = q.value(7).toString();
    a.siren = q.value(8).toString();
    a.address = q.value(9).toString();
    a.purpose = q.value(10).toString();
    a.generalInterest = q.value(11).toBool();
    a.signatoryName = q.value(12).toString();
    a.signatoryRole = q.value(13).toString();
    a.receiptCategory = q.value(14).toString();
    a.receiptPlace = q.value(15).toString();
    a.signaturePng = q.value(16).toByteArray();
    return a;
}

QList<FieldProblem> AssociationRepository::save(Association& a)
{
    const QList<FieldProblem> problems = AssociationRules::validate(a);
    if (!problems.isEmpty())
        return problems;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    const QVariant storedRevision
        = m_database.scalar(QStringLiteral("SELECT revision FROM association WHERE id = 1"));
    // A profile read at an older revision would silently undo a colleague's (or the CLI's) edit.
    const qint64 storedOrZero = storedRevision.isNull() ? 0 : storedRevision.toLongLong();
    if (storedOrZero != a.sync.revision) {
        throw StaleRecordError(
            tr("The association's profile was changed elsewhere since it was opened; it has "
               "been reloaded."));
    }
    if (a.sync.uuid.isNull())
        a.sync.uuid = QUuid::createUuid();
    const qint64 revision = storedRevision.isNull() ? 1 : storedRevision.toLongLong() + 1;
    const QVariantList fields = { a.name,
                                  a.legalForm,
                                  a.rna,
                                  a.siren,
                                  a.address,
                                  a.purpose,
                                  a.generalInterest ? 1 : 0,
                                  a.signatoryName,
                                  a.signatoryRole,
                                  a.receiptCategory,
                                  a.receiptPlace,
                                  a.signaturePng.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                           : QVariant(a.signaturePng) };
    if (storedRevision.isNull()) {
        m_database.exec(
            QStringLiteral("INSERT INTO association (id, uuid, revision, created_at, updated_at, name, "
                           "legal_form, rna, siren, address, purpose, general_interest, signatory_name, "
                           "signatory_role, receipt_category, receipt_place, signature_png) "
                           "VALUES (1, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList { SqlValues::uuidText(a.sync.uuid), now, now } + fields);
    } else {
        m_database.exec(
            QStringLiteral("UPDATE association SET revision = ?, updated_at = ?, name = ?, legal_form = ?, "
                           "rna = ?, siren = ?, address = ?, purpose = ?, general_interest = ?, "
                           "signatory_name = ?, signatory_role = ?, receipt_category = ?, receipt_place = ?, "
                           "signature_png = ? WHERE id = 1"),
            QVariantList { revision, now } + fields);
    }
    const QUuid stored = QUuid::fromString(
        m_database.scalar(QStringLiteral("SELECT uuid FROM association WHERE id = 1")).toString());
    Outbox::enqueue(m_database, kEntity, stored, Outbox::Operation::Upsert, revision);
    transaction.commit();
    a.sync.uuid = stored;
    a.sync.localId = 1;
    a.sync.revision = revision;
    a.sync.updatedAt = SqlValues::instant(now);
    emit associationSaved();
    return {};
}

} // namespace casedesk

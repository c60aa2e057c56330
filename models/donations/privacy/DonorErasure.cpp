#include "donations/privacy/DonorErasure.h"

#include "common/Clock.h"
#include "donations/ledger/DonorRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QLocale>

#include <algorithm>

namespace casedesk {

namespace {

using SqlValues::uuidText;

QString isoText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("email"))
        return DonorErasure::tr("e-mail");
    if (field == QLatin1String("address"))
        return DonorErasure::tr("address");
    if (field == QLatin1String("notes"))
        return DonorErasure::tr("notes");
    if (field == QLatin1String("platform_ref"))
        return DonorErasure::tr("platform reference");
    if (field == QLatin1String("consent"))
        return DonorErasure::tr("consent to be contacted");
    if (field == QLatin1String("siren"))
        return DonorErasure::tr("SIREN");
    return field;
}

// The log's "what", in stable words (never the erased name).
QString whatOf(const ErasurePlan& plan)
{
    QString what = QStringLiteral("erased: %1; name replaced by a pseudonym")
                       .arg(plan.erased.isEmpty() ? QStringLiteral("nothing else")
                                                  : plan.erased.join(QStringLiteral(", ")));
    if (!plan.archive)
        return what + QStringLiteral("; nothing archived");
    QStringList kept = { QStringLiteral("name") };
    if (!plan.archive->address.isEmpty())
        kept.append(QStringLiteral("address"));
    if (!plan.archive->siren.isEmpty())
        kept.append(QStringLiteral("siren"));
    return what
        + QStringLiteral("; archived until %1: %2 (%3)")
              .arg(isoText(plan.archive->keepUntil), kept.join(QStringLiteral(", ")), plan.archive->reason);
}

} // namespace

DonorErasure::DonorErasure(Database& database)
    : m_database(database)
{
}

std::optional<ErasurePlan> DonorErasure::plan(const QUuid& donor)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT name, email, address, notes, coalesce(platform_ref, ''), consent_to_contact, "
                       "coalesce(consent_date, ''), consent_source, siren, erased_at "
                       "FROM donors WHERE uuid = ? AND deleted = 0"),
        { uuidText(donor) });
    if (!q.next())
        return std::nullopt;
    ErasurePlan plan;
    plan.donorUuid = donor;
    plan.name = q.value(0).toString();
    plan.pseudonym = tr("Erased donor %1").arg(uuidText(donor).left(4));
    if (!q.value(9).isNull())
        plan.erasedAt = SqlValues::instant(q.value(9));
    const QString address = q.value(2).toString();
    const QString siren = q.value(8).toString();
    const bool consent
        = q.value(5).toBool() || !q.value(6).toString().isEmpty() || !q.value(7).toString().isEmpty();
    const std::pair<const char*, bool> fields[] = {
        { "email", !q.value(1).toString().isEmpty() },
        { "address", !address.isEmpty() },
        { "notes", !q.value(3).toString().isEmpty() },
        { "platform_ref", !q.value(4).toString().isEmpty() },
        { "consent", consent },
        { "siren", !siren.isEmpty() },
    };
    for (const auto& [field, holds] : fields) {
        if (holds)
            plan.erased.append(QString::fromLatin1(field));
    }
    q.finish();

    const QDate today = Clock::today();
    QSqlQuery gifts = m_database.exec(
        QStringLiteral("SELECT count(*), max(date) FROM donations WHERE donor_uuid = ? AND deleted = 0"),
        { uuidText(donor) });
    gifts.next();
    plan.giftCount = gifts.value(0).toInt();
    const QDate lastGift = SqlValues::isoDate(gifts.value(1));
    gifts.finish();
    QSqlQuery receipts = m_database.exec(
        QStringLiteral("SELECT count(*), max(issued_on) FROM receipts WHERE donor_uuid = ? AND deleted = 0"),
        { uuidText(donor) });
    receipts.next();
    plan.receiptCount = receipts.value(0).toInt();
    const QDate lastReceipt = SqlValues::isoDate(receipts.value(1));
    receipts.finish();
    if (lastReceipt.isValid() && lastReceipt.addYears(kReceiptYears) >= today)
        plan.receiptsUntil = lastReceipt.addYears(kReceiptYears);
    if (lastGift.isValid() && lastGift.addYears(kAccountingYears) >= today)
        plan.accountsUntil = lastGift.addYears(kAccountingYears);

    if (plan.receiptsUntil.isValid() || plan.accountsUntil.isValid()) {
        ArchivedDonor archive;
        archive.donorUuid = donor;
        archive.name = plan.name;
        archive.archivedOn = today;
        QStringList reasons;
        if (plan.receiptsUntil.isValid()) {
            archive.address = address;
            archive.siren = siren;
            reasons.append(kReceiptBasis + QStringLiteral(": ") + isoText(plan.receiptsUntil));
        }
        if (plan.accountsUntil.isValid())
            reasons.append(kAccountingBasis + QStringLiteral(": ") + isoText(plan.accountsUntil));
        archive.keepUntil = std::max(plan.receiptsUntil.isValid() ? plan.receiptsUntil : QDate(),
                                     plan.accountsUntil.isValid() ? plan.accountsUntil : QDate());
        archive.reason = reasons.join(QStringLiteral("; "));
        plan.archive = archive;
    }
    return plan;
}

QStringList DonorErasure::describe(const ErasurePlan& plan)
{
    if (plan.alreadyErased())
        return { tr("This donor was already erased on %1; there is nothing left to erase.")
                     .arg(shortDate(plan.erasedAt.toLocalTime().date())) };
    QStringList lines;
    QStringList erased;
    for (const QString& field : plan.erased)
        erased.append(fieldLabel(field));
    lines.append(
        erased.isEmpty()
            ? tr("The donor's record holds nothing else to erase.")
            : tr("Erased from the donor's record, on this desk, the other desks and the platform: %1.")
                  .arg(erased.join(QStringLiteral(", "))));
    lines.append(tr("The name becomes \"%1\" in the donor's record and on the donor's %n gift(s).", nullptr,
                    plan.giftCount)
                     .arg(plan.pseudonym));
    if (plan.receiptsUntil.isValid())
        lines.append(
            tr("Kept in the restricted archive until %1 (%2, tax receipts): the name, the address and "
               "the SIREN of the %n receipt(s) issued.",
               nullptr, plan.receiptCount)
                .arg(shortDate(plan.receiptsUntil), kReceiptBasis));
    if (plan.accountsUntil.isValid())
        lines.append(
            tr("Kept until %1 (%2, accounting records): the gifts with their amounts, and the name in "
               "the restricted archive; every campaign's accounts still add up.")
                .arg(shortDate(plan.accountsUntil), kAccountingBasis));
    if (!plan.archive)
        lines.append(tr("Nothing is archived: no receipt of the last six years, no gift of the last ten."));
    else
        lines.append(tr("The restricted archive is never listed, searched, synced nor exported for "
                        "solicitation; it is purged once %1 has passed.")
                         .arg(shortDate(plan.archive->keepUntil)));
    return lines;
}

QList<FieldProblem> DonorErasure::erase(const QUuid& donor, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return {
            { QStringLiteral("reason"),
              tr("Reason: say why the donor's data is erased (whose request, of which date); the privacy "
                 "log keeps it.") }
        };
    WriteTransaction transaction(m_database);
    const std::optional<ErasurePlan> planned = plan(donor);
    if (!planned)
        return { { QStringLiteral("donor"), tr("No donor has the identifier %1.").arg(uuidText(donor)) } };
    if (planned->alreadyErased())
        return { { QStringLiteral("donor"), describe(*planned).constFirst() } };
    DonorRepository(m_database).eraseIdentity(donor, planned->pseudonym);
    PrivacyRepository privacy(m_database);
    if (planned->archive)
        privacy.archive(*planned->archive);
    privacy.log(PrivacyAction::Erase, donor, whatOf(*planned), reason.trimmed());
    transaction.commit();
    return {};
}

} // namespace casedesk

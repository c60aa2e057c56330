#include "campaigns/CampaignRepository.h"

#include "campaigns/CampaignRules.h"
#include "campaigns/CampaignText.h"
#include "common/Clock.h"
#include "review/ReviewRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::instant;
using SqlValues::uuidText;

const QString kCampaignColumns = SyncColumns::list()
    + QStringLiteral(", title, summary, description, cause, harm, legal_basis, court, opposing_party, "
                     "goal_cents, end_date, status, how_money_used, lawyer, lawyer_assessment, risks, "
                     "adverse_costs_cents, why_association");

Campaign campaignFrom(const QSqlQuery& q)
{
    Campaign c;
    c.sync = SyncColumns::read(q);
    c.title = q.value(7).toString();
    c.summary = q.value(8).toString();
    c.description = q.value(9).toString();
    c.cause = CampaignCodes::causeFromCode(q.value(10).toString()).value_or(Cause::Other);
    c.harm = q.value(11).toString();
    c.legalBasis = q.value(12).toString();
    c.court = q.value(13).toString();
    c.opposingParty = q.value(14).toString();
    c.goalCents = q.value(15).toLongLong();
    c.endDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    c.status = CampaignCodes::statusFromCode(q.value(17).toString()).value_or(CampaignStatus::Draft);
    c.howMoneyUsed = q.value(18).toString();
    c.lawyer = q.value(19).toString();
    c.lawyerAssessment = q.value(20).toString();
    c.risks = q.value(21).toString();
    c.adverseCostsCents = q.value(22).toLongLong();
    c.whyAssociation = q.value(23).toString();
    return c;
}

// The latest review round's status and number ride along (one probe of review_rounds_by_campaign):
// the list shows where each campaign stands with its board.
const QString kRowColumns = QStringLiteral(
    "uuid, title, status, cause, court, goal_cents, end_date, updated_at, "
    "(SELECT r.status || ' ' || r.number FROM review_rounds r WHERE r.campaign_uuid = campaigns.uuid "
    "AND r.deleted = 0 ORDER BY r.number DESC, r.opened_at DESC LIMIT 1)");

CampaignRow rowFrom(const QSqlQuery& q)
{
    CampaignRow row;
    row.uuid = QUuid::fromString(q.value(0).toString());
    row.title = q.value(1).toString();
    row.status = CampaignCodes::statusFromCode(q.value(2).toString()).value_or(CampaignStatus::Draft);
    row.cause = CampaignCodes::causeFromCode(q.value(3).toString()).value_or(Cause::Other);
    row.court = q.value(4).toString();
    row.goalCents = q.value(5).toLongLong();
    row.endDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    row.updatedAt = instant(q.value(7));
    const QStringList review = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (review.size() == 2) {
        row.reviewStatus = review.at(0);
        row.reviewRound = review.at(1).toInt();
    }
    return row;
}

QString sortExpression(CampaignColumn column)
{
    switch (column) {
    case CampaignColumn::Title:
        return QStringLiteral("title COLLATE LOCALE");
    case CampaignColumn::Status:
        // Workflow order reads better than alphabetical codes.
        return QStringLiteral(
            "CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2 "
            "WHEN 'published' THEN 3 WHEN 'funded' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END");
    case CampaignColumn::Cause:
        return QStringLiteral("cause");
    case CampaignColumn::Court:
        return QStringLiteral("court COLLATE LOCALE");
    case CampaignColumn::Goal:
        return QStringLiteral("goal_cents");
    case CampaignColumn::EndDate:
        return QStringLiteral("end_date");
    case CampaignColumn::UpdatedAt:
        return QStringLiteral("updated_at");
    }
    return QStringLiteral("updated_at");
}

// Budget lines and press articles keep their UUIDs (the identities merges rely on); new ones get one.
void giveChildrenUuids(Campaign& campaign)
{
    for (BudgetLine& line : campaign.budgetLines) {
        if (line.uuid.isNull())
            line.uuid = QUuid::createUuid();
    }
    for (PressArticle& article : campaign.pressArticles) {
        if (article.uuid.isNull())
            article.uuid = QUuid::createUuid();
    }
}

} // namespace

CampaignRepository::CampaignRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

Campaign CampaignRepository::create(const Campaign& draft)
{
    Campaign campaign = draft;
    campaign.status = CampaignStatus::Draft;
    campaign = insert(campaign);
    emit campaignCreated(campaign.sync.uuid);
    return campaign;
}

Campaign CampaignRepository::import(const Campaign& campaign)
{
    Campaign stored = insert(campaign);
    emit campaignCreated(stored.sync.uuid);
    return stored;
}

Campaign CampaignRepository::insert(Campaign campaign)
{
    const QString now = Clock::nowUtcIso();
    if (campaign.sync.uuid.isNull())
        campaign.sync.uuid = QUuid::createUuid();
    giveChildrenUuids(campaign);
    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO campaigns (uuid, revision, created_at, updated_at, title, summary, description, "
            "cause, harm, legal_basis, court, opposing_party, goal_cents, end_date, status, how_money_used, "
            "lawyer, lawyer_assessment, risks, adverse_costs_cents, why_association) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuidText(campaign.sync.uuid),
          now,
          now,
          campaign.title,
          campaign.summary,
          campaign.description,
          CampaignCodes::cause(campaign.cause),
          campaign.harm,
          campaign.legalBasis,
          campaign.court,
          campaign.opposingParty,
          campaign.goalCents,
          dateValue(campaign.endDate),
          CampaignCodes::status(campaign.status),
          campaign.howMoneyUsed,
          campaign.lawyer,
          campaign.lawyerAssessment,
          campaign.risks,
          campaign.adverseCostsCents,
          campaign.whyAssociation });
    const qint64 localId = query.lastInsertId().toLongLong();
    SyncColumns::markCreated(campaign.sync, localId, now);
    writeChildren(campaign, false);
    recordStatusChange(localId, CampaignCodes::status(CampaignStatus::Draft),
                       CampaignCodes::status(campaign.status), tr("Created"));
    Outbox::enqueue(m_database, kEntity, campaign.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    return campaign;
}

void CampaignRepository::writeChildren(const Campaign& campaign, bool replace)
{
    const qint64 id = campaign.sync.localId;
    if (replace)
        m_database.execCached(QStringLiteral("DELETE FROM budget_lines WHERE campaign_id = ?"), { id });
    for (int i = 0; i < campaign.budgetLines.size(); ++i) {
        const BudgetLine& line = campaign.budgetLines.at(i);
        m_database.execCached(QStringLiteral("INSERT INTO budget_lines (uuid, campaign_id, position, kind, "
                                             "label, amount_cents) VALUES (?, ?, ?, ?, ?, ?)"),
                              { uuidText(line.uuid), id, i, CampaignCodes::budgetKind(line.kind), line.label,
                                line.amountCents });
    }
    if (replace)
        m_database.execCached(QStringLiteral("DELETE FROM press_articles WHERE campaign_id = ?"), { id });
    for (int i = 0; i < campaign.pressArticles.size(); ++i) {
        const PressArticle& article = campaign.pressArticles.at(i);
        m_database.execCached(
            QStringLiteral("INSERT INTO press_articles (uuid, campaign_id, position, title, outlet, "
                           "url, published_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { uuidText(article.uuid), id, i, article.title, article.outlet, article.url.toString(),
              dateValue(article.date) });
    }
}

std::optional<Campaign> CampaignRepository::load(const QUuid& uuid)
{
    Database::CachedQuery query = m_database.execCached(
        QStringLiteral("SELECT %1 FROM campaigns WHERE uuid = ? AND deleted = 0").arg(kCampaignColumns),
        { uuidText(uuid) });
    if (!query.next())
        return std::nullopt;
    Campaign campaign = campaignFrom(query.query());

    Database::CachedQuery lines
        = m_database.execCached(QStringLiteral("SELECT uuid, kind, label, amount_cents FROM budget_lines "
                                               "WHERE campaign_id = ? ORDER BY position"),
                                { campaign.sync.localId });
    while (lines.next()) {
        campaign.budgetLines.append(
            { QUuid::fromString(lines.value(0).toString()),
              CampaignCodes::budgetKindFromCode(lines.value(1).toString()).value_or(BudgetKind::Other),
              lines.value(2).toString(), lines.value(3).toLongLong() });
    }
    Database::CachedQuery articles
        = m_database.execCached(QStringLiteral("SELECT uuid, title, outlet, url, published_on "
                                               "FROM press_articles WHERE campaign_id = ? ORDER BY position"),
                                { campaign.sync.localId });
    while (articles.next()) {
        campaign.pressArticles.append({ QUuid::fromString(articles.value(0).toString()),
                                        articles.value(1).toString(), articles.value(2).toString(),
                                        QUrl(articles.value(3).toString()),
                                        QDate::fromString(articles.value(4).toString(), Qt::ISODate) });
    }
    return campaign;
}

QList<FieldProblem> CampaignRepository::save(Campaign& campaign)
{
    const QList<FieldProblem> problems = CampaignRules::validate(campaign);
    if (!problems.isEmpty())
        return problems;
    giveChildrenUuids(campaign);
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    QSqlQuery current = m_database.exec(
        QStringLiteral("SELECT revision, status, title FROM campaigns WHERE id = ? AND deleted = 0"),
        { campaign.sync.localId });
    if (!current.next())
        throw StaleRecordError(
            tr("The campaign \"%1\" no longer exists; it was deleted elsewhere.").arg(campaign.title));
    if (current.value(0).toLongLong() != campaign.sync.revision) {
        throw StaleRecordError(
            tr("The campaign \"%1\" was changed elsewhere since it was opened; it has been "
               "reloaded.")
                .arg(current.value(2).toString()));
    }
    const auto storedStatus = CampaignCodes::statusFromCode(current.value(1).toString());
    if (storedStatus != CampaignStatus::Draft) {
        throw DatabaseError(tr("The campaign \"%1\" is \"%2\": return it to draft before editing it.")
                                .arg(current.value(2).toString(),
                                     CampaignText::status(storedStatus.value_or(CampaignStatus::Draft))));
    }
    const qint64 revision = campaign.sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE campaigns SET revision = ?, updated_at = ?, title = ?, summary = ?, "
                       "description = ?, cause = ?, harm = ?, legal_basis = ?, court = ?, "
                       "opposing_party = ?, goal_cents = ?, end_date = ?, how_money_used = ?, lawyer = ?, "
                       "lawyer_assessment = ?, risks = ?, adverse_costs_cents = ?, why_association = ? "
                       "WHERE id = ?"),
        { revision, now, campaign.title, campaign.summary, campaign.description,
          CampaignCodes::cause(campaign.cause), campaign.harm, campaign.legalBasis, campaign.court,
          campaign.opposingParty, campaign.goalCents, dateValue(campaign.endDate), campaign.howMoneyUsed,
          campaign.lawyer, campaign.lawyerAssessment, campaign.risks, campaign.adverseCostsCents,
          campaign.whyAssociation, campaign.sync.localId });
    writeChildren(campaign, true);
    Outbox::enqueue(m_database, kEntity, campaign.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();

    SyncColumns::markSaved(campaign.sync, revision, now);
    emit campaignSaved(campaign.sync.uuid);
    return {};
}

TransitionCheck CampaignRepository::changeStatus(const QUuid& uuid, CampaignStatus target,
                                                 const Association& association, const QString& note)
{
    WriteTransaction transaction(m_database);
    const std::optional<Campaign> campaign = load(uuid);
    if (!campaign)
        return { false, { tr("No campaign has the identifier %1.").arg(uuidText(uuid)) } };
    const TransitionCheck check = Workflow::check(*campaign, target, association, Clock::today());
    if (!check.allowed)
        return check;
    ReviewRepository reviews(m_database);
    if (target == CampaignStatus::InReview) {
        // Submitting is opening a round on the frozen dossier: one path, ReviewRepository::start.
        QString refusal;
        if (!reviews.start(uuid, reviews.deskActor(), &refusal, note))
            return { false, { refusal } };
    } else {
        if (target == CampaignStatus::Approved) {
            const ReviewStanding standing = reviews.standing(uuid);
            if (standing.latest && !standing.onOpeningDesk)
                return {
                    false,
                    { tr("Round %1 was opened on another desk: only that desk holds the whole dossier the "
                         "board read and can check that it has not changed since. Approve the campaign "
                         "there.")
                          .arg(standing.latest->number) }
                };
            if (!standing.approvedOnCurrentSnapshot)
                return { false,
                         { tr("The board has not approved this version of the dossier (fingerprint %1).")
                               .arg(shortFingerprint(standing.currentFingerprint)) } };
        }
        if (target == CampaignStatus::Draft)
            reviews.supersedeOpenRound(uuid, tr("Back to draft"));
        else if (target == CampaignStatus::Withdrawn)
            reviews.supersedeOpenRound(uuid, tr("Campaign withdrawn"));
        writeStatus(*campaign, target, note);
    }
    transaction.commit();
    emit campaignSaved(uuid);
    return check;
}

void CampaignRepository::writeReviewStatus(const QUuid& uuid, CampaignStatus target, const QString& note)
{
    const std::optional<Campaign> campaign = load(uuid);
    if (!campaign)
        throw DatabaseError(tr("No campaign has the identifier %1.").arg(uuidText(uuid)));
    writeStatus(*campaign, target, note);
    emit campaignSaved(uuid);
}

void CampaignRepository::writeStatus(const Campaign& campaign, CampaignStatus target, const QString& note)
{
    WriteTransaction transaction(m_database);
    const qint64 revision = campaign.sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE campaigns SET status = ?, revision = ?, updated_at = ? WHERE id = ?"),
        { CampaignCodes::status(target), revision, Clock::nowUtcIso(), campaign.sync.localId });
    recordStatusChange(campaign.sync.localId, CampaignCodes::status(campaign.status),
                       CampaignCodes::status(target), note);
    Outbox::enqueue(m_database, kEntity, campaign.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
}

void CampaignRepository::recordStatusChange(qint64 campaignId, const QString& from, const QString& to,
                                            const QString& note)
{
    m_database.execCached(
        QStringLiteral("INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, "
                       "changed_at, note) VALUES (?, ?, ?, ?, ?)"),
        { campaignId, from, to, Clock::nowUtcIso(), note });
}

void CampaignRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<Campaign> campaign = load(uuid);
    if (!campaign)
        throw DatabaseError(tr("No campaign has the identifier %1.").arg(uuidText(uuid)));
    if (!campaign->isDeletable()) {
        throw DatabaseError(
            tr("The campaign \"%1\" is \"%2\": only drafts and withdrawn campaigns can be deleted; "
               "withdraw it first.")
                .arg(campaign->title, CampaignText::status(campaign->status)));
    }
    SyncedTable(m_database, kTable).removeLocal(kEntity, uuid, campaign->sync.revision);
    transaction.commit();
    emit campaignRemoved(uuid);
}

std::optional<QUuid> CampaignRepository::resolve(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(
        m_database, kTable, reference,
        { tr("Campaign identifier \"%1\" is too short; give at least 4 characters of its UUID."),
          tr("No campaign has the identifier \"%1\"."),
          tr("Campaign identifier \"%1\" matches several campaigns; give more characters.") },
        errorMessage);
}

bool CampaignRepository::holdsLive(const QUuid& uuid)
{
    return m_database
               .scalarCached(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ? AND deleted = 0"),
                             { uuidText(uuid) })
               .toInt()
        > 0;
}

QString CampaignRepository::whereClause(const CampaignQuery& query, QVariantList* values) const
{
    QStringList conditions { QStringLiteral("deleted = 0") };
    if (query.status) {
        conditions.append(QStringLiteral("status = ?"));
        values->append(CampaignCodes::status(*query.status));
    }
    if (query.cause) {
        conditions.append(QStringLiteral("cause = ?"));
        values->append(CampaignCodes::cause(*query.cause));
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        conditions.append(QStringLiteral("(title LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\' "
                                         "OR court LIKE ? ESCAPE '\\' OR opposing_party LIKE ? ESCAPE '\\' "
                                         "OR legal_basis LIKE ? ESCAPE '\\')"));
        const QString pattern = QLatin1Char('%') + SqlValues::likeEscaped(search) + QLatin1Char('%');
        for (int i = 0; i < 5; ++i)
            values->append(pattern);
    }
    return conditions.join(QStringLiteral(" AND "));
}

int CampaignRepository::count(const CampaignQuery& query)
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE %1").arg(where), values)
        .toInt();
}

QList<CampaignRow> CampaignRepository::rows(const CampaignQuery& query, int offset, int limit)
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    const QString direction
        = query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id breaks ties so paging is stable when many rows share a sort key.
    const QString sql
        = QStringLiteral("SELECT %1 FROM campaigns WHERE %2 ORDER BY %3 %4, id %4 LIMIT ? OFFSET ?")
              .arg(kRowColumns, where, sortExpression(query.sortColumn), direction);
    values << limit << offset;
    QSqlQuery q = m_database.exec(sql, values);
    QList<CampaignRow> result;
    while (q.next())
        result.append(rowFrom(q));
    return result;
}

std::optional<CampaignRow> CampaignRepository::row(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, kRowColumns, rowFrom);
}

QList<CampaignRepository::StatusChange> CampaignRepository::history(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT h.from_status, h.to_status, h.changed_at, h.note "
                                                 "FROM campaign_status_changes h JOIN campaigns c "
                                                 "ON c.id = h.campaign_id WHERE c.uuid = ? ORDER BY h.id"),
                                  { uuidText(uuid) });
    QList<StatusChange> changes;
    while (q.next()) {
        changes.append({ CampaignCodes::statusFromCode(q.value(0).toString()).value_or(CampaignStatus::Draft),
                         CampaignCodes::statusFromCode(q.value(1).toString()).value_or(CampaignStatus::Draft),
                         instant(q.value(2)), q.value(3).toString(), changes.isEmpty() });
    }
    return changes;
}

std::optional<QString> CampaignRepository::titleOf(const QUuid& uuid)
{
    const QVariant title
        = m_database.scalar(QStringLiteral("SELECT title FROM campaigns WHERE uuid = ?"), { uuidText(uuid) });
    return title.isValid() ? std::optional<QString>(title.toString()) : std::nullopt;
}

void CampaignRepository::storeReceived(const Campaign& campaign, std::optional<qint64> version,
                                       const QString& note)
{
    const QString now = Clock::nowUtcIso();
    const QString uuid = uuidText(campaign.sync.uuid);
    const QVariantList fields { campaign.title,
                                campaign.summary,
                                campaign.description,
                                CampaignCodes::cause(campaign.cause),
                                campaign.harm,
                                campaign.legalBasis,
                                campaign.court,
                                campaign.opposingParty,
                                campaign.goalCents,
                                dateValue(campaign.endDate),
                                CampaignCodes::status(campaign.status),
                                campaign.howMoneyUsed,
                                version ? QVariant(*version) : QVariant(QMetaType(QMetaType::LongLong)),
                                now,
                                uuid };
    // One look-up tells a campaign new to this desk: it is inserted with its lines, without the
    // update and the deletions that would find nothing (a first pull writes thousands of them).
    QVariant id;
    QString oldStatus = CampaignCodes::status(CampaignStatus::Draft);
    {
        Database::CachedQuery stored = m_database.execCached(
            QStringLiteral("SELECT id, status FROM campaigns WHERE uuid = ?"), { uuid });
        if (stored.next()) {
            id = stored.value(0);
            oldStatus = stored.value(1).toString();
        }
    }
    const bool existed = !id.isNull();
    if (existed) {
        // Revision bumped so an editor open on the old state refuses to save over it.
        m_database.execCached(
            QStringLiteral("UPDATE campaigns SET title = ?, summary = ?, description = ?, cause = ?, "
                           "harm = ?, legal_basis = ?, court = ?, opposing_party = ?, goal_cents = ?, "
                           "end_date = ?, status = ?, how_money_used = ?, server_version = ?, "
                           "updated_at = ?, deleted = 0, revision = revision + 1 WHERE uuid = ?"),
            fields);
    } else {
        Database::CachedQuery inserted = m_database.execCached(
            QStringLiteral("INSERT INTO campaigns (title, summary, description, cause, harm, legal_basis, "
                           "court, opposing_party, goal_cents, end_date, status, how_money_used, "
                           "server_version, updated_at, uuid, revision, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
            fields + QVariantList { now });
        id = inserted.query().lastInsertId();
    }
    Campaign stored = campaign;
    stored.sync.localId = id.toLongLong();
    writeChildren(stored, existed);
    // The status history tells how a dossier got where it is, including moves made elsewhere.
    const QString newStatus = CampaignCodes::status(campaign.status);
    if (!existed)
        recordStatusChange(stored.sync.localId, oldStatus, newStatus, tr("Received from the platform"));
    else if (oldStatus != newStatus)
        recordStatusChange(stored.sync.localId, oldStatus, newStatus, note);
}

void CampaignRepository::removeReceived(const QUuid& uuid, std::optional<qint64> version)
{
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, version);
}

} // namespace casedesk

#include "campaigns/CampaignRepository.h"

#include "campaigns/CampaignRules.h"
#include "campaigns/CampaignText.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace casedesk {

namespace {

using SqlValues::dateValue;
using SqlValues::instant;
using SqlValues::uuidText;

const QString kEntity = QStringLiteral("campaign");

const QString kCampaignColumns = QStringLiteral(
    "id, uuid, revision, server_version, created_at, updated_at, deleted, title, summary, description, "
    "cause, "
    "harm, legal_basis, court, opposing_party, goal_cents, end_date, status, how_money_used");

Campaign campaignFrom(const QSqlQuery& q)
{
    Campaign c;
    c.sync.localId = q.value(0).toLongLong();
    c.sync.uuid = QUuid::fromString(q.value(1).toString());
    c.sync.revision = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        c.sync.serverVersion = q.value(3).toLongLong();
    c.sync.createdAt = instant(q.value(4));
    c.sync.updatedAt = instant(q.value(5));
    c.sync.deleted = q.value(6).toBool();
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
    return c;
}

const QString kRowColumns
    = QStringLiteral("uuid, title, status, cause, court, goal_cents, end_date, updated_at");

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

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
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
    for (BudgetLine& line : campaign.budgetLines) {
        if (line.uuid.isNull())
            line.uuid = QUuid::createUuid();
    }
    for (PressArticle& article : campaign.pressArticles) {
        if (article.uuid.isNull())
            article.uuid = QUuid::createUuid();
    }
    campaign.sync.revision = 1;
    campaign.sync.deleted = false;

    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "INSERT INTO campaigns (uuid, revision, created_at, updated_at, title, summary, description, "
            "cause, harm, legal_basis, court, opposing_party, goal_cents, end_date, status, how_money_used) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuidText(campaign.sync.uuid), now, now, campaign.title, campaign.summary, campaign.description,
          CampaignCodes::cause(campaign.cause), campaign.harm, campaign.legalBasis, campaign.court,
          campaign.opposingParty, campaign.goalCents, dateValue(campaign.endDate),
          CampaignCodes::status(campaign.status), campaign.howMoneyUsed });
    campaign.sync.localId = query.lastInsertId().toLongLong();
    writeChildren(campaign);
    recordStatusChange(campaign.sync.localId, CampaignStatus::Draft, campaign.status, tr("Created"));
    Outbox::enqueue(m_database, kEntity, campaign.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();

    campaign.sync.createdAt = campaign.sync.updatedAt = instant(now);
    return campaign;
}

void CampaignRepository::writeChildren(const Campaign& campaign)
{
    const qint64 id = campaign.sync.localId;
    m_database.exec(QStringLiteral("DELETE FROM budget_lines WHERE campaign_id = ?"), { id });
    for (int i = 0; i < campaign.budgetLines.size(); ++i) {
        const BudgetLine& line = campaign.budgetLines.at(i);
        m_database.exec(QStringLiteral("INSERT INTO budget_lines (uuid, campaign_id, position, kind, label, "
                                       "amount_cents) VALUES (?, ?, ?, ?, ?, ?)"),
                        { uuidText(line.uuid), id, i, CampaignCodes::budgetKind(line.kind), line.label,
                          line.amountCents });
    }
    m_database.exec(QStringLiteral("DELETE FROM press_articles WHERE campaign_id = ?"), { id });
    for (int i = 0; i < campaign.pressArticles.size(); ++i) {
        const PressArticle& article = campaign.pressArticles.at(i);
        m_database.exec(
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
    for (BudgetLine& line : campaign.budgetLines) {
        if (line.uuid.isNull())
            line.uuid = QUuid::createUuid();
    }
    for (PressArticle& article : campaign.pressArticles) {
        if (article.uuid.isNull())
            article.uuid = QUuid::createUuid();
    }
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
                       "opposing_party = ?, goal_cents = ?, end_date = ?, how_money_used = ? "
                       "WHERE id = ?"),
        { revision, now, campaign.title, campaign.summary, campaign.description,
          CampaignCodes::cause(campaign.cause), campaign.harm, campaign.legalBasis, campaign.court,
          campaign.opposingParty, campaign.goalCents, dateValue(campaign.endDate), campaign.howMoneyUsed,
          campaign.sync.localId });
    writeChildren(campaign);
    Outbox::enqueue(m_database, kEntity, campaign.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();

    campaign.sync.revision = revision;
    campaign.sync.updatedAt = instant(now);
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
    const qint64 revision = campaign->sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE campaigns SET status = ?, revision = ?, updated_at = ? WHERE id = ?"),
        { CampaignCodes::status(target), revision, Clock::nowUtcIso(), campaign->sync.localId });
    recordStatusChange(campaign->sync.localId, campaign->status, target, note);
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    emit campaignSaved(uuid);
    return check;
}

void CampaignRepository::recordStatusChange(qint64 campaignId, CampaignStatus from, CampaignStatus to,
                                            const QString& note)
{
    m_database.exec(
        QStringLiteral("INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, "
                       "changed_at, note) VALUES (?, ?, ?, ?, ?)"),
        { campaignId, CampaignCodes::status(from), CampaignCodes::status(to), Clock::nowUtcIso(), note });
}

void CampaignRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    QSqlQuery current = m_database.exec(
        QStringLiteral("SELECT revision, status, title FROM campaigns WHERE uuid = ? AND deleted = 0"),
        { uuidText(uuid) });
    if (!current.next())
        throw DatabaseError(tr("No campaign has the identifier %1.").arg(uuidText(uuid)));
    const auto status
        = CampaignCodes::statusFromCode(current.value(1).toString()).value_or(CampaignStatus::Draft);
    if (status != CampaignStatus::Draft && status != CampaignStatus::Withdrawn) {
        throw DatabaseError(
            tr("The campaign \"%1\" is \"%2\": only drafts and withdrawn campaigns can be deleted; "
               "withdraw it first.")
                .arg(current.value(2).toString(), CampaignText::status(status)));
    }
    const qint64 revision = current.value(0).toLongLong() + 1;
    m_database.exec(
        QStringLiteral("UPDATE campaigns SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
        { revision, Clock::nowUtcIso(), uuidText(uuid) });
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Delete, revision);
    transaction.commit();
    emit campaignRemoved(uuid);
}

std::optional<QUuid> CampaignRepository::resolve(const QString& reference, QString* errorMessage)
{
    const QString key = reference.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    if (key.size() < 4) {
        *errorMessage = tr("Campaign identifier \"%1\" is too short; give at least 4 characters of its UUID.")
                            .arg(reference);
        return std::nullopt;
    }
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT uuid FROM campaigns WHERE deleted = 0 AND uuid LIKE ? ESCAPE '\\' LIMIT 2"),
        { escapeLike(key) + QLatin1Char('%') });
    QList<QUuid> found;
    while (query.next())
        found.append(QUuid::fromString(query.value(0).toString()));
    if (found.isEmpty()) {
        *errorMessage = tr("No campaign has the identifier \"%1\".").arg(reference);
        return std::nullopt;
    }
    if (found.size() > 1) {
        *errorMessage = tr("Campaign identifier \"%1\" matches several campaigns; give more characters.")
                            .arg(reference);
        return std::nullopt;
    }
    return found.first();
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
        const QString pattern = QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
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
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM campaigns WHERE uuid = ? AND deleted = 0").arg(kRowColumns),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
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

} // namespace casedesk

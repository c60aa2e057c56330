// ReviewRepository: comments on the sections of a round's dossier (review_comments), with
// replies, resolved or open. Two members commenting at once is no conflict: each comment is its
// own record.

#include "review/ReviewRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

const QString kOwnColumns
    = QStringLiteral("round_uuid, section, parent_uuid, author_uuid, author_name, body, "
                     "written_at, resolved, resolved_at, resolved_by");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

ReviewComment commentFrom(const QSqlQuery& q)
{
    ReviewComment r;
    r.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    r.roundUuid = QUuid::fromString(q.value(c).toString());
    r.section = q.value(c + 1).toString();
    r.parentUuid = QUuid::fromString(q.value(c + 2).toString());
    r.authorUuid = QUuid::fromString(q.value(c + 3).toString());
    r.authorName = q.value(c + 4).toString();
    r.body = q.value(c + 5).toString();
    r.writtenAt = instant(q.value(c + 6));
    r.resolved = q.value(c + 7).toBool();
    r.resolvedAt = q.value(c + 8).isNull() ? QDateTime() : instant(q.value(c + 8));
    r.resolvedBy = q.value(c + 9).toString();
    return r;
}

QVariantList ownValues(const ReviewComment& r)
{
    return { uuidText(r.roundUuid),
             SqlValues::notNullText(r.section),
             SqlValues::optionalUuid(r.parentUuid),
             r.authorUuid.isNull() ? QString() : uuidText(r.authorUuid),
             SqlValues::notNullText(r.authorName),
             SqlValues::notNullText(r.body),
             Clock::toIso(r.writtenAt),
             r.resolved ? 1 : 0,
             r.resolvedAt.isValid() ? QVariant(Clock::toIso(r.resolvedAt))
                                    : QVariant(QMetaType(QMetaType::QString)),
             SqlValues::notNullText(r.resolvedBy) };
}

} // namespace

std::optional<ReviewComment> ReviewRepository::comment(const QUuid& roundUuid, const QString& section,
                                                       const QString& body, const ReviewActor& by,
                                                       const QUuid& parent, QString* refusal)
{
    WriteTransaction transaction(m_database);
    std::optional<ReviewRound> open = round(roundUuid);
    if (!open) {
        *refusal = tr("No review round has the identifier %1.").arg(uuidText(roundUuid));
        return std::nullopt;
    }
    settle(open->campaignUuid);
    open = round(roundUuid);
    if (!open->isOpen()) {
        *refusal = tr("%1 is closed (%2): comment on the campaign's current round.")
                       .arg(roundLabel(*open, true), ReviewCodes::roundStatusName(open->status).toLower());
        return std::nullopt;
    }
    if (body.trimmed().isEmpty()) {
        *refusal = tr("The comment is empty.");
        return std::nullopt;
    }
    QString inSection = section.trimmed();
    if (!parent.isNull()) {
        const std::optional<ReviewComment> answered
            = SyncedTable(m_database, kCommentTable).loadLive(parent, kColumns, commentFrom);
        if (!answered || answered->roundUuid != roundUuid) {
            *refusal = tr("The comment %1 is not one of %2: a reply answers a comment of the same round.")
                           .arg(uuidText(parent), roundLabel(*open));
            return std::nullopt;
        }
        inSection = answered->section; // a reply stays beside what it answers
    }
    if (const std::optional<DossierSnapshot> snapshot = DossierSnapshot::fromCanonical(open->snapshot)) {
        QStringList keys;
        for (const SnapshotSection& known : snapshot->sections())
            keys.append(known.key);
        if (!keys.isEmpty() && !keys.contains(inSection)) {
            *refusal = tr("The dossier of %1 has no section \"%2\"; its sections are: %3.")
                           .arg(roundLabel(*open), inSection, keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    ReviewComment comment;
    comment.sync.uuid = QUuid::createUuid();
    comment.roundUuid = roundUuid;
    comment.section = inSection;
    comment.parentUuid = parent;
    comment.authorUuid = by.member.value_or(QUuid());
    comment.authorName = by.name;
    comment.body = body.trimmed();
    comment.writtenAt = Clock::nowUtc();
    const QString now = Clock::toIso(comment.writtenAt);
    QSqlQuery insert
        = m_database.exec(QStringLiteral("INSERT INTO review_comments (uuid, revision, created_at, "
                                         "updated_at, %1) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?)")
                              .arg(kOwnColumns),
                          QVariantList { uuidText(comment.sync.uuid), now, now } + ownValues(comment));
    Outbox::enqueue(m_database, kCommentEntity, comment.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(comment.sync, insert.lastInsertId().toLongLong(), now);
    return comment;
}

QString ReviewRepository::setResolved(const QUuid& commentUuid, bool resolved, const ReviewActor& by)
{
    WriteTransaction transaction(m_database);
    const std::optional<ReviewComment> comment
        = SyncedTable(m_database, kCommentTable).loadLive(commentUuid, kColumns, commentFrom);
    if (!comment)
        return tr("No review comment has the identifier %1.").arg(uuidText(commentUuid));
    if (comment->resolved == resolved)
        return {};
    const qint64 revision = comment->sync.revision + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE review_comments SET resolved = ?, resolved_at = ?, resolved_by = ?, "
                       "revision = ?, updated_at = ? WHERE uuid = ?"),
        { resolved ? 1 : 0, resolved ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)),
          resolved ? SqlValues::notNullText(by.name) : QString(), revision, now, uuidText(commentUuid) });
    Outbox::enqueue(m_database, kCommentEntity, commentUuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    return {};
}

QList<ReviewComment> ReviewRepository::comments(const QUuid& roundUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT %1 FROM review_comments WHERE round_uuid = ? AND deleted = 0 ORDER BY written_at, id")
            .arg(kColumns),
        { uuidText(roundUuid) });
    QList<ReviewComment> all;
    while (q.next())
        all.append(commentFrom(q));
    // Replies after their parent, each thread in the order written; a reply whose parent this desk
    // does not hold (yet) stands on its own.
    QList<ReviewComment> ordered;
    QList<QUuid> placed;
    std::function<void(const QUuid&)> placeRepliesTo = [&](const QUuid& parent) {
        for (const ReviewComment& reply : std::as_const(all)) {
            if (reply.parentUuid == parent && !placed.contains(reply.sync.uuid)) {
                ordered.append(reply);
                placed.append(reply.sync.uuid);
                placeRepliesTo(reply.sync.uuid);
            }
        }
    };
    for (const ReviewComment& comment : std::as_const(all)) {
        const bool orphan = !comment.parentUuid.isNull()
            && std::none_of(all.cbegin(), all.cend(),
                            [&comment](const ReviewComment& c) { return c.sync.uuid == comment.parentUuid; });
        if ((comment.parentUuid.isNull() || orphan) && !placed.contains(comment.sync.uuid)) {
            ordered.append(comment);
            placed.append(comment.sync.uuid);
            placeRepliesTo(comment.sync.uuid);
        }
    }
    return ordered;
}

std::optional<QUuid> ReviewRepository::resolveComment(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(
        m_database, kCommentTable, reference,
        { tr("Comment identifier \"%1\" is too short; give at least 4 characters of its UUID."),
          tr("No review comment has the identifier \"%1\"."),
          tr("Comment identifier \"%1\" matches several comments; give more characters.") },
        errorMessage);
}

QString ReviewRepository::storeReceived(const ReviewComment& comment, qint64 serverVersion)
{
    SyncedTable table(m_database, kCommentTable);
    if (table.copy(comment.sync.uuid).knows(serverVersion))
        return {};
    if (!round(comment.roundUuid))
        return tr("A review comment arrived for a round this desk does not hold (%1): it was not stored.")
            .arg(uuidText(comment.roundUuid));
    WriteTransaction transaction(m_database);
    table.storeReceived(comment.sync.uuid, serverVersion, kOwnColumns, ownValues(comment));
    transaction.commit();
    return {};
}

} // namespace casedesk

#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/Workflow.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace casedesk {

class Database;

enum class CampaignColumn
{
    Title,
    Status,
    Cause,
    Court,
    Goal,
    EndDate,
    UpdatedAt
};

// What the campaign list asks for; filtering and sorting happen in SQL.
struct CampaignQuery
{
    QString search; // matched in title, summary, court, opposing party and legal basis
    std::optional<CampaignStatus> status;
    std::optional<Cause> cause;
    CampaignColumn sortColumn = CampaignColumn::UpdatedAt;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

// One line of the campaign list: just what the list shows.
struct CampaignRow
{
    QUuid uuid;
    QString title;
    CampaignStatus status = CampaignStatus::Draft;
    Cause cause = Cause::Environment;
    QString court;
    qint64 goalCents = 0;
    QDate endDate;
    QDateTime updatedAt;
};

// Reads and writes campaigns with their budget lines, press articles and status history.
// Every write is one transaction that bumps the revision and queues the campaign for sync.
class CampaignRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("campaign");
    static inline const QString kTable = QStringLiteral("campaigns");

    explicit CampaignRepository(Database& database, QObject* parent = nullptr);
    // The desk it works on, for the repositories of a campaign's parts (its news).
    Database& database() const { return m_database; }

    // Stores a new draft (title and fields from `draft`); returns it with its identity.
    Campaign create(const Campaign& draft);
    // Stores a campaign as it is, status included: for the demo set and future sync pulls.
    Campaign import(const Campaign& campaign);
    std::optional<Campaign> load(const QUuid& uuid);
    // Saves the editable fields of a draft. Returns CampaignRules' problems (an amount out of
    // bounds) without writing anything; throws StaleRecordError when the stored revision is not
    // the one `campaign` was read at, and DatabaseError when it is no longer a draft.
    QList<FieldProblem> save(Campaign& campaign);
    // Moves a campaign through the workflow; nothing changes when the check refuses.
    TransitionCheck changeStatus(const QUuid& uuid, CampaignStatus target, const Association& association,
                                 const QString& note = {});
    // A status the board's review decides, written in the caller's transaction without the
    // workflow's check (ReviewRepository made its own): "in review" when a round opens, "draft"
    // when the board rejects the dossier (`note`: the reasons).
    void writeReviewStatus(const QUuid& uuid, CampaignStatus target, const QString& note);
    // Tombstones a draft or withdrawn campaign; throws DatabaseError otherwise.
    void remove(const QUuid& uuid);

    // A full UUID or an unambiguous prefix of at least 4 characters, as typed on the command line.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);
    // Whether the desk holds the campaign, not deleted (what news, pieces and gifts may name).
    bool holdsLive(const QUuid& uuid);
    // The campaign's title, deleted or not (a gift may name one deleted since).
    std::optional<QString> titleOf(const QUuid& uuid);

    // For the sync: a campaign received from the platform, written as it is (status included,
    // its budget lines and press articles with their UUIDs, revision bumped so an editor open on
    // it reloads), with the platform's `version` (none: the platform does not hold it); never
    // queued. A status it moves goes into the history with `note`; a campaign new to the desk
    // with "Received from the platform". Runs in the caller's transaction (a pulled page's, a
    // conflict's resolution): a first pull writes thousands, each without a savepoint of its own.
    void storeReceived(const Campaign& campaign, std::optional<qint64> version, const QString& note);
    // Tombstones a campaign deleted on the platform (revision bumped, never queued).
    void removeReceived(const QUuid& uuid, std::optional<qint64> version);

    int count(const CampaignQuery& query);
    QList<CampaignRow> rows(const CampaignQuery& query, int offset, int limit);
    std::optional<CampaignRow> row(const QUuid& uuid);

    struct StatusChange
    {
        CampaignStatus from;
        CampaignStatus to;
        QDateTime at;
        QString note;
        bool creation = false; // the first entry: the campaign was created (or imported) as `to`
    };
    QList<StatusChange> history(const QUuid& uuid);

signals:
    void campaignCreated(const QUuid& uuid);
    void campaignSaved(const QUuid& uuid);
    void campaignRemoved(const QUuid& uuid);
    // Many campaigns changed at once (an import): lists reload.
    void campaignsReset();

private:
    Campaign insert(Campaign campaign);
    // Budget lines and press articles as `campaign` has them; `replace`: the old ones go first.
    void writeChildren(const Campaign& campaign, bool replace);
    void recordStatusChange(qint64 campaignId, const QString& from, const QString& to, const QString& note);
    void writeStatus(const Campaign& campaign, CampaignStatus target, const QString& note);
    QString whereClause(const CampaignQuery& query, QVariantList* values) const;

    Database& m_database;
};

} // namespace casedesk

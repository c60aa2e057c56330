#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "procedures/MilestoneRepository.h"
#include "procedures/Procedure.h"
#include "storage/SqlValues.h"

#include <QObject>

#include <optional>

namespace casedesk {

class Database;

// Reads and writes procedures (the one writer of the procedures table); their timelines are
// milestones(). Every write is one transaction that bumps the record's revision and queues it
// for sync; a refused write changes nothing.
class ProcedureRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("procedure");
    static inline const QString kTable = QStringLiteral("procedures");

    explicit ProcedureRepository(Database& database, QObject* parent = nullptr);
    Database& database() const { return m_database; }
    // The procedures' milestones: what this repository changes of a timeline (a deletion, a new
    // holiday region) goes through it, so its signal tells every change.
    MilestoneRepository& milestones() { return m_milestones; }

    // What is wrong with `procedure` before it can be stored (unknown campaign, an appeal of a
    // procedure of another campaign, an appeal chain that loops); empty when it can be.
    QList<FieldProblem> check(const Procedure& procedure);
    // Stores a new procedure and fills in its identity; returns the problems instead when check()
    // finds any (nothing is stored then).
    QList<FieldProblem> create(Procedure& procedure);
    // Saves the fields; returns the problems instead when check() finds any. Throws
    // StaleRecordError when it changed elsewhere since it was read. A new holiday region
    // recomputes the procedure's open deadlines.
    QList<FieldProblem> save(Procedure& procedure);
    // Tombstones the procedure and its milestones; refused while an appeal of it exists.
    void remove(const QUuid& uuid);
    std::optional<Procedure> load(const QUuid& uuid);
    // The campaign of a procedure, live or deleted; null when the desk does not hold it.
    QUuid campaignOf(const QUuid& uuid);
    // A campaign's procedures, each appeal right after the procedure it challenges.
    QList<Procedure> forCampaign(const QUuid& campaignUuid);
    // Every procedure of the chain `uuid` belongs to: the first instance, its appeal, the pourvoi.
    QList<Procedure> appealChain(const QUuid& uuid);
    // How deep `uuid` sits in its chain (0 for a first instance).
    int appealDepth(const QUuid& uuid);
    // A full UUID or an unambiguous prefix of at least 4 characters.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);
    // How resolve() words a reference that names no single record, for procedures and milestones
    // alike (`what`: "Procedure", "Milestone", translated).
    static SqlValues::UuidPrefixWords uuidPrefixWords(const QString& what);

    // For the sync: a procedure received from the platform, written as it is (inserted or updated
    // by UUID, revived if tombstoned here), with the platform's version; never queued. The caller
    // checked that what it refers to is on the desk (the foreign keys would refuse it).
    void storeReceived(const Procedure& procedure, qint64 serverVersion);
    // Tombstones a procedure deleted elsewhere (revision bumped, never queued); its milestones
    // are the caller's (MilestoneRepository::tombstoneAllOf).
    void removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);

signals:
    void proceduresChanged(const QUuid& campaignUuid);

private:
    Database& m_database;
    MilestoneRepository m_milestones;
};

} // namespace casedesk

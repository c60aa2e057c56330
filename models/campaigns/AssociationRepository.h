#pragma once

#include "campaigns/Association.h"

#include <QObject>

namespace casedesk {

class Database;

// The desk's one association profile (a single row, created on first save).
class AssociationRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("association");
    static inline const QString kTable = QStringLiteral("association");

    explicit AssociationRepository(Database& database, QObject* parent = nullptr);

    // The stored profile, or an empty one (null UUID) before the first save.
    Association load();
    // Validates, then writes in one transaction with the outbox entry. Returns the problems and
    // writes nothing when there are any. Throws StaleRecordError when `association` was read at an
    // older revision than the stored one.
    QList<FieldProblem> save(Association& association);

signals:
    void associationSaved();

private:
    Database& m_database;
};

} // namespace casedesk

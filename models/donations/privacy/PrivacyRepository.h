#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// What the privacy log records: a donor's data exported, erased, or its restricted archive purged.
enum class PrivacyAction
{
    Export,
    Erase,
    Purge
};

// What the law makes the association keep of an erased donor (a row of donor_archive): the name
// (accounting records, receipts), and the address and SIREN a receipt printed. Restricted: no
// list, search, sync or export reads it; DonorRetention purges it once `keepUntil` has passed.
struct ArchivedDonor
{
    QUuid donorUuid;
    QString name;
    QString address; // empty when no receipt needs it
    QString siren;
    QDate archivedOn;
    QDate keepUntil; // the last day it is kept
    // The legal bases and the last day each applies, as stored (language-neutral):
    // "LPF art. L102 E: 2032-03-16; Code de commerce art. L123-22: 2036-02-01".
    QString reason;
};

// One line of the accountability log: who (the desk's user), when (UTC), what was done to whose
// data, and why.
struct PrivacyLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    PrivacyAction action = PrivacyAction::Export;
    QUuid donorUuid;
    QString what; // stable words: "json donor-3f2a.json", "erased: email, address; archived until 2036-02-01"
    QString why;
};

// The one writer of donor_archive and privacy_log, both desk-local (never synced, never listed
// with the donors). Writes run in a WriteTransaction of their own, a savepoint inside the
// caller's (DonorErasure, DonorRetention, DonorDataExport).
class PrivacyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyRepository)

public:
    static inline const QString kArchiveTable = QStringLiteral("donor_archive");
    static inline const QString kLogTable = QStringLiteral("privacy_log");

    explicit PrivacyRepository(Database& database);

    // The person at this desk, as the log names them: the operating system's user name (USER,
    // else USERNAME, else LOGNAME), "unknown" when none is set.
    static QString currentActor();

    static QString actionCode(PrivacyAction action); // "export", "erase", "purge"
    static std::optional<PrivacyAction> actionFromCode(const QString& code);
    static QString actionLabel(PrivacyAction action); // translated

    // Adds a line to the log, by currentActor(), now (Clock).
    void log(PrivacyAction action, const QUuid& donor, const QString& what, const QString& why);
    // Stores what an erasure keeps; throws DatabaseError when the donor already has an archive row.
    void archive(const ArchivedDonor& row);
    // Deletes the donor's archive row; false when there was none.
    bool removeArchived(const QUuid& donor);

    std::optional<ArchivedDonor> archived(const QUuid& donor);
    // The archive rows whose last day is before `today`, the oldest first.
    QList<ArchivedDonor> dueForPurge(const QDate& today);
    // The log, newest first: the donor's entries when `donor` is set; at most `limit`.
    QList<PrivacyLogEntry> entries(const std::optional<QUuid>& donor = std::nullopt, int limit = 1000);

private:
    Database& m_database;
};

} // namespace casedesk

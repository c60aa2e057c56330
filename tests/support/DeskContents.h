#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace casedesk {
class Database;
class AssociationRepository;
class CampaignRepository;
} // namespace casedesk

namespace casedesk::test {

// Everything a desk file holds, table by table: each row as one line of its values in rowid
// order (NULL, text, numbers; blobs in hex). Two desks with equal dumps hold the same records
// with the same identities, revisions, sync state and outbox.
QMap<QString, QStringList> dumpTables(const QString& deskPath);

// The files of the desk's evidence vault (sha256/ab/…), relative path -> SHA-256 of the bytes.
QMap<QString, QByteArray> vaultContents(const QString& deskPath);

// Names in `folder` a backup or a restore might leave behind: hidden working folders
// (".casedesk-backup-…", ".desk.db.restoring-…") and QSaveFile's temporary files.
QStringList leftovers(const QString& folder);

// A desk with something in every area: the demo association, campaigns, procedures and ledger,
// `files` evidence pieces of `fileBytes` bytes each (one file shared by two campaigns, one piece
// deleted), a record the platform already knows (server_version) and a sync cursor. Returns the
// number of files the vault then holds: the demo's own pieces and those `files` less the deleted one.
int fillDesk(Database& database, AssociationRepository& associations, CampaignRepository& campaigns,
             int files, qint64 fileBytes);

} // namespace casedesk::test

#!/usr/bin/env bash
# One writer per table: fails when the SQL of more than one source file of models/, ui/ or app/
# inserts into, updates or deletes from the same table. Each table has its owning repository;
# other code calls it. Two files are the storage layer's own and stay out of the count:
# Migrations.cpp (the schema, its triggers and its data upgrades) and SyncedTable.cpp (the sync
# columns every syncable table shares, reached through the owning kind's table name). One table
# is shared by columns: the association row's board_* columns (the statutes' rules) belong to
# BoardRepository.cpp, its profile's columns to AssociationRepository.cpp.
set -euo pipefail
root="$1"
cd "$root"
writers=$(grep -rEo --include='*.cpp' --include='*.h' \
              '(INSERT( OR [A-Z]+)? INTO|REPLACE INTO|DELETE FROM) [a-z_]+|UPDATE [a-z_]+ SET' \
              models ui app \
          | grep -v -e '^models/storage/Migrations.cpp:' -e '^models/storage/SyncedTable.cpp:' \
                   -e '^models/board/BoardRepository.cpp:UPDATE association SET$' \
          | sed -E 's/^([^:]+):(INSERT( OR [A-Z]+)? INTO|REPLACE INTO|DELETE FROM|UPDATE) ([a-z_]+).*/\4 \1/' \
          | sort -u)
if [ -z "$writers" ]; then
    echo "no table writes found: the pattern no longer matches the sources" >&2
    exit 1
fi
shared=$(echo "$writers" | awk '{ files[$1] = files[$1] " " $2; count[$1]++ }
                                END { for (t in count) if (count[t] > 1) print t ":" files[t] }')
if [ -n "$shared" ]; then
    echo "tables written from more than one file (give each its one owning repository):" >&2
    echo "$shared" >&2
    exit 1
fi
echo "$(echo "$writers" | wc -l) tables, one writer each"

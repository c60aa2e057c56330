#!/bin/sh
# The floor for importing a bank CSV: sqlite3's own .import of the same file into a plain table
# (no parsing of dates or amounts, no keys, no index). Usage: ledger_sqlite_floor.sh FILE.csv
# (bench_ledger csv --dir DIR leaves DIR/bench.csv).
set -e
csv="$1"
[ -f "$csv" ] || { echo "usage: $0 FILE.csv" >&2; exit 2; }
db=$(mktemp -d)/floor.db
start=$(date +%s.%N)
sqlite3 "$db" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE lines (date TEXT, label TEXT, amount TEXT);
.mode csv
.separator ";"
.import --skip 1 "$csv" lines
SQL
end=$(date +%s.%N)
echo "sqlite3 .import: $(sqlite3 "$db" 'SELECT count(*) FROM lines') rows in $(awk "BEGIN { printf \"%.0f\", ($end - $start) * 1000 }") ms"
rm -rf "$(dirname "$db")"

#!/bin/sh
# Issue 14, "imports at the speed of the disk": whole-process imports of generated bank statements
# against the machine's own floors, measured in the same run. Each round times, on a fresh desk
# with the account added first:
#   casedesk-cli import statement of a CSV    vs  sqlite3's .import of it (ledger_sqlite_floor.sh)
#   casedesk-cli import statement of a CAMT   vs  xmllint --stream of it (package libxml2-utils)
# and prints each time with its ratio to the floor timed just before it, so a machine busy with
# other work slows both sides alike. Peak memory comes from /usr/bin/time.
#
# Usage: bench/statement_import.sh BUILD_DIR WORK_DIR [ENTRIES] [ROUNDS]
#   (the files are generated once by bench/make_statements.py into WORK_DIR, seed fixed)
set -e
build="$1"
work="$2"
entries="${3:-100000}"
rounds="${4:-3}"
[ -x "$build/bin/casedesk-cli" ] && [ -n "$work" ] || {
    echo "usage: $0 BUILD_DIR WORK_DIR [ENTRIES] [ROUNDS]" >&2
    exit 2
}
here="$(cd "$(dirname "$0")" && pwd)"
cli="$(cd "$build/bin" && pwd)/casedesk-cli"
iban=FR7630004000031234567890143 # the generator's account
mkdir -p "$work"
csv="$work/statement-$entries.csv"
xml="$work/statement-$entries.xml"
[ -f "$csv" ] && [ -f "$xml" ] || python3 "$here/make_statements.py" --csv "$csv" --camt "$xml" --entries "$entries"
echo "$entries entries: CSV $(($(wc -c <"$csv") / 1000000)) MB, CAMT.053 $(($(wc -c <"$xml") / 1000000)) MB;" \
    "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs one command, its output thrown away, and leaves its seconds and peak KB in $seconds and
# $kb; stops the benchmark if the command fails (a failed import is fast, not a result).
timed() {
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        echo "failed: $*" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    }
    read -r seconds kb <"$work/time.txt"
}

import() {
    rm -f "$work/desk.db" "$work/desk.db-wal" "$work/desk.db-shm"
    "$cli" --database "$work/desk.db" accounts add "$iban" >/dev/null
    timed "$cli" --database "$work/desk.db" import statement "$1" --account "$iban"
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'
}

round=1
while [ "$round" -le "$rounds" ]; do
    timed sh "$here/ledger_sqlite_floor.sh" "$csv"
    floor=$seconds
    import "$csv"
    echo "round $round CSV:  casedesk $seconds s ($kb KB), sqlite3 .import $floor s, ratio $(ratio "$seconds" "$floor")"
    timed xmllint --stream --noout "$xml"
    floor=$seconds
    import "$xml"
    echo "round $round CAMT: casedesk $seconds s ($kb KB), xmllint --stream $floor s, ratio $(ratio "$seconds" "$floor")"
    round=$((round + 1))
done
rm -f "$work/desk.db" "$work/desk.db-wal" "$work/desk.db-shm" "$work/time.txt" "$work/stderr.txt"

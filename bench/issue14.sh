#!/bin/sh
# Issue 14, every row of its table measured again in one run, each beside its floor from the same
# run (this machine's speed drifts; ratios do not):
#   the whole window, first paint and peak memory, on 1,000 / 100,000 / 1,000,000 donations,
#     against a bare Qt window; then each area shown (bench_window)
#   the donations and donors lists on the million-gift desk: sorts, filters, searches (bench_ledger)
#   statement imports, CSV and CAMT.053 of 100,000 lines, against sqlite3 .import and
#     xmllint --stream (statement_import.sh)
#   sync push and pull of 10,000 records on loopback, against raw HTTP (bench_sync)
#
# Usage: bench/issue14.sh BUILD_DIR WORK_DIR
#   WORK_DIR keeps the generated desks and statements between runs (the million-gift desk is
#   about 760 MB and takes a few minutes to make the first time).
set -e
build="$1"
work="$2"
[ -x "$build/bin/bench_window" ] && [ -n "$work" ] || {
    echo "usage: $0 BUILD_DIR WORK_DIR" >&2
    exit 2
}
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work/desks" "$work/ledger" "$work/imports"
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the whole window (bench_window)"
"$build/bin/bench_window" --dir "$work/desks" --runs 5 2>&1 | grep -v -e XDG_RUNTIME_DIR -e propagateSizeHints
echo "== the lists on 1,000,000 donations (bench_ledger view)"
ln -sf "$(cd "$work/desks" && pwd)/desk-1000000.db" "$work/ledger/desk.db"
"$build/bin/bench_ledger" view --dir "$work/ledger" 2>&1 | grep -v XDG_RUNTIME_DIR
echo "== statement imports (statement_import.sh)"
sh "$here/statement_import.sh" "$build" "$work/imports" 100000 3
echo "== sync on loopback (bench_sync)"
"$build/bin/bench_sync" --records 10000 2>&1 | grep -v XDG_RUNTIME_DIR

#!/usr/bin/env bash
# Backup benchmark (issue 15): `casedesk-cli desk backup` and `desk restore` of a desk whose vault
# holds 200 files, 200 MiB in all, plain and encrypted, against `cp -r` of the same vault folder
# (+ `sync`): the machine's own copy of the same bytes, the floor a backup cannot beat.
#
#   bench/backup_roundtrip.sh [BUILD_DIR] [WORK_DIR]
#
# BUILD_DIR defaults to build (needs bin/casedesk-cli); WORK_DIR to /var/tmp/casedesk-bench-backup
# (a real disk, not tmpfs). COUNT and TOTAL_MIB change the vault. Every run starts from a warm
# page cache (the vault is read first) and ends with its data on disk: the backup's QSaveFile and
# the restore fsync their files, the floor runs `sync`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../build}"
work="${2:-/var/tmp/casedesk-bench-backup}"
cli="$build/bin/casedesk-cli"
count="${COUNT:-200}"
total_mib="${TOTAL_MIB:-200}"
[ -x "$cli" ] || { echo "no $cli; build first" >&2; exit 1; }

src="$work/src-$count-$total_mib"
[ -d "$src" ] || python3 "$here/make_evidence_files.py" "$src" --count "$count" --total-mib "$total_mib"

# The desk: the demo, and every file attached to one campaign.
rm -rf "$work/desk" "$work/out"; mkdir -p "$work/desk" "$work/out"
desk="$work/desk/desk.db"
vault="$desk-evidence"
"$cli" --database "$desk" demo load > /dev/null
campaign=$("$cli" --database "$desk" campaign create "Benchmark")
"$cli" --database "$desk" evidence limit --set 1024 > /dev/null
"$cli" --database "$desk" evidence add --campaign "$campaign" "$src"/* > /dev/null
printf 'une phrase de passe pour le banc\n' > "$work/out/pass"

warm() { find "$vault" "$desk" -type f -exec cat {} + > /dev/null; }
now() { date +%s.%N; }
timed() { # label, command...: prints "label seconds"
    local label="$1"; shift
    sync; warm
    local t0 t1; t0=$(now); "$@" > /dev/null; sync; t1=$(now)
    python3 -c "import sys; print('%s %.2f' % (sys.argv[1], float(sys.argv[3]) - float(sys.argv[2])))" "$label" "$t0" "$t1"
}

results=$(
    timed floor cp -r "$vault" "$work/out/vault-copy"
    timed backup "$cli" --database "$desk" desk backup --out "$work/out/plain.casedesk-backup"
    timed backup-encrypted "$cli" --database "$desk" desk backup --out "$work/out/enc.casedesk-backup" \
        --passphrase-file "$work/out/pass"
    timed restore "$cli" desk restore "$work/out/plain.casedesk-backup" --to "$work/out/r1/desk.db"
    timed restore-encrypted "$cli" desk restore "$work/out/enc.casedesk-backup" --to "$work/out/r2/desk.db" \
        --passphrase-file "$work/out/pass"
)
diff -r "$vault/sha256" "$work/out/r2/desk.db-evidence/sha256" > /dev/null || { echo "restored vault differs" >&2; exit 1; }

python3 - "$(du -sb "$vault" | cut -f1)" "$(stat -c %s "$desk")" "$(stat -c %s "$work/out/enc.casedesk-backup")" \
    "$count" <<PY
import sys
vault, desk, archive, count = (int(v) for v in sys.argv[1:5])
times = dict(line.split() for line in """$results""".splitlines())
floor = float(times["floor"])
print(f"vault: {count} files, {vault / 2**20:.0f} MiB; desk file: {desk / 2**20:.1f} MiB; archive: {archive / 2**20:.0f} MiB")
for label, seconds in times.items():
    seconds = float(seconds)
    print(f"{label:18} {seconds:6.2f} s  {vault / 1e6 / seconds:7.1f} MB/s  x{seconds / floor:.2f} of cp -r")
PY
rm -rf "$work/out" "$work/desk"

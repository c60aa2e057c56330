#!/usr/bin/env bash
# Evidence vault benchmark: attach 1,000 files of mixed sizes (1 GiB in all) with
# `casedesk-cli evidence add`, against `cp` + `sha256sum` + `sync` of the same files on the same
# disk: the ratio says how close the vault's copy-hash-fsync-rename comes to the machine's limit.
#
#   bench/evidence_attach.sh [BUILD_DIR] [WORK_DIR]
#
# BUILD_DIR defaults to build (needs bin/casedesk-cli); WORK_DIR to /var/tmp/casedesk-bench (same
# disk as the desk would be; not tmpfs). The input is generated once by make_evidence_files.py.
# Both runs read the sources from a warm page cache (each is preceded by a read of every file),
# and both end with the data on disk: the vault fsyncs each file, the baseline runs `sync`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../build}"
work="${2:-/var/tmp/casedesk-bench}"
cli="$build/bin/casedesk-cli"
count="${COUNT:-1000}"
total_mib="${TOTAL_MIB:-1024}"
[ -x "$cli" ] || { echo "no $cli; build first" >&2; exit 1; }

src="$work/src-$count-$total_mib"
[ -d "$src" ] || python3 "$here/make_evidence_files.py" "$src" --count "$count" --total-mib "$total_mib"
bytes=$(du -sb "$src" | cut -f1)

warm() { cat "$src"/* > /dev/null; }
seconds() { python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$@"; }

# Baseline: what the machine can do for the same job with its own tools.
rm -rf "$work/cp"; mkdir -p "$work/cp"; sync; warm
t0=$(date +%s.%N)
cp "$src"/* "$work/cp/"
(cd "$work/cp" && sha256sum -- * > /dev/null)
sync
t1=$(date +%s.%N)
baseline=$(seconds "$t0" "$t1")

# CaseDesk: a fresh desk, one campaign, every file attached in one command.
rm -rf "$work/desk"; mkdir -p "$work/desk"
desk="$work/desk/desk.db"
campaign=$("$cli" --database "$desk" campaign create "Benchmark")
"$cli" --database "$desk" evidence limit --set 1024 > /dev/null
sync; warm
t0=$(date +%s.%N)
"$cli" --database "$desk" evidence add --campaign "$campaign" "$src"/* > /dev/null
t1=$(date +%s.%N)
ours=$(seconds "$t0" "$t1")
"$cli" --database "$desk" evidence verify > /dev/null

python3 - "$bytes" "$count" "$baseline" "$ours" <<'PY'
import sys
size, count, base, ours = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
mb = size / 1e6
print(f"files: {count}, data: {size / 2**20:.0f} MiB")
print(f"cp + sha256sum + sync: {base:6.2f} s  {mb / base:7.1f} MB/s")
print(f"casedesk evidence add: {ours:6.2f} s  {mb / ours:7.1f} MB/s")
print(f"ratio (ours / machine): {base / ours:.2f}")
PY
rm -rf "$work/cp" "$work/desk"

#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in a build folder of their own and runs each
# one for SECONDS, from its seeds and with its dictionary (docs/fuzzing.md).
#
#   fuzz/run.sh SECONDS [TARGET...]      every target, or the ones named
#
# Exit 0 when every target ran its time without a finding; 1 when any crashed, leaked, timed out,
# ran out of memory or made a sanitizer report: the input is in <build>/findings/<target>/ and
# the log in <build>/fuzz-logs/<target>.log. Replay one with <build>/bin/<target> <input>.
#
# Environment: FUZZ_BUILD_DIR (default <repo>/build-fuzz), FUZZ_JOBS (targets run at once,
# default the number of cores), FUZZ_TIMEOUT (seconds one input may take, default 10).
# The corpus each run finds is kept in <build>/corpus/<target>/, so the next run starts from it.
set -euo pipefail

seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
shift

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${FUZZ_JOBS:-$(nproc)}"
timeout="${FUZZ_TIMEOUT:-10}"
all_targets=(fuzz_camt fuzz_ofx fuzz_csv_statement fuzz_platform_json fuzz_platform_csv fuzz_sync_records
             fuzz_server_bodies fuzz_deadline_rules fuzz_backup)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

# The test fixtures each target starts from, besides its own seeds in fuzz/seeds/<target>/.
fixtures() {
    case "$1" in
        fuzz_camt) ls "$root"/tests/data/statements/*.xml ;;
        fuzz_ofx) ls "$root"/tests/data/statements/*.ofx ;;
        fuzz_csv_statement) ls "$root"/tests/data/statements/*.csv ;;
        fuzz_platform_json) ls "$root"/tests/data/platforms/*.json ;;
        fuzz_platform_csv) ls "$root"/tests/data/platforms/*.csv ;;
        fuzz_deadline_rules) ls "$root"/resources/procedures/rules.json ;;
        fuzz_sync_records | fuzz_server_bodies | fuzz_backup) ;; # records, bodies, archives: fuzz/seeds only
        *) echo "fuzz/run.sh: unknown target $1" >&2; return 1 ;;
    esac
    [ ! -d "$root/tests/data/fuzz/$1" ] || ls "$root/tests/data/fuzz/$1"/* # its findings, fixed
}

dictionary() {
    case "$1" in
        fuzz_camt) echo xml ;;
        fuzz_ofx) echo ofx ;;
        fuzz_csv_statement | fuzz_platform_csv) echo csv ;;
        fuzz_backup) echo backup ;;
        *) echo json ;;
    esac
}

for target in "${targets[@]}"; do
    fixtures "$target" >/dev/null
done

echo "fuzz/run.sh: building the fuzz targets in $build" >&2
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCASEDESK_FUZZ=ON -DCASEDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_targets -j "$(nproc)" >/dev/null

mkdir -p "$build/fuzz-logs"
# Stop at the first sanitizer report, with a stack; leaks are findings too.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

run_one() {
    local target="$1"
    local corpus="$build/corpus/$target" findings="$build/findings/$target"
    local log="$build/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$findings"
    # Copied, not linked: libFuzzer adds what it finds to the first folder and may reduce it.
    [ ! -d "$here/seeds/$target" ] || cp -n "$here/seeds/$target"/* "$corpus"/
    local file
    for file in $(fixtures "$target"); do
        cp -n "$file" "$corpus/fixture-$(basename "$file")"
    done
    local status=0
    "$build/bin/$target" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
        -dict="$here/dict/$(dictionary "$target").dict" -artifact_prefix="$findings/" \
        -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
    # A report that did not stop the run still counts.
    if grep -qE '^==[0-9]+==ERROR|runtime error:|^SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer' "$log"; then
        [ "$status" -ne 0 ] || status=1
    fi
    echo "$status" >"$build/fuzz-logs/$target.status"
}

started=$(date +%s)
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    run_one "$target" &
done
wait

failed=0
printf '%-22s %8s %12s %9s %7s %7s %7s  %s\n' target seconds execs execs/s cov ft corpus result
for target in "${targets[@]}"; do
    log="$build/fuzz-logs/$target.log"
    status="$(cat "$build/fuzz-logs/$target.status")"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    # libFuzzer's last status line: "#N <event> cov: C ft: F corp: U/S ..."
    last="$(grep -E '^#[0-9]+[[:space:]].*cov: ' "$log" | tail -1 || true)"
    cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
    ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
    corp="$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")"
    result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status): $(grep -m1 -E 'ERROR|runtime error|timeout|out-of-memory' "$log" || echo "see $log")"
        failed=1
    fi
    printf '%-22s %8s %12s %9s %7s %7s %7s  %s\n' "$target" "$seconds" "${execs:--}" "${speed:--}" \
        "${cov:--}" "${ft:--}" "${corp:--}" "$result"
done
echo "fuzz/run.sh: ${#targets[@]} targets, $seconds s each, $(($(date +%s) - started)) s in all" >&2
exit "$failed"

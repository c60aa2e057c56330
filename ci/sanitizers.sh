#!/usr/bin/env bash
# CI's sanitizer pass: the whole test suite built with AddressSanitizer (leaks included),
# UndefinedBehaviorSanitizer and assertions on (a Debug build), -fno-sanitize-recover=all, and
# CI's warnings as errors (-DCASEDESK_WERROR=ON). Every program of the build is instrumented, so the children the tests
# start (casedesk-cli, casedesk-platform, crash_writer...) are covered as well.
#
#   ci/sanitizers.sh [ctest options]
#
# Fails when the build fails, when a test fails, or when any process wrote a sanitizer report:
# every report goes to a file of its own in <build>/sanitizer-reports/ (log_path), so a report
# from a child whose exit code a test expected to be 1 anyway is not lost; the reports are
# printed at the end.
#
# Environment: SANITIZER_BUILD_DIR (default /var/tmp/casedesk-ci-cache/build-asan: outside the
# clone, so CI's clean clone rebuilds only what changed), CTEST_JOBS (default the number of cores).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SANITIZER_BUILD_DIR:-/var/tmp/casedesk-ci-cache/build-asan}"
jobs="${CTEST_JOBS:-$(nproc)}"
started=$(date +%s)

# A cache made from another clone: CMake refuses a build folder configured for another source
# folder, so start it afresh rather than fail.
if [ -f "$build/CMakeCache.txt" ] && ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$root" "$build/CMakeCache.txt"; then
    echo "ci/sanitizers.sh: $build was configured for another source folder; reconfiguring it" >&2
    rm -f "$build/CMakeCache.txt"
fi
# A Debug build (without NDEBUG and QT_NO_DEBUG), so that Q_ASSERT and Qt's own checks in its
# headers (QList::at out of range...) stop a test too; -O1 keeps the suite about as fast as the
# optimised build it replaces.
cmake -S "$root" -B "$build" -G Ninja -DCASEDESK_SANITIZE=ON -DCASEDESK_WERROR=ON \
    -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" >/dev/null
cmake --build "$build" -j "$(nproc)"
built=$(date +%s)

reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$build" && ctest --output-on-failure -j "$jobs" "$@") || status=$?

# A file with only LeakSanitizer's "Suppressions used" table (leaks it was told to ignore, as
# tests/models/evidence/lsan.supp's) is not a report; any error, runtime error or summary is.
found=0
for report in "$reports"/*; do
    [ -e "$report" ] || continue
    if grep -qE 'ERROR: |runtime error:|^SUMMARY: ' "$report"; then
        [ "$found" -eq 1 ] || echo "ci/sanitizers.sh: SANITIZER REPORTS:" >&2
        found=1
        echo "---- $report" >&2
        cat "$report" >&2
    fi
done
[ "$found" -eq 0 ] || [ "$status" -ne 0 ] || status=1
echo "ci/sanitizers.sh: build $((built - started)) s, tests $(($(date +%s) - built)) s, exit $status" >&2
exit "$status"

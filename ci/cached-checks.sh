#!/usr/bin/env bash
# CI's checks that need build folders of their own: the sanitizer pass (ci/sanitizers.sh: the
# whole suite under ASan + UBSan, warnings as errors) and the fuzz smoke run (fuzz/run.sh 20:
# every libFuzzer target 20 seconds). Both build everything again with other flags, about 25
# minutes on 2 cores from nothing, so their build folders are kept between CI runs, outside the
# clone, in $CASEDESK_CI_CACHE (default /var/tmp/casedesk-ci-cache).
#
#   ci/cached-checks.sh [sanitizers|fuzz|all]      default all
#
# CI runs on a new clone, whose files are all newer than any object of the cache: Ninja would
# rebuild everything. So the committed files are mirrored into $CASEDESK_CI_CACHE/src, and only
# a file whose content differs from the mirror's is written there (with a new time): Ninja then
# rebuilds what changed, and a file that changed back or came from another branch is rebuilt all
# the same, since it is compared by content, not by date. No ccache. One CI run at a time uses
# the cache (flock).
set -euo pipefail

clone="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${CASEDESK_CI_CACHE:-/var/tmp/casedesk-ci-cache}"
what="${1:-all}"
case "$what" in sanitizers | fuzz | all) ;; *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;; esac

mkdir -p "$cache/src"
exec 9>"$cache/lock"
flock 9

# The mirror: what the clone's HEAD holds, each file rewritten only when its bytes differ.
mirror_started=$(date +%s)
changed=0
listed="$cache/files.txt"
(cd "$clone" && git ls-files -z) >"$listed"
while IFS= read -r -d '' file; do
    if ! cmp -s "$clone/$file" "$cache/src/$file"; then
        mkdir -p "$(dirname "$cache/src/$file")"
        rm -f "$cache/src/$file"
        cp "$clone/$file" "$cache/src/$file" # a new time, and the clone's mode (scripts stay executable)
        changed=$((changed + 1))
    fi
done <"$listed"
# Files the clone no longer has go from the mirror too (CMake then forgets them).
(cd "$cache/src" && find . -type f -printf '%P\0') | while IFS= read -r -d '' file; do
    grep -qzxF -- "$file" "$listed" || rm -f "$cache/src/$file"
done
echo "ci/cached-checks.sh: $changed files changed in $cache/src ($(($(date +%s) - mirror_started)) s)" >&2

status=0
if [ "$what" != fuzz ]; then
    started=$(date +%s)
    SANITIZER_BUILD_DIR="$cache/build-asan" CTEST_JOBS=2 "$cache/src/ci/sanitizers.sh" || status=$?
    echo "CI: sanitizer pass exit $status after $(($(date +%s) - started)) s" >&2
fi
if [ "$what" != sanitizers ]; then
    started=$(date +%s)
    fuzz_status=0
    FUZZ_BUILD_DIR="$cache/build-fuzz" "$cache/src/fuzz/run.sh" 20 || fuzz_status=$?
    echo "CI: fuzz smoke run exit $fuzz_status after $(($(date +%s) - started)) s" >&2
    [ "$fuzz_status" -eq 0 ] || status=$fuzz_status
fi
exit "$status"

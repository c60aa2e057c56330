#!/usr/bin/env bash
# Fails when translations/casedesk_fr.ts misses a string of the sources (lupdate would add it)
# or still has an unfinished entry: the French UI must be complete.
set -euo pipefail
lupdate="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/translations/casedesk_fr.ts" "$work/casedesk_fr.ts"
(cd "$root" && "$lupdate" -silent -locations none -no-obsolete models ui app -ts "$work/casedesk_fr.ts") >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/casedesk_fr.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "casedesk_fr.ts: $unfinished strings are new or untranslated:" >&2
    grep -B3 'type="unfinished"' "$work/casedesk_fr.ts" | grep '<source>' | head -40 >&2
    echo "run: cmake --build build --target update_translations, then translate them" >&2
    exit 1
fi
echo "French translation complete"

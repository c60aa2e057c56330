#!/usr/bin/env bash
# No source file outside tests/ and translations/ grows past 600 lines (CONTRIBUTING.md): a file
# that long holds more than one responsibility, and the next feature makes it worse.
set -euo pipefail
root="$1"
limit=600
cd "$root"
# The files git tracks; outside a checkout (a source tarball), every file below the root but builds.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files() { git ls-files; }
else
    files() { find . -type f \( -name '*.cpp' -o -name '*.h' \) -not -path '*/build*' | sed 's|^\./||'; }
fi
long=$(files | grep -E '\.(cpp|h)$' | grep -vE '^(tests|translations|build[^/]*)/' \
       | while read -r file; do
             lines=$(wc -l < "$file")
             [ "$lines" -gt "$limit" ] && echo "$file: $lines lines"
         done || true)
if [ -n "$long" ]; then
    echo "source files over $limit lines (split a responsibility into its own class):" >&2
    echo "$long" >&2
    exit 1
fi
echo "every source file outside tests/ has at most $limit lines"

#!/usr/bin/env bash
# Fails when a C++ file of the project is not formatted with the project's .clang-format: every
# folder of the source tree (server/ and fuzz/ as well), but build folders (build*) and hidden ones.
set -euo pipefail
root="$1"
cd "$root"
bad=()
while IFS= read -r -d '' file; do
    clang-format --style=file --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(find . -mindepth 1 \( -name '.*' -o -name 'build*' \) -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0)
if [ ${#bad[@]} -gt 0 ]; then
    printf 'not clang-formatted (run clang-format -i):\n' >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "all C++ files formatted"

#!/usr/bin/env bash
# What ui/ may not hold (docs/architecture.md, CONTRIBUTING.md): SQL, and its own handling of the
# storage layer's exceptions. Pages report a DatabaseError through runOrReport (ui/common/Attempt),
# the one place that catches it.
set -euo pipefail
root="$1"
cd "$root"
status=0
sql=$(grep -rnE --include='*.cpp' --include='*.h' 'QSqlQuery|QSqlDatabase|"(SELECT|INSERT|UPDATE|DELETE) ' ui || true)
if [ -n "$sql" ]; then
    echo "SQL in ui/ (it belongs to a repository in models/):" >&2
    echo "$sql" >&2
    status=1
fi
catches=$(grep -rnE --include='*.cpp' --include='*.h' 'catch \(const (DatabaseError|StaleRecordError)' ui \
          | grep -v '^ui/common/Attempt.cpp:' || true)
if [ -n "$catches" ]; then
    echo "storage errors caught outside ui/common/Attempt.cpp (use runOrReport):" >&2
    echo "$catches" >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "ui/: no SQL, storage errors reported through runOrReport"
exit "$status"

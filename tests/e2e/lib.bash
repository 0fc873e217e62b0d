# Helpers for the end-to-end tests. Each test script is run by ctest as
#   bash tests/e2e/<name>.sh (this file is sourced by each) <path-to-kg> <repo-root>
# and exits 0 (pass), 77 (skipped) or anything else (fail).
set -euo pipefail
KG=$1
ROOT=$2
SHARED="$ROOT/../shared"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
need_shared() { [ -d "$SHARED/corpus/seeds" ] || skip "../shared is not beside this clone"; }

# expect_fail CODE PATTERN -- command...: the command must exit with CODE and print one stderr
# line matching PATTERN.
expect_fail() {
  local code=$1 pattern=$2; shift 3
  local rc=0
  "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
  [ "$rc" -eq "$code" ] || fail "expected exit $code, got $rc from: $* (stderr: $(cat "$WORK/err"))"
  grep -qE "$pattern" "$WORK/err" || fail "stderr of '$*' does not match '$pattern': $(cat "$WORK/err")"
}

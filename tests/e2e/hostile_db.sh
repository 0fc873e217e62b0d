# Hostile databases: a file that is not kg's, a newer schema, truncated and corrupted files,
# read-only files and folders, a full disk. Every command fails with one line naming the file
# (or reads what it can), never crashes, and a failed build leaves the previous graph loadable.
# docs/HARDENING.md lists the cases and what they found.
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"
SAMPLE="$ROOT/data/sample"

sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); r = c.execute(sys.argv[2]).fetchall(); c.commit(); print("\n".join("|".join(map(str, row)) for row in r))' "$@"; }
integrity() { sql "$1" "PRAGMA integrity_check"; }
# one_line_error CODE PATTERN -- command: exit CODE, exactly one stderr line, matching PATTERN.
one_line_error() {
  expect_fail "$@"
  [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "more than one line from '$*': $(cat "$WORK/err")"
}

"$KG" build -q --db "$WORK/good.db" "$SAMPLE" || fail "build of the sample failed"
"$KG" export --db "$WORK/good.db" -o "$WORK/good.jsonl"
[ "$(integrity "$WORK/good.db")" = ok ] || fail "a fresh build fails integrity_check"

# Every reading command and a build on DB: one line matching PATTERN, exit 1; the build leaves
# the file byte for byte as it was.
refused() {
  local name=$1 db=$2 pattern=$3
  cp "$db" "$WORK/before"
  one_line_error 1 "$pattern" -- "$KG" stats --db "$db"
  one_line_error 1 "$pattern" -- "$KG" query --db "$db" "MATCH (n) RETURN count(n)"
  one_line_error 1 "$pattern" -- "$KG" export --db "$db" -o "$WORK/out.jsonl"
  one_line_error 1 "$pattern" -- "$KG" build -q --db "$db" "$SAMPLE"
  cmp -s "$db" "$WORK/before" || fail "$name: a refused build changed the file"
  [ ! -e "$db-wal" ] || [ ! -s "$db-wal" ] || fail "$name: a refused build left a WAL behind"
  echo "ok: $name: $(cat "$WORK/err")"
}

# --- not kg's, not SQLite, newer schema ------------------------------------------------------------
sql "$WORK/other.db" "CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)" >/dev/null
sql "$WORK/other.db" "INSERT INTO invoices(amount) VALUES (12.5)" >/dev/null
refused "another program's SQLite database" "$WORK/other.db" "other.db: not a kg database"
[ "$(sql "$WORK/other.db" "SELECT amount FROM invoices")" = "12.5" ] || fail "the other database lost its row"

head -c 65536 /dev/urandom >"$WORK/noise.db"
refused "random bytes" "$WORK/noise.db" "noise.db: not a kg database"

cp "$WORK/good.db" "$WORK/future.db"
sql "$WORK/future.db" "UPDATE meta SET value = '999' WHERE key = 'schema_version'" >/dev/null
refused "a newer schema version" "$WORK/future.db" "future.db: schema version 999 is not supported"

# --- truncated and corrupted files -------------------------------------------------------------------
size=$(stat -c %s "$WORK/good.db")
pages=$((size / 4096))
head -c $((size / 2)) "$WORK/good.db" >"$WORK/half.db"
refused "a file cut in half" "$WORK/half.db" "half.db: .*corrupt"

# Each page in turn overwritten with noise, then with zeros: reading either works (the damage
# may sit in free space) or fails with one line; nothing crashes. A build never writes into a
# damaged file (quick_check first), so whatever is left of the old graph stays on disk.
crashes=0 refused_reads=0 refused_builds=0
for fill in urandom zero; do
  for page in $(seq 1 $((pages - 1))); do
    cp "$WORK/good.db" "$WORK/bad.db"
    head -c 4096 "/dev/$fill" | dd of="$WORK/bad.db" bs=4096 seek="$page" conv=notrunc status=none
    for cmd in stats export; do
      rc=0
      "$KG" "$cmd" --db "$WORK/bad.db" >/dev/null 2>"$WORK/err" || rc=$?
      [ "$rc" -lt 128 ] || { crashes=$((crashes + 1)); echo "page $page ($fill): kg $cmd died with signal $((rc - 128))" >&2; }
      if [ "$rc" -ne 0 ]; then
        [ "$rc" -eq 1 ] || fail "page $page ($fill): kg $cmd exited $rc: $(cat "$WORK/err")"
        [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "page $page ($fill): kg $cmd said: $(cat "$WORK/err")"
        refused_reads=$((refused_reads + 1))
      fi
    done
    cp "$WORK/bad.db" "$WORK/before"
    rc=0
    "$KG" build -q --db "$WORK/bad.db" "$SAMPLE" 2>"$WORK/err" || rc=$?
    [ "$rc" -lt 128 ] || fail "page $page ($fill): kg build died with signal $((rc - 128))"
    if [ "$rc" -ne 0 ]; then
      [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "page $page ($fill): kg build said: $(cat "$WORK/err")"
      cmp -s "$WORK/bad.db" "$WORK/before" || fail "page $page ($fill): a failed build changed the damaged file"
      refused_builds=$((refused_builds + 1))
      [ -n "${caught:-}" ] || caught="$page $fill"
    else
      # The damage was harmless to SQLite (free space, unused bytes): the build rewrote the graph.
      [ "$(integrity "$WORK/bad.db")" = ok ] || fail "page $page ($fill): a build left a damaged file"
      "$KG" export --db "$WORK/bad.db" -o "$WORK/out.jsonl"
      cmp -s "$WORK/out.jsonl" "$WORK/good.jsonl" || fail "page $page ($fill): the rebuilt graph differs"
    fi
  done
done
[ "$crashes" -eq 0 ] || fail "$crashes reads of damaged files crashed"
[ "$refused_builds" -gt 0 ] || fail "no damaged page was noticed by a build"
echo "ok: $((2 * (pages - 1))) damaged copies: $refused_reads reads and $refused_builds builds refused with one line, none crashed"

# The same damage in place, under the lock file of the build that wrote the database: a build
# with nothing to write skips the whole-file check only while the file is as that build left
# it, so this one checks, and refuses.
read -r page fill <<<"$caught"
"$KG" build -q --db "$WORK/inplace.db" "$SAMPLE" || fail "build of the sample failed"
"$KG" build --json --db "$WORK/inplace.db" "$SAMPLE" >"$WORK/again.json" || fail "a no-change build failed"
! grep -q unchanged_integrity_check "$WORK/again.json" || fail "a no-change build checked a file no one touched"
head -c 4096 "/dev/$fill" | dd of="$WORK/inplace.db" bs=4096 seek="$page" conv=notrunc status=none
cp "$WORK/inplace.db" "$WORK/before"
one_line_error 1 "inplace.db: .*corrupt" -- "$KG" build -q --db "$WORK/inplace.db" "$SAMPLE"
cmp -s "$WORK/inplace.db" "$WORK/before" || fail "a refused build changed the damaged file"
echo "ok: page $page ($fill) damaged in place: a build with nothing to write refused it: $(cat "$WORK/err")"

# --- read-only file and folder (as nobody when running as root: root writes anyway) --------------
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv >/dev/null && id nobody >/dev/null 2>&1 || skip_ro=1
  as_user=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
  # nobody must reach the binary (a checkout under /root is closed to it)
  [ -n "${skip_ro:-}" ] || "${as_user[@]}" "$KG" --help >/dev/null 2>&1 || skip_ro=1
fi
if [ -z "${skip_ro:-}" ]; then
  chmod 755 "$WORK"
  mkdir "$WORK/ro" "$WORK/rw"
  cp "$WORK/good.db" "$WORK/ro/kg.db" && chmod 755 "$WORK/ro" && chmod 644 "$WORK/ro/kg.db"
  cp "$WORK/good.db" "$WORK/rw/kg.db" && chmod 777 "$WORK/rw" && chmod 444 "$WORK/rw/kg.db"
  [ "$(id -u)" -eq 0 ] || chmod 555 "$WORK/ro"
  for where in ro rw; do
    db="$WORK/$where/kg.db"
    cp "$db" "$WORK/before"
    "${as_user[@]}" "$KG" export --db "$db" >"$WORK/out.jsonl" 2>"$WORK/err" ||
      fail "read-only $where: export failed: $(cat "$WORK/err")"
    cmp -s "$WORK/out.jsonl" "$WORK/good.jsonl" || fail "read-only $where: the export differs"
    one_line_error 1 "kg.db: " -- "${as_user[@]}" "$KG" build -q --db "$db" "$SAMPLE"
    cmp -s "$db" "$WORK/before" || fail "read-only $where: a refused build changed the file"
    echo "ok: read-only $([ $where = ro ] && echo folder || echo file): reads work, a build says: $(cat "$WORK/err")"
  done
  one_line_error 1 "new.db: " -- "${as_user[@]}" "$KG" build -q --db "$WORK/ro/new.db" "$SAMPLE"
  [ ! -e "$WORK/ro/new.db" ] || fail "a build in a read-only folder left a file"
else
  echo "note: root without setpriv, or nobody cannot run $KG: the read-only cases are not run"
fi

# --- a full disk -------------------------------------------------------------------------------------
# A bigger corpus, so that a rebuild writes more than the file size limit allows.
mkdir "$WORK/big"
for round in $(seq 1 30); do
  for f in "$SAMPLE"/*; do
    { cat "$f"; printf '\nDelegates from %d countries attended, officials said.\n' "$round"; } >"$WORK/big/r$round-$(basename "$f")"
  done
done
cp "$WORK/good.db" "$WORK/full.db"
limit_kb=$(( $(stat -c %s "$WORK/full.db") / 1024 + 32 ))
# SIGXFSZ ignored: writes past the limit fail with EFBIG, which SQLite reports like a full disk.
rc=0
( ulimit -f "$limit_kb"; trap '' XFSZ; exec "$KG" build -q --db "$WORK/full.db" "$WORK/big" ) 2>"$WORK/err" || rc=$?
[ "$rc" -eq 1 ] || fail "full disk: exit $rc: $(cat "$WORK/err")"
[ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "full disk: $(cat "$WORK/err")"
[ "$(integrity "$WORK/full.db")" = ok ] || fail "full disk: the database fails integrity_check"
"$KG" export --db "$WORK/full.db" -o "$WORK/out.jsonl" || fail "full disk: the old graph does not load"
cmp -s "$WORK/out.jsonl" "$WORK/good.jsonl" || fail "full disk: the old graph changed"
echo "ok: disk full (file size limit): $(cat "$WORK/err"); the old graph loads"
# SIGXFSZ at its default: the build dies mid-write, like a crash.
rc=0
( ulimit -f "$limit_kb"; exec "$KG" build -q --db "$WORK/full.db" "$WORK/big" ) 2>/dev/null || rc=$?
[ "$rc" -ne 0 ] || fail "full disk (signal): the build succeeded"
[ "$(integrity "$WORK/full.db")" = ok ] || fail "full disk (signal): the database fails integrity_check"
"$KG" export --db "$WORK/full.db" -o "$WORK/out.jsonl" || fail "full disk (signal): the old graph does not load"
cmp -s "$WORK/out.jsonl" "$WORK/good.jsonl" || fail "full disk (signal): the old graph changed"
"$KG" build -q --db "$WORK/full.db" "$WORK/big" || fail "full disk: the build after space came back failed"
echo "ok: killed by SIGXFSZ mid-write: the old graph loads, the next build works"
echo "hostile_db: ok"

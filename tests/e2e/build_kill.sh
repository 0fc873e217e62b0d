# Crash safety: `kg build` killed with SIGKILL at spread-out moments of a rebuild (scanning,
# extracting, resolving, committing) leaves the previous graph intact: the database passes
# PRAGMA integrity_check, the export equals the old graph or the new one (never a mix), and
# the next build completes normally and equals a build from scratch.
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"

# A generated corpus: the sample articles many times over, each copy a little different.
corpus="$WORK/corpus"
mkdir "$corpus"
n=0
for round in $(seq 1 24); do
  for f in "$ROOT"/data/sample/*.txt "$ROOT"/data/sample/*.md; do
    n=$((n + 1))
    name=$(basename "$f")
    { cat "$f"; printf '\nThe talks resumed on day %d of the month, officials said.\n' "$round"; } \
      >"$corpus/r${round}-${name}"
  done
done
touch -d '1 hour ago' "$corpus"/*

integrity() {
  python3 - "$1" <<'PY'
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])
PY
}

db="$WORK/kg.db"
"$KG" build -q --db "$db" "$corpus"
"$KG" export --db "$db" >"$WORK/old.jsonl"
cp "$db" "$WORK/base.db"  # the WAL was checkpointed and truncated at the end of the build
[ ! -s "$db-wal" ] || cp "$db-wal" "$WORK/base.db-wal"

# The new corpus: some files changed, some removed, some added.
for f in "$corpus"/r1[0-4]-*; do echo "Norway pledged a frigate to the force, its defence minister said." >>"$f"; done
rm "$corpus"/r2[0-3]-*
for f in "$ROOT"/data/sample/*.txt; do cp "$f" "$corpus/new-$(basename "$f")"; done
"$KG" build -q --db "$WORK/scratch.db" "$corpus"
"$KG" export --db "$WORK/scratch.db" >"$WORK/new.jsonl"
cmp -s "$WORK/old.jsonl" "$WORK/new.jsonl" && fail "the changes did not change the graph"

# How long an uninterrupted rebuild takes, to spread the kills over it.
reset_db() { rm -f "$db" "$db-wal" "$db-shm"; cp "$WORK/base.db" "$db"; [ ! -e "$WORK/base.db-wal" ] || cp "$WORK/base.db-wal" "$db-wal"; }
reset_db
t0=$(date +%s%N)
"$KG" build -q --db "$db" --jobs 1 "$corpus"
total_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "build_kill: an uninterrupted rebuild takes ${total_ms} ms" >&2

kills=10
old_seen=0 new_seen=0
for i in $(seq 1 "$kills"); do
  reset_db
  # Spread over the build, with jitter; the last ones land after its expected end.
  delay_ms=$(( total_ms * i / (kills - 2) + RANDOM % 40 ))
  "$KG" build -q --db "$db" --jobs 1 "$corpus" 2>/dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check=$(integrity "$db")
  [ "$check" = "ok" ] || fail "kill $i at ${delay_ms} ms: integrity_check says $check"
  "$KG" export --db "$db" >"$WORK/after.jsonl" || fail "kill $i at ${delay_ms} ms: export failed"
  if cmp -s "$WORK/after.jsonl" "$WORK/old.jsonl"; then
    old_seen=$((old_seen + 1))
  elif cmp -s "$WORK/after.jsonl" "$WORK/new.jsonl"; then
    new_seen=$((new_seen + 1))
  else
    fail "kill $i at ${delay_ms} ms: the export is neither the old graph nor the new one"
  fi
  "$KG" build -q --db "$db" "$corpus" || fail "kill $i: the next build failed"
  "$KG" export --db "$db" >"$WORK/after.jsonl"
  cmp -s "$WORK/after.jsonl" "$WORK/new.jsonl" || fail "kill $i: the build after the kill differs from a build from scratch"
done
echo "build_kill: $kills kills, old graph seen $old_seen times, new graph $new_seen times" >&2
[ "$old_seen" -gt 0 ] || fail "no kill landed before the commit"
echo "build_kill: ok"

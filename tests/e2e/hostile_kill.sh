# Hard stops: `kg build` killed with SIGKILL at random moments, over a first build (no database
# yet) and over a rebuild with changed files. After every kill the database (if any) passes
# PRAGMA integrity_check and holds the old graph or the new one, never a mix; the next build
# finishes and equals a build from scratch. Only the CLI is used, so the test holds whatever the
# store's internals. KG_KILLS sets the number of kills (default 20).
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"
kills=${KG_KILLS:-20}

integrity() {
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$1"
}
export_of() { "$KG" export --db "$1" --format jsonl -o "$2"; }

# Corpus A: the sample articles many times over, each copy a little different; corpus B: A with
# files changed, removed and added.
mkdir "$WORK/a"
for round in $(seq 1 30); do
  for f in "$ROOT"/data/sample/*; do
    { cat "$f"; printf '\nTalks resumed on day %d, a spokesperson for the ministry said.\n' "$round"; } \
      >"$WORK/a/d${round}-$(basename "$f")"
  done
done
cp -r "$WORK/a" "$WORK/b"
for f in "$WORK"/b/d1[0-9]-*; do echo "Poland pledged two brigades to the force, its defence minister said." >>"$f"; done
rm "$WORK"/b/d2[0-9]-*
for f in "$ROOT"/data/sample/*; do cp "$f" "$WORK/b/fresh-$(basename "$f")"; done

"$KG" build -q --db "$WORK/a.db" "$WORK/a" || fail "build of A failed"
export_of "$WORK/a.db" "$WORK/a.jsonl"
start=$(date +%s%N)
"$KG" build -q --db "$WORK/b.db" "$WORK/b" || fail "build of B failed"
build_ms=$(( ($(date +%s%N) - start) / 1000000 ))
export_of "$WORK/b.db" "$WORK/b.jsonl"
cmp -s "$WORK/a.jsonl" "$WORK/b.jsonl" && fail "A and B give the same graph"
: >"$WORK/empty.jsonl"
echo "hostile_kill: a build from scratch takes ${build_ms} ms" >&2

db="$WORK/kg.db"
seen_old=0 seen_new=0 seen_none=0
for i in $(seq 1 "$kills"); do
  rm -f "$db" "$db"-*
  if [ $((i % 2)) -eq 0 ]; then
    kind=rebuild
    cp "$WORK/a.db" "$db"
    old="$WORK/a.jsonl"
  else
    kind=first
    old="$WORK/empty.jsonl"
  fi
  # A random moment up to a little past the end of an uninterrupted build.
  delay_ms=$(( RANDOM % (build_ms * 11 / 10 + 1) ))
  "$KG" build -q --db "$db" "$WORK/b" 2>/dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  what="kill $i ($kind build, ${delay_ms} ms)"
  if [ ! -e "$db" ]; then
    [ "$kind" = first ] || fail "$what: the database is gone"
    seen_none=$((seen_none + 1))
  else
    check=$(integrity "$db")
    [ "$check" = ok ] || fail "$what: integrity_check says: $check"
    rc=0
    export_of "$db" "$WORK/after.jsonl" 2>"$WORK/err" || rc=$?
    if [ "$rc" -ne 0 ]; then
      # A first build killed before its first commit: an empty kg database or none at all.
      [ "$kind" = first ] || fail "$what: the old graph does not load: $(cat "$WORK/err")"
      [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "$what: $(cat "$WORK/err")"
      seen_none=$((seen_none + 1))
    elif cmp -s "$WORK/after.jsonl" "$old"; then
      seen_old=$((seen_old + 1))
    elif cmp -s "$WORK/after.jsonl" "$WORK/b.jsonl"; then
      seen_new=$((seen_new + 1))
    else
      fail "$what: the graph is neither the old one nor the new one"
    fi
  fi
  "$KG" build -q --db "$db" "$WORK/b" 2>"$WORK/err" || fail "$what: the next build failed: $(cat "$WORK/err")"
  export_of "$db" "$WORK/after.jsonl"
  cmp -s "$WORK/after.jsonl" "$WORK/b.jsonl" || fail "$what: the build after the kill differs from a build from scratch"
done
echo "hostile_kill: $kills kills: old graph $seen_old, new graph $seen_new, no graph yet $seen_none" >&2
[ $((seen_old + seen_none)) -gt 0 ] || fail "no kill landed before a commit"
echo "hostile_kill: ok"

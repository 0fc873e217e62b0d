# The stored model snapshot gives the answers the tables give: query, show, path, hood and
# export print the same bytes from a database whose snapshot is in place and from a copy whose
# snapshot is gone (read from the tables, with one warning line); after an incremental build
# and after an import, the snapshot is rewritten and answers like a database built from
# scratch. A snapshot damaged on disk is refused in one line, never misread.
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"
sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()' "$@"; }

corpus="$WORK/corpus"
mkdir "$corpus"
cp "$ROOT"/data/sample/*.txt "$ROOT"/data/sample/*.md "$corpus/"
held_back=$(ls "$corpus" | head -1)
mv "$corpus/$held_back" "$WORK/"

# answers DB OUT: every reading command's output, one after the other, into OUT; stderr into OUT.err.
answers() {
  local db=$1 out=$2
  : >"$out.err"
  {
    "$KG" query --db "$db" "MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS c ORDER BY kind"
    "$KG" query --db "$db" "MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name ORDER BY a.name, type(r), b.name"
    "$KG" query --db "$db" -f jsonl "MATCH (p:Person)-[:HOLDS_OFFICE]->(c) RETURN p.name, c.name, p.office ORDER BY p.name"
    "$KG" query --db "$db" "MATCH (n {name: 'Finland'})-[*1..3]-(m) RETURN count(DISTINCT m) AS reached"
    "$KG" show --db "$db" "Aino Virtanen"
    "$KG" show --db "$db" "Finland"
    "$KG" path --db "$db" "Aino Virtanen" "Kalle Sepp"
    "$KG" hood --db "$db" -d 2 "Finland"
    "$KG" export --db "$db" --format jsonl
  } >"$out" 2>>"$out.err"
}

# 1. A build, and a copy of it without its snapshot: the same answers.
"$KG" build -q --db "$WORK/kg.db" "$corpus"
answers "$WORK/kg.db" "$WORK/snap.txt"
[ -s "$WORK/snap.txt" ] || fail "no answers"
[ ! -s "$WORK/snap.txt.err" ] || fail "warnings from a fresh build: $(cat "$WORK/snap.txt.err")"
grep -q "Aino Virtanen" "$WORK/snap.txt" || fail "show printed nothing about Aino Virtanen"
cp "$WORK/kg.db" "$WORK/rows.db"
sql "$WORK/rows.db" "DELETE FROM snapshot"
answers "$WORK/rows.db" "$WORK/rows.txt"
cmp -s "$WORK/snap.txt" "$WORK/rows.txt" || fail "answers from the tables differ from those of the snapshot: $(diff "$WORK/snap.txt" "$WORK/rows.txt" | head)"
grep -q "snapshot is missing; reading the tables instead" "$WORK/rows.txt.err" || fail "no warning without a snapshot: $(cat "$WORK/rows.txt.err")"
[ "$(sort -u "$WORK/rows.txt.err" | wc -l)" -eq 1 ] || fail "more than one kind of warning: $(cat "$WORK/rows.txt.err")"

# 2. An incremental build adds the held-back file: the snapshot follows the graph.
mv "$WORK/$held_back" "$corpus/"
"$KG" build -q --db "$WORK/kg.db" "$corpus"
"$KG" build -q --db "$WORK/scratch.db" "$corpus"
answers "$WORK/kg.db" "$WORK/incremental.txt"
answers "$WORK/scratch.db" "$WORK/scratch.txt"
cmp -s "$WORK/incremental.txt" "$WORK/scratch.txt" || fail "after an incremental build the answers differ from a build from scratch"
cmp -s "$WORK/incremental.txt" "$WORK/snap.txt" && fail "the incremental build changed nothing the answers show"
[ ! -s "$WORK/incremental.txt.err" ] || fail "warnings after an incremental build: $(cat "$WORK/incremental.txt.err")"
# A build over the database without a snapshot writes one again.
"$KG" build -q --db "$WORK/rows.db" "$corpus"
answers "$WORK/rows.db" "$WORK/rebuilt.txt"
cmp -s "$WORK/rebuilt.txt" "$WORK/scratch.txt" || fail "a build over a database without a snapshot answers differently"
[ ! -s "$WORK/rebuilt.txt.err" ] || fail "the build did not write the snapshot again: $(cat "$WORK/rebuilt.txt.err")"

# 3. An import replaces the graph and its snapshot: the same answers as the tables give.
"$KG" export --db "$WORK/kg.db" --format csv -o "$WORK/csv"
"$KG" import -q --db "$WORK/imported.db" "$WORK/csv"
"$KG" query --db "$WORK/imported.db" "MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name ORDER BY a.name, type(r), b.name" >"$WORK/imp.txt"
"$KG" query --db "$WORK/kg.db" "MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name ORDER BY a.name, type(r), b.name" >"$WORK/orig.txt"
cmp -s "$WORK/imp.txt" "$WORK/orig.txt" || fail "the imported graph answers differently"
answers "$WORK/imported.db" "$WORK/imp_snap.txt"
cp "$WORK/imported.db" "$WORK/imported_rows.db"
sql "$WORK/imported_rows.db" "DELETE FROM snapshot"
answers "$WORK/imported_rows.db" "$WORK/imp_rows.txt"
cmp -s "$WORK/imp_snap.txt" "$WORK/imp_rows.txt" || fail "after an import the snapshot and the tables answer differently"

# 4. A damaged model chunk: one line naming the file, exit 1, for every reading command.
cp "$WORK/kg.db" "$WORK/bad.db"
sql "$WORK/bad.db" "UPDATE snapshot SET data = data || X'00' WHERE section = 'model' AND chunk = 2"
expect_fail 1 "bad.db: .*checksum mismatch.*kg build" -- "$KG" query --db "$WORK/bad.db" "MATCH (n) RETURN count(n)"
[ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "more than one line: $(cat "$WORK/err")"
[ ! -s "$WORK/out" ] || fail "a refused query printed an answer: $(cat "$WORK/out")"
expect_fail 1 "bad.db: .*checksum mismatch" -- "$KG" show --db "$WORK/bad.db" "Finland"
echo "ok: snapshot and tables agree; incremental build, import and damage handled"

# `kg build` on a changing folder: after adding, changing and removing files the export equals,
# byte for byte, that of a build from scratch; --json prints one summary line with the counts;
# the thread count does not matter; no progress bar when stderr is not a terminal.
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"

corpus="$WORK/corpus"
mkdir "$corpus"
cp "$ROOT"/data/sample/*.txt "$ROOT"/data/sample/*.md "$corpus/"
touch -d '1 hour ago' "$corpus"/*

# json FILE EXPR: evaluates a Python expression over the summary line in FILE (as `j`).
json() { python3 -c "import json,sys; j=json.loads(open(sys.argv[1]).read()); print($2)" "$1"; }
check() { [ "$(json "$WORK/summary.json" "$1")" = "$2" ] || fail "summary: $1 is $(json "$WORK/summary.json" "$1"), expected $2: $(cat "$WORK/summary.json")"; }
scratch() {
  rm -f "$WORK"/scratch.db*
  "$KG" build -q --db "$WORK/scratch.db" --jobs "${1:-2}" "$corpus"
  "$KG" export --db "$WORK/scratch.db" --format jsonl
}
same_as_scratch() {
  "$KG" export --db "$WORK/kg.db" --format jsonl >"$WORK/incremental.jsonl"
  scratch >"$WORK/scratch.jsonl"
  cmp -s "$WORK/incremental.jsonl" "$WORK/scratch.jsonl" || fail "$1: incremental export differs from a build from scratch"
}

"$KG" build --json --db "$WORK/kg.db" "$corpus" >"$WORK/summary.json" 2>"$WORK/err"
[ "$(wc -l <"$WORK/summary.json")" -eq 1 ] || fail "--json printed more than one line: $(cat "$WORK/summary.json")"
check 'j["ok"]' True
check 'j["exit"]' 0
check 'j["files"]["new"]' 4
check 'j["entities"]["added"] == j["entities"]["total"] > 0' True
check 'j["facts"]["added"] == j["facts"]["total"] > 0' True
check 'sorted(j)' "['articles', 'bytes_extracted', 'commit', 'database', 'entities', 'exit', 'facts', 'files', 'jobs', 'ok', 'phases', 'seconds', 'warnings']"
check 'j["commit"]["differential"]' False
check 'sorted(j["files"])' "['changed', 'extracted', 'failed', 'hashed', 'new', 'removed', 'unchanged']"
if grep -q $'\r' "$WORK/err"; then fail "a progress bar was drawn although stderr is not a terminal"; fi

"$KG" build --json --db "$WORK/kg.db" "$corpus" >"$WORK/summary.json" 2>/dev/null
check '(j["files"]["unchanged"], j["files"]["hashed"], j["files"]["extracted"])' "(4, 0, 0)"
check '(j["entities"]["added"], j["entities"]["removed"], j["facts"]["added"], j["facts"]["removed"])' "(0, 0, 0, 0)"

# Add a file.
cat >"$corpus/riga.txt" <<'ARTICLE'
Title: Latvia joins the cable patrol
Date: 2026-03-15

RIGA (AP) -- Latvia will contribute two minehunters to the joint maritime patrol force, Latvian Prime Minister Ilze Kalnina said on Sunday.

"Our navy is ready," Kalnina said.
ARTICLE
"$KG" build --json --db "$WORK/kg.db" "$corpus" >"$WORK/summary.json" 2>/dev/null
check '(j["files"]["new"], j["files"]["unchanged"], j["files"]["extracted"])' "(1, 4, 1)"
check 'j["entities"]["added"] > 0 and j["facts"]["added"] > 0' True
check 'j["commit"]["differential"]' True
check '0 < j["commit"]["nodes_written"] < j["entities"]["total"]' True
same_as_scratch "after adding a file"

# Change a file.
echo "Lithuania said it would send a frigate to the patrol force." >>"$corpus/wire-tallinn.txt"
"$KG" build --json --db "$WORK/kg.db" "$corpus" >"$WORK/summary.json" 2>/dev/null
check '(j["files"]["changed"], j["files"]["unchanged"], j["files"]["extracted"])' "(1, 4, 1)"
same_as_scratch "after changing a file"

# Remove a file.
rm "$corpus/helsinki-summit.md"
"$KG" build --json --db "$WORK/kg.db" "$corpus" >"$WORK/summary.json" 2>/dev/null
check '(j["files"]["removed"], j["files"]["unchanged"], j["files"]["extracted"])' "(1, 4, 0)"
check 'j["entities"]["removed"] > 0 and j["facts"]["removed"] > 0' True
same_as_scratch "after removing a file"

# The thread count does not change the graph.
for i in 1 2 3 4 5 6; do cp "$corpus/wire-tallinn.txt" "$corpus/copy-$i.txt"; done
scratch 1 >"$WORK/jobs1.jsonl"
scratch 4 >"$WORK/jobs4.jsonl"
cmp -s "$WORK/jobs1.jsonl" "$WORK/jobs4.jsonl" || fail "--jobs 1 and --jobs 4 exports differ"

# An unreadable file: exit 3, the summary says so, the graph is updated without it.
printf 'GIF89a\x00\x01\x02binary' >"$corpus/image.txt"
rc=0
"$KG" build --json --db "$WORK/kg.db" "$corpus" >"$WORK/summary.json" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 3 ] || fail "a build with an unreadable file exited $rc, not 3"
check '(j["ok"], j["exit"], j["files"]["failed"], j["files"]["new"])' "(True, 3, 1, 6)"
grep -q "image.txt.*skipped" "$WORK/err" || fail "no warning names image.txt: $(cat "$WORK/err")"

# A failed build still prints its one JSON line.
rc=0
"$KG" build --json --db "$WORK/kg.db" "$WORK/no/such/folder" >"$WORK/summary.json" 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "a build of a missing folder exited $rc, not 1"
check '(j["ok"], j["exit"])' "(False, 1)"
check '"no/such/folder" in j["error"]' True
echo "build_incremental: ok"

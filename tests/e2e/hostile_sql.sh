# SQL and query injection: article text, titles, outlets, file names and query arguments full of
# SQL and Cypher metacharacters are stored and returned verbatim, and the database stays whole.
# (Every SQL statement in graph/store.cpp is a constant with bound parameters; see HARDENING.md.)
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"

sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print("\n".join("|".join(map(str, r)) for r in c.execute(sys.argv[2])))' "$@"; }

mkdir "$WORK/c"
cp "$ROOT"/data/sample/* "$WORK/c/"
file="Robert'); DROP TABLE entities; --.txt"
title="Robert'); DROP TABLE entities; -- summit"
quote1="'); DROP TABLE entities; -- is not a password"
quote2="Robert'); DROP TABLE students;-- is my son's name, and 1' OR '1'='1 is not"
cat >"$WORK/c/$file" <<ARTICLE
Title: $title
Date: 2026-03-12
Source: Bobby Tables Daily"); DELETE FROM evidence; --

PARIS -- French President Emmanuel Macron hosted the talks on Tuesday.

"$quote1," Macron told reporters after the meeting.

"$quote2," British Prime Minister Keir Starmer said.
ARTICLE

"$KG" build -q --strict --db "$WORK/kg.db" "$WORK/c" || fail "build failed"
[ "$(sql "$WORK/kg.db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed"
tables=$(sql "$WORK/kg.db" "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name" | tr '\n' ' ')
for t in entities relationships evidence meta; do
  [[ " $tables " == *" $t "* ]] || fail "table $t is missing: $tables"
done

q() { "$KG" query --db "$WORK/kg.db" -f tsv --param "v=$2" "$1"; }
# Stored verbatim: the title, the file name, both quotations.
q 'MATCH (a:Article) WHERE a.file = $v RETURN a.name' "$file" | grep -qxF "$title" || fail "title or file name not verbatim"
q 'MATCH (q:Quote) WHERE q.text = $v RETURN count(q)' "$quote1" | grep -qx 1 || fail "quote 1 not verbatim: $(q 'MATCH (q:Quote) RETURN q.text' x)"
q 'MATCH (q:Quote) WHERE q.text = $v RETURN count(q)' "$quote2" | grep -qx 1 || fail "quote 2 not verbatim"
q 'MATCH (p:Person)-[:SAID]->(q:Quote) WHERE q.text = $v RETURN p.name' "$quote2" | grep -qx "Keir Starmer" ||
  fail "quote 2 lost its speaker"
# The same through a query literal (escaped quotes) instead of a parameter.
"$KG" query --db "$WORK/kg.db" -f tsv "MATCH (a:Article) WHERE a.name = 'Robert\\'); DROP TABLE entities; -- summit' RETURN count(a)" |
  grep -qx 1 || fail "escaped literal did not match the title"
# Names handed to kg path / hood / show become query literals: they must not break out.
for name in "x'}) RETURN 1 //" "Robert'); DROP TABLE entities; --" "\\' OR 1=1 //"; do
  for cmd in hood show; do
    rc=0
    "$KG" "$cmd" --db "$WORK/kg.db" "$name" >"$WORK/out" 2>"$WORK/err" || rc=$?
    [ "$rc" -le 2 ] || fail "kg $cmd '$name' exited $rc"
    ! grep -qi "expected\|syntax" "$WORK/err" || fail "kg $cmd '$name' produced a query syntax error: $(cat "$WORK/err")"
  done
  rc=0
  "$KG" path --db "$WORK/kg.db" "$name" "Emmanuel Macron" >"$WORK/out" 2>"$WORK/err" || rc=$?
  [ "$rc" -le 2 ] || fail "kg path '$name' exited $rc"
  ! grep -qi "expected\|syntax" "$WORK/err" || fail "kg path '$name' produced a query syntax error: $(cat "$WORK/err")"
done
# Still whole afterwards, and the export round-trips the strings.
[ "$(sql "$WORK/kg.db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after the queries"
"$KG" export --db "$WORK/kg.db" --format jsonl -o "$WORK/kg.jsonl"
python3 - "$WORK/kg.jsonl" "$title" "$quote1" "$quote2" "$file" <<'PY' || fail "the export does not hold the strings verbatim"
import json, sys
path, *wanted = sys.argv[1:]
text = [json.loads(line) for line in open(path, encoding="utf-8")]
blob = json.dumps(text, ensure_ascii=False)
missing = [w for w in wanted if json.dumps(w, ensure_ascii=False)[1:-1] not in blob]
sys.exit(1 if missing else 0)
PY
echo "hostile_sql: ok"

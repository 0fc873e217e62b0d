# `kg repl` reading a script from a pipe: statements (multi-line, several per line), dot-commands,
# .read, .output/.once, .dot, shortcuts, and stopping at the first error with the right exit code.
source "$(dirname "$0")/lib.bash"

DB="$WORK/kg.db"
"$KG" build -q --db "$DB" "$ROOT/data/sample" || fail "build of data/sample failed"
repl() { "$KG" repl --db "$DB" "$@"; }

# The graph's own numbers, asked through `kg query`, are what the shell must agree with.
PEOPLE=$("$KG" query --db "$DB" -f tsv "MATCH (p:Person) RETURN count(p) AS n" | tail -n 1)
[ "$PEOPLE" -gt 1 ] || fail "the sample graph has too few people ($PEOPLE)"
FIRST=$("$KG" query --db "$DB" -f tsv "MATCH (p:Person) RETURN p.name ORDER BY p.name LIMIT 1" | tail -n 1)

# Statements: several on one line, one over three lines, a ';' inside a string and a comment,
# and a last statement without ';' (run at the end of input). No prompts, no banner.
repl -f tsv >"$WORK/out" 2>"$WORK/err" <<EOF
RETURN 1 AS a; RETURN 'x;y' AS b;
MATCH (p:Person)   // people; all of them
  WHERE p.name <> 'nobody;'
  RETURN count(p) AS people;
/* a block comment; over
   two lines */ RETURN 2 AS c
EOF
[ ! -s "$WORK/err" ] || fail "clean script wrote to stderr: $(cat "$WORK/err")"
printf 'a\n1\nb\nx;y\npeople\n%s\nc\n2\n' "$PEOPLE" | diff - "$WORK/out" || fail "statements split wrongly (above: expected vs got)"
grep -q "kg>" "$WORK/out" && fail "prompt printed when reading a pipe"

# Piped output is a plain ASCII table by default, as `kg query` prints it.
echo "MATCH (p:Person) RETURN p.name ORDER BY p.name;" | repl >"$WORK/out"
"$KG" query --db "$DB" "MATCH (p:Person) RETURN p.name ORDER BY p.name" | diff - "$WORK/out" || fail "table differs from kg query"

# Dot-commands: .mode, .timer, .maxrows, .param/.params, .schema, .stats.
repl >"$WORK/out" 2>"$WORK/err" <<'EOF'
.mode csv
.timer on
RETURN 3 AS n;
.timer off
.maxrows 2
MATCH (p:Person) RETURN p.name;
.maxrows
.param who 'Aino Virtanen'
.param limit 1
.param half 0.5
.param nan nan
.param words several words here
.params
RETURN $who AS who, $limit + 1 AS two, $half * 4 AS f, $nan AS s;
.param words
.params
.mode
EOF
grep -qE '^Time: [0-9]+\.[0-9]{3} ms \(compiling\), [0-9]+\.[0-9]{3} ms \(executing\)$' "$WORK/out" \
  || fail ".timer on printed no time line: $(cat "$WORK/out")"
[ "$(grep -c '^Time:' "$WORK/out")" -eq 1 ] || fail ".timer off still prints times"
grep -q "result cut at 2 rows" "$WORK/err" || fail ".maxrows 2 did not cut the result: $(cat "$WORK/err")"
grep -qx '2' "$WORK/out" || fail ".maxrows did not print the limit"
grep -qx "\$who = 'Aino Virtanen'" "$WORK/out" || fail ".params does not list a quoted string"
grep -qx '\$limit = 1' "$WORK/out" || fail ".params does not list a number"
grep -qx "\$words = 'several words here'" "$WORK/out" || fail "several words are not one string parameter"
[ "$(grep -c '^\$words' "$WORK/out")" -eq 1 ] || fail ".param NAME did not unset the parameter"
grep -qx 'Aino Virtanen,2,2.0,nan' "$WORK/out" || fail "parameters not used in a query: $(cat "$WORK/out")"
grep -qx 'csv' "$WORK/out" || fail ".mode without argument does not print the mode"

echo ".schema" | repl >"$WORK/out"
grep -qE '^  :Person +[0-9]+  .*name' "$WORK/out" || fail ".schema lists no Person label: $(cat "$WORK/out")"
grep -qE '^  \(:Person\)-\[:SAID\]->\(:Quote\)  [0-9]+$' "$WORK/out" || fail ".schema lists no SAID pattern"
echo ".stats" | repl | diff - <("$KG" stats --db "$DB") || fail ".stats differs from kg stats"

# Shortcuts give what `kg path` / `kg hood` give.
echo ".hood '$FIRST' 2" | repl | diff - <("$KG" hood --db "$DB" -d 2 "$FIRST") || fail ".hood differs from kg hood"
printf '.path "%s" Finland 4\n' "$FIRST" | repl | diff - <("$KG" path --db "$DB" --max 4 "$FIRST" Finland) \
  || fail ".path differs from kg path"

# .read (nested, with its own dot-commands), .output, .once and .dot.
cat >"$WORK/inner.kgq" <<'EOF'
.mode tsv
RETURN 'inner' AS where;
EOF
cat >"$WORK/outer.kgq" <<EOF
RETURN 'outer' AS where;
.read $WORK/inner.kgq
EOF
repl >"$WORK/out" <<EOF
.read $WORK/outer.kgq
.output $WORK/saved.tsv
RETURN 'to file' AS where;
RETURN 'also to file' AS where;
.output
.once $WORK/once.tsv
RETURN 'once' AS where;
RETURN 'screen' AS where;
MATCH (p:Person)-[r:HOLDS_OFFICE]->(c) RETURN p, r, c;
.dot $WORK/result.dot
EOF
grep -q "outer" "$WORK/out" && grep -qx "inner" "$WORK/out" || fail ".read did not run both files: $(cat "$WORK/out")"
printf 'where\nto file\nwhere\nalso to file\n' | diff - "$WORK/saved.tsv" || fail ".output did not collect results"
printf 'where\nonce\n' | diff - "$WORK/once.tsv" || fail ".once did not write one result"
grep -qx "screen" "$WORK/out" || fail "output did not return to the screen after .once"
grep -q "to file\|once" "$WORK/out" && fail "redirected results also reached the screen"
head -n 1 "$WORK/result.dot" | grep -q "digraph" || fail ".dot did not write Graphviz: $(head -n 3 "$WORK/result.dot")"
grep -q "HOLDS_OFFICE" "$WORK/result.dot" || fail ".dot lost the relationships of the last result"

# Errors: the first one stops a script with exit 2 and names stdin:line:column; later
# statements do not run. --no-bail goes on but still exits 2.
expect_fail 2 '^kg: stdin:3:11: unknown variable .x.' -- repl <<'EOF'
RETURN 1 AS ok;

RETURN 1, x AS bad;
RETURN 'after' AS never;
EOF
grep -q "never\|after" "$WORK/out" && fail "statements after an error ran with bail on"
grep -q "ok" "$WORK/out" || fail "statements before an error did not run"
expect_fail 2 "stdin:2:12: unknown label :Nope" -- repl --no-bail <<'EOF'
RETURN 1 AS ok;
  MATCH (p:Nope) RETURN p;
RETURN 'after' AS still;
EOF
grep -q "still" "$WORK/out" || fail "--no-bail stopped at the error"
expect_fail 2 "stdin:1: unknown command '.mdoe' \(did you mean .mode\?\)" -- repl <<<'.mdoe csv'
expect_fail 2 "valid formats" -- repl <<<'.mode pdf'
expect_fail 2 "usage: .path A B \[MAX\]" -- repl <<<'.path onlyone'
expect_fail 2 "no result yet" -- repl <<<".dot $WORK/x.dot"
expect_fail 1 "cannot read .*missing.kgq" -- repl <<<".read $WORK/missing.kgq"
printf 'RETURN 1 AS fine;\nRETURN nope;\n' >"$WORK/bad.kgq"
expect_fail 2 "bad.kgq:2:8: unknown variable" -- repl <<<".read $WORK/bad.kgq"
expect_fail 2 "stdin:2: query timed out after 1 ms \(raise the limit with .timeout MS\)" -- repl <<'EOF'
.timeout 1
MATCH (a), (b), (c), (d), (e), (f) RETURN count(*);
EOF

# Ctrl-C (SIGINT) during a query of a script cancels it and stops the script with exit 130.
"$KG" repl --db "$DB" --timeout 20000 >"$WORK/out" 2>"$WORK/err" <<'EOF' &
RETURN 1 AS first;
MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*) AS forever;
RETURN 2 AS never;
EOF
pid=$!
for _ in $(seq 250); do grep -q "(1 row)" "$WORK/out" && break; sleep 0.02; done
sleep 0.2  # the long query is running now
kill -INT "$pid"
rc=0; wait "$pid" || rc=$?
[ "$rc" -eq 130 ] || fail "SIGINT during a script query exited with $rc (stderr: $(cat "$WORK/err"))"
grep -q "query cancelled" "$WORK/err" || fail "no cancel message: $(cat "$WORK/err")"
grep -q "never" "$WORK/out" && fail "the script went on after Ctrl-C"

# .quit stops reading; .exit CODE sets the exit code.
printf 'RETURN 1 AS before;\n.quit\nRETURN 2 AS after;\n' | repl >"$WORK/out" || fail ".quit made a failure"
grep -q "after" "$WORK/out" && fail "statements after .quit ran"
rc=0; printf '.exit 3\n' | repl || rc=$?
[ "$rc" -eq 3 ] || fail ".exit 3 exited with $rc"

# .open another database; a missing one is an error that keeps the current graph.
mkdir "$WORK/one"; cp "$ROOT/data/sample/wire-tallinn.txt" "$WORK/one/"
"$KG" build -q --db "$WORK/one.db" "$WORK/one"
printf '.open %s\n.stats\n' "$WORK/one.db" | repl | diff - <("$KG" stats --db "$WORK/one.db") || fail ".open did not switch graphs"
expect_fail 1 "run .kg build. first" -- repl --no-bail <<EOF
.open $WORK/none.db
.stats
EOF
grep -q "database $DB" "$WORK/out" || fail "a failed .open lost the current graph"

# Without a database the shell does not start.
expect_fail 1 "run .kg build. first" -- "$KG" repl --db "$WORK/none.db" <<<'RETURN 1;'

# Completion answers are the same in scripts (.complete) as on Tab.
printf '%s\n' '.complete MATCH (p:Pers' '.complete MATCH ()-[:HOLDS_' '.complete .mo' \
  '.complete MATCH (q:Quote) RETURN q.te' '.complete MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.ti' \
  ".complete MATCH (p {name:'${FIRST:0:3}" '.complete ret' | repl >"$WORK/out"
printf 'Person\nHOLDS_OFFICE\n.mode\ntext\ntitle\n' | diff - <(head -n 5 "$WORK/out") \
  || fail "completion of label, type, command or property key"
# Property keys follow the variable's label: people have no text (quotes do).
[ -z "$(echo '.complete MATCH (p:Person) RETURN p.te' | repl)" ] || fail "Quote keys offered for a Person"
grep -qxF "$FIRST" "$WORK/out" || fail "completion of a name in quotes did not offer $FIRST"
grep -qx "return" "$WORK/out" || fail "a lower-case keyword did not complete in lower case"
echo "repl_script: ok"

# The DOT that `kg export --format dot` and `kg query --format dot` write renders with GraphViz,
# also when names and quotes hold quotation marks, backslashes and non-ASCII letters.
source "$(dirname "$0")/lib.bash"
command -v dot >/dev/null || skip "graphviz (dot) is not installed"
mkdir "$WORK/corpus"
cp "$ROOT"/data/sample/*.txt "$WORK/corpus/"
cat >"$WORK/corpus/tricky.txt" <<'TEXT'
Rasa Petraitė warns of "back\slash" tactics

"We will not accept a \"grey zone\" \\ or any C:\path\to\trouble," Lithuanian President Rasa Petraitė said on Monday.
TEXT
"$KG" build -q --db "$WORK/kg.db" "$WORK/corpus"
"$KG" export --db "$WORK/kg.db" --format dot -o "$WORK/all.dot"
dot -Tsvg "$WORK/all.dot" -o "$WORK/all.svg" 2>"$WORK/dot.err" || fail "dot rejected the export: $(cat "$WORK/dot.err")"
[ ! -s "$WORK/dot.err" ] || fail "dot warned about the export: $(cat "$WORK/dot.err")"
grep -q "Petrait" "$WORK/all.svg" || fail "the rendered export lacks a node"
grep -q 'path' "$WORK/all.svg" || fail "the tricky quote is missing from the diagram"

"$KG" query --db "$WORK/kg.db" --format dot \
  "MATCH p = shortestPath((a {name:'Rasa Petraitė'})-[*..6]-(b {name:'Piotr Nowak'})) RETURN p" >"$WORK/path.dot"
dot -Tsvg "$WORK/path.dot" -o "$WORK/path.svg" 2>"$WORK/dot.err" || fail "dot rejected the query result: $(cat "$WORK/dot.err")"
grep -q "Nowak" "$WORK/path.svg" || fail "the path diagram lacks its end node"
echo "dot_render: ok"

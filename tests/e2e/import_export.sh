# `kg export --format csv` then `kg import` gives back the same graph (byte for byte in the
# JSON Lines export); `kg import` reads neo4j-admin files from elsewhere; GraphML is
# well-formed XML (and NetworkX reads it when installed).
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"

mkdir "$WORK/corpus"
cp "$ROOT"/data/sample/*.txt "$ROOT"/data/sample/*.md "$WORK/corpus/"
"$KG" build -q --db "$WORK/kg.db" "$WORK/corpus"
"$KG" export --db "$WORK/kg.db" >"$WORK/built.jsonl"

# CSV round trip, through a folder and through two named files.
"$KG" export --db "$WORK/kg.db" --format csv -o "$WORK/csv"
[ -s "$WORK/csv/nodes.csv" ] && [ -s "$WORK/csv/relationships.csv" ] || fail "csv export did not write both files"
head -1 "$WORK/csv/nodes.csv" | grep -q '^id:ID,:LABEL,name,aliases:string\[\]' || fail "nodes.csv header: $(head -1 "$WORK/csv/nodes.csv")"
head -1 "$WORK/csv/relationships.csv" | grep -q '^:START_ID,:END_ID,:TYPE' || fail "relationships.csv header"
"$KG" import -q --db "$WORK/imported.db" "$WORK/csv"
"$KG" export --db "$WORK/imported.db" >"$WORK/imported.jsonl"
cmp -s "$WORK/built.jsonl" "$WORK/imported.jsonl" || fail "export -> import -> export changed the graph"
"$KG" import --json --db "$WORK/imported2.db" "$WORK/csv/nodes.csv" "$WORK/csv/relationships.csv" >"$WORK/summary.json" 2>/dev/null
grep -q '"ok":true' "$WORK/summary.json" || fail "import --json: $(cat "$WORK/summary.json")"
"$KG" export --db "$WORK/imported2.db" | cmp -s - "$WORK/built.jsonl" || fail "import of two named files changed the graph"

# Export requires a folder for csv.
expect_fail 1 "name their folder with -o DIR" -- "$KG" export --db "$WORK/kg.db" --format csv

# A graph from elsewhere, queried after import.
cat >"$WORK/people.csv" <<'CSV'
personId:ID,name,:LABEL,born:int
p1,Ada Lovelace,Person,1815
p2,Charles Babbage,Person,1791
CSV
cat >"$WORK/knows.csv" <<'CSV'
:START_ID,:END_ID,:TYPE,since:int
p1,p2,KNOWS,1833
CSV
"$KG" import -q --db "$WORK/other.db" "$WORK/people.csv" "$WORK/knows.csv"
"$KG" query --db "$WORK/other.db" -f csv "MATCH (a:Person)-[k:KNOWS]->(b) RETURN a.name, k.since, b.born" >"$WORK/rows.csv"
grep -q "Ada Lovelace,1833,1791" "$WORK/rows.csv" || fail "query after import: $(cat "$WORK/rows.csv")"

# Import errors name the file and line, exit 1, and leave the database as it was.
printf 'personId:ID,name\np1,A\np1,B\n' >"$WORK/dup.csv"
expect_fail 1 "dup.csv:3: node id 'p1' appears twice" -- "$KG" import --db "$WORK/other.db" "$WORK/dup.csv" "$WORK/knows.csv"
"$KG" query --db "$WORK/other.db" -f csv "MATCH (p:Person) RETURN count(p) AS n" | grep -qx "2" || fail "a failed import changed the graph"
expect_fail 2 "NODES.csv RELATIONSHIPS.csv" -- "$KG" import --db "$WORK/other.db" a b c

# GraphML: well-formed XML with every node and edge; NetworkX reads it when installed.
"$KG" export --db "$WORK/kg.db" --format graphml -o "$WORK/kg.graphml"
python3 - "$WORK/kg.graphml" "$WORK/built.jsonl" <<'PY' || fail "GraphML check failed"
import json, sys
import xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
lines = [json.loads(l) for l in open(sys.argv[2])]
nodes = sum(1 for l in lines if l["type"] == "node")
edges = sum(1 for l in lines if l["type"] == "relationship")
assert len(root.findall(".//g:node", ns)) == nodes, "node count"
assert len(root.findall(".//g:edge", ns)) == edges, "edge count"
try:
    import networkx
except ImportError:
    sys.exit(0)
g = networkx.read_graphml(sys.argv[1])
assert g.number_of_nodes() == nodes and g.number_of_edges() == edges, "networkx counts"
PY
echo "import_export: ok"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "query/query.h"
#include "query_fixture.h"

using namespace kg::query;

namespace {

const kg::graph::GraphModel& g() { return kg::test::fixture(); }

std::string rendered(const Result& r, Format f, RenderOptions o = {}) {
  std::ostringstream out;
  render(out, g(), r, f, o);
  return out.str();
}

Result merz() {
  return execute(g(), "MATCH (p:Person {name: 'Merz'})-[r:HOLDS_OFFICE]->(c) "
                      "RETURN p.name AS name, r.title AS title, size(p.sources) AS n, null AS nothing");
}

bool have_dot() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

// Runs `dot -Tsvg` on `text`; returns the SVG, or "" when dot failed.
std::string dot_to_svg(const std::string& text) {
  auto dir = std::filesystem::temp_directory_path();
  auto in = dir / ("kg_dot_test_" + std::to_string(::getpid()) + ".dot");
  auto out = dir / ("kg_dot_test_" + std::to_string(::getpid()) + ".svg");
  std::ofstream(in) << text;
  int rc = std::system(("dot -Tsvg '" + in.string() + "' -o '" + out.string() + "' 2>/dev/null").c_str());
  std::stringstream svg;
  svg << std::ifstream(out).rdbuf();
  std::filesystem::remove(in);
  std::filesystem::remove(out);
  return rc == 0 ? svg.str() : "";
}

}  // namespace

TEST_CASE("format names") {
  CHECK(parse_format("table") == Format::Table);
  CHECK(parse_format("JSON") == Format::Json);
  CHECK(parse_format("jsonl") == Format::Jsonl);
  CHECK(parse_format("ndjson") == Format::Jsonl);
  CHECK(parse_format("csv") == Format::Csv);
  CHECK(parse_format("tsv") == Format::Tsv);
  CHECK(parse_format("md") == Format::Markdown);
  CHECK(parse_format("markdown") == Format::Markdown);
  CHECK(parse_format("dot") == Format::Dot);
  CHECK(format_name(Format::Markdown) == "markdown");
  try {
    parse_format("xml");
    FAIL("no error");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()) == "unknown format 'xml' (valid formats: table, json, jsonl, csv, tsv, markdown, dot)");
  }
}

TEST_CASE("table: ASCII when piped, box drawing for a terminal") {
  CHECK(rendered(merz(), Format::Table) ==
        "+----------------+------------+---+---------+\n"
        "| name           | title      | n | nothing |\n"
        "+----------------+------------+---+---------+\n"
        "| Friedrich Merz | Chancellor | 1 | null    |\n"
        "+----------------+------------+---+---------+\n"
        "(1 row)\n");
  RenderOptions box;
  box.box_drawing = true;
  CHECK(rendered(merz(), Format::Table, box) ==
        "┌────────────────┬────────────┬───┬─────────┐\n"
        "│ name           │ title      │ n │ nothing │\n"
        "├────────────────┼────────────┼───┼─────────┤\n"
        "│ Friedrich Merz │ Chancellor │ 1 │ null    │\n"
        "└────────────────┴────────────┴───┴─────────┘\n"
        "(1 row)\n");
  Result numbers = execute(g(), "UNWIND [5, 100, null] AS x RETURN x, 'é' AS s");
  CHECK(rendered(numbers, Format::Table) ==
        "+------+---+\n"
        "| x    | s |\n"
        "+------+---+\n"
        "|    5 | é |\n"
        "|  100 | é |\n"
        "| null | é |\n"
        "+------+---+\n"
        "(3 rows)\n");
  RenderOptions narrow;
  narrow.max_width = 12;
  narrow.footer = false;
  Result quote = execute(g(), "MATCH (q:Quote) WHERE q.text STARTS WITH 'We' RETURN q.text AS text");
  CHECK(rendered(quote, Format::Table, narrow) ==
        "+--------------+\n"
        "| text         |\n"
        "+--------------+\n"
        "| We can on... |\n"
        "+--------------+\n");
  Result path = execute(g(), "MATCH p = (a {name: 'Merz'})-[:ATTENDED]->(m) RETURN p, m.name AS m");
  CHECK(rendered(path, Format::Table, narrow) ==
        "+---------------------------------------------------------------------------+--------------+\n"
        "| p                                                                         | m            |\n"
        "+---------------------------------------------------------------------------+--------------+\n"
        "| (Friedrich Merz)-[:ATTENDED]->(Coalition of the Willing meeting in Paris) | Coalition... |\n"
        "+---------------------------------------------------------------------------+--------------+\n");
  Result none = execute(g(), "MATCH (p:Person {name: 'Nobody'}) RETURN p.name");
  CHECK(rendered(none, Format::Table) ==
        "+--------+\n"
        "| p.name |\n"
        "+--------+\n"
        "(0 rows)\n");
  Result many = execute(g(), "MATCH (n) RETURN id(n) AS id", QueryOptions{{}, std::chrono::seconds(5), nullptr, 2});
  CHECK(rendered(many, Format::Table).find("(2 rows; more were cut off by the row limit)") != std::string::npos);
}

TEST_CASE("json and jsonl") {
  CHECK(rendered(merz(), Format::Json) ==
        "[\n  {\"name\": \"Friedrich Merz\", \"title\": \"Chancellor\", \"n\": 1, \"nothing\": null}\n]\n");
  CHECK(rendered(merz(), Format::Jsonl) ==
        "{\"name\": \"Friedrich Merz\", \"title\": \"Chancellor\", \"n\": 1, \"nothing\": null}\n");
  Result none = execute(g(), "MATCH (p:Person {name: 'Nobody'}) RETURN p.name");
  CHECK(rendered(none, Format::Json) == "[]\n");
  CHECK(rendered(none, Format::Jsonl).empty());

  Result graph = execute(g(), "MATCH p = (a {name: 'Merz'})-[r:HOLDS_OFFICE]->(c) RETURN a, r, p");
  CHECK(rendered(graph, Format::Jsonl) ==
        "{\"a\": {\"id\": 3, \"labels\": [\"Person\"], \"name\": \"Friedrich Merz\"}, "
        "\"r\": {\"id\": 3, \"type\": \"HOLDS_OFFICE\", \"start\": 3, \"end\": 9, "
        "\"properties\": {\"sources\": [\"a.txt\"], \"title\": \"Chancellor\"}}, "
        "\"p\": {\"nodes\": [{\"id\": 3, \"labels\": [\"Person\"], \"name\": \"Friedrich Merz\"}, "
        "{\"id\": 9, \"labels\": [\"Country\"], \"name\": \"Germany\"}], "
        "\"relationships\": [{\"id\": 3, \"type\": \"HOLDS_OFFICE\", \"start\": 3, \"end\": 9, "
        "\"properties\": {\"sources\": [\"a.txt\"], \"title\": \"Chancellor\"}}]}}\n");
  Result quote = execute(g(), R"(MATCH (q:Quote) WHERE q.text STARTS WITH 'This' RETURN q, {k: [1.5, true]} AS m, 'a"\\\n' AS s)");
  CHECK(rendered(quote, Format::Jsonl) ==
        "{\"q\": {\"id\": 16, \"labels\": [\"Quote\"], \"name\": \"This only hardens our resolve\", "
        "\"text\": \"This only hardens our resolve\"}, \"m\": {\"k\": [1.5, true]}, \"s\": \"a\\\"\\\\\\n\"}\n");
}

TEST_CASE("csv and tsv") {
  CHECK(rendered(merz(), Format::Csv) == "name,title,n,nothing\nFriedrich Merz,Chancellor,1,\n");
  CHECK(rendered(merz(), Format::Tsv) == "name\ttitle\tn\tnothing\nFriedrich Merz\tChancellor\t1\t\n");
  Result tricky = execute(g(), "RETURN 'a, \"b\"' AS `x,y`, 'line\nbreak\ttab\\\\' AS t, [1, 'z'] AS l");
  CHECK(rendered(tricky, Format::Csv) == "\"x,y\",t,l\n\"a, \"\"b\"\"\",\"line\nbreak\ttab\\\",\"[1, \"\"z\"\"]\"\n");
  CHECK(rendered(tricky, Format::Tsv) == "x,y\tt\tl\na, \"b\"\tline\\nbreak\\ttab\\\\\t[1, \"z\"]\n");
  RenderOptions no_header;
  no_header.header = false;
  CHECK(rendered(merz(), Format::Csv, no_header) == "Friedrich Merz,Chancellor,1,\n");
  Result path = execute(g(), "MATCH p = (a {name: 'Merz'})-[:ATTENDED]->(m) RETURN p");
  CHECK(rendered(path, Format::Csv) ==
        "p\n(Friedrich Merz)-[:ATTENDED]->(Coalition of the Willing meeting in Paris)\n");
}

TEST_CASE("markdown") {
  CHECK(rendered(merz(), Format::Markdown) ==
        "| name | title | n | nothing |\n"
        "| --- | --- | ---: | --- |\n"
        "| Friedrich Merz | Chancellor | 1 | null |\n");
  Result pipe = execute(g(), "RETURN 'a|b' AS x, 'c\nd' AS y");
  CHECK(rendered(pipe, Format::Markdown) == "| x | y |\n| --- | --- |\n| a\\|b | c<br>d |\n");
}

TEST_CASE("dot of a result: the nodes and relationships it holds") {
  Result r = execute(g(), "MATCH p = (a {name: 'Merz'})-[:HOLDS_OFFICE]->(c) RETURN p");
  std::string dot = rendered(r, Format::Dot);
  CHECK(dot.rfind("digraph kg {\n", 0) == 0);
  CHECK(dot.find("\"n3\" [label=\"Friedrich Merz\", shape=ellipse") != std::string::npos);
  CHECK(dot.find("\"n9\" [label=\"Germany\", shape=box") != std::string::npos);
  CHECK(dot.find("\"n3\" -> \"n9\" [label=\"HOLDS_OFFICE\", penwidth=1") != std::string::npos);
  CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
  CHECK(dot.find("\"legend_Country\"") != std::string::npos);
  CHECK(dot.find("\"n11\"") == std::string::npos);  // not in the result
  // A relationship alone brings its two end nodes.
  Result rel = execute(g(), "MATCH (:Person {name: 'Starmer'})-[r:HOLDS_OFFICE]->() RETURN r");
  std::string d2 = rendered(rel, Format::Dot);
  CHECK(d2.find("\"n1\" [label=\"Keir Starmer\"") != std::string::npos);
  CHECK(d2.find("\"n1\" -> \"n6\" [label=\"HOLDS_OFFICE\", penwidth=2") != std::string::npos);
  if (have_dot()) CHECK(!dot_to_svg(dot).empty());
}

TEST_CASE("dot of a whole graph with names that break naive writers") {
  kg::graph::GraphData data;
  auto node = [&](std::string kind, std::string name) {
    kg::graph::Node n;
    n.kind = std::move(kind);
    n.name = std::move(name);
    data.nodes.push_back(std::move(n));
  };
  node("Person", "Say \"hi\"");
  node("Organization", "back\\slash\\");
  node("Quote", "line one\nline two\r\n\tand a tab");
  node("Place", "<b>not html</b> {braces} [brackets] ; -> --");
  node("Country", std::string("bad utf8 \xff\xfe end"));
  node("Alien", "Ünïcödé → ✓");
  auto edge = [&](kg::graph::NodeId s, kg::graph::NodeId t, std::string type, std::vector<std::string> files) {
    kg::graph::Edge e;
    e.source = s;
    e.target = t;
    e.type = std::move(type);
    for (auto& f : files) e.sources.push_back(kg::graph::Source{f});
    data.edges.push_back(std::move(e));
  };
  edge(0, 2, "SAID", {"a", "b", "c"});
  edge(1, 3, "HELD_IN", {"a"});
  edge(4, 5, "WEIRD \"TYPE\"", {});
  edge(5, 5, "SELF", {"a", "a"});
  kg::graph::GraphModel model(std::move(data));
  std::ostringstream out;
  write_graph_dot(out, model);
  const std::string dot = out.str();
  CHECK(dot.find("label=\"Say \\\"hi\\\"\"") != std::string::npos);
  CHECK(dot.find("label=\"back\\\\slash\\\\\"") != std::string::npos);
  CHECK(dot.find("line one\\nline two\\n and a tab") != std::string::npos);
  CHECK(dot.find("bad utf8 ?? end") != std::string::npos);
  CHECK(dot.find("label=\"WEIRD \\\"TYPE\\\"\"") != std::string::npos);
  CHECK(dot.find("penwidth=3") != std::string::npos);  // three source files
  CHECK(dot.find('\r') == std::string::npos);
  CHECK(dot.find('\t') == std::string::npos);
  if (!have_dot()) {
    MESSAGE("graphviz `dot` not found: rendering not checked");
    return;
  }
  std::string svg = dot_to_svg(dot);
  REQUIRE_FALSE(svg.empty());
  CHECK(svg.find("Say &quot;hi&quot;") != std::string::npos);
  CHECK(svg.find("back\\slash\\") != std::string::npos);
  CHECK(svg.find("&lt;b&gt;not html&lt;/b&gt;") != std::string::npos);
  CHECK(svg.find("Legend") != std::string::npos);

  std::ostringstream fixture_dot;
  write_graph_dot(fixture_dot, g());
  CHECK_FALSE(dot_to_svg(fixture_dot.str()).empty());
}

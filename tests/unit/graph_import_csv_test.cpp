// CSV import and export in neo4j-admin's conventions, and GraphML export: a graph exported
// and imported again is the same graph; headers, quoting, id groups and types are read as
// neo4j-admin reads them; bad files fail with the file and line.
#include <doctest/doctest.h>

#include <cmath>

#include "graph/export_csv.h"
#include "graph/export_graphml.h"
#include "graph/import_csv.h"
#include "graph/model.h"
#include "graph_builder_fixture.h"
#include "graph_fixture.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {

graph::GraphData tricky_graph() {
  graph::GraphData g = test::small_graph();
  graph::Node& n = g.nodes[1];
  n.name = "Côte d'Ivoire, \"the\" country\nwith a new line";
  n.aliases = {"Côte d'Ivoire", "Ivory Coast"};
  n.properties["population"] = int64_t{-29'000'000};
  n.properties["share"] = 0.1 + 0.2;
  n.properties["member"] = false;
  n.properties["empty"] = std::string();
  n.properties["padded"] = std::string("  spaces around  ");
  n.properties["tags"] = std::vector<std::string>{"west africa", "ecowas"};
  g.nodes[3].properties["authors"] = std::vector<std::string>{};  // an empty list stays a list
  g.edges[1].properties["weight"] = 2.5;
  return g;
}

graph::GraphData round_trip(const graph::GraphData& g, const fs::path& dir, const graph::CsvImportOptions& options = {}) {
  CHECK(graph::export_csv(dir, g, options).empty());
  return graph::import_csv({dir / "nodes.csv"}, {dir / "relationships.csv"}, options);
}

}  // namespace

TEST_CASE("export then import gives back the same graph") {
  test::TempDir dir("kg-csv");
  const graph::GraphData g = tricky_graph();
  SUBCASE("comma separated") {
    const graph::GraphData back = round_trip(g, dir.path);
    CHECK(test::export_jsonl(back) == test::export_jsonl(g));
    CHECK(std::get<double>(back.nodes[1].properties.at("share")) == 0.1 + 0.2);
    CHECK(std::get<std::string>(back.nodes[1].properties.at("empty")).empty());
    CHECK(std::get<std::vector<std::string>>(back.nodes[3].properties.at("authors")).empty());
    CHECK(back.edges[0].sources.size() == 2);  // sources come back as their distinct files
  }
  SUBCASE("tab separated, | between list items") {
    graph::CsvImportOptions tabs;
    tabs.delimiter = '\t';
    tabs.array_delimiter = '|';
    CHECK(test::export_jsonl(round_trip(g, dir.path, tabs)) == test::export_jsonl(g));
  }
  SUBCASE("the seeds graph through a database") {
    // The graph a build makes of the sample corpus, exported and imported.
    const fs::path corpus = dir.path / "corpus", db = dir.path / "kg.db", imported = dir.path / "imported.db";
    test::copy_sample(corpus);
    graph::build_graph(test::build_options(corpus, db));
    const graph::GraphData built = graph::Store(db, graph::Store::Mode::ReadOnly).load_graph();
    graph::Store(imported, graph::Store::Mode::ReadWrite).replace_graph(graph::GraphModel(round_trip(built, dir.path / "csv")));
    CHECK(test::export_db(imported) == test::export_db(db));
  }
}

TEST_CASE("neo4j-admin headers: id groups, labels, types, IGNORE, quoting, BOM and CRLF") {
  test::TempDir dir("kg-csv-neo");
  test::write_file(dir.path / "people.csv",
                   "\xEF\xBB\xBFpersonId:ID(Person),name,:LABEL,born:int,height:float,active:boolean,nick:string[],note:IGNORE\r\n"
                   "p1,Alice,Person;Author,1970,1.75,true,Al;Ally,x\r\n"
                   "p2,\"Bob \"\"the builder\"\"\nSmith\",Person,,,FALSE,\"\",y\r\n"
                   "\r\n");
  test::write_file(dir.path / "cities.csv", "id:ID(City),name,:LABEL\nc1,Paris,City\np1,Lyon,City\n");
  test::write_file(dir.path / "rels.csv",
                   ":START_ID(Person),:END_ID(City),:TYPE,since:long\np1,c1,LIVES_IN,2001\np2,p1,LIVES_IN,\n");
  const auto g = graph::import_csv({dir.path / "people.csv", dir.path / "cities.csv"}, {dir.path / "rels.csv"});
  REQUIRE(g.nodes.size() == 4);
  const graph::Node& alice = g.nodes[0];
  CHECK(alice.kind == "Person");
  CHECK(alice.name == "Alice");
  CHECK(std::get<std::vector<std::string>>(alice.properties.at("labels")) == std::vector<std::string>{"Person", "Author"});
  CHECK(std::get<std::string>(alice.properties.at("personId")) == "p1");  // a named id column is a property too
  CHECK(std::get<int64_t>(alice.properties.at("born")) == 1970);
  CHECK(std::get<double>(alice.properties.at("height")) == 1.75);
  CHECK(std::get<bool>(alice.properties.at("active")));
  CHECK(std::get<std::vector<std::string>>(alice.properties.at("nick")) == std::vector<std::string>{"Al", "Ally"});
  CHECK(alice.properties.count("note") == 0);
  const graph::Node& bob = g.nodes[1];
  CHECK(bob.name == "Bob \"the builder\"\nSmith");
  CHECK(bob.properties.count("born") == 0);  // empty unquoted: no value
  CHECK(!std::get<bool>(bob.properties.at("active")));
  CHECK(std::get<std::vector<std::string>>(bob.properties.at("nick")).empty());  // quoted empty: an empty list
  CHECK(g.nodes[3].name == "Lyon");  // id p1 again, but in the City group
  REQUIRE(g.edges.size() == 2);
  CHECK(g.edges[0].source == 0);
  CHECK(g.edges[0].target == 2);
  CHECK(std::get<int64_t>(g.edges[0].properties.at("since")) == 2001);
  CHECK(g.edges[1].target == 3);  // the City p1
  CHECK(g.edges[1].properties.empty());
}

TEST_CASE("a node without :LABEL or name gets kind Node and its id as name") {
  test::TempDir dir("kg-csv-min");
  test::write_file(dir.path / "n.csv", ":ID\n7\n8\n");
  test::write_file(dir.path / "r.csv", ":START_ID,:END_ID,:TYPE\n7,8,LINKS\n");
  const auto g = graph::import_csv({dir.path / "n.csv"}, {dir.path / "r.csv"});
  REQUIRE(g.nodes.size() == 2);
  CHECK(g.nodes[1].kind == "Node");
  CHECK(g.nodes[1].name == "8");
  CHECK(g.nodes[1].properties.empty());
  CHECK(g.edges.at(0).type == "LINKS");
}

TEST_CASE("bad files fail with the file and line") {
  test::TempDir dir("kg-csv-bad");
  const auto nodes = dir.path / "nodes.csv", rels = dir.path / "rels.csv";
  auto fails = [&](const std::string& node_text, const std::string& rel_text, const std::string& message) {
    test::write_file(nodes, node_text);
    test::write_file(rels, rel_text);
    CHECK_THROWS_WITH_AS(graph::import_csv({nodes}, {rels}), doctest::Contains(message.c_str()), graph::ImportError);
  };
  const std::string ok_nodes = "id:ID,name\n1,a\n2,b\n";
  const std::string ok_rels = ":START_ID,:END_ID,:TYPE\n1,2,R\n";
  fails("name\na\n", ok_rels, "nodes.csv:1: a node file needs an :ID column");
  fails("id:ID,name\n1,a\n1,b\n", ok_rels, "nodes.csv:3: node id '1' appears twice");
  fails(ok_nodes, ":START_ID,:END_ID,:TYPE\n1,2,R\n1,3,R\n", "rels.csv:3: relationship to unknown node id '3'");
  fails(ok_nodes, ":START_ID,:END_ID\n1,2\n", "rels.csv:1: a relationship file needs :START_ID, :END_ID and :TYPE");
  fails("id:ID,age:int\n1,12\n2,twelve\n", ok_rels, "nodes.csv:3: column 'age': 'twelve' is not an integer");
  fails("id:ID,ok:boolean\n1,yes\n", ok_rels, "nodes.csv:2: column 'ok': 'yes' is not true or false");
  fails("id:ID,name\n1,\"a\n\n2,b\n", ok_rels, "nodes.csv:2: a quoted field is not closed");
  fails("id:ID,name\n1,a,extra\n", ok_rels, "nodes.csv:2: 3 fields where the header has 2");
  fails("id:ID,name\n1,\"a\"x\n", ok_rels, "nodes.csv:2: text after the closing quote");
  fails("", ok_rels, "nodes.csv:1: empty file");
  fails("id:ID,:START_ID\n", ok_rels, "does not belong in a node file");
  // Multi-line fields keep counting lines: the error is on the record's own line.
  fails("id:ID,name\n1,\"two\nlines\"\n2,b\n2,c\n", ok_rels, "nodes.csv:5: node id '2' appears twice");

  test::write_file(nodes, "id:ID,name\n1,a\n1,b\n2,c\n");
  test::write_file(rels, ":START_ID,:END_ID,:TYPE\n1,2,R\n1,9,R\n");
  graph::CsvImportOptions lenient;
  lenient.skip_duplicate_nodes = true;
  lenient.skip_bad_relationships = true;
  graph::ImportReport report;
  const auto g = graph::import_csv({nodes}, {rels}, lenient, &report);
  CHECK(g.nodes.size() == 2);
  CHECK(g.nodes[0].name == "a");  // the first of a repeated id is kept
  CHECK(g.edges.size() == 1);
  CHECK(report.skipped_nodes == 1);
  CHECK(report.skipped_relationships == 1);
}

TEST_CASE("GraphML escapes text and declares a typed key per attribute") {
  graph::GraphData g = test::small_graph();
  g.nodes[0].name = "A <b> & \"c\" 'd'\x01 \xff end";
  g.nodes[0].properties["rank"] = int64_t{3};
  g.nodes[1].properties["rank"] = std::string("high");  // mixed types: a string key
  g.nodes[1].properties["weight"] = 0.5;
  std::ostringstream out;
  graph::write_graphml(out, g);
  const std::string xml = out.str();
  CHECK(xml.find("A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;\xEF\xBF\xBD \xEF\xBF\xBD end") != std::string::npos);
  CHECK(xml.find("attr.name=\"rank\" attr.type=\"string\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("<edge id=\"e1\" source=\"n0\" target=\"n2\">") != std::string::npos);
  // Lists are JSON arrays, their quotes escaped for XML.
  CHECK(xml.find("[\"Emmanuel Macron\",\"Macron\"]") == std::string::npos);
  CHECK(xml.find("[&quot;Emmanuel Macron&quot;,&quot;Macron&quot;]") != std::string::npos);
  CHECK(xml.find("[&quot;a.txt&quot;,&quot;b.txt&quot;]") != std::string::npos);  // HOLDS_OFFICE sources
  size_t nodes = 0;
  for (size_t at = xml.find("<node "); at != std::string::npos; at = xml.find("<node ", at + 1)) ++nodes;
  CHECK(nodes == 4);
}

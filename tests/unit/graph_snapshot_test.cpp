// The model snapshot: a model rebuilt from its stored parts behaves exactly like one built
// from its data; parts that do not fit are refused; any damaged chunk is caught by its
// checksum before it is decoded.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <thread>

#include "graph/algorithms.h"
#include "graph/model_parts.h"
#include "graph/snapshot.h"
#include "graph/stable_ids.h"
#include "graph/store.h"
#include "graph_builder_fixture.h"
#include "graph_fixture.h"

using namespace kg;

namespace {

// A graph with parallel edges, self loops, isolated nodes and aliases shared between nodes.
graph::GraphData sample() {
  graph::GraphData g = test::small_graph();
  g.nodes.push_back({"Person", "Macron", {"Macron", "E. Macron"}, {}, {}});
  g.nodes.push_back({"Country", "Lonely", {}, {}, {}});
  g.edges.push_back({"HOLDS_OFFICE", 0, 1, {}, {}});  // parallel to edge 0
  g.edges.push_back({"KNOWS", 4, 4, {}, {}});         // a self loop
  g.edges.push_back({"KNOWS", 4, 0, {}, {}});
  return g;
}

std::vector<graph::NodeId> ids(std::span<const graph::NodeId> s) { return {s.begin(), s.end()}; }

void same_model(const graph::GraphModel& a, const graph::GraphModel& b) {
  REQUIRE(a.node_count() == b.node_count());
  REQUIRE(a.edge_count() == b.edge_count());
  for (graph::NodeId v = 0; v < a.node_count(); ++v) {
    CAPTURE(v);
    CHECK(ids(a.out_adjacency(v).nodes) == ids(b.out_adjacency(v).nodes));
    CHECK(ids(a.out_adjacency(v).edges) == ids(b.out_adjacency(v).edges));
    CHECK(ids(a.in_adjacency(v).nodes) == ids(b.in_adjacency(v).nodes));
    CHECK(ids(a.in_adjacency(v).edges) == ids(b.in_adjacency(v).edges));
    CHECK(a.out_degree(v) == b.out_degree(v));
    CHECK(a.in_degree(v) == b.in_degree(v));
    CHECK(a.node_kind_code(v) == b.node_kind_code(v));
    CHECK(a.node_source_count(v) == b.node_source_count(v));
    CHECK(a.node_name(v) == b.node_name(v));
  }
  for (graph::EdgeId e = 0; e < a.edge_count(); ++e) {
    CHECK(a.edge_type_code(e) == b.edge_type_code(e));
    CHECK(a.edge_source(e) == b.edge_source(e));
    CHECK(a.edge_target(e) == b.edge_target(e));
  }
  for (const char* name : {"Macron", "macron", "E. Macron", "Paris", "France", "nobody"}) CHECK(a.find_by_name(name) == b.find_by_name(name));
  CHECK(a.kinds() == b.kinds());
  CHECK(a.relationship_types() == b.relationship_types());
  CHECK(a.node_property_keys() == b.node_property_keys());
  CHECK(a.edge_property_keys() == b.edge_property_keys());
  for (const auto& kind : a.kinds()) CHECK(ids(a.nodes_of_kind(kind)) == ids(b.nodes_of_kind(kind)));
  for (const auto& type : a.relationship_types()) {
    const auto x = a.edges_of_type(type), y = b.edges_of_type(type);
    CHECK(std::vector<graph::EdgeId>(x.begin(), x.end()) == std::vector<graph::EdgeId>(y.begin(), y.end()));
  }
  for (graph::NodeId v = 0; v < a.node_count(); ++v) {
    const auto hood_a = graph::neighbourhood(a, v, 3), hood_b = graph::neighbourhood(b, v, 3);
    REQUIRE(hood_a.size() == hood_b.size());
    for (size_t i = 0; i < hood_a.size(); ++i) CHECK(hood_a[i].node == hood_b[i].node);
  }
}

}  // namespace

TEST_CASE("a model rebuilt from its parts is the same model") {
  const graph::GraphModel built(sample());
  const graph::GraphModel rebuilt = graph::GraphModel::from_parts(sample(), built.parts());
  same_model(built, rebuilt);
  // Node 4 is named Macron, node 0 only has it as an alias: the exact name ranks first.
  CHECK(rebuilt.find_by_name("Macron") == std::vector<graph::NodeId>{4, 0});
  const graph::GraphModel empty = graph::GraphModel::from_parts({}, graph::GraphModel(graph::GraphData{}).parts());
  CHECK(empty.node_count() == 0);
}

TEST_CASE("a model snapshot round-trips through its chunks") {
  const graph::GraphModel built(sample());
  std::map<std::string, std::vector<std::string>> sections;
  for (auto& c : graph::encode_snapshot(built, 3)) sections[c.section].push_back(std::move(c.data));
  const graph::ChunkSource source = [&](const std::string& s) { return sections[s]; };
  const graph::GraphModel loaded = graph::decode_snapshot_model(source, 3);
  same_model(built, loaded);
  CHECK(test::export_jsonl(loaded.data()) == test::export_jsonl(built.data()));
  const graph::GraphModel rows = graph::decode_snapshot_model_rows(source, 3);  // format 2's way
  same_model(built, rows);
  CHECK(test::export_jsonl(rows.data()) == test::export_jsonl(built.data()));

  SUBCASE("any damaged byte of any chunk is caught by its checksum") {
    for (auto& [section, chunks] : sections) {
      for (size_t c = 0; c < chunks.size(); ++c) {
        for (size_t i = 0; i < chunks[c].size(); i += 1 + chunks[c].size() / 50) {
          auto damaged = sections;
          damaged[section][c][i] = static_cast<char>(damaged[section][c][i] ^ 0x10);
          CAPTURE(section);
          CAPTURE(i);
          const graph::ChunkSource bad = [&](const std::string& s) { return damaged[s]; };
          CHECK_THROWS_WITH_AS(graph::decode_snapshot_model(bad, 3), doctest::Contains("checksum mismatch"), graph::CodecError);
        }
      }
    }
  }
  SUBCASE("a missing model chunk") {
    sections["model"].pop_back();
    CHECK_THROWS_WITH_AS(graph::decode_snapshot_model(source, 3), doctest::Contains("model chunks"), graph::CodecError);
    CHECK_NOTHROW(graph::decode_snapshot(source, 3));  // the graph alone does not need them
  }
}

TEST_CASE("parts that do not fit the data are refused") {
  const graph::GraphModel built(sample());
  auto refused = [&](const std::function<void(graph::ModelParts&)>& damage, const char* message) {
    graph::ModelParts p = built.parts();
    damage(p);
    CHECK_THROWS_WITH_AS(graph::GraphModel::from_parts(sample(), std::move(p)), doctest::Contains(message), std::invalid_argument);
  };
  refused([](auto& p) { p.out_start.pop_back(); }, "out-edge row starts do not fit");
  refused([](auto& p) { std::swap(p.out_start[1], p.out_start[2]); p.out_start[2] = 0; }, "row starts decrease");
  refused([](auto& p) { p.in_start.back() += 1; }, "in-edge row starts do not fit");
  refused([](auto& p) { p.out_target[0] = 99; }, "leads to a missing node");
  refused([](auto& p) { p.in_source[1] = 99; }, "from a missing node");
  refused([](auto& p) { p.out_edge[0] = 99; }, "edge id is out of range");
  refused([](auto& p) { p.in_position.pop_back(); }, "one entry per edge");
  refused([](auto& p) { p.node_kind[0] = p.node_kind[1] == 0 ? 1 : 0; }, "node kind codes do not match");
  refused([](auto& p) { p.edge_type[0] = 60000; }, "edge type codes do not match");
  refused([](auto& p) { p.kinds = {"Zebra", "Aardvark"}; }, "not sorted");
  refused([](auto& p) { p.node_files.pop_back(); }, "per-item arrays");
  refused([](auto& p) { p.name_nodes[0] = 1000; }, "missing node");
  refused([](auto& p) { p.name_start.back() += 1; }, "name index does not fit");
  // In range and well-formed, but not these edges: two out-edges' targets swapped.
  refused(
      [](auto& p) {
        size_t j = 1;
        while (p.out_target[j] == p.out_target[0]) ++j;
        std::swap(p.out_target[0], p.out_target[j]);
      },
      "out-edges do not match");
  refused([](auto& p) { std::swap(p.in_edge[0], p.in_edge.back()); }, "in-edges do not match");
}

namespace {

using graph::Store;

std::vector<std::string> warnings_of(const std::filesystem::path& db, graph::GraphModel* model_out = nullptr) {
  std::vector<std::string> told;
  graph::GraphModel m = Store(db, Store::Mode::ReadOnly).load_model([&](const std::string& w) { told.push_back(w); });
  if (model_out) *model_out = std::move(m);
  return told;
}

}  // namespace

TEST_CASE("the model a database loads is the model of its tables, after every write") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  graph::GraphData other = test::small_graph();
  other.nodes.push_back({"Country", "Germany", {"Germany", "Berlin"}, {}, {}});
  other.edges.push_back({"KNOWS", 4, 1, {}, {}});
  for (const graph::GraphData& g : {sample(), other, graph::GraphData{}, sample()}) {
    Store(db, Store::Mode::ReadWrite).replace_graph(g);
    const Store store(db, Store::Mode::ReadOnly);
    const graph::GraphModel loaded = store.load_model();
    const graph::GraphModel from_rows(store.load_graph_from_tables());
    CHECK(loaded.node_count() == g.nodes.size());
    same_model(loaded, from_rows);
    same_model(loaded, graph::GraphModel(g));
    CHECK(test::export_jsonl(loaded.data()) == test::export_jsonl(g));
  }
}

TEST_CASE("a snapshot that cannot be used is read around or refused, never misread") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  Store(db, Store::Mode::ReadWrite).replace_graph(sample());
  const graph::GraphModel expected(sample());
  auto raw = [&](const std::string& sql) {
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
    d.exec(sql);
  };
  CHECK(warnings_of(db).empty());

  SUBCASE("a snapshot of another format: the tables, with a warning; identities from the tables") {
    // The header starts "KGSH" then the format version (one varint byte): make it format 1.
    raw("UPDATE snapshot SET data = X'4B475348' || X'01' || substr(data, 6) WHERE section = 'header'");
    graph::GraphModel loaded(graph::GraphData{});
    const auto told = warnings_of(db, &loaded);
    REQUIRE(told.size() == 1);
    CHECK(told[0].find("snapshot format 1 is not this kg's (" + std::to_string(graph::kSnapshotVersion) + ")") != std::string::npos);
    CHECK(told[0].find("kg.db") != std::string::npos);
    same_model(loaded, expected);
    std::vector<std::string> told_graph;
    const graph::GraphData g = Store(db, Store::Mode::ReadOnly).load_graph([&](const std::string& w) { told_graph.push_back(w); });
    CHECK(told_graph.size() == 1);
    CHECK(test::export_jsonl(g) == test::export_jsonl(sample()));
    // The next write puts a snapshot of this format back.
    Store(db, Store::Mode::ReadWrite).replace_graph(sample());
    CHECK(warnings_of(db).empty());
  }
  SUBCASE("a snapshot gone missing: the tables, with a warning") {
    raw("DELETE FROM snapshot");
    graph::GraphModel loaded(graph::GraphData{});
    const auto told = warnings_of(db, &loaded);
    REQUIRE(told.size() == 1);
    CHECK(told[0].find("snapshot is missing") != std::string::npos);
    same_model(loaded, expected);
  }
  SUBCASE("a damaged chunk: refused as corrupt, with the way out") {
    raw("UPDATE snapshot SET data = data || X'00' WHERE section = 'model' AND chunk = 1");  // one stray byte
    CHECK_THROWS_WITH_AS(warnings_of(db), doctest::Contains("checksum mismatch"), graph::StoreError);
    CHECK_THROWS_WITH_AS(warnings_of(db), doctest::Contains("run `kg build` again"), graph::StoreError);
  }
  SUBCASE("a snapshot of another graph generation: refused") {
    raw("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'graph_generation'");
    CHECK_THROWS_WITH_AS(warnings_of(db), doctest::Contains("does not match the graph's"), graph::StoreError);
  }
  SUBCASE("a model section swapped in from another graph: refused, though every checksum holds") {
    const auto db2 = dir.path / "other.db";
    graph::GraphData g = sample();
    std::swap(g.edges[0].target, g.edges[1].target);
    Store(db2, Store::Mode::ReadWrite).replace_graph(g);
    raw("ATTACH '" + db2.string() + "' AS o; UPDATE snapshot SET data = (SELECT data FROM o.snapshot s WHERE s.section = 'model' "
        "AND s.chunk = snapshot.chunk) WHERE section = 'model'");
    // The other database is generation 1 too, so only the model's own checks can tell.
    CHECK_THROWS_WITH_AS(warnings_of(db), doctest::Contains("do not match the graph's edges"), graph::StoreError);
  }
}

namespace {

bool same_sources(const std::vector<graph::Source>& a, const std::vector<graph::Source>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const graph::Source &x = a[i], &y = b[i];
    if (x.file != y.file || x.article != y.article || x.sentence != y.sentence || x.begin != y.begin || x.end != y.end ||
        x.text != y.text || x.rule != y.rule || x.confidence != y.confidence)
      return false;
  }
  return true;
}

bool same_node(const graph::Node& a, const graph::Node& b) {
  return a.kind == b.kind && a.name == b.name && a.aliases == b.aliases && a.properties == b.properties &&
         same_sources(a.sources, b.sources);
}

bool same_edge(const graph::Edge& a, const graph::Edge& b) {
  return a.type == b.type && a.source == b.source && a.target == b.target && a.properties == b.properties &&
         same_sources(a.sources, b.sources);
}

// Large enough for several chunks of nodes and of edges, with details on a few items only.
graph::GraphData chunked() {
  graph::GraphData g;
  const graph::NodeId n = 70000;
  for (graph::NodeId v = 0; v < n; ++v) {
    graph::Node node{v % 3 == 0 ? "Person" : "Country", "node " + std::to_string(v), {}, {}, {}};
    if (v % 5000 == 7) node.aliases = {"alias " + std::to_string(v), "node " + std::to_string(v)};
    if (v % 7000 == 3) node.properties["office"] = std::string("office ") + std::to_string(v);
    if (v % 9000 == 1) node.sources.push_back({"f" + std::to_string(v % 4) + ".txt", 0, 2, 10, 20, "a sentence", "rule", 0.5});
    g.nodes.push_back(std::move(node));
  }
  for (uint32_t e = 0; e < 300000; ++e) {
    graph::Edge edge{e % 2 ? "KNOWS" : "MET", (e * 7919u) % n, (e * 104729u + 13u) % n, {}, {}};
    if (e % 1000 == 5) edge.properties["detail"] = int64_t{e};
    if (e % 4000 == 9) edge.sources.push_back({"g.txt", 1, 3, 5, 9, "another sentence", "rule " + std::to_string(e % 3), 1.0});
    g.edges.push_back(std::move(edge));
  }
  return g;
}

}  // namespace

TEST_CASE("a model loaded as columns makes each node and edge on demand, once, alike from every thread") {
  const graph::GraphModel built(chunked());
  std::map<std::string, std::vector<std::string>> sections;
  for (auto& c : graph::encode_snapshot(built, 5)) sections[c.section].push_back(std::move(c.data));
  REQUIRE(sections["nodes"].size() >= 3);
  REQUIRE(sections["edges"].size() >= 3);
  const graph::ChunkSource source = [&](const std::string& s) { return sections[s]; };
  const graph::GraphModel loaded = graph::decode_snapshot_model(source, 5);
  same_model(built, loaded);
  CHECK(loaded.find_by_name("alias 5007") == std::vector<graph::NodeId>{5007});
  CHECK(loaded.find_by_name("node 69999") == std::vector<graph::NodeId>{69999});

  // Four threads ask for every edge of the graph and every node; each gets the same objects.
  std::vector<std::vector<const graph::Edge*>> edges(4, std::vector<const graph::Edge*>(loaded.edge_count()));
  std::vector<std::vector<const graph::Node*>> nodes(4, std::vector<const graph::Node*>(loaded.node_count()));
  std::vector<std::thread> pool;
  for (size_t t = 0; t < 4; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = 0; i < loaded.edge_count(); ++i) {
        const auto e = static_cast<graph::EdgeId>(t % 2 ? loaded.edge_count() - 1 - i : i);
        edges[t][e] = &loaded.edge(e);
      }
      for (size_t i = 0; i < loaded.node_count(); ++i) {
        const auto v = static_cast<graph::NodeId>(t % 2 ? i : loaded.node_count() - 1 - i);
        nodes[t][v] = &loaded.node(v);
      }
    });
  }
  for (auto& th : pool) th.join();
  for (size_t t = 1; t < 4; ++t) {
    CHECK(edges[t] == edges[0]);
    CHECK(nodes[t] == nodes[0]);
  }
  size_t with_details = 0;
  for (graph::EdgeId e = 0; e < loaded.edge_count(); ++e) {
    if (!same_edge(loaded.edge(e), built.edge(e))) FAIL_CHECK("edge " << e << " differs");
    with_details += loaded.edge(e).properties.empty() && loaded.edge(e).sources.empty() ? 0 : 1;
  }
  CHECK(with_details == 375);  // every 1000th from 5 (300) and every 4000th from 9 (75): never both
  for (graph::NodeId v = 0; v < loaded.node_count(); ++v) {
    if (!same_node(loaded.node(v), built.node(v))) FAIL_CHECK("node " << v << " differs");
  }
  CHECK(&loaded.edge(12345) == edges[0][12345]);  // asked again: the same object
  // The items with details, visited alike on both models.
  for (const graph::GraphModel* m : {&built, &loaded}) {
    std::vector<graph::NodeId> node_ids;
    std::vector<graph::EdgeId> edge_ids;
    m->for_each_node_with_details([&](graph::NodeId v, const graph::Node& n) {
      CHECK(&n == &m->node(v));
      node_ids.push_back(v);
    });
    m->for_each_edge_with_details([&](graph::EdgeId e, const graph::Edge&) { edge_ids.push_back(e); });
    CHECK(node_ids.size() == 32);  // aliases at 7 mod 5000 (14), office at 3 mod 7000 (10), sources at 1 mod 9000 (8)
    CHECK(edge_ids.size() == 375);
    CHECK(std::is_sorted(edge_ids.begin(), edge_ids.end()));
    CHECK(node_ids[0] == 1);
  }
  CHECK_THROWS_AS(loaded.edge(static_cast<graph::EdgeId>(loaded.edge_count())), std::out_of_range);
  CHECK_THROWS_AS(loaded.node(static_cast<graph::NodeId>(loaded.node_count())), std::out_of_range);
  // The whole graph, made once, equals the one built from.
  CHECK(test::export_jsonl(loaded.data()) == test::export_jsonl(built.data()));
  CHECK(&loaded.data() == &loaded.data());
}

TEST_CASE("a model loaded as columns answers queries on items not yet made") {
  const graph::GraphModel built(sample());
  std::map<std::string, std::vector<std::string>> sections;
  for (auto& c : graph::encode_snapshot(built, 2)) sections[c.section].push_back(std::move(c.data));
  const graph::GraphModel loaded = graph::decode_snapshot_model([&](const std::string& s) { return sections[s]; }, 2);
  // Ends, names and types come from the columns; then the objects, made on demand, agree.
  for (graph::EdgeId e = 0; e < loaded.edge_count(); ++e) {
    CHECK(loaded.edge_source(e) == built.edge(e).source);
    CHECK(loaded.edge_target(e) == built.edge(e).target);
    CHECK(loaded.relationship_type_name(loaded.edge_type_code(e)) == built.edge(e).type);
    CHECK(same_edge(loaded.edge(e), built.edge(e)));
  }
  for (graph::NodeId v = 0; v < loaded.node_count(); ++v) CHECK(same_node(loaded.node(v), built.node(v)));
}

TEST_CASE("a sentence cited by nodes and edges of several chunks is stored once, in the source texts") {
  graph::GraphData g;
  const std::string sentence = "Leaders of France and Germany met in Brussels on Tuesday.";
  graph::Source s;
  s.file = "a.txt";
  s.text = sentence;
  s.rule = "meeting:met-in";
  // 40k nodes: two node chunks, each citing the sentence, and an edge citing it too.
  for (int i = 0; i < 40000; ++i) g.nodes.push_back({"Country", "C" + std::to_string(i), {}, {}, {}});
  g.nodes[0].sources = {s};
  g.nodes[39999].sources = {s, s};
  s.text = "Another sentence.";
  g.nodes[5].sources = {s};
  g.edges.push_back({"MET_WITH", 0, 39999, {}, {s}});
  s.text = sentence;
  g.edges[0].sources.push_back(s);
  const graph::GraphModel built(g);
  std::map<std::string, std::vector<std::string>> sections;
  for (auto& c : graph::encode_snapshot(built, 7)) sections[c.section].push_back(std::move(c.data));
  REQUIRE(sections["nodes"].size() == 2);
    auto count = [&](const std::string& section) {
    size_t n = 0;
    for (const auto& chunk : sections[section]) {
      for (size_t at = chunk.find(sentence); at != std::string::npos; at = chunk.find(sentence, at + 1)) ++n;
    }
    return n;
  };
  CHECK(count("nodes") == 0);
  CHECK(count("edges") == 0);
  CHECK(count(graph::kSourcesSection) == 0);
  CHECK(count(graph::kTextsSection) == 1);
  const graph::ChunkSource source = [&](const std::string& section) { return sections[section]; };
  const graph::GraphModel loaded = graph::decode_snapshot_model(source, 7);
  CHECK(loaded.node(39999).sources.size() == 2);
  CHECK(loaded.node(39999).sources[1].text == sentence);
  CHECK(loaded.edge(0).sources[0].text == "Another sentence.");
  CHECK(test::export_jsonl(loaded.data()) == test::export_jsonl(g));
  CHECK(test::export_jsonl(graph::decode_snapshot(source, 7)) == test::export_jsonl(g));
  SUBCASE("source texts gone missing are refused, not misread") {
    sections.erase(graph::kTextsSection);
    CHECK_THROWS_AS(graph::decode_snapshot(source, 7), graph::CodecError);
    CHECK_THROWS_AS(graph::decode_snapshot_model(source, 7).node(0), graph::CodecError);
  }
}

namespace {

// A graph of `docs` documents, each a node citing its own sentence and the shared country
// citing every document's (the way a popular node cites most articles).
graph::GraphData cited_graph(int docs, const std::string& edited) {
  graph::GraphData g;
  g.nodes.push_back({"Country", "Norland", {}, {}, {}});
  for (int d = 0; d < docs; ++d) {
    graph::Source s;
    s.file = "doc" + std::to_string(d) + ".txt";
    s.sentence = d;
    s.text = "Norland signed accord number " + std::to_string(d) + (d == 3 ? edited : "") + ".";
    s.rule = "relation:signed";
    g.nodes.push_back({"Document", "doc" + std::to_string(d), {}, {}, {s}});
    g.nodes[0].sources.push_back(s);
    g.edges.push_back({"MENTIONS", static_cast<graph::NodeId>(d + 1), 0, {}, {s}});
  }
  return g;
}

using Sections = std::map<std::string, std::map<uint32_t, std::string>>;

// Stores a write as the store does: the columns replace every stored chunk but the bulk's.
void store_write(Sections& stored, const graph::SnapshotWrite& w) {
  for (auto it = stored.begin(); it != stored.end();) {
    if (it->first != graph::kSourcesSection && it->first != graph::kTextsSection) it = stored.erase(it);
    else ++it;
  }
  for (const auto& [section, bucket] : w.erased) stored[section].erase(bucket);
  for (const auto& c : w.chunks) stored[c.section][c.chunk] = c.data;
}

// The ids and keys of graph `g` built over `stored_keys` (the last stored build's keys), and the
// snapshot keys viewing them (spans: the BuildKeys must outlive them).
struct BuildKeys {
  graph::IdAssignment ids;
  graph::GraphKeys keys;
  graph::SnapshotKeys snapshot() const {
    graph::SnapshotKeys sk;
    sk.nodes = keys.nodes.content;
    sk.edges = keys.edges.content;
    sk.node_id = ids.node_id;
    sk.edge_id = ids.edge_id;
    return sk;
  }
};
BuildKeys build_keys(const graph::GraphData& g, const graph::GraphKeys& stored_keys) {
  BuildKeys k{graph::assign_ids(g, stored_keys), {}};
  k.keys = graph::keys_of(g, k.ids).keys;
  return k;
}

// Reads a bucket of `stored` as the store would (empty when absent).
graph::BucketReader bucket_reader(Sections& stored) {
  return [&stored](const std::string& section, uint32_t bucket) {
    const auto it = stored[section].find(bucket);
    return it == stored[section].end() ? std::string() : it->second;
  };
}

}  // namespace

TEST_CASE("the bulk written in part is the bulk written whole, and only changed items' buckets are written") {
  graph::GraphKeys stored_keys;
  Sections stored;
  // Builds: 40 documents; one sentence edited; a document removed; back to the first graph.
  for (const auto& g : {cited_graph(40, ""), cited_graph(40, " in full"), cited_graph(39, " in full"), cited_graph(40, "")}) {
    const bool first = stored.empty();
    const graph::GraphModel model(g);
    const BuildKeys built = build_keys(g, stored_keys);
    graph::SnapshotKeys sk = built.snapshot();
    const graph::SnapshotWrite whole = graph::encode_snapshot(model, 1, sk, {});
    sk.nodes_before = stored_keys.nodes.content;
    sk.edges_before = stored_keys.edges.content;
    const graph::BucketReader read = bucket_reader(stored);
    const graph::SnapshotWrite part = graph::encode_snapshot(model, 1, sk, read);
    store_write(stored, part);
    Sections expected;
    store_write(expected, whole);
    CHECK(stored == expected);  // the same buckets, byte for byte: every count as a whole write makes it
    size_t bulk_written = 0;
    for (const auto& c : part.chunks) bulk_written += c.section == graph::kSourcesSection || c.section == graph::kTextsSection;
    if (!first) CHECK(bulk_written < 16);  // of ~120 buckets: the changed items and texts only
    const graph::ChunkSource source = [&](const std::string& section) {
      std::vector<std::string> out;
      for (const auto& [k, data] : stored[section]) out.push_back(data);
      return out;
    };
    CHECK(test::export_jsonl(graph::decode_snapshot(source, 1)) == test::export_jsonl(g));
    CHECK(test::export_jsonl(graph::decode_snapshot_model(source, 1).data()) == test::export_jsonl(g));
    stored_keys = built.keys;
  }
}

TEST_CASE("a bulk whose stored counts do not add up is refused, for the store to write it whole") {
  Sections stored;
  graph::GraphKeys stored_keys;
  for (const auto& g : {cited_graph(5, ""), cited_graph(5, " in full")}) {
    const graph::GraphModel model(g);
    const BuildKeys built = build_keys(g, stored_keys);
    graph::SnapshotKeys sk = built.snapshot();
    if (stored.empty()) {
      store_write(stored, graph::encode_snapshot(model, 1, sk, {}));
      stored.erase(graph::kTextsSection);  // the texts the stored items cite are gone
      stored_keys = built.keys;
      continue;
    }
    sk.nodes_before = stored_keys.nodes.content;
    sk.edges_before = stored_keys.edges.content;
    const graph::BucketReader read = bucket_reader(stored);
    CHECK_THROWS_WITH_AS(graph::encode_snapshot(model, 1, sk, read), doctest::Contains("which is not stored"), graph::CodecError);
  }
}

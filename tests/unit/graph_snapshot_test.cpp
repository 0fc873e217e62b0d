// The model snapshot: a model rebuilt from its stored parts behaves exactly like one built
// from its data; parts that do not fit are refused; any damaged chunk is caught by its
// checksum before it is decoded.
#include <doctest/doctest.h>

#include <map>

#include "graph/algorithms.h"
#include "graph/model_parts.h"
#include "graph/snapshot.h"
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
  for (graph::EdgeId e = 0; e < a.edge_count(); ++e) CHECK(a.edge_type_code(e) == b.edge_type_code(e));
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
  const auto hood_a = graph::neighbourhood(a, 4, 3), hood_b = graph::neighbourhood(b, 4, 3);
  REQUIRE(hood_a.size() == hood_b.size());
  for (size_t i = 0; i < hood_a.size(); ++i) CHECK(hood_a[i].node == hood_b[i].node);
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

  SUBCASE("any damaged byte of any chunk is caught by its checksum") {
    for (auto& [section, chunks] : sections) {
      for (size_t c = 0; c < chunks.size(); ++c) {
        for (size_t i = 0; i < chunks[c].size(); i += 1 + chunks[c].size() / 50) {
          auto damaged = sections;
          damaged[section][c][i] = static_cast<char>(damaged[section][c][i] ^ 0x10);
          CAPTURE(section);
          CAPTURE(i);
          const graph::ChunkSource bad = [&](const std::string& s) { return damaged[s]; };
          // The identity is read by build summaries, not by loading the model.
          if (section == "identity")
            CHECK_THROWS_WITH_AS(graph::decode_identity(bad), doctest::Contains("checksum mismatch"), graph::CodecError);
          else
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
}

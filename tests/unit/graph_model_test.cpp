#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include "graph/model.h"

using namespace kg::graph;

namespace {

Node make_node(std::string kind, std::string name, std::vector<std::string> aliases, std::vector<std::string> files) {
  Node n;
  n.kind = std::move(kind);
  n.name = std::move(name);
  n.aliases = std::move(aliases);
  for (auto& f : files) n.sources.push_back(Source{f, 0, 0, 0, 0, "", "", 1.0});
  return n;
}

Edge make_edge(std::string type, NodeId s, NodeId t) {
  Edge e;
  e.type = std::move(type);
  e.source = s;
  e.target = t;
  return e;
}

GraphData sample() {
  GraphData g;
  g.nodes.push_back(make_node("Person", "Volodymyr Zelenskyy", {"Zelensky", "Zelenskyy"}, {"a.txt", "b.txt"}));  // 0
  g.nodes.push_back(make_node("Country", "Ukraine", {"Kyiv"}, {"a.txt"}));                                        // 1
  g.nodes.push_back(make_node("Country", "France", {"Paris"}, {"a.txt"}));                                        // 2
  g.nodes.push_back(make_node("Place", "Paris", {}, {"a.txt", "b.txt", "c.txt"}));                                // 3
  g.nodes.push_back(make_node("Meeting", "Paris summit", {"meeting in Paris"}, {"a.txt", "a.txt"}));               // 4
  g.nodes[3].properties["population"] = int64_t{2100000};
  g.edges.push_back(make_edge("HOLDS_OFFICE", 0, 1));  // 0
  g.edges.push_back(make_edge("ATTENDED", 0, 4));      // 1
  g.edges.push_back(make_edge("HELD_IN", 4, 3));       // 2
  g.edges.push_back(make_edge("ATTENDED", 2, 4));      // 3
  g.edges[0].properties["title"] = std::string("President");
  return g;
}

}  // namespace

TEST_CASE("GraphModel counts, adjacency and degrees") {
  GraphModel m(sample());
  CHECK(m.node_count() == 5);
  CHECK(m.edge_count() == 4);
  CHECK(m.node(3).name == "Paris");
  CHECK(m.node_name(3) == "Paris");
  CHECK(m.node_name(0) == "Volodymyr Zelenskyy");
  CHECK(m.node_name(4) == "Paris summit");
  CHECK(m.edge(2).type == "HELD_IN");
  CHECK(m.out_degree(0) == 2);
  CHECK(m.in_degree(0) == 0);
  CHECK(m.in_degree(4) == 2);
  CHECK(m.out_degree(4) == 1);

  std::vector<Adjacent> adj;
  m.neighbours(4, Direction::Both, adj);
  REQUIRE(adj.size() == 3);
  CHECK(adj[0].node == 3);
  CHECK(adj[0].edge == 2);
  CHECK(adj[0].outgoing);
  std::vector<std::pair<NodeId, EdgeId>> in;
  for (size_t i = 1; i < adj.size(); ++i) {
    CHECK_FALSE(adj[i].outgoing);
    in.emplace_back(adj[i].node, adj[i].edge);
  }
  std::sort(in.begin(), in.end());
  CHECK(in == std::vector<std::pair<NodeId, EdgeId>>{{0, 1}, {2, 3}});

  adj.clear();
  m.neighbours(0, Direction::In, adj);
  CHECK(adj.empty());
  m.neighbours(0, Direction::Out, adj);
  CHECK(adj.size() == 2);

  AdjacencySpan out = m.out_adjacency(0);
  REQUIRE(out.size() == 2);
  for (size_t i = 0; i < out.size(); ++i) {
    CHECK(m.edge(out.edges[i]).source == 0);
    CHECK(m.edge(out.edges[i]).target == out.nodes[i]);
  }
  AdjacencySpan back = m.in_adjacency(3);
  REQUIRE(back.size() == 1);
  CHECK(back.nodes[0] == 4);
  CHECK(back.edges[0] == 2);
}

TEST_CASE("find_by_name goes through name keys of names and aliases") {
  GraphModel m(sample());
  CHECK(m.find_by_name("zelensky") == std::vector<NodeId>{0});
  CHECK(m.find_by_name("ZELENSKYY") == std::vector<NodeId>{0});
  CHECK(m.find_by_name("volodymyr zelenskyy") == std::vector<NodeId>{0});
  CHECK(m.find_by_name("the Ukraine") == std::vector<NodeId>{1});
  CHECK(m.find_by_name("Nobody").empty());
  CHECK(m.find_by_name("...").empty());
  // Exact canonical name (the Place) first, then the alias match (the Country).
  CHECK(m.find_by_name("paris") == std::vector<NodeId>{3, 2});
}

TEST_CASE("find_by_name ranks alias matches by number of source files") {
  GraphData g;
  g.nodes.push_back(make_node("Person", "John Smith", {"Smith"}, {"a.txt"}));
  g.nodes.push_back(make_node("Person", "Anna Smith", {"Smith"}, {"a.txt", "b.txt", "b.txt", "c.txt"}));
  g.nodes.push_back(make_node("Person", "Bob Smith", {"Smith"}, {"a.txt", "b.txt"}));
  GraphModel m(std::move(g));
  CHECK(m.find_by_name("Smith") == std::vector<NodeId>{1, 2, 0});
  CHECK(m.node_source_count(1) == 3);
}

TEST_CASE("kind and type indexes, codes and vocabularies") {
  GraphModel m(sample());
  auto countries = m.nodes_of_kind("Country");
  CHECK(std::vector<NodeId>(countries.begin(), countries.end()) == std::vector<NodeId>{1, 2});
  CHECK(m.nodes_of_kind("Quote").empty());
  auto attended = m.edges_of_type("ATTENDED");
  CHECK(std::vector<EdgeId>(attended.begin(), attended.end()) == std::vector<EdgeId>{1, 3});
  CHECK(m.edges_of_type("SIGNED").empty());

  CHECK(m.kinds() == std::vector<std::string>{"Country", "Meeting", "Person", "Place"});
  CHECK(m.relationship_types() == std::vector<std::string>{"ATTENDED", "HELD_IN", "HOLDS_OFFICE"});
  CHECK(m.node_property_keys() == std::vector<std::string>{"aliases", "kind", "name", "population", "sources"});
  CHECK(m.edge_property_keys() == std::vector<std::string>{"sources", "title"});

  CHECK(m.kind_code("Meeting") == 1);
  CHECK(m.kind_code("Quote") == kNoCode);
  CHECK(m.node_kind_code(0) == m.kind_code("Person"));
  CHECK(m.type_code("HOLDS_OFFICE") == 2);
  CHECK(m.edge_type_code(2) == m.type_code("HELD_IN"));
  CHECK(m.type_code("held_in") == kNoCode);
}

TEST_CASE("an empty graph and a bad edge") {
  GraphModel empty(GraphData{});
  CHECK(empty.node_count() == 0);
  CHECK(empty.kinds().empty());
  CHECK(empty.find_by_name("x").empty());

  GraphData bad = sample();
  bad.edges.push_back(make_edge("ATTENDED", 0, 99));
  CHECK_THROWS_AS(GraphModel(std::move(bad)), std::invalid_argument);
}

TEST_CASE("GraphModel moves") {
  GraphModel a(sample());
  GraphModel b(std::move(a));
  CHECK(b.node_count() == 5);
  GraphModel c(GraphData{});
  c = std::move(b);
  CHECK(c.find_by_name("Kyiv") == std::vector<NodeId>{1});
}

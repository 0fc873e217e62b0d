#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <set>
#include <stdexcept>

#include "graph/algorithms.h"

using namespace kg::graph;

namespace {

GraphData graph_of(size_t n, const std::vector<std::tuple<NodeId, NodeId, std::string>>& edges,
                   std::vector<std::string> kinds = {}) {
  GraphData g;
  for (size_t i = 0; i < n; ++i) {
    Node node;
    node.kind = i < kinds.size() ? kinds[i] : "Person";
    node.name = std::to_string(i);  // (not "n" + ...: GCC 12 warns falsely about it)
    g.nodes.push_back(node);
  }
  for (const auto& [s, t, type] : edges) {
    Edge e;
    e.type = type;
    e.source = s;
    e.target = t;
    g.edges.push_back(e);
  }
  return g;
}

// Checks that p is a real path from `from` to `to` that the filter allows.
void check_path(const GraphModel& m, const Path& p, NodeId from, NodeId to, Direction dir) {
  REQUIRE(p.nodes.size() == p.edges.size() + 1);
  CHECK(p.nodes.front() == from);
  CHECK(p.nodes.back() == to);
  for (size_t i = 0; i < p.edges.size(); ++i) {
    const Edge& e = m.edge(p.edges[i]);
    bool forward = e.source == p.nodes[i] && e.target == p.nodes[i + 1];
    bool backward = e.target == p.nodes[i] && e.source == p.nodes[i + 1];
    if (dir == Direction::Out) CHECK(forward);
    if (dir == Direction::In) CHECK(backward);
    if (dir == Direction::Both) CHECK((forward || backward));
  }
}

// Plain BFS distances and shortest-path counts, the reference the fast code must agree with.
struct Reference {
  std::vector<int> dist;
  std::vector<double> count;
};

Reference reference(const GraphData& g, NodeId from, Direction dir) {
  Reference r{std::vector<int>(g.nodes.size(), -1), std::vector<double>(g.nodes.size(), 0)};
  r.dist[from] = 0;
  r.count[from] = 1;
  std::deque<NodeId> q{from};
  while (!q.empty()) {
    NodeId v = q.front();
    q.pop_front();
    for (const Edge& e : g.edges) {
      std::vector<NodeId> next;
      if (dir != Direction::In && e.source == v) next.push_back(e.target);
      if (dir != Direction::Out && e.target == v) next.push_back(e.source);
      for (NodeId w : next) {
        if (r.dist[w] < 0) {
          r.dist[w] = r.dist[v] + 1;
          q.push_back(w);
        }
        if (r.dist[w] == r.dist[v] + 1) r.count[w] += r.count[v];
      }
    }
  }
  return r;
}

}  // namespace

TEST_CASE("neighbourhood: depth, direction, nearest first") {
  // 0 -> 1 -> 2 -> 3, 4 -> 0
  GraphModel m(graph_of(5, {{0, 1, "A"}, {1, 2, "A"}, {2, 3, "B"}, {4, 0, "A"}}));
  auto r = neighbourhood(m, 0, 2);
  REQUIRE(r.size() == 3);
  std::set<NodeId> depth1, depth2;
  for (const Reached& x : r) (x.depth == 1 ? depth1 : depth2).insert(x.node);
  CHECK(depth1 == std::set<NodeId>{1, 4});
  CHECK(depth2 == std::set<NodeId>{2});
  CHECK(r[0].depth == 1);
  CHECK(r[2].depth == 2);

  TraversalFilter out;
  out.direction = Direction::Out;
  auto o = neighbourhood(m, 0, 10, out);
  REQUIRE(o.size() == 3);
  CHECK(o[0].node == 1);
  CHECK(o[1].node == 2);
  CHECK(o[2].node == 3);
  CHECK(o[2].depth == 3);

  TraversalFilter in;
  in.direction = Direction::In;
  auto i = neighbourhood(m, 0, 10, in);
  REQUIRE(i.size() == 1);
  CHECK(i[0].node == 4);

  CHECK(neighbourhood(m, 0, 0).empty());
  CHECK_THROWS_AS(neighbourhood(m, 99, 1), std::out_of_range);
}

TEST_CASE("neighbourhood: type and node filters") {
  GraphModel m(graph_of(5, {{0, 1, "A"}, {1, 2, "A"}, {2, 3, "B"}, {0, 4, "B"}, {4, 3, "A"}},
                        {"Person", "Quote", "Person", "Person", "Person"}));
  TraversalFilter types;
  types.edge_types = {"B"};
  auto r = neighbourhood(m, 0, 5, types);
  REQUIRE(r.size() == 1);
  CHECK(r[0].node == 4);

  TraversalFilter unknown;
  unknown.edge_types = {"NOPE"};
  CHECK(neighbourhood(m, 0, 5, unknown).empty());

  TraversalFilter no_quotes;
  no_quotes.allow_node = [&](NodeId v) { return m.node(v).kind != "Quote"; };
  auto q = neighbourhood(m, 0, 5, no_quotes);
  std::set<NodeId> got;
  for (auto& x : q) got.insert(x.node);
  CHECK(got == std::set<NodeId>{4, 3, 2});
  for (auto& x : q) {
    if (x.node == 2) CHECK(x.depth == 3);  // around the quote: 0-4-3-2
  }

  TraversalFilter edge_fn;
  edge_fn.allow_edge = [](EdgeId e) { return e != 3; };
  auto e = neighbourhood(m, 0, 1, edge_fn);
  REQUIRE(e.size() == 1);
  CHECK(e[0].node == 1);
}

TEST_CASE("shortest_path on a small graph") {
  // Two routes from 0 to 5: 0-1-2-5 (3 hops) and 0-3-4-6-5 (4 hops).
  GraphModel m(graph_of(7, {{0, 1, "A"}, {1, 2, "A"}, {2, 5, "A"}, {0, 3, "B"}, {3, 4, "B"}, {4, 6, "B"}, {6, 5, "B"}}));
  auto p = shortest_path(m, 0, 5, 10);
  REQUIRE(p);
  CHECK(p->nodes == std::vector<NodeId>{0, 1, 2, 5});
  CHECK(p->edges == std::vector<EdgeId>{0, 1, 2});

  CHECK_FALSE(shortest_path(m, 0, 5, 2));
  CHECK(shortest_path(m, 0, 5, 3));

  TraversalFilter b;
  b.edge_types = {"B"};
  auto pb = shortest_path(m, 0, 5, 10, b);
  REQUIRE(pb);
  CHECK(pb->nodes == std::vector<NodeId>{0, 3, 4, 6, 5});

  TraversalFilter out;
  out.direction = Direction::Out;
  CHECK(shortest_path(m, 0, 5, 10, out));
  CHECK_FALSE(shortest_path(m, 5, 0, 10, out));
  TraversalFilter in;
  in.direction = Direction::In;
  auto back = shortest_path(m, 5, 0, 10, in);
  REQUIRE(back);
  CHECK(back->nodes == std::vector<NodeId>{5, 2, 1, 0});
  check_path(m, *back, 5, 0, Direction::In);

  TraversalFilter avoid;
  avoid.allow_node = [](NodeId v) { return v != 1; };
  auto pa = shortest_path(m, 0, 5, 10, avoid);
  REQUIRE(pa);
  CHECK(pa->nodes.size() == 5);
  TraversalFilter avoid_target;
  avoid_target.allow_node = [](NodeId v) { return v != 5; };
  CHECK_FALSE(shortest_path(m, 0, 5, 10, avoid_target));

  auto self = shortest_path(m, 3, 3, 0);
  REQUIRE(self);
  CHECK(self->nodes == std::vector<NodeId>{3});
  CHECK(self->edges.empty());
}

TEST_CASE("all_shortest_paths lists each shortest path once") {
  // A diamond of diamonds: 0 -> {1,2} -> 3 -> {4,5} -> 6, plus a parallel edge 3 -> 4.
  GraphModel m(graph_of(8, {{0, 1, "A"}, {0, 2, "A"}, {1, 3, "A"}, {2, 3, "A"}, {3, 4, "A"}, {3, 5, "A"},
                            {4, 6, "A"}, {5, 6, "A"}, {3, 4, "B"}, {0, 7, "A"}}));
  auto paths = all_shortest_paths(m, 0, 6, 10);
  CHECK(paths.size() == 6);
  std::set<std::vector<EdgeId>> distinct;
  for (const Path& p : paths) {
    CHECK(p.edges.size() == 4);
    check_path(m, p, 0, 6, Direction::Both);
    distinct.insert(p.edges);
  }
  CHECK(distinct.size() == 6);

  CHECK(all_shortest_paths(m, 0, 6, 3).empty());
  CHECK(all_shortest_paths(m, 0, 6, 10, {}, 4).size() == 4);
  TraversalFilter only_a;
  only_a.edge_types = {"A"};
  CHECK(all_shortest_paths(m, 0, 6, 10, only_a).size() == 4);
  CHECK(all_shortest_paths(m, 2, 2, 10).size() == 1);
  CHECK(all_shortest_paths(m, 7, 6, 10).size() == 6);
}

TEST_CASE("poll can abandon a search") {
  std::vector<std::tuple<NodeId, NodeId, std::string>> edges;
  for (NodeId i = 0; i + 1 < 20000; ++i) edges.emplace_back(i, i + 1, "A");
  GraphModel m(graph_of(20000, edges));
  TraversalFilter f;
  int calls = 0;
  f.poll = [&] {
    if (++calls == 2) throw std::runtime_error("stop");
  };
  CHECK_THROWS_AS(neighbourhood(m, 0, 100000, f), std::runtime_error);
  calls = 0;
  CHECK_THROWS_AS(shortest_path(m, 0, 19999, 100000, f), std::runtime_error);
  // The workspace is still usable afterwards.
  auto p = shortest_path(m, 0, 19999, 100000);
  REQUIRE(p);
  CHECK(p->edges.size() == 19999);
}

TEST_CASE("random graphs agree with a plain BFS") {
  std::mt19937 rng(7);
  for (int round = 0; round < 40; ++round) {
    const size_t n = 5 + rng() % 40;
    const size_t e = rng() % (3 * n);
    std::vector<std::tuple<NodeId, NodeId, std::string>> edges;
    for (size_t i = 0; i < e; ++i) edges.emplace_back(rng() % n, rng() % n, "T");
    GraphData data = graph_of(n, edges);
    GraphModel m(data);
    const Direction dirs[] = {Direction::Out, Direction::In, Direction::Both};
    for (Direction dir : dirs) {
      NodeId from = rng() % n;
      Reference ref = reference(data, from, dir);
      TraversalFilter f;
      f.direction = dir;
      auto hood = neighbourhood(m, from, 1000, f);
      size_t reachable = 0;
      for (size_t v = 0; v < n; ++v) reachable += (ref.dist[v] > 0);
      CHECK(hood.size() == reachable);
      for (const Reached& r : hood) CHECK(r.depth == ref.dist[r.node]);
      for (NodeId to = 0; to < n; ++to) {
        auto p = shortest_path(m, from, to, 1000, f);
        CHECK(p.has_value() == (ref.dist[to] >= 0));
        if (!p) continue;
        CHECK(static_cast<int>(p->edges.size()) == ref.dist[to]);
        check_path(m, *p, from, to, dir);
        auto all = all_shortest_paths(m, from, to, 1000, f);
        CHECK(static_cast<double>(all.size()) == ref.count[to]);
        std::set<std::vector<EdgeId>> distinct;
        for (const Path& q : all) {
          CHECK(static_cast<int>(q.edges.size()) == ref.dist[to]);
          check_path(m, q, from, to, dir);
          distinct.insert(q.edges);
        }
        CHECK(distinct.size() == all.size());
      }
    }
  }
}

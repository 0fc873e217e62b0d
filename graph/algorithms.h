// Graph algorithms the query executor and the shortcuts (`kg path`, `kg hood`) use.
//
// All of them run on the CSR spans of GraphModel and keep their scratch state (visited marks
// stamped with a generation counter, frontiers) per thread, so a call allocates only what it
// returns. They are safe to call from several threads on one model.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

// Which edges a traversal may take. `edge_types` (when not empty) lists the relationship types
// allowed; `allow_edge` (when set) is asked for every edge of an allowed type; `allow_node`
// (when set) for every node reached other than the start. `poll` (when set) is called every
// few thousand steps: it may throw to abandon the search (time limit, cancel).
struct TraversalFilter {
  Direction direction = Direction::Both;
  std::vector<std::string> edge_types;
  std::function<bool(EdgeId)> allow_edge;
  std::function<bool(NodeId)> allow_node;
  std::function<void()> poll;
};

struct Path {
  std::vector<NodeId> nodes;  // nodes.size() == edges.size() + 1
  std::vector<EdgeId> edges;
};

struct Reached {
  NodeId node;
  int depth;
};

// Nodes within `max_depth` hops of `start` (breadth first, start excluded), nearest first.
std::vector<Reached> neighbourhood(const GraphModel& g, NodeId start, int max_depth,
                                   const TraversalFilter& filter = {});

// One shortest path from `from` to `to` with at most `max_hops` edges (bidirectional BFS).
// `to` must pass allow_node. A path from a node to itself has no edges.
std::optional<Path> shortest_path(const GraphModel& g, NodeId from, NodeId to, int max_hops,
                                  const TraversalFilter& filter = {});

// Every shortest path from `from` to `to` with at most `max_hops` edges, at most `max_paths`
// of them (the count can grow exponentially with the length).
std::vector<Path> all_shortest_paths(const GraphModel& g, NodeId from, NodeId to, int max_hops,
                                     const TraversalFilter& filter = {}, size_t max_paths = 100000);

}  // namespace kg::graph

// Graph algorithms the query executor and the shortcuts (`kg path`, `kg hood`) use.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

// Which edges a traversal may take. `allow_edge` (when set) is asked for every edge;
// `allow_node` (when set) for every node reached other than the start.
struct TraversalFilter {
  Direction direction = Direction::Both;
  std::function<bool(EdgeId)> allow_edge;
  std::function<bool(NodeId)> allow_node;
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
std::optional<Path> shortest_path(const GraphModel& g, NodeId from, NodeId to, int max_hops,
                                  const TraversalFilter& filter = {});

// Every shortest path from `from` to `to` with at most `max_hops` edges.
std::vector<Path> all_shortest_paths(const GraphModel& g, NodeId from, NodeId to, int max_hops,
                                     const TraversalFilter& filter = {});

}  // namespace kg::graph

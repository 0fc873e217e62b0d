// GraphModel: the in-memory graph that queries run on.
//
// Built once from GraphData: a Boost compressed-sparse-row graph (bidirectional, so both
// out- and in-edges are contiguous reads) plus indexes by normalised alias, by kind and by
// relationship type. Immutable after construction; safe to share between threads for reading.
// Boost types stay inside model.cpp: callers see NodeId/EdgeId and small views.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_data.h"

namespace kg::graph {

enum class Direction { Out, In, Both };

// One step from a node: the edge taken and the node reached.
struct Adjacent {
  NodeId node;
  EdgeId edge;
  bool outgoing;  // true when the edge points away from the node we came from
};

class GraphModel {
 public:
  explicit GraphModel(GraphData data);
  ~GraphModel();
  GraphModel(GraphModel&&) noexcept;
  GraphModel& operator=(GraphModel&&) noexcept;
  GraphModel(const GraphModel&) = delete;
  GraphModel& operator=(const GraphModel&) = delete;

  size_t node_count() const;
  size_t edge_count() const;
  const Node& node(NodeId id) const;
  const Edge& edge(EdgeId id) const;
  const GraphData& data() const;

  // Appends the neighbours of `v` in direction `dir` to `out` (the caller reuses the buffer).
  void neighbours(NodeId v, Direction dir, std::vector<Adjacent>& out) const;
  size_t out_degree(NodeId v) const;
  size_t in_degree(NodeId v) const;

  // Nodes whose name or an alias has the same name_key as `name`, best match first
  // (exact canonical name before alias, then more sources first).
  std::vector<NodeId> find_by_name(std::string_view name) const;
  // All nodes of one kind, in id order; empty for an unknown kind.
  std::span<const NodeId> nodes_of_kind(std::string_view kind) const;

  // The vocabularies present in this graph, sorted: for the binder and for completion.
  std::vector<std::string> kinds() const;
  std::vector<std::string> relationship_types() const;
  std::vector<std::string> node_property_keys() const;
  std::vector<std::string> edge_property_keys() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph

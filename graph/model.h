// GraphModel: the in-memory graph that queries run on.
//
// Built once from GraphData, or loaded from a snapshot as columns: a Boost
// compressed-sparse-row graph (bidirectional, so both out- and in-edges are contiguous reads)
// plus indexes by normalised alias, by kind and by relationship type. Immutable after
// construction (a model loaded from a snapshot makes Node and Edge objects the first time they
// are asked for, which callers do not see); safe to share between threads for reading.
// Boost types stay inside model.cpp: callers see NodeId/EdgeId and small views.
//
// What is cheap on every model: counts, adjacency, codes, node_name, edge_source/edge_target,
// find_by_name. node(id) / edge(id) are cheap on a model built from GraphData and, on a model
// loaded from a snapshot, make the object on first use (then cheap). data() on a loaded model
// makes every node and edge once: for exports and whole-graph passes, not for queries.
#pragma once

#include <cstdint>
#include <functional>
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

// The edges on one side of a node, read straight out of the CSR arrays (no copy):
// `edges[i]` leads to `nodes[i]`. Valid as long as the model lives.
struct AdjacencySpan {
  std::span<const NodeId> nodes;
  std::span<const EdgeId> edges;
  size_t size() const { return nodes.size(); }
};

// Small dense codes for kinds and relationship types, so hot loops compare integers.
using TypeCode = uint16_t;
inline constexpr TypeCode kNoCode = 0xffff;

struct ModelParts;    // graph/model_parts.h
struct ModelColumns;  // graph/model_parts.h

class GraphModel {
 public:
  // Throws std::invalid_argument when an edge names a node that does not exist.
  explicit GraphModel(GraphData data);
  // Also frees the Node and Edge objects made on demand.
  ~GraphModel();
  GraphModel(GraphModel&&) noexcept;
  GraphModel& operator=(GraphModel&&) noexcept;
  GraphModel(const GraphModel&) = delete;
  GraphModel& operator=(const GraphModel&) = delete;

  size_t node_count() const;
  size_t edge_count() const;
  // Throw std::out_of_range for an id past the end. The reference lives as long as the model.
  const Node& node(NodeId id) const;
  const Edge& edge(EdgeId id) const;
  // An edge's ends, read from a column (no Edge object made). Unchecked ids.
  NodeId edge_source(EdgeId id) const;
  NodeId edge_target(EdgeId id) const;
  // The node's name from a compact copy of all names (one contiguous buffer): reading the
  // names of many scattered nodes touches far less memory than going through node(id).
  std::string_view node_name(NodeId id) const;
  // Calls f(id, item) for every node with aliases, properties or sources / every edge with
  // properties or sources, in id order. On a model loaded from a snapshot only the items that
  // have any are made: a pass over what is not columns without making the whole graph.
  void for_each_node_with_details(const std::function<void(NodeId, const Node&)>& f) const;
  void for_each_edge_with_details(const std::function<void(EdgeId, const Edge&)>& f) const;
  // The whole graph. On a model loaded from a snapshot the first call makes it (every node
  // and edge: seconds at millions of edges); later calls return the same object.
  const GraphData& data() const;

  // Appends the neighbours of `v` in direction `dir` to `out` (the caller reuses the buffer).
  // Out-edges come first, then in-edges; each side in CSR order.
  void neighbours(NodeId v, Direction dir, std::vector<Adjacent>& out) const;
  // The out-edges (targets) and in-edges (sources) of `v` without copying.
  AdjacencySpan out_adjacency(NodeId v) const;
  AdjacencySpan in_adjacency(NodeId v) const;
  size_t out_degree(NodeId v) const;
  size_t in_degree(NodeId v) const;

  // Dense codes: the position of a kind in kinds() / of a type in relationship_types();
  // kNoCode for a kind or type absent from this graph.
  TypeCode kind_code(std::string_view kind) const;
  TypeCode type_code(std::string_view type) const;
  TypeCode node_kind_code(NodeId v) const;
  TypeCode edge_type_code(EdgeId e) const;
  const std::string& kind_name(TypeCode code) const;
  const std::string& relationship_type_name(TypeCode code) const;
  // All nodes of the kind with this code, in id order.
  std::span<const NodeId> nodes_with_kind_code(TypeCode code) const;
  // The number of distinct source files of a node (what find_by_name ranks by).
  size_t node_source_count(NodeId v) const;

  // Nodes whose name or an alias has the same name_key as `name`, best match first
  // (exact canonical name before alias, then more sources first).
  std::vector<NodeId> find_by_name(std::string_view name) const;
  // All nodes of one kind, in id order; empty for an unknown kind.
  std::span<const NodeId> nodes_of_kind(std::string_view kind) const;
  // All edges of one relationship type, in id order; empty for an unknown type.
  std::span<const EdgeId> edges_of_type(std::string_view type) const;

  // The vocabularies present in this graph, sorted: for the binder and for completion.
  // Node property keys include the built-in name, aliases, kind and sources; edge property
  // keys include sources.
  std::vector<std::string> kinds() const;
  std::vector<std::string> relationship_types() const;
  std::vector<std::string> node_property_keys() const;
  std::vector<std::string> edge_property_keys() const;

  // Snapshot support (graph/model_snapshot.cpp): the arrays and indexes this model computed
  // from its data, and a model rebuilt from data and stored parts without computing them
  // again. from_parts checks sizes, index ranges and codes against `data` (so the model never
  // reads out of bounds), and the CSR against `data`'s edges at sampled positions; it throws
  // std::invalid_argument when they do not fit.
  ModelParts parts() const;
  static GraphModel from_parts(GraphData data, ModelParts parts);
  // A model over the graph's columns (graph/model_parts.h) and stored parts: nothing per node
  // or edge is made up front. Checks sizes and index ranges as from_parts does (codes against
  // the vocabularies, the CSR against the edge ends at sampled positions).
  static GraphModel from_columns(ModelColumns columns, ModelParts parts);

 private:
  struct Impl;
  explicit GraphModel(std::unique_ptr<Impl> impl);
  static void install_parts(Impl& r, ModelParts& p);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph

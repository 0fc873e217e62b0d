// GraphModel's private state, shared by model.cpp (construction from GraphData and the
// accessors) and model_snapshot.cpp (parts out, parts back in, a model over stored columns).
// Not for other modules: Boost types stay inside graph/.
//
// A model is in one of two modes:
//   - rows: built from a GraphData (`data` holds every Node and Edge);
//   - columns: loaded from a snapshot (graph/snapshot.h). Kind and type codes, edge ends, the
//     CSR, the names and the name index are flat arrays; a Node or Edge object is made only
//     when node(id) / edge(id) asks for it (its aliases, properties and sources decoded from
//     the stored chunk then), and kept, so the reference stays valid as long as the model.
//     data() makes the whole GraphData once, on first call.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "graph/model.h"
#include "graph/model_parts.h"

namespace kg::graph {

namespace detail {

using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeId,
                                               boost::no_property, NodeId, uint32_t>;

// The objects of one chunk of nodes or edges, made on demand. `once` decodes the chunk's
// details (the items that have aliases, properties or sources) and allocates the slots; a
// slot then holds the item's object once made. Items are made at most once (compare-exchange),
// so concurrent readers get the same object.
template <typename T>
struct LazyChunk {
  std::once_flag once;
  std::unique_ptr<std::atomic<T*>[]> slots;
  size_t count = 0;
  ~LazyChunk() {
    for (size_t i = 0; slots && i < count; ++i) delete slots[i].load(std::memory_order_relaxed);
  }
};

}  // namespace detail

struct GraphModel::Impl {
  GraphData data;  // rows mode: the graph; columns mode: empty until data() fills it
  detail::Csr csr;
  std::vector<EdgeId> in_edge_ids;  // parallel to csr.m_backward.m_column

  // The name index: sorted distinct name keys, one after the other in name_key_bytes (key k
  // is [name_key_at[k], name_key_at[k + 1])); key k names the nodes
  // name_nodes[name_start[k], name_start[k + 1]). Looked up by binary search.
  std::string name_key_bytes;
  std::vector<uint32_t> name_key_at;
  std::vector<uint32_t> name_start;
  std::vector<NodeId> name_nodes;

  std::vector<std::string> kinds;  // sorted; a kind's code is its position
  std::vector<std::string> types;  // sorted; a type's code is its position
  std::vector<std::vector<NodeId>> nodes_by_kind;
  std::vector<std::vector<EdgeId>> edges_by_type;
  std::vector<TypeCode> node_kind;
  std::vector<TypeCode> edge_type;
  std::vector<uint32_t> node_files;  // distinct source files per node
  std::string names;                 // every node name, one after the other
  std::vector<uint64_t> name_at;     // node v's name is names[name_at[v], name_at[v + 1])
  std::vector<std::string> node_keys;
  std::vector<std::string> edge_keys;

  // Columns mode only (`details` is null in rows mode).
  std::shared_ptr<const ItemDetails> details;
  std::vector<NodeId> edge_source, edge_target;
  size_t nodes_per_chunk = 1, edges_per_chunk = 1;
  std::unique_ptr<detail::LazyChunk<Node>[]> node_chunks;
  std::unique_ptr<detail::LazyChunk<Edge>[]> edge_chunks;
  std::once_flag data_once;

  bool columns() const { return details != nullptr; }
  const Node& lazy_node(NodeId v);
  const Edge& lazy_edge(EdgeId e);
  detail::LazyChunk<Node>& node_chunk(NodeId v);
  detail::LazyChunk<Edge>& edge_chunk(EdgeId e);
  void fill_node(NodeId v, Node& n) const;  // kind and name from the columns
  void fill_edge(EdgeId e, Edge& edge) const;  // type and ends from the columns
  size_t key_count() const { return name_start.empty() ? 0 : name_start.size() - 1; }
  std::string_view name_key(size_t k) const {
    return std::string_view(name_key_bytes).substr(name_key_at[k], name_key_at[k + 1] - name_key_at[k]);
  }
};

}  // namespace kg::graph

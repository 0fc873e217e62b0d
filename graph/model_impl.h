// GraphModel's private state, shared by model.cpp (construction from GraphData and the
// accessors) and model_snapshot.cpp (parts out, parts back in). Not for other modules: Boost
// types stay inside graph/.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "graph/model.h"

namespace kg::graph {

namespace detail {

using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeId,
                                               boost::no_property, NodeId, uint32_t>;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace detail

struct GraphModel::Impl {
  GraphData data;
  detail::Csr csr;
  std::vector<EdgeId> in_edge_ids;  // parallel to csr.m_backward.m_column

  std::unordered_map<std::string, std::vector<NodeId>, detail::StringHash, std::equal_to<>> by_name_key;
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
};

}  // namespace kg::graph

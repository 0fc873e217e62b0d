// ModelParts: what a GraphModel computes from its GraphData (the CSR arrays, dense kind and
// type codes, the name index, property key vocabularies), as plain arrays. The graph snapshot
// (graph/snapshot.h) stores them, so loading a model is reading arrays, not recomputing them:
// GraphModel::parts() takes them out of a model, GraphModel::from_parts() puts them back.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

struct ModelParts {
  // CSR in Boost's layout. The out-edges of node v are positions [out_start[v],
  // out_start[v + 1]) of out_target and out_edge (EdgeIds); its in-edges are positions
  // [in_start[v], in_start[v + 1]) of in_source and in_edge (EdgeIds), and in_position holds
  // the position of each in-edge among the out-edges.
  std::vector<uint32_t> out_start, out_target, out_edge;
  std::vector<uint32_t> in_start, in_source, in_position, in_edge;

  std::vector<std::string> kinds;   // sorted; a kind's code is its position
  std::vector<std::string> types;   // sorted; a type's code is its position
  std::vector<TypeCode> node_kind;  // per node
  std::vector<TypeCode> edge_type;  // per edge
  std::vector<uint32_t> node_files; // distinct source files per node

  // The name index, flattened and sorted by key: name_keys[k] names the nodes
  // name_nodes[name_start[k], name_start[k + 1]).
  std::vector<std::string> name_keys;
  std::vector<uint32_t> name_start;
  std::vector<NodeId> name_nodes;

  std::vector<std::string> node_keys;  // what GraphModel::node_property_keys() returns
  std::vector<std::string> edge_keys;  // what GraphModel::edge_property_keys() returns
};

}  // namespace kg::graph

// ModelParts: what a GraphModel computes from its GraphData (the CSR arrays, dense kind and
// type codes, the name index, property key vocabularies), as plain arrays. The graph snapshot
// (graph/snapshot.h) stores them, so loading a model is reading arrays, not recomputing them:
// GraphModel::parts() takes them out of a model, GraphModel::from_parts() puts them back
// beside a GraphData, and GraphModel::from_columns() beside the graph's columns alone (edge
// ends, names) with the rest of each node and edge decoded when first asked for.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
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

  // The name index, flat and sorted by key: key k is name_key_bytes[name_key_at[k],
  // name_key_at[k + 1]) and names the nodes name_nodes[name_start[k], name_start[k + 1]).
  std::string name_key_bytes;
  std::vector<uint32_t> name_key_at;
  std::vector<uint32_t> name_start;
  std::vector<NodeId> name_nodes;

  std::vector<std::string> node_keys;  // what GraphModel::node_property_keys() returns
  std::vector<std::string> edge_keys;  // what GraphModel::edge_property_keys() returns
};

// Where a model over columns finds the rest of its nodes and edges: the aliases, properties
// and sources of the items that have any, one chunk of items at a time (graph/snapshot.cpp
// decodes them from the stored chunks). Called from several threads at once.
class ItemDetails {
 public:
  virtual ~ItemDetails() = default;
  // The nodes of chunk k (ids from k * nodes_per_chunk) that have aliases, properties or
  // sources, in id order, with those filled in (kind and name are left to the model).
  virtual std::vector<std::pair<NodeId, Node>> node_details(size_t chunk) const = 0;
  // Likewise the edges of chunk k with properties or sources (type and ends left empty).
  virtual std::vector<std::pair<EdgeId, Edge>> edge_details(size_t chunk) const = 0;
};

// The graph as columns: what GraphModel::from_columns needs beside ModelParts.
struct ModelColumns {
  size_t nodes = 0, edges = 0;
  std::vector<NodeId> edge_source, edge_target;  // per edge
  std::string names;                             // every node name, one after the other
  std::vector<uint64_t> name_at;                 // node v's name is names[name_at[v], name_at[v + 1])
  size_t nodes_per_chunk = 1, edges_per_chunk = 1;
  std::shared_ptr<const ItemDetails> details;
};

}  // namespace kg::graph

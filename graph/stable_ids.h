// Stable ids: the ids under which the graph tables store the graph, kept from one build to the
// next, so that a rebuild after one changed file rewrites only the rows of what changed.
//
// Resolution numbers nodes and edges by position in a canonical order (nodes sorted by kind,
// name and first member; edges by first appearance over the articles in file order): a pure
// function of the folder, but one new article can shift every position after it. Those
// positions stay the graph's ids everywhere a user sees one (the snapshot and the model that
// queries load, every export), so a folder gives the same answers however it was built. The
// graph tables instead key rows by a stored id:
//   - every stored item has an identity (a node: kind and name, an Article its file and index;
//     an edge: type and the identities of its ends; the k-th of equal identities in canonical
//     order is told apart by k) and a content hash (everything the tables hold about it, edge
//     ends as stored ids, every source);
//   - a build gives each item of the new graph the stored id of the item with the same
//     identity; the ids of items that left go to new items, and the ids stay dense (0..n-1):
//     when the graph shrinks, the items stored above the new count move down into the holes;
//   - the canonical position of each stored item is kept (`order`, in the table graph_keys), so
//     a graph read from the tables is put back in canonical order (to_canonical).
// Which stored ids items get affects only how many rows a commit rewrites, never what a reader
// loads: any one-to-one assignment, undone through `order`, gives the same graph.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_data.h"

namespace kg::graph {

// Per stored id: identity and content hashes.
struct ItemKeys {
  std::vector<uint64_t> identity;
  std::vector<uint64_t> content;
};

// How the content hashes are computed: bumped when that changes, so that keys of another
// version are not compared with new ones (every item would look changed). Version 1 hashed a
// source's file name, sentence and rule byte by byte; version 2 hashes their kept checksums
// (graph/shared_string.h). Keys of an older version still give the stored order.
inline constexpr uint32_t kKeysVersion = 2;

// What the store keeps about its graph to assign the next build's ids.
struct GraphKeys {
  uint32_t version = kKeysVersion;  // as decoded; encode_keys writes kKeysVersion
  ItemKeys nodes, edges;
  std::vector<uint32_t> node_order;  // canonical position -> stored id
  std::vector<uint32_t> edge_order;
};

// The stored ids of a canonical graph's items, and what the build added and removed (by identity).
struct IdAssignment {
  std::vector<NodeId> node_id;  // canonical position -> stored id
  std::vector<EdgeId> edge_id;
  std::vector<uint64_t> node_key, edge_key;  // canonical position -> identity (k-th told apart)
  size_t nodes_added = 0, nodes_removed = 0, edges_added = 0, edges_removed = 0;
};

// The identity of a node: its kind and name, an Article its file and article index (the
// k-th of equal identities in canonical order is told apart by assign_ids). An edge's identity
// is its type and the identities of its two ends.
uint64_t node_identity(const Node& n);

// The hash of one source as stored (every field), the unit evidence rows are compared by.
uint64_t source_hash(const Source& s);

// Assigns stored ids to `canonical`'s items given the keys of the stored graph (empty keys: ids
// are canonical positions).
IdAssignment assign_ids(const GraphData& canonical, const GraphKeys& stored);

// The keys of `canonical` stored under `ids` (its order included) and, per stored node and
// edge, the hashes of its sources.
struct StoredKeys {
  GraphKeys keys;
  std::vector<std::vector<uint64_t>> node_sources, edge_sources;
};
StoredKeys keys_of(const GraphData& canonical, const IdAssignment& ids);

// The graph read from the tables (stored ids) put back in canonical order (ids = canonical
// positions), as the snapshot, the model and exports have it.
// `order` empty means the stored ids are canonical. Throws CodecError when an order is not a
// permutation of the graph's ids.
GraphData to_canonical(GraphData stored, const std::vector<uint32_t>& node_order, const std::vector<uint32_t>& edge_order);

// The keys as one sealed blob (graph/byte_codec.h), and back (throws CodecError; keys of an
// older version decode with their `version`, a newer one is an error).
std::string encode_keys(const GraphKeys& keys);
GraphKeys decode_keys(std::string_view blob);

}  // namespace kg::graph

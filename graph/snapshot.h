// Snapshot: a stored graph as a few large blobs that load in one pass, so `kg query` opens a
// graph of millions of relationships without reading millions of rows.
//
// Sections, each a list of chunks (Store keeps them in its `snapshot` table):
//   header    format version, generation, node and edge counts, chunk counts
//   vocab     kinds and relationship types (nodes and edges refer to them by number)
//   nodes/N   nodes [first, first + count): kind, name, aliases, properties, sources
//   edges/N   edges likewise: type, source, target, properties, sources
//   identity  sorted 64-bit hashes of every node's and edge's identity (for build summaries)
// Chunks hold a fixed number of nodes or edges and decode independently, on several threads.
// The generation ties a snapshot to the meta row written in the same transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/byte_codec.h"
#include "graph/graph_data.h"

namespace kg::graph {

inline constexpr int kSnapshotVersion = 1;

struct SnapshotChunk {
  std::string section;
  uint32_t chunk = 0;
  std::string data;
};

// Encodes `graph` (chunks encoded on up to `threads` threads; 0 = one per core).
std::vector<SnapshotChunk> encode_snapshot(const GraphData& graph, uint64_t generation, unsigned threads = 0);

// The stored chunks of one section, in chunk order (empty when the section is absent).
using ChunkSource = std::function<std::vector<std::string>(const std::string& section)>;

// Decodes the graph. Throws CodecError (graph/byte_codec.h) when a chunk is missing, corrupt,
// of another format version, or of another generation than `generation`.
GraphData decode_snapshot(const ChunkSource& source, uint64_t generation, unsigned threads = 0);

// What a build added and removed, counted by identity: a node is its kind and name (an
// Article its file and index), an edge its type and the identities of its two ends.
struct GraphIdentity {
  std::vector<uint64_t> nodes;  // sorted; equal identities repeat
  std::vector<uint64_t> edges;
};
GraphIdentity identity_of(const GraphData& graph);
// Throws CodecError on a corrupt identity section; empty when the section is absent.
GraphIdentity decode_identity(const ChunkSource& source);

struct IdentityDiff {
  size_t nodes_added = 0, nodes_removed = 0, edges_added = 0, edges_removed = 0;
};
IdentityDiff diff(const GraphIdentity& before, const GraphIdentity& after);

}  // namespace kg::graph

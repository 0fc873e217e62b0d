// Snapshot: a stored graph as a few large blobs that load in one pass, so opening a graph of
// millions of relationships is reading arrays, not reading millions of rows and rebuilding
// indexes.
//
// Sections, each a list of chunks (Store keeps them in its `snapshot` table):
//   header    format version, generation, node and edge counts, chunk counts
//   vocab     kinds, relationship types, node and edge property keys
//   nodes/N   a fixed number of nodes: their kind codes as one array, then name, and aliases,
//             properties and sources when they have any
//   edges/N   likewise: type codes, sources and targets as arrays, then the properties and
//             sources of the edges that have any
//   model/N   the model's computed parts (graph/model_parts.h): CSR arrays, per-node source
//             file counts, the name index
//   item_sources/B, source_texts/B
//             the bulk: each item's sources (stored under its content hash) and the texts
//             they cite (under their checksum), in buckets of two counted maps
//             (graph/snapshot_bulk.h), so that a rebuild writes the bulk of changed items only
// Every chunk ends with a checksum (byte_codec.h), checked before it is decoded. Chunks decode
// independently, on several threads. The generation ties a snapshot to the meta row written
// in the same transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/byte_codec.h"
#include "graph/graph_data.h"
#include "graph/model.h"

namespace kg::graph {

// 5: no identity section (what a build added and removed is counted by graph/stable_ids.h).
// 6: sources in the bulk maps, addressed by content hash, written in part; no texts section.
inline constexpr int kSnapshotVersion = 6;

// The sections of the bulk: their chunks are numbered by bucket, with gaps.
inline constexpr const char* kSourcesSection = "item_sources";
inline constexpr const char* kTextsSection = "source_texts";

struct SnapshotChunk {
  std::string section;
  uint32_t chunk = 0;
  std::string data;
};

// Encodes `model`: its data and its parts (chunks encoded on up to `threads` threads; 0 = one
// per core), the items' sources keyed by their content hashes with ids their positions.
std::vector<SnapshotChunk> encode_snapshot(const GraphModel& model, uint64_t generation, unsigned threads = 0);

// The keys an item's sources are stored under (its content hash, graph/stable_ids.h), per
// stored id: now, and in the stored snapshot (empty when there is none to write in part).
struct SnapshotKeys {
  std::span<const uint64_t> nodes, edges;
  std::span<const uint64_t> nodes_before, edges_before;
  std::span<const uint32_t> node_id, edge_id;  // canonical position -> stored id
};
// Reads one stored chunk of a bulk section ("" when there is none).
using BucketReader = std::function<std::string(const std::string& section, uint32_t bucket)>;
// A snapshot write: every chunk but the bulk's replaces the stored ones; of the bulk, `chunks`
// holds the buckets that changed and `erased` those left empty.
struct SnapshotWrite {
  std::vector<SnapshotChunk> chunks;
  std::vector<std::pair<std::string, uint32_t>> erased;
};
// Encodes `model` with its items' sources under `keys`: with `read`, the bulk is written in part
// (only the buckets of items whose key changed); without, whole.
SnapshotWrite encode_snapshot(const GraphModel& model, uint64_t generation, const SnapshotKeys& keys, const BucketReader& read,
                              unsigned threads = 0);

// The stored chunks of one section, in chunk order (empty when the section is absent).
using ChunkSource = std::function<std::vector<std::string>(const std::string& section)>;

// The format version of the stored snapshot, read from the start of its header (which every
// format keeps: "KGSH" then the version), or nullopt when no header is stored. A snapshot of
// another format is not decoded: readers go to the tables instead. Throws CodecError when the
// header is not a snapshot header at all.
std::optional<uint64_t> snapshot_format(const ChunkSource& source);

// Decodes the graph alone (the model sections are not read). Throws CodecError
// (graph/byte_codec.h) when a chunk is missing, corrupt, of another format version, or of
// another generation than `generation`.
GraphData decode_snapshot(const ChunkSource& source, uint64_t generation, unsigned threads = 0);

// Decodes the graph's columns (kind and type codes, edge ends, names) and its model parts into
// a model ready to query (GraphModel::from_columns): no Node or Edge object is made until
// asked for; each chunk's aliases, properties and sources are decoded when one of its items
// first is (a malformed chunk throws CodecError then, though its checksum was checked here).
// Throws CodecError as decode_snapshot does, and when the parts do not fit the graph.
GraphModel decode_snapshot_model(const ChunkSource& source, uint64_t generation, unsigned threads = 0);
// The same model over a whole GraphData decoded up front (every Node and Edge made, then
// GraphModel::from_parts): how format 2 loaded, kept to compare against (tests, bench).
GraphModel decode_snapshot_model_rows(const ChunkSource& source, uint64_t generation, unsigned threads = 0);

}  // namespace kg::graph

// The bulk of a snapshot (format 6): each item's sources, and the texts they cite, kept in two
// content-addressed maps so that a rebuild writes only what changed (internal to
// graph/snapshot.cpp).
//
//   item_sources  key: an item's content hash (graph/stable_ids.h); value: its sources, their
//                 texts and file names named by key; count: how many stored items have that key
//   source_texts  key: a string's checksum64; value: the string (a text a source cites, the
//                 sentence a fact was read in, or a file name); count: how many stored items
//                 cite it
// Each map is cut into kBulkBuckets buckets by key (a stored chunk per non-empty bucket, its
// number the bucket's). A rebuild reads the buckets of the items whose content hash changed,
// moves the counts, and writes back those buckets only; an entry whose count falls to 0 goes.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/graph_data.h"
#include "graph/snapshot.h"

namespace kg::graph {

inline constexpr uint32_t kBulkBuckets = 4096;

// One bucket being edited: key -> (count, value).
using BulkBucket = std::map<uint64_t, std::pair<uint32_t, std::string>>;

// A stored map, read in place: looks values up by key (binary search in the key's bucket).
class BulkMap {
 public:
  BulkMap() = default;
  // `blobs`: the section's stored chunks (each checked: checksum, layout, keys in order and in
  // their bucket). Throws CodecError.
  BulkMap(std::vector<std::string> blobs, const std::string& section);
  // The value stored under `key`, or nullptr.
  const std::string_view* find(uint64_t key) const;

 private:
  struct Bucket {
    std::vector<uint64_t> keys;
    std::vector<std::string_view> values;
  };
  std::vector<std::string> blobs_;
  std::vector<Bucket> buckets_;
};

// The sources of one item as stored in item_sources, read back (texts from `texts`). Throws
// CodecError naming `what`.
std::vector<Source> decode_item_sources(std::string_view blob, const BulkMap& texts, const std::string& what);

// What a snapshot write changes in the bulk: buckets written (replacing the stored ones) and
// buckets left empty (deleted).
struct BulkWrite {
  std::vector<SnapshotChunk> put;
  std::vector<std::pair<std::string, uint32_t>> erased;
};

// The bulk changes from `keys.*_before` (what is stored, read through `read`; with no reader
// nothing is stored: every bucket is made anew) to `graph` under `keys`. Throws CodecError
// when the stored counts do not add up or two texts share a checksum.
BulkWrite write_bulk(const GraphData& graph, const SnapshotKeys& keys, const BucketReader& read, unsigned threads);

}  // namespace kg::graph

// Layout of the chunks (integers are varints, see byte_codec.h; "u16[]"/"u32[]" are raw
// little-endian arrays, preceded by their length):
//   header   "KGSH" version generation nodes edges node_chunks edge_chunks
//   vocab    "KGSV" version generation  kinds types node_keys edge_keys (each: n str*)
//   nodes/N  "KGSN" version generation first count kind_codes:u16[] name_bytes name_end:u32[]
//            nextra (index_delta flags(1 aliases, 2 properties, 4 sources) [aliases] [properties] [sources])*
//            (node i's name is name_bytes[name_end[i - 1], name_end[i]); flags are never 0)
//   edges/N  "KGSE" version generation first count type_codes:u16[] source:u32[] target:u32[]
//            nextra (index_delta flags(2 properties, 4 sources) [properties] [sources])*
//   model/K  "KGSM" version generation payload, K = 0 out_start, 1 out_target, 2 out_edge,
//            3 in_start, 4 in_source, 5 in_position, 6 in_edge, 7 node_files (u32[] each),
//            8 name index: key_bytes key_at:u32[] name_start:u32[] name_nodes:u32[]
//            (the flat sorted index of graph/model_parts.h, read as it lies)
//   item_sources/B, source_texts/B: the bulk, graph/snapshot_bulk.h
//   properties = n (key* value)*,  value = tag payload (0 null, 1 bool, 2 int, 3 double,
//                4 string, 5 string list)
//   sources    = key:u64, the item's content hash, under which the bulk holds its sources
// Fields marked * are per-chunk symbols. Since format 6 the sources are not in the chunks: the
// chunks follow canonical order, where one new article shifts every position after it, so
// they are rewritten whole; the sources (most of the bytes) are addressed by content and only
// those of items that changed are written. A sentence cited by many facts is stored once.
// Most nodes and edges of an imported graph have no aliases, properties or sources: the sparse
// "extra" list keeps them at a few bytes each. Everything but the extras is a column, so a
// model loads by copying arrays (decode_snapshot_model); the extras of a chunk (the only part
// that uses symbols) are decoded when the model first asks for an item of that chunk.
#include "graph/snapshot.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <span>
#include <thread>

#include "graph/byte_codec.h"
#include "graph/model_parts.h"
#include "graph/parallel_for.h"
#include "graph/snapshot_bulk.h"
#include "graph/stable_ids.h"

namespace kg::graph {
namespace {

constexpr size_t kNodesPerChunk = 1 << 15;
constexpr size_t kEdgesPerChunk = 1 << 17;

// The bulk maps of a stored snapshot (graph/snapshot_bulk.h), read in place.
struct StoredSources {
  BulkMap items, texts;
};

void begin_chunk(ByteWriter& w, const char* magic, uint64_t generation) {
  w.bytes(std::string_view(magic, 4));
  w.varint(kSnapshotVersion);
  w.varint(generation);
}

void check_chunk(ByteReader& r, const char* magic, uint64_t generation) {
  if (r.take(4) != std::string_view(magic, 4)) r.fail("not a snapshot chunk of this kind");
  const uint64_t version = r.varint();
  if (version != kSnapshotVersion) r.fail("snapshot format " + std::to_string(version) + " is not " + std::to_string(kSnapshotVersion));
  const uint64_t g = r.varint();
  if (g != generation) r.fail("snapshot generation " + std::to_string(g) + " does not match the graph's " + std::to_string(generation));
}

class ItemWriter {
 public:
  explicit ItemWriter(ByteWriter& w) : w_(w) {}

  void value(const Value& v) {
    w_.u8(static_cast<uint8_t>(v.index()));
    switch (v.index()) {
      case 0: break;
      case 1: w_.u8(std::get<bool>(v) ? 1 : 0); break;
      case 2: w_.svarint(std::get<int64_t>(v)); break;
      case 3: w_.f64(std::get<double>(v)); break;
      case 4: w_.str(std::get<std::string>(v)); break;
      case 5: {
        const auto& list = std::get<std::vector<std::string>>(v);
        w_.varint(list.size());
        for (const auto& s : list) w_.str(s);
        break;
      }
    }
  }

  void properties(const Properties& p) {
    w_.varint(p.size());
    for (const auto& [k, v] : p) {
      sym_.write(w_, k);
      value(v);
    }
  }

  // An item's sources are stored in the bulk (graph/snapshot_bulk.h) under `key`.
  void sources_key(uint64_t key) { w_.raw(&key, sizeof key); }

 private:
  ByteWriter& w_;
  SymbolWriter sym_;
};

class ItemReader {
 public:
  ItemReader(ByteReader& r, const StoredSources& bulk) : r_(r), bulk_(bulk) {}

  Value value() {
    switch (r_.u8()) {
      case 0: return std::monostate{};
      case 1: return r_.u8() != 0;
      case 2: return r_.svarint();
      case 3: return r_.f64();
      case 4: return r_.str();
      case 5: {
        std::vector<std::string> list(r_.count("list", 1));
        for (auto& s : list) s = r_.str();
        return list;
      }
      default: r_.fail("unknown value tag");
    }
  }

  Properties properties() {
    Properties p;
    const size_t n = r_.count("properties", 2);
    for (size_t i = 0; i < n; ++i) {
      std::string key = sym_.read(r_);
      p.insert_or_assign(std::move(key), value());
    }
    return p;
  }

  // The sources stored in the bulk under the key that follows.
  std::vector<Source> sources() {
    uint64_t key = 0;
    std::memcpy(&key, r_.take(sizeof key).data(), sizeof key);
    const std::string_view* blob = bulk_.items.find(key);
    if (!blob) r_.fail("the sources of key " + std::to_string(key) + " are not stored");
    return decode_item_sources(*blob, bulk_.texts, "snapshot item sources " + std::to_string(key));
  }

 private:
  ByteReader& r_;
  const StoredSources& bulk_;
  SymbolReader sym_;
};

std::string one_chunk(const ChunkSource& source, const std::string& section) {
  std::vector<std::string> chunks = source(section);
  if (chunks.size() != 1) throw CodecError("snapshot section '" + section + "' has " + std::to_string(chunks.size()) + " chunks, not 1");
  return std::move(chunks.front());
}

}  // namespace

SnapshotWrite encode_snapshot(const GraphModel& model, uint64_t generation, const SnapshotKeys& keys, const BucketReader& read,
                              unsigned threads) {
  const GraphData& graph = model.data();
  const ModelParts parts = model.parts();
  const size_t node_chunks = (graph.nodes.size() + kNodesPerChunk - 1) / kNodesPerChunk;
  const size_t edge_chunks = (graph.edges.size() + kEdgesPerChunk - 1) / kEdgesPerChunk;
  if (keys.node_id.size() != graph.nodes.size() || keys.edge_id.size() != graph.edges.size() || keys.nodes.size() != graph.nodes.size() ||
      keys.edges.size() != graph.edges.size())
    throw CodecError("snapshot: keys for another graph");
  constexpr size_t kModelChunks = 9;
  SnapshotWrite write;
  std::vector<SnapshotChunk>& out = write.chunks;
  out.resize(2 + node_chunks + edge_chunks + kModelChunks);
  {
    ByteWriter w;
    begin_chunk(w, "KGSH", generation);
    w.varint(graph.nodes.size());
    w.varint(graph.edges.size());
    w.varint(node_chunks);
    w.varint(edge_chunks);
    out[0] = {"header", 0, seal(w)};
  }
  {
    ByteWriter w;
    begin_chunk(w, "KGSV", generation);
    for (const auto* list : {&parts.kinds, &parts.types, &parts.node_keys, &parts.edge_keys}) {
      w.varint(list->size());
      for (const auto& s : *list) w.str(s);
    }
    out[1] = {"vocab", 0, seal(w)};
  }
  const size_t model_first = 2 + node_chunks + edge_chunks;
  parallel_for(node_chunks + edge_chunks + kModelChunks, threads, [&](size_t task) {
    ByteWriter w;
    ItemWriter items(w);
    if (task < node_chunks) {
      const size_t first = task * kNodesPerChunk, last = std::min(graph.nodes.size(), first + kNodesPerChunk);
      begin_chunk(w, "KGSN", generation);
      w.varint(first);
      w.varint(last - first);
      w.u16s(std::span(parts.node_kind).subspan(first, last - first));
      std::string names;
      std::vector<uint32_t> ends;
      ends.reserve(last - first);
      for (size_t i = first; i < last; ++i) {
        names += graph.nodes[i].name;
        if (names.size() >= UINT32_MAX) throw CodecError("snapshot: node names of one chunk exceed 4 GB");
        ends.push_back(static_cast<uint32_t>(names.size()));
      }
      w.str(names);
      w.u32s(ends);
      size_t extras = 0;
      for (size_t i = first; i < last; ++i) {
        const Node& n = graph.nodes[i];
        extras += n.aliases.empty() && n.properties.empty() && n.sources.empty() ? 0 : 1;
      }
      w.varint(extras);
      size_t previous = first;
      for (size_t i = first; i < last; ++i) {
        const Node& n = graph.nodes[i];
        if (n.aliases.empty() && n.properties.empty() && n.sources.empty()) continue;
        w.varint(i - previous);
        previous = i;
        w.u8(static_cast<uint8_t>((n.aliases.empty() ? 0 : 1) | (n.properties.empty() ? 0 : 2) | (n.sources.empty() ? 0 : 4)));
        if (!n.aliases.empty()) {
          w.varint(n.aliases.size());
          for (const auto& alias : n.aliases) w.str(alias);
        }
        if (!n.properties.empty()) items.properties(n.properties);
        if (!n.sources.empty()) items.sources_key(keys.nodes[keys.node_id[i]]);
      }
      out[2 + task] = {"nodes", static_cast<uint32_t>(task), seal(w)};
    } else if (task < node_chunks + edge_chunks) {
      const size_t k = task - node_chunks;
      const size_t first = k * kEdgesPerChunk, last = std::min(graph.edges.size(), first + kEdgesPerChunk);
      begin_chunk(w, "KGSE", generation);
      w.varint(first);
      w.varint(last - first);
      w.u16s(std::span(parts.edge_type).subspan(first, last - first));
      std::vector<uint32_t> ends(last - first);
      for (size_t i = first; i < last; ++i) ends[i - first] = graph.edges[i].source;
      w.u32s(ends);
      for (size_t i = first; i < last; ++i) ends[i - first] = graph.edges[i].target;
      w.u32s(ends);
      size_t extras = 0;
      for (size_t i = first; i < last; ++i) extras += graph.edges[i].properties.empty() && graph.edges[i].sources.empty() ? 0 : 1;
      w.varint(extras);
      size_t previous = first;
      for (size_t i = first; i < last; ++i) {
        const Edge& e = graph.edges[i];
        if (e.properties.empty() && e.sources.empty()) continue;
        w.varint(i - previous);
        previous = i;
        w.u8(static_cast<uint8_t>((e.properties.empty() ? 0 : 2) | (e.sources.empty() ? 0 : 4)));
        if (!e.properties.empty()) items.properties(e.properties);
        if (!e.sources.empty()) items.sources_key(keys.edges[keys.edge_id[i]]);
      }
      out[2 + task] = {"edges", static_cast<uint32_t>(k), seal(w)};
    } else {
      const size_t k = task - node_chunks - edge_chunks;
      begin_chunk(w, "KGSM", generation);
      const std::vector<uint32_t>* arrays[] = {&parts.out_start, &parts.out_target, &parts.out_edge, &parts.in_start,
                                               &parts.in_source, &parts.in_position, &parts.in_edge, &parts.node_files};
      if (k < 8) {
        w.u32s(*arrays[k]);
      } else {
        w.str(parts.name_key_bytes);
        w.u32s(parts.name_key_at);
        w.u32s(parts.name_start);
        w.u32s(parts.name_nodes);
      }
      out[model_first + k] = {"model", static_cast<uint32_t>(k), seal(w)};
    }
  });
  BulkWrite bulk = write_bulk(graph, keys, read, threads);
  std::move(bulk.put.begin(), bulk.put.end(), std::back_inserter(out));
  write.erased = std::move(bulk.erased);
  return write;
}

std::vector<SnapshotChunk> encode_snapshot(const GraphModel& model, uint64_t generation, unsigned threads) {
  const IdAssignment ids = assign_ids(model.data(), GraphKeys{});
  const StoredKeys stored = keys_of(model.data(), ids);
  SnapshotKeys keys;
  keys.nodes = stored.keys.nodes.content;
  keys.edges = stored.keys.edges.content;
  keys.node_id = ids.node_id;
  keys.edge_id = ids.edge_id;
  return encode_snapshot(model, generation, keys, {}, threads).chunks;
}

namespace {

struct Header {
  uint64_t nodes = 0, edges = 0, node_chunks = 0, edge_chunks = 0;
};

struct Vocabulary {
  std::vector<std::string> kinds, types, node_keys, edge_keys;
};

Header read_header(const ChunkSource& source, uint64_t generation) {
  const std::string blob = one_chunk(source, "header");
  ByteReader r(unseal(blob, "snapshot header"), "snapshot header");
  check_chunk(r, "KGSH", generation);
  Header h;
  h.nodes = r.uint_in(kNoNode - 1, "node count");
  h.edges = r.uint_in(UINT32_MAX - 1, "edge count");
  h.node_chunks = r.varint();
  h.edge_chunks = r.varint();
  r.expect_end();
  if (h.node_chunks != (h.nodes + kNodesPerChunk - 1) / kNodesPerChunk || h.edge_chunks != (h.edges + kEdgesPerChunk - 1) / kEdgesPerChunk)
    r.fail("chunk counts do not match the node and edge counts");
  return h;
}

// The bulk maps, every bucket checked and read in place (they keep their chunks).
std::shared_ptr<const StoredSources> read_sources(const ChunkSource& source) {
  auto bulk = std::make_shared<StoredSources>();
  bulk->items = BulkMap(source(kSourcesSection), kSourcesSection);
  bulk->texts = BulkMap(source(kTextsSection), kTextsSection);
  return bulk;
}

Vocabulary read_vocabulary(const ChunkSource& source, uint64_t generation) {
  const std::string blob = one_chunk(source, "vocab");
  ByteReader r(unseal(blob, "snapshot vocabulary"), "snapshot vocabulary");
  check_chunk(r, "KGSV", generation);
  Vocabulary v;
  for (auto* list : {&v.kinds, &v.types, &v.node_keys, &v.edge_keys}) {
    list->resize(r.count("vocabulary", 1));
    for (auto& s : *list) s = r.str();
  }
  r.expect_end();
  return v;
}

// Reads the sparse list of a chunk's items that have details (aliases, properties, sources),
// the chunk covering ids [first, first + count): calls at(id) with `r` at the item's flags.
template <typename At>
void read_extras(ByteReader& r, size_t first, size_t count, At at) {
  const size_t extras = r.count("item extras", 2);
  size_t pos = first;
  for (size_t x = 0; x < extras; ++x) {
    const uint64_t delta = r.varint();
    if ((x > 0 && delta == 0) || delta >= first + count - pos) r.fail("item extras out of order or range");
    pos += delta;
    at(pos);
  }
}

void read_node_extra(ByteReader& r, ItemReader& items, Node& n) {
  const uint8_t flags = r.u8();
  if (flags == 0 || (flags & ~7u)) r.fail("unknown node flags");
  if (flags & 1) {
    n.aliases.resize(r.count("aliases", 1));
    for (auto& a : n.aliases) a = r.str();
  }
  if (flags & 2) n.properties = items.properties();
  if (flags & 4) n.sources = items.sources();
}

void read_edge_extra(ByteReader& r, ItemReader& items, Edge& e) {
  const uint8_t flags = r.u8();
  if (flags == 0 || (flags & ~6u)) r.fail("unknown edge flags");
  if (flags & 2) e.properties = items.properties();
  if (flags & 4) e.sources = items.sources();
}

// Reads a u32 array of exactly out.size() values into `out`.
void u32s_into(ByteReader& r, std::span<uint32_t> out, const char* field) {
  const size_t n = r.count(field, sizeof(uint32_t));
  if (n != out.size()) r.fail(std::string(field) + ": " + std::to_string(n) + " values where " + std::to_string(out.size()) + " belong");
  if (n) std::memcpy(out.data(), r.take(n * sizeof(uint32_t)).data(), n * sizeof(uint32_t));
}

// The names of a node chunk: the bytes, and where each name ends in them (checked).
struct ChunkNames {
  std::string_view bytes;
  std::vector<uint32_t> ends;
};

ChunkNames read_names(ByteReader& r, size_t count) {
  ChunkNames names;
  names.bytes = r.str_view();
  names.ends.resize(count);
  u32s_into(r, names.ends, "name ends");
  uint32_t previous = 0;
  for (uint32_t end : names.ends) {
    if (end < previous) r.fail("name ends decrease");
    previous = end;
  }
  if (previous != names.bytes.size()) r.fail("name ends do not cover the names");
  return names;
}

// One stored chunk, checksum checked and its prefix read: the reader is left after `count`.
struct OpenChunk {
  ByteReader r;
  size_t first = 0, count = 0;
};

OpenChunk open_chunk(const std::string& blob, bool is_node, size_t k, const Header& h, uint64_t generation) {
  const std::string what = std::string("snapshot ") + (is_node ? "nodes" : "edges") + " chunk " + std::to_string(k);
  OpenChunk c{ByteReader(unseal(blob, what), what)};
  check_chunk(c.r, is_node ? "KGSN" : "KGSE", generation);
  const size_t per = is_node ? kNodesPerChunk : kEdgesPerChunk;
  const size_t total = is_node ? h.nodes : h.edges;
  const uint64_t first = c.r.varint(), count = c.r.varint();
  if (first != k * per || count != std::min(per, total - first)) c.r.fail("chunk covers the wrong range");
  c.first = first;
  c.count = count;
  return c;
}

void check_blobs(const std::vector<std::string>& node_blobs, const std::vector<std::string>& edge_blobs, const Header& h,
                 const Vocabulary& v) {
  if (node_blobs.size() != h.node_chunks || edge_blobs.size() != h.edge_chunks)
    throw CodecError("snapshot: " + std::to_string(node_blobs.size()) + " node and " + std::to_string(edge_blobs.size()) +
                     " edge chunks stored, header says " + std::to_string(h.node_chunks) + " and " + std::to_string(h.edge_chunks));
  if ((h.nodes > 0 && v.kinds.empty()) || (h.edges > 0 && (v.types.empty() || h.nodes == 0)))
    throw CodecError("snapshot vocabulary is empty for a graph that is not");
}

// Decodes the node and edge chunks into `g` (sized by the header): every Node and Edge whole.
void decode_items(const ChunkSource& source, uint64_t generation, const Header& h, const Vocabulary& v, GraphData& g, unsigned threads) {
  std::vector<std::string> node_blobs = source("nodes");
  std::vector<std::string> edge_blobs = source("edges");
  check_blobs(node_blobs, edge_blobs, h, v);
  const std::shared_ptr<const StoredSources> texts = read_sources(source);
  resize_huge(g.nodes, h.nodes);
  resize_huge(g.edges, h.edges);
  parallel_for(h.node_chunks + h.edge_chunks, threads, [&](size_t task) {
    const bool is_node = task < h.node_chunks;
    const size_t k = is_node ? task : task - h.node_chunks;
    OpenChunk c = open_chunk(is_node ? node_blobs[k] : edge_blobs[k], is_node, k, h, generation);
    ByteReader& r = c.r;
    if (is_node) {
      std::vector<TypeCode> kind(c.count);
      r.u16s_into(kind, "kind codes");
      const ChunkNames names = read_names(r, c.count);
      for (size_t i = 0; i < c.count; ++i) {
        if (kind[i] >= v.kinds.size()) r.fail("kind code out of range");
        Node& n = g.nodes[c.first + i];
        n.kind = v.kinds[kind[i]];
        const uint32_t begin = i == 0 ? 0 : names.ends[i - 1];
        n.name = names.bytes.substr(begin, names.ends[i] - begin);
      }
      ItemReader items(r, *texts);
      read_extras(r, c.first, c.count, [&](size_t id) { read_node_extra(r, items, g.nodes[id]); });
    } else {
      std::vector<TypeCode> type(c.count);
      r.u16s_into(type, "type codes");
      const std::vector<uint32_t> sources = r.u32s("edge sources");
      const std::vector<uint32_t> targets = r.u32s("edge targets");
      if (sources.size() != c.count || targets.size() != c.count) r.fail("edge ends do not match the count");
      for (size_t i = 0; i < c.count; ++i) {
        Edge& e = g.edges[c.first + i];
        if (type[i] >= v.types.size()) r.fail("type code out of range");
        if (sources[i] >= h.nodes || targets[i] >= h.nodes) r.fail("edge end out of range");
        e.type = v.types[type[i]];
        e.source = sources[i];
        e.target = targets[i];
      }
      ItemReader items(r, *texts);
      read_extras(r, c.first, c.count, [&](size_t id) { read_edge_extra(r, items, g.edges[id]); });
    }
    r.expect_end();
  });
}

// The details of a model loaded as columns: per chunk, the stored bytes of its extras list
// (empty when no item of the chunk has any), decoded when the model first asks. The chunk's
// checksum was checked at load; a malformed list still throws CodecError then.
class StoredDetails final : public ItemDetails {
 public:
  StoredDetails(size_t nodes, size_t edges, size_t node_chunks, size_t edge_chunks, std::shared_ptr<const StoredSources> texts)
      : nodes_(nodes), edges_(edges), node_tails_(node_chunks), edge_tails_(edge_chunks), texts_(std::move(texts)) {}

  std::string& node_tail(size_t k) { return node_tails_[k]; }
  std::string& edge_tail(size_t k) { return edge_tails_[k]; }

  std::vector<std::pair<NodeId, Node>> node_details(size_t k) const override {
    std::vector<std::pair<NodeId, Node>> out;
    if (k >= node_tails_.size() || node_tails_[k].empty()) return out;
    ByteReader r(node_tails_[k], "snapshot nodes chunk " + std::to_string(k));
    ItemReader items(r, *texts_);
    const size_t first = k * kNodesPerChunk;
    read_extras(r, first, std::min(kNodesPerChunk, nodes_ - first), [&](size_t id) {
      read_node_extra(r, items, out.emplace_back(static_cast<NodeId>(id), Node{}).second);
    });
    r.expect_end();
    return out;
  }

  std::vector<std::pair<EdgeId, Edge>> edge_details(size_t k) const override {
    std::vector<std::pair<EdgeId, Edge>> out;
    if (k >= edge_tails_.size() || edge_tails_[k].empty()) return out;
    ByteReader r(edge_tails_[k], "snapshot edges chunk " + std::to_string(k));
    ItemReader items(r, *texts_);
    const size_t first = k * kEdgesPerChunk;
    read_extras(r, first, std::min(kEdgesPerChunk, edges_ - first), [&](size_t id) {
      read_edge_extra(r, items, out.emplace_back(static_cast<EdgeId>(id), Edge{}).second);
    });
    r.expect_end();
    return out;
  }

 private:
  size_t nodes_, edges_;
  std::vector<std::string> node_tails_, edge_tails_;
  std::shared_ptr<const StoredSources> texts_;
};

// The rest of a chunk from `r`'s position (its extras list), kept when it lists any item.
std::string extras_tail(ByteReader& r, std::string_view chunk_body) {
  const size_t at = r.position();
  if (r.varint() == 0) {
    r.expect_end();
    return {};
  }
  return std::string(chunk_body.substr(at));
}

// Model chunk k (graph/model_parts.h): the eight CSR and index arrays, then the name index.
void read_model_chunk(const std::string& blob, size_t k, uint64_t generation, ModelParts& p) {
  std::vector<uint32_t>* arrays[] = {&p.out_start, &p.out_target, &p.out_edge, &p.in_start,
                                     &p.in_source, &p.in_position, &p.in_edge, &p.node_files};
  const std::string what = "snapshot model chunk " + std::to_string(k);
  ByteReader r(unseal(blob, what), what);
  check_chunk(r, "KGSM", generation);
  if (k < 8) {
    *arrays[k] = r.u32s("model array");
  } else {
    p.name_key_bytes = r.str();
    p.name_key_at = r.u32s("name key offsets");
    p.name_start = r.u32s("name starts");
    p.name_nodes = r.u32s("name nodes");
  }
  r.expect_end();
}

}  // namespace

std::optional<uint64_t> snapshot_format(const ChunkSource& source) {
  const std::vector<std::string> chunks = source("header");
  if (chunks.empty()) return std::nullopt;
  ByteReader r(chunks.front(), "snapshot header");
  if (r.take(4) != "KGSH") r.fail("not a snapshot header");
  return r.varint();
}

GraphData decode_snapshot(const ChunkSource& source, uint64_t generation, unsigned threads) {
  const Header h = read_header(source, generation);
  const Vocabulary v = read_vocabulary(source, generation);
  GraphData g;
  decode_items(source, generation, h, v, g, threads);
  return g;
}

// Format 2's way, kept for comparison and tests: every Node and Edge decoded, then the
// stored parts put beside them (GraphModel::from_parts).
GraphModel decode_snapshot_model_rows(const ChunkSource& source, uint64_t generation, unsigned threads) {
  std::vector<std::string> model_blobs = source("model");
  if (model_blobs.size() != 9) throw CodecError("snapshot: " + std::to_string(model_blobs.size()) + " model chunks stored, not 9");
  const Header h = read_header(source, generation);
  Vocabulary v = read_vocabulary(source, generation);
  GraphData g;
  decode_items(source, generation, h, v, g, threads);
  ModelParts p;
  parallel_for(model_blobs.size(), threads, [&](size_t k) { read_model_chunk(model_blobs[k], k, generation, p); });
  p.node_kind.resize(g.nodes.size());
  p.edge_type.resize(g.edges.size());
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    p.node_kind[i] = static_cast<TypeCode>(std::lower_bound(v.kinds.begin(), v.kinds.end(), g.nodes[i].kind) - v.kinds.begin());
  }
  for (size_t i = 0; i < g.edges.size(); ++i) {
    p.edge_type[i] = static_cast<TypeCode>(std::lower_bound(v.types.begin(), v.types.end(), g.edges[i].type) - v.types.begin());
  }
  p.kinds = std::move(v.kinds);
  p.types = std::move(v.types);
  p.node_keys = std::move(v.node_keys);
  p.edge_keys = std::move(v.edge_keys);
  try {
    return GraphModel::from_parts(std::move(g), std::move(p));
  } catch (const std::invalid_argument& e) {
    throw CodecError(e.what());
  }
}

// The model as columns: codes, ends and names copied out of the chunks, each chunk's extras
// kept for later, the model chunks read as arrays; all chunks on `threads` threads.
GraphModel decode_snapshot_model(const ChunkSource& source, uint64_t generation, unsigned threads) {
  const Header h = read_header(source, generation);
  Vocabulary v = read_vocabulary(source, generation);
  std::vector<std::string> node_blobs = source("nodes");
  std::vector<std::string> edge_blobs = source("edges");
  check_blobs(node_blobs, edge_blobs, h, v);
  std::vector<std::string> model_blobs = source("model");
  if (model_blobs.size() != 9) throw CodecError("snapshot: " + std::to_string(model_blobs.size()) + " model chunks stored, not 9");

  ModelParts p;
  ModelColumns c;
  c.nodes = h.nodes;
  c.edges = h.edges;
  c.nodes_per_chunk = kNodesPerChunk;
  c.edges_per_chunk = kEdgesPerChunk;
  auto details = std::make_shared<StoredDetails>(h.nodes, h.edges, h.node_chunks, h.edge_chunks, read_sources(source));
  resize_huge(p.node_kind, h.nodes);
  resize_huge(p.edge_type, h.edges);
  resize_huge(c.edge_source, h.edges);
  resize_huge(c.edge_target, h.edges);
  std::vector<ChunkNames> names(h.node_chunks);
  // Model chunks first: the large CSR arrays then overlap the many small item chunks.
  parallel_for(model_blobs.size() + h.node_chunks + h.edge_chunks, threads, [&](size_t task) {
    if (task < model_blobs.size()) {
      read_model_chunk(model_blobs[task], task, generation, p);
      return;
    }
    task -= model_blobs.size();
    const bool is_node = task < h.node_chunks;
    const size_t k = is_node ? task : task - h.node_chunks;
    const std::string& blob = is_node ? node_blobs[k] : edge_blobs[k];
    OpenChunk oc = open_chunk(blob, is_node, k, h, generation);
    ByteReader& r = oc.r;
    const std::string_view body = std::string_view(blob).substr(0, blob.size() - sizeof(uint64_t));
    if (is_node) {
      r.u16s_into(std::span(p.node_kind).subspan(oc.first, oc.count), "kind codes");
      names[k] = read_names(r, oc.count);
      details->node_tail(k) = extras_tail(r, body);
    } else {
      r.u16s_into(std::span(p.edge_type).subspan(oc.first, oc.count), "type codes");
      u32s_into(r, std::span(c.edge_source).subspan(oc.first, oc.count), "edge sources");
      u32s_into(r, std::span(c.edge_target).subspan(oc.first, oc.count), "edge targets");
      details->edge_tail(k) = extras_tail(r, body);
    }
  });
  // All names in one buffer, in node order.
  size_t total = 0;
  for (const ChunkNames& n : names) total += n.bytes.size();
  c.names.reserve(total);
  resize_huge(c.name_at, h.nodes + 1);
  size_t node = 0;
  for (const ChunkNames& n : names) {
    const uint64_t base = c.names.size();
    c.names.append(n.bytes);
    for (uint32_t end : n.ends) c.name_at[++node] = base + end;
  }
  c.details = std::move(details);
  p.kinds = std::move(v.kinds);
  p.types = std::move(v.types);
  p.node_keys = std::move(v.node_keys);
  p.edge_keys = std::move(v.edge_keys);
  try {
    return GraphModel::from_columns(std::move(c), std::move(p));
  } catch (const std::invalid_argument& e) {
    throw CodecError(e.what());
  }
}

}  // namespace kg::graph

// Layout of the chunks (integers are varints, see byte_codec.h):
//   header   "KGSH" version generation nodes edges node_chunks edge_chunks
//   vocab    "KGSV" version generation nkinds kind* ntypes type*
//   nodes/N  "KGSN" version generation first count node*
//            node = kind_code name naliases alias* properties sources
//   edges/N  "KGSE" version generation first count edge*
//            edge = type_code source target properties sources
//   identity "KGSI" version nnodes u64* nedges u64*
//   properties = n (key* value)*,  value = tag payload (0 null, 1 bool, 2 int, 3 double,
//                4 string, 5 string list)
//   sources    = n (file* article sentence begin end text* rule* confidence)*
// Fields marked * are per-chunk symbols: a sentence cited by several facts is stored once.
#include "graph/snapshot.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>

#include "graph/byte_codec.h"

namespace kg::graph {
namespace {

constexpr size_t kNodesPerChunk = 1 << 15;
constexpr size_t kEdgesPerChunk = 1 << 17;

// Runs task(i) for i in [0, n) on up to `threads` threads; the first exception is rethrown.
template <typename Task>
void parallel_for(size_t n, unsigned threads, Task task) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, n));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) task(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  auto worker = [&] {
    for (size_t i = next++; i < n && !failed; i = next++) {
      try {
        task(i);
      } catch (...) {
        if (!failed.exchange(true)) error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

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

  void sources(const std::vector<Source>& sources) {
    w_.varint(sources.size());
    for (const Source& s : sources) {
      sym_.write(w_, s.file);
      w_.svarint(s.article);
      w_.svarint(s.sentence);
      w_.varint(s.begin);
      w_.varint(s.end);
      sym_.write(w_, s.text);
      sym_.write(w_, s.rule);
      w_.f64(s.confidence);
    }
  }

 private:
  ByteWriter& w_;
  SymbolWriter sym_;
};

class ItemReader {
 public:
  explicit ItemReader(ByteReader& r) : r_(r) {}

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

  std::vector<Source> sources() {
    std::vector<Source> out(r_.count("sources", 14));
    for (Source& s : out) {
      s.file = sym_.read(r_);
      s.article = static_cast<int>(r_.sint_in(INT32_MIN, INT32_MAX, "source article"));
      s.sentence = static_cast<int>(r_.sint_in(INT32_MIN, INT32_MAX, "source sentence"));
      s.begin = r_.u32v("source begin");
      s.end = r_.u32v("source end");
      s.text = sym_.read(r_);
      s.rule = sym_.read(r_);
      s.confidence = r_.f64();
    }
    return out;
  }

 private:
  ByteReader& r_;
  SymbolReader sym_;
};

// Sorted distinct names and the position of each item's name among them.
template <typename T, typename Get>
std::vector<std::string> vocabulary(const std::vector<T>& items, Get get) {
  std::vector<std::string> names;
  for (const T& item : items) {
    const std::string& s = get(item);
    if (names.empty() || names.back() != s) names.push_back(s);  // cheap pre-filter for runs
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

size_t code_of(const std::vector<std::string>& names, const std::string& s) {
  return static_cast<size_t>(std::lower_bound(names.begin(), names.end(), s) - names.begin());
}

uint64_t fnv(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t fnv_u64(uint64_t v, uint64_t h) {
  for (int i = 0; i < 8; ++i) {
    h ^= (v >> (8 * i)) & 0xff;
    h *= 1099511628211ull;
  }
  return h;
}

constexpr uint64_t kFnvBasis = 1469598103934665603ull;

std::string one_chunk(const ChunkSource& source, const std::string& section) {
  std::vector<std::string> chunks = source(section);
  if (chunks.size() != 1) throw CodecError("snapshot section '" + section + "' has " + std::to_string(chunks.size()) + " chunks, not 1");
  return std::move(chunks.front());
}

}  // namespace

std::vector<SnapshotChunk> encode_snapshot(const GraphData& graph, uint64_t generation, unsigned threads) {
  const auto kinds = vocabulary(graph.nodes, [](const Node& n) -> const std::string& { return n.kind; });
  const auto types = vocabulary(graph.edges, [](const Edge& e) -> const std::string& { return e.type; });
  const size_t node_chunks = (graph.nodes.size() + kNodesPerChunk - 1) / kNodesPerChunk;
  const size_t edge_chunks = (graph.edges.size() + kEdgesPerChunk - 1) / kEdgesPerChunk;

  std::vector<SnapshotChunk> out(3 + node_chunks + edge_chunks);
  {
    ByteWriter w;
    begin_chunk(w, "KGSH", generation);
    w.varint(graph.nodes.size());
    w.varint(graph.edges.size());
    w.varint(node_chunks);
    w.varint(edge_chunks);
    out[0] = {"header", 0, w.take()};
  }
  {
    ByteWriter w;
    begin_chunk(w, "KGSV", generation);
    for (const auto* list : {&kinds, &types}) {
      w.varint(list->size());
      for (const auto& s : *list) w.str(s);
    }
    out[1] = {"vocab", 0, w.take()};
  }
  {
    const GraphIdentity id = identity_of(graph);
    ByteWriter w;
    w.bytes("KGSI");
    w.varint(kSnapshotVersion);
    for (const auto* list : {&id.nodes, &id.edges}) {
      w.varint(list->size());
      w.raw(list->data(), list->size() * sizeof(uint64_t));
    }
    out[2] = {"identity", 0, w.take()};
  }
  parallel_for(node_chunks + edge_chunks, threads, [&](size_t task) {
    ByteWriter w;
    ItemWriter items(w);
    if (task < node_chunks) {
      const size_t first = task * kNodesPerChunk, last = std::min(graph.nodes.size(), first + kNodesPerChunk);
      begin_chunk(w, "KGSN", generation);
      w.varint(first);
      w.varint(last - first);
      for (size_t i = first; i < last; ++i) {
        const Node& n = graph.nodes[i];
        w.varint(code_of(kinds, n.kind));
        w.str(n.name);
        w.varint(n.aliases.size());
        for (const auto& a : n.aliases) w.str(a);
        items.properties(n.properties);
        items.sources(n.sources);
      }
      out[3 + task] = {"nodes", static_cast<uint32_t>(task), w.take()};
    } else {
      const size_t k = task - node_chunks;
      const size_t first = k * kEdgesPerChunk, last = std::min(graph.edges.size(), first + kEdgesPerChunk);
      begin_chunk(w, "KGSE", generation);
      w.varint(first);
      w.varint(last - first);
      for (size_t i = first; i < last; ++i) {
        const Edge& e = graph.edges[i];
        w.varint(code_of(types, e.type));
        w.varint(e.source);
        w.varint(e.target);
        items.properties(e.properties);
        items.sources(e.sources);
      }
      out[3 + task] = {"edges", static_cast<uint32_t>(k), w.take()};
    }
  });
  return out;
}

GraphData decode_snapshot(const ChunkSource& source, uint64_t generation, unsigned threads) {
  const std::string header_blob = one_chunk(source, "header");
  ByteReader header(header_blob, "snapshot header");
  check_chunk(header, "KGSH", generation);
  const uint64_t node_count = header.uint_in(kNoNode - 1, "node count");
  const uint64_t edge_count = header.uint_in(UINT32_MAX - 1, "edge count");
  const uint64_t node_chunks = header.varint(), edge_chunks = header.varint();
  header.expect_end();
  if (node_chunks != (node_count + kNodesPerChunk - 1) / kNodesPerChunk ||
      edge_chunks != (edge_count + kEdgesPerChunk - 1) / kEdgesPerChunk) {
    header.fail("chunk counts do not match the node and edge counts");
  }

  const std::string vocab_blob = one_chunk(source, "vocab");
  ByteReader vocab(vocab_blob, "snapshot vocabulary");
  check_chunk(vocab, "KGSV", generation);
  std::vector<std::string> kinds(vocab.count("kinds", 1));
  for (auto& s : kinds) s = vocab.str();
  std::vector<std::string> types(vocab.count("types", 1));
  for (auto& s : types) s = vocab.str();
  vocab.expect_end();
  if ((node_count > 0 && kinds.empty()) || (edge_count > 0 && (types.empty() || node_count == 0)))
    vocab.fail("vocabulary is empty for a graph that is not");

  std::vector<std::string> node_blobs = source("nodes");
  std::vector<std::string> edge_blobs = source("edges");
  if (node_blobs.size() != node_chunks || edge_blobs.size() != edge_chunks)
    throw CodecError("snapshot: " + std::to_string(node_blobs.size()) + " node and " + std::to_string(edge_blobs.size()) +
                     " edge chunks stored, header says " + std::to_string(node_chunks) + " and " + std::to_string(edge_chunks));

  GraphData g;
  g.nodes.resize(node_count);
  g.edges.resize(edge_count);
  parallel_for(node_chunks + edge_chunks, threads, [&](size_t task) {
    const bool is_node = task < node_chunks;
    const size_t k = is_node ? task : task - node_chunks;
    const std::string& blob = is_node ? node_blobs[k] : edge_blobs[k];
    ByteReader r(blob, std::string("snapshot ") + (is_node ? "nodes" : "edges") + " chunk " + std::to_string(k));
    check_chunk(r, is_node ? "KGSN" : "KGSE", generation);
    const size_t per = is_node ? kNodesPerChunk : kEdgesPerChunk;
    const size_t total = is_node ? node_count : edge_count;
    const uint64_t first = r.varint(), count = r.varint();
    if (first != k * per || count != std::min(per, total - first)) r.fail("chunk covers the wrong range");
    ItemReader items(r);
    for (size_t i = first; i < first + count; ++i) {
      if (is_node) {
        Node& n = g.nodes[i];
        n.kind = kinds.at(r.uint_in(kinds.size() - 1, "kind code"));
        n.name = r.str();
        n.aliases.resize(r.count("aliases", 1));
        for (auto& a : n.aliases) a = r.str();
        n.properties = items.properties();
        n.sources = items.sources();
      } else {
        Edge& e = g.edges[i];
        e.type = types.at(r.uint_in(types.size() - 1, "type code"));
        e.source = static_cast<NodeId>(r.uint_in(node_count - 1, "edge source"));
        e.target = static_cast<NodeId>(r.uint_in(node_count - 1, "edge target"));
        e.properties = items.properties();
        e.sources = items.sources();
      }
    }
    r.expect_end();
  });
  return g;
}

GraphIdentity identity_of(const GraphData& graph) {
  GraphIdentity id;
  std::vector<uint64_t> node_hash(graph.nodes.size());
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const Node& n = graph.nodes[i];
    uint64_t h = fnv(n.kind, kFnvBasis);
    h = fnv(std::string_view("\0", 1), h);
    if (n.kind == "Article") {
      auto file = n.properties.find("file");
      auto index = n.properties.find("article");
      if (file != n.properties.end() && std::holds_alternative<std::string>(file->second)) h = fnv(std::get<std::string>(file->second), h);
      if (index != n.properties.end() && std::holds_alternative<int64_t>(index->second))
        h = fnv_u64(static_cast<uint64_t>(std::get<int64_t>(index->second)), h);
    } else {
      h = fnv(n.name, h);
    }
    node_hash[i] = h;
  }
  id.nodes = node_hash;
  id.edges.reserve(graph.edges.size());
  for (const Edge& e : graph.edges) {
    uint64_t h = fnv(e.type, kFnvBasis);
    h = fnv_u64(e.source < node_hash.size() ? node_hash[e.source] : 0, h);
    h = fnv_u64(e.target < node_hash.size() ? node_hash[e.target] : 0, h);
    id.edges.push_back(h);
  }
  std::sort(id.nodes.begin(), id.nodes.end());
  std::sort(id.edges.begin(), id.edges.end());
  return id;
}

GraphIdentity decode_identity(const ChunkSource& source) {
  GraphIdentity id;
  std::vector<std::string> chunks = source("identity");
  if (chunks.empty()) return id;
  if (chunks.size() != 1) throw CodecError("snapshot identity has several chunks");
  ByteReader r(chunks.front(), "snapshot identity");
  if (r.take(4) != "KGSI") r.fail("not an identity chunk");
  if (r.varint() != kSnapshotVersion) r.fail("identity of another snapshot format");
  for (auto* list : {&id.nodes, &id.edges}) {
    list->resize(r.count("identities", sizeof(uint64_t)));
    const std::string_view bytes = r.take(list->size() * sizeof(uint64_t));
    if (!list->empty()) std::memcpy(list->data(), bytes.data(), bytes.size());
    if (!std::is_sorted(list->begin(), list->end())) r.fail("identities are not sorted");
  }
  r.expect_end();
  return id;
}

IdentityDiff diff(const GraphIdentity& before, const GraphIdentity& after) {
  // Multiset differences of two sorted lists, counted without building them.
  auto only_in = [](const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    size_t n = 0, j = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      while (j < b.size() && b[j] < a[i]) ++j;
      if (j < b.size() && b[j] == a[i]) {
        ++j;
      } else {
        ++n;
      }
    }
    return n;
  };
  IdentityDiff d;
  d.nodes_added = only_in(after.nodes, before.nodes);
  d.nodes_removed = only_in(before.nodes, after.nodes);
  d.edges_added = only_in(after.edges, before.edges);
  d.edges_removed = only_in(before.edges, after.edges);
  return d;
}

}  // namespace kg::graph

#include "graph/stable_ids.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "graph/byte_codec.h"
#include "graph/parallel_for.h"

namespace kg::graph {
namespace {

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
constexpr uint64_t kSourceHashSeed = 0x6B67736F75726365ull;  // "kgsource"

// Combines two 64-bit values into one well-mixed value (order matters).
uint64_t mix(uint64_t a, uint64_t b) {
  uint64_t h = (a ^ (b + kMul + (a << 6) + (a >> 2))) * 0xBF58476D1CE4E5B9ull;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

// Appends fields to a buffer in a form where different field lists give different bytes.
class Fields {
 public:
  void str(std::string_view s) {
    u64(s.size());
    buf_.append(s);
  }
  void u64(uint64_t v) { buf_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void f64(double v) { buf_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void value(const Value& v) {
    u64(v.index());
    switch (v.index()) {
      case 1: u64(std::get<bool>(v) ? 1 : 0); break;
      case 2: u64(static_cast<uint64_t>(std::get<int64_t>(v))); break;
      case 3: f64(std::get<double>(v)); break;
      case 4: str(std::get<std::string>(v)); break;
      case 5:
        u64(std::get<std::vector<std::string>>(v).size());
        for (const auto& s : std::get<std::vector<std::string>>(v)) str(s);
        break;
      default: break;
    }
  }
  void properties(const Properties& p) {
    u64(p.size());
    for (const auto& [k, v] : p) {
      str(k);
      value(v);
    }
  }
  uint64_t hash() const { return checksum64(buf_); }
  void clear() { buf_.clear(); }

 private:
  std::string buf_;
};

uint64_t text_hash(std::string_view s) { return checksum64(s); }

// Tells equal identities apart by their rank in canonical order.
void number_repeats(std::vector<uint64_t>& keys) {
  std::unordered_map<uint64_t, uint64_t> seen;
  seen.reserve(keys.size());
  for (uint64_t& k : keys) {
    const uint64_t rank = seen[k]++;
    if (rank > 0) k = mix(k, rank);
  }
}

// Gives each canonical position a stored id: the id of the stored item with the same key when
// there is one, else a free id; ids end up dense, 0..n-1. Returns (added, removed).
std::pair<size_t, size_t> assign(const std::vector<uint64_t>& keys, const std::vector<uint64_t>& stored_keys,
                                 std::vector<uint32_t>& ids) {
  const size_t n_new = keys.size(), n_old = stored_keys.size();
  std::unordered_map<uint64_t, uint32_t> old_id;
  old_id.reserve(n_old);
  for (size_t s = 0; s < n_old; ++s) old_id.emplace(stored_keys[s], static_cast<uint32_t>(s));
  ids.assign(n_new, UINT32_MAX);
  std::vector<char> taken(n_old, 0), occupied(n_new, 0);
  std::vector<size_t> fresh, movers;  // new items; items stored at or above n_new (they move down)
  size_t matched = 0;
  for (size_t r = 0; r < n_new; ++r) {
    auto it = old_id.find(keys[r]);
    if (it == old_id.end() || taken[it->second]) {
      fresh.push_back(r);
      continue;
    }
    taken[it->second] = 1;
    ++matched;
    if (it->second < n_new) {
      ids[r] = it->second;
      occupied[it->second] = 1;
    } else {
      movers.push_back(r);
    }
  }
  const size_t added = n_new - matched, removed = n_old - matched;
  size_t next_free = 0;
  for (const auto* list : {&fresh, &movers}) {
    for (size_t r : *list) {
      while (occupied[next_free]) ++next_free;
      ids[r] = static_cast<uint32_t>(next_free);
      occupied[next_free] = 1;
    }
  }
  return {added, removed};
}

}  // namespace

uint64_t node_identity(const Node& n) {
  uint64_t h = mix(text_hash(n.kind), 1);
  if (n.kind == "Article") {
    auto file = n.properties.find("file");
    auto index = n.properties.find("article");
    if (file != n.properties.end() && std::holds_alternative<std::string>(file->second))
      h = mix(h, text_hash(std::get<std::string>(file->second)));
    if (index != n.properties.end() && std::holds_alternative<int64_t>(index->second))
      h = mix(h, static_cast<uint64_t>(std::get<int64_t>(index->second)));
    return h;
  }
  return mix(h, text_hash(n.name));
}

uint64_t source_hash(const Source& s) {
  // The file name, sentence and rule enter by the checksum their shared object keeps (and their
  // length): each distinct text is read once per build, not once per source citing it (a
  // sentence backs several facts, a file name and a rule thousands). Since keys version 2.
  uint64_t h = mix(kSourceHashSeed, s.file.size());
  h = mix(h, s.file.checksum());
  h = mix(h, static_cast<uint64_t>(static_cast<int64_t>(s.article)));
  h = mix(h, static_cast<uint64_t>(static_cast<int64_t>(s.sentence)));
  h = mix(h, s.begin);
  h = mix(h, s.end);
  h = mix(h, s.text.size());
  h = mix(h, s.text.checksum());
  h = mix(h, s.rule.size());
  h = mix(h, s.rule.checksum());
  uint64_t confidence = 0;
  std::memcpy(&confidence, &s.confidence, sizeof confidence);
  return mix(h, confidence);
}

IdAssignment assign_ids(const GraphData& canonical, const GraphKeys& stored) {
  IdAssignment a;
  a.node_key.resize(canonical.nodes.size());
  for (size_t i = 0; i < canonical.nodes.size(); ++i) a.node_key[i] = node_identity(canonical.nodes[i]);
  number_repeats(a.node_key);
  a.edge_key.resize(canonical.edges.size());
  for (size_t i = 0; i < canonical.edges.size(); ++i) {
    const Edge& e = canonical.edges[i];
    a.edge_key[i] = mix(mix(mix(text_hash(e.type), 2), a.node_key.at(e.source)), a.node_key.at(e.target));
  }
  number_repeats(a.edge_key);
  std::tie(a.nodes_added, a.nodes_removed) = assign(a.node_key, stored.nodes.identity, a.node_id);
  std::tie(a.edges_added, a.edges_removed) = assign(a.edge_key, stored.edges.identity, a.edge_id);
  return a;
}

StoredKeys keys_of(const GraphData& g, const IdAssignment& ids) {
  const auto& node_id = ids.node_id;
  const auto& edge_id = ids.edge_id;
  StoredKeys out;
  GraphKeys& k = out.keys;
  const size_t nn = g.nodes.size(), ne = g.edges.size();
  k.node_order.assign(ids.node_id.begin(), ids.node_id.end());
  k.edge_order.assign(ids.edge_id.begin(), ids.edge_id.end());
  k.nodes.identity.resize(nn);
  k.edges.identity.resize(ne);
  for (size_t r = 0; r < nn; ++r) k.nodes.identity[ids.node_id[r]] = ids.node_key[r];
  for (size_t r = 0; r < ne; ++r) k.edges.identity[ids.edge_id[r]] = ids.edge_key[r];
  // Content hashes, from the sources' hashes (kept: evidence rows are compared by them).
  out.node_sources.resize(nn);
  out.edge_sources.resize(ne);
  k.nodes.content.resize(nn);
  k.edges.content.resize(ne);
  for (size_t r = 0; r < ne; ++r) {
    const Edge& e = g.edges[r];
    if (e.source >= nn || e.target >= nn) throw std::out_of_range("keys_of: an edge end is not a node");
  }
  // Every source hashed on every core, in runs of equal size whatever item they belong to (a
  // much-cited country is many runs); then each item's content hash, from its sources' hashes.
  const auto sources_of = [&](size_t item) -> const std::vector<Source>& {
    return item < nn ? g.nodes[item].sources : g.edges[item - nn].sources;
  };
  std::vector<size_t> first(nn + ne + 1, 0);
  for (size_t item = 0; item < nn + ne; ++item) first[item + 1] = first[item] + sources_of(item).size();
  std::vector<uint64_t> hashes(first.back());
  constexpr size_t kRun = 8192;
  parallel_for((hashes.size() + kRun - 1) / kRun, 0, [&](size_t run) {
    const size_t begin = run * kRun, end = std::min(hashes.size(), begin + kRun);
    size_t item = static_cast<size_t>(std::upper_bound(first.begin(), first.end(), begin) - first.begin()) - 1;
    for (size_t at = begin; at < end; ++at) {
      while (first[item + 1] <= at) ++item;
      hashes[at] = source_hash(sources_of(item)[at - first[item]]);
    }
  });
  Fields f;
  auto sources = [&](size_t item, std::vector<uint64_t>& out_hashes) {
    out_hashes.assign(hashes.begin() + static_cast<std::ptrdiff_t>(first[item]), hashes.begin() + static_cast<std::ptrdiff_t>(first[item + 1]));
    f.u64(out_hashes.size());
    for (uint64_t h : out_hashes) f.u64(h);
  };
  for (size_t r = 0; r < nn; ++r) {
    const Node& n = g.nodes[r];
    const size_t s = node_id[r];
    f.clear();
    f.str(n.kind);
    f.str(n.name);
    f.u64(n.aliases.size());
    for (const auto& a : n.aliases) f.str(a);
    f.properties(n.properties);
    sources(r, out.node_sources[s]);
    k.nodes.content[s] = f.hash();
  }
  for (size_t r = 0; r < ne; ++r) {
    const Edge& e = g.edges[r];
    const size_t s = edge_id[r];
    f.clear();
    f.str(e.type);
    f.u64(node_id[e.source]);
    f.u64(node_id[e.target]);
    f.properties(e.properties);
    sources(nn + r, out.edge_sources[s]);
    k.edges.content[s] = f.hash();
  }
  return out;
}

GraphData to_canonical(GraphData stored, const std::vector<uint32_t>& node_order, const std::vector<uint32_t>& edge_order) {
  if (node_order.empty() && edge_order.empty()) return stored;
  const size_t nn = stored.nodes.size(), ne = stored.edges.size();
  if (node_order.size() != nn || edge_order.size() != ne)
    throw CodecError("graph order: " + std::to_string(node_order.size()) + " nodes and " + std::to_string(edge_order.size()) +
                     " edges ordered, the graph has " + std::to_string(nn) + " and " + std::to_string(ne));
  std::vector<NodeId> rank(nn, kNoNode);
  for (size_t r = 0; r < nn; ++r) {
    if (node_order[r] >= nn || rank[node_order[r]] != kNoNode) throw CodecError("graph order: node order is not a permutation");
    rank[node_order[r]] = static_cast<NodeId>(r);
  }
  std::vector<char> seen(ne, 0);
  for (uint32_t id : edge_order) {
    if (id >= ne || seen[id]) throw CodecError("graph order: edge order is not a permutation");
    seen[id] = 1;
  }
  GraphData g;
  g.nodes.resize(nn);
  g.edges.resize(ne);
  for (size_t r = 0; r < nn; ++r) g.nodes[r] = std::move(stored.nodes[node_order[r]]);
  for (size_t r = 0; r < ne; ++r) {
    Edge& e = g.edges[r];
    e = std::move(stored.edges[edge_order[r]]);
    if (e.source >= nn || e.target >= nn) throw CodecError("graph order: an edge end is not a node");
    e.source = rank[e.source];
    e.target = rank[e.target];
  }
  return g;
}

std::string encode_keys(const GraphKeys& keys) {
  ByteWriter w;
  w.bytes("KGGK");
  w.varint(kKeysVersion);
  for (const auto* items : {&keys.nodes, &keys.edges}) {
    w.varint(items->identity.size());
    w.raw(items->identity.data(), items->identity.size() * sizeof(uint64_t));
    w.raw(items->content.data(), items->content.size() * sizeof(uint64_t));
  }
  w.u32s(keys.node_order);
  w.u32s(keys.edge_order);
  return seal(w);
}

GraphKeys decode_keys(std::string_view blob) {
  ByteReader r(unseal(blob, "graph keys"), "graph keys");
  if (r.take(4) != "KGGK") r.fail("not a graph keys blob");
  const uint64_t version = r.varint();
  if (version < 1 || version > kKeysVersion) r.fail("graph keys of another version");
  GraphKeys keys;
  keys.version = static_cast<uint32_t>(version);
  for (auto* items : {&keys.nodes, &keys.edges}) {
    const size_t n = r.count("items", 2 * sizeof(uint64_t));
    for (auto* list : {&items->identity, &items->content}) {
      list->resize(n);
      const std::string_view bytes = r.take(n * sizeof(uint64_t));
      if (n) std::memcpy(list->data(), bytes.data(), bytes.size());
    }
  }
  keys.node_order = r.u32s("node order");
  keys.edge_order = r.u32s("edge order");
  r.expect_end();
  if (keys.node_order.size() != keys.nodes.identity.size() || keys.edge_order.size() != keys.edges.identity.size())
    r.fail("order and items differ in size");
  return keys;
}

}  // namespace kg::graph

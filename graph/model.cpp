// GraphModel over Boost's compressed_sparse_row_graph.
//
// Layout: the CSR keeps, per node, its out-edges as (target, EdgeId) in two parallel arrays
// (m_forward.m_column and m_forward.m_edge_properties), and its in-edges as sources in
// m_backward.m_column with the forward position of each edge in m_backward.m_edge_properties.
// We add one array, in_edge_ids_, that resolves those forward positions to EdgeIds once, so both
// sides of a node are two contiguous spans and a traversal never chases an extra pointer.
//
// Indexes built alongside: name_key -> nodes (name and every alias), kind -> nodes,
// type -> edges, and dense codes for kinds and types so filters compare small integers.
#include "graph/model.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "graph/model_impl.h"
#include "ingest/name_key.h"

namespace kg::graph {

namespace {

using detail::Csr;

}  // namespace

namespace {

// Sorted distinct values of `get(item)` over `items`, with the code of every item. One hash
// lookup an item (a set or a binary search of strings per edge is slow for 10M edges).
template <typename T, typename Get>
std::vector<std::string> make_codes(const std::vector<T>& items, Get get, std::vector<TypeCode>& codes) {
  std::unordered_map<std::string_view, uint32_t> first_seen;
  std::vector<std::string_view> names;
  std::vector<uint32_t> provisional(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    auto [it, inserted] = first_seen.try_emplace(get(items[i]), static_cast<uint32_t>(names.size()));
    if (inserted) {
      if (names.size() + 1 >= kNoCode) throw std::invalid_argument("graph has too many distinct kinds or types");
      names.push_back(it->first);
    }
    provisional[i] = it->second;
  }
  std::vector<uint32_t> order(names.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return names[a] < names[b]; });
  std::vector<TypeCode> remap(names.size());
  std::vector<std::string> sorted;
  for (uint32_t k = 0; k < order.size(); ++k) {
    remap[order[k]] = static_cast<TypeCode>(k);
    sorted.emplace_back(names[order[k]]);
  }
  codes.resize(items.size());
  for (size_t i = 0; i < items.size(); ++i) codes[i] = remap[provisional[i]];
  return sorted;
}

TypeCode find_code(const std::vector<std::string>& names, std::string_view name) {
  auto it = std::lower_bound(names.begin(), names.end(), name);
  if (it == names.end() || *it != name) return kNoCode;
  return static_cast<TypeCode>(it - names.begin());
}

}  // namespace

namespace {

// source_files(sources).size(), without copying a file name.
size_t distinct_files(const std::vector<Source>& sources) {
  if (sources.size() < 2) return sources.size();
  std::vector<std::string_view> files;
  for (size_t i = 0; i < sources.size(); ++i) {
    if (i == 0 || sources[i].file != sources[i - 1].file) files.emplace_back(sources[i].file);  // runs of one file
  }
  std::sort(files.begin(), files.end());
  return static_cast<size_t>(std::unique(files.begin(), files.end()) - files.begin());
}

}  // namespace

GraphModel::GraphModel(GraphData data) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.data = std::move(data);
  const auto& nodes = m.data.nodes;
  const auto& edges = m.data.edges;
  if (nodes.size() >= kNoNode) throw std::invalid_argument("graph has too many nodes");

  std::vector<std::pair<NodeId, NodeId>> ends;
  std::vector<EdgeId> ids;
  ends.reserve(edges.size());
  ids.reserve(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    const Edge& e = edges[i];
    if (e.source >= nodes.size() || e.target >= nodes.size()) {
      throw std::invalid_argument("edge " + std::to_string(i) + " (" + e.type + "): endpoint out of range (" +
                                  std::to_string(nodes.size()) + " nodes)");
    }
    ends.emplace_back(e.source, e.target);
    ids.push_back(static_cast<EdgeId>(i));
  }
  m.csr = Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), ids.begin(),
              static_cast<NodeId>(nodes.size()));
  const auto& fwd_ids = m.csr.m_forward.m_edge_properties;
  const auto& back_pos = m.csr.m_backward.m_edge_properties;
  m.in_edge_ids.resize(back_pos.size());
  for (size_t k = 0; k < back_pos.size(); ++k) m.in_edge_ids[k] = fwd_ids[back_pos[k]];

  m.kinds = make_codes(nodes, [](const Node& n) -> const std::string& { return n.kind; }, m.node_kind);
  m.types = make_codes(edges, [](const Edge& e) -> const std::string& { return e.type; }, m.edge_type);
  m.nodes_by_kind.resize(m.kinds.size());
  for (NodeId v = 0; v < nodes.size(); ++v) m.nodes_by_kind[m.node_kind[v]].push_back(v);
  m.edges_by_type.resize(m.types.size());
  for (EdgeId e = 0; e < edges.size(); ++e) m.edges_by_type[m.edge_type[e]].push_back(e);

  std::set<std::string, std::less<>> node_keys = {"aliases", "kind", "name", "sources"};
  std::set<std::string, std::less<>> edge_keys = {"sources"};
  m.node_files.resize(nodes.size());
  m.name_at.reserve(nodes.size() + 1);
  for (const Node& n : nodes) {
    m.name_at.push_back(m.names.size());
    m.names += n.name;
  }
  m.name_at.push_back(m.names.size());
  // The name index: every (key, node) pair, sorted, then laid out flat.
  std::vector<std::pair<std::string, NodeId>> pairs;
  pairs.reserve(nodes.size());
  std::vector<std::string> keys;
  for (NodeId v = 0; v < nodes.size(); ++v) {
    const Node& n = nodes[v];
    keys.clear();
    keys.push_back(ingest::name_key(n.name));
    for (const std::string& alias : n.aliases) keys.push_back(ingest::name_key(alias));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (std::string& key : keys) {
      if (!key.empty()) pairs.emplace_back(std::move(key), v);
    }
    m.node_files[v] = static_cast<uint32_t>(distinct_files(n.sources));
    for (const auto& [key, value] : n.properties) node_keys.insert(key);
  }
  std::sort(pairs.begin(), pairs.end());
  m.name_nodes.reserve(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (i == 0 || pairs[i].first != pairs[i - 1].first) {
      if (m.name_key_bytes.size() + pairs[i].first.size() >= UINT32_MAX) throw std::invalid_argument("graph has too many names");
      m.name_key_at.push_back(static_cast<uint32_t>(m.name_key_bytes.size()));
      m.name_key_bytes += pairs[i].first;
      m.name_start.push_back(static_cast<uint32_t>(m.name_nodes.size()));
    }
    m.name_nodes.push_back(pairs[i].second);
  }
  m.name_key_at.push_back(static_cast<uint32_t>(m.name_key_bytes.size()));
  m.name_start.push_back(static_cast<uint32_t>(m.name_nodes.size()));
  for (const Edge& e : edges) {
    for (const auto& [key, value] : e.properties) edge_keys.insert(key);
  }
  m.node_keys.assign(node_keys.begin(), node_keys.end());
  m.edge_keys.assign(edge_keys.begin(), edge_keys.end());
}

GraphModel::~GraphModel() = default;
GraphModel::GraphModel(GraphModel&&) noexcept = default;
GraphModel& GraphModel::operator=(GraphModel&&) noexcept = default;

size_t GraphModel::node_count() const { return impl_->node_kind.size(); }
size_t GraphModel::edge_count() const { return impl_->edge_type.size(); }

const Node& GraphModel::node(NodeId id) const {
  if (!impl_->columns()) return impl_->data.nodes.at(id);
  if (id >= impl_->node_kind.size()) throw std::out_of_range("node id " + std::to_string(id) + " out of range");
  return impl_->lazy_node(id);
}

const Edge& GraphModel::edge(EdgeId id) const {
  if (!impl_->columns()) return impl_->data.edges.at(id);
  if (id >= impl_->edge_type.size()) throw std::out_of_range("edge id " + std::to_string(id) + " out of range");
  return impl_->lazy_edge(id);
}

NodeId GraphModel::edge_source(EdgeId id) const {
  return impl_->columns() ? impl_->edge_source[id] : impl_->data.edges[id].source;
}
NodeId GraphModel::edge_target(EdgeId id) const {
  return impl_->columns() ? impl_->edge_target[id] : impl_->data.edges[id].target;
}

std::string_view GraphModel::node_name(NodeId id) const {
  const uint64_t begin = impl_->name_at.at(id);
  return std::string_view(impl_->names).substr(begin, impl_->name_at[id + 1] - begin);
}

const GraphData& GraphModel::data() const {
  Impl& m = *impl_;
  if (!m.columns()) return m.data;
  std::call_once(m.data_once, [&] {
    GraphData g;
    g.nodes.reserve(node_count());
    g.edges.reserve(edge_count());
    // Copies of the objects already made, the others made straight into `g`.
    for (NodeId v = 0; v < node_count(); ++v) {
      const Node* made = m.node_chunk(v).slots[v % m.nodes_per_chunk].load(std::memory_order_acquire);
      if (made) {
        g.nodes.push_back(*made);
      } else {
        m.fill_node(v, g.nodes.emplace_back());
      }
    }
    for (EdgeId e = 0; e < edge_count(); ++e) {
      const Edge* made = m.edge_chunk(e).slots[e % m.edges_per_chunk].load(std::memory_order_acquire);
      if (made) {
        g.edges.push_back(*made);
      } else {
        m.fill_edge(e, g.edges.emplace_back());
      }
    }
    m.data = std::move(g);
  });
  return m.data;
}

void GraphModel::for_each_node_with_details(const std::function<void(NodeId, const Node&)>& f) const {
  Impl& m = *impl_;
  auto has = [](const Node& n) { return !n.aliases.empty() || !n.properties.empty() || !n.sources.empty(); };
  if (!m.columns()) {
    for (NodeId v = 0; v < m.data.nodes.size(); ++v) {
      if (has(m.data.nodes[v])) f(v, m.data.nodes[v]);
    }
    return;
  }
  for (size_t first = 0; first < node_count(); first += m.nodes_per_chunk) {
    const detail::LazyChunk<Node>& c = m.node_chunk(static_cast<NodeId>(first));
    for (size_t i = 0; i < c.count; ++i) {
      const Node* n = c.slots[i].load(std::memory_order_acquire);
      if (n && has(*n)) f(static_cast<NodeId>(first + i), *n);
    }
  }
}

void GraphModel::for_each_edge_with_details(const std::function<void(EdgeId, const Edge&)>& f) const {
  Impl& m = *impl_;
  auto has = [](const Edge& e) { return !e.properties.empty() || !e.sources.empty(); };
  if (!m.columns()) {
    for (EdgeId e = 0; e < m.data.edges.size(); ++e) {
      if (has(m.data.edges[e])) f(e, m.data.edges[e]);
    }
    return;
  }
  for (size_t first = 0; first < edge_count(); first += m.edges_per_chunk) {
    const detail::LazyChunk<Edge>& c = m.edge_chunk(static_cast<EdgeId>(first));
    for (size_t i = 0; i < c.count; ++i) {
      const Edge* e = c.slots[i].load(std::memory_order_acquire);
      if (e && has(*e)) f(static_cast<EdgeId>(first + i), *e);
    }
  }
}

namespace {

// Makes the object in `slot` from `make()` unless another thread did first; returns the one kept.
template <typename T, typename Make>
const T& make_once(std::atomic<T*>& slot, Make make) {
  T* have = slot.load(std::memory_order_acquire);
  if (have) return *have;
  auto fresh = std::make_unique<T>(make());
  if (slot.compare_exchange_strong(have, fresh.get(), std::memory_order_acq_rel, std::memory_order_acquire)) return *fresh.release();
  return *have;
}

// The chunk holding item `id`, its details decoded and its slots allocated on first use.
template <typename T, typename Details>
detail::LazyChunk<T>& chunk_of(std::unique_ptr<detail::LazyChunk<T>[]>& chunks, size_t id, size_t per, size_t total, Details details) {
  const size_t k = id / per;
  detail::LazyChunk<T>& c = chunks[k];
  std::call_once(c.once, [&] {
    const size_t first = k * per;
    const size_t count = std::min(per, total - first);
    auto slots = std::make_unique<std::atomic<T*>[]>(count);
    for (auto& [item, value] : details(k)) {
      if (item < first || item >= first + count || slots[item - first].load(std::memory_order_relaxed))
        throw std::logic_error("snapshot details out of their chunk");
      slots[item - first].store(new T(std::move(value)), std::memory_order_relaxed);
    }
    c.count = count;
    c.slots = std::move(slots);
  });
  return c;
}

}  // namespace

// Items with details get them (and kind / type, name, ends) when their chunk is first touched;
// the others are made from the columns alone.
void GraphModel::Impl::fill_node(NodeId v, Node& n) const {
  n.kind = kinds[node_kind[v]];
  n.name.assign(names, name_at[v], name_at[v + 1] - name_at[v]);
}

void GraphModel::Impl::fill_edge(EdgeId e, Edge& edge) const {
  edge.type = types[edge_type[e]];
  edge.source = edge_source[e];
  edge.target = edge_target[e];
}

detail::LazyChunk<Node>& GraphModel::Impl::node_chunk(NodeId v) {
  return chunk_of(node_chunks, v, nodes_per_chunk, node_kind.size(), [&](size_t k) {
    auto items = details->node_details(k);
    for (auto& [id, n] : items) {
      if (id < node_kind.size()) fill_node(id, n);
    }
    return items;
  });
}

detail::LazyChunk<Edge>& GraphModel::Impl::edge_chunk(EdgeId e) {
  return chunk_of(edge_chunks, e, edges_per_chunk, edge_type.size(), [&](size_t k) {
    auto items = details->edge_details(k);
    for (auto& [id, edge] : items) {
      if (id < edge_type.size()) fill_edge(id, edge);
    }
    return items;
  });
}

const Node& GraphModel::Impl::lazy_node(NodeId v) {
  return make_once(node_chunk(v).slots[v % nodes_per_chunk], [&] {
    Node n;
    fill_node(v, n);
    return n;
  });
}

const Edge& GraphModel::Impl::lazy_edge(EdgeId e) {
  return make_once(edge_chunk(e).slots[e % edges_per_chunk], [&] {
    Edge edge;
    fill_edge(e, edge);
    return edge;
  });
}

AdjacencySpan GraphModel::out_adjacency(NodeId v) const {
  const auto& f = impl_->csr.m_forward;
  const uint32_t begin = f.m_rowstart[v];
  const uint32_t end = f.m_rowstart[v + 1];
  return {std::span<const NodeId>(f.m_column.data() + begin, end - begin),
          std::span<const EdgeId>(f.m_edge_properties.data() + begin, end - begin)};
}

AdjacencySpan GraphModel::in_adjacency(NodeId v) const {
  const auto& b = impl_->csr.m_backward;
  const uint32_t begin = b.m_rowstart[v];
  const uint32_t end = b.m_rowstart[v + 1];
  return {std::span<const NodeId>(b.m_column.data() + begin, end - begin),
          std::span<const EdgeId>(impl_->in_edge_ids.data() + begin, end - begin)};
}

void GraphModel::neighbours(NodeId v, Direction dir, std::vector<Adjacent>& out) const {
  if (dir != Direction::In) {
    AdjacencySpan a = out_adjacency(v);
    for (size_t i = 0; i < a.size(); ++i) out.push_back({a.nodes[i], a.edges[i], true});
  }
  if (dir != Direction::Out) {
    AdjacencySpan a = in_adjacency(v);
    for (size_t i = 0; i < a.size(); ++i) out.push_back({a.nodes[i], a.edges[i], false});
  }
}

size_t GraphModel::out_degree(NodeId v) const { return boost::out_degree(v, impl_->csr); }
size_t GraphModel::in_degree(NodeId v) const { return boost::in_degree(v, impl_->csr); }

TypeCode GraphModel::kind_code(std::string_view kind) const { return find_code(impl_->kinds, kind); }
TypeCode GraphModel::type_code(std::string_view type) const { return find_code(impl_->types, type); }
TypeCode GraphModel::node_kind_code(NodeId v) const { return impl_->node_kind[v]; }
TypeCode GraphModel::edge_type_code(EdgeId e) const { return impl_->edge_type[e]; }
const std::string& GraphModel::kind_name(TypeCode code) const { return impl_->kinds.at(code); }
const std::string& GraphModel::relationship_type_name(TypeCode code) const { return impl_->types.at(code); }
std::span<const NodeId> GraphModel::nodes_with_kind_code(TypeCode code) const {
  if (code >= impl_->nodes_by_kind.size()) return {};
  return impl_->nodes_by_kind[code];
}
size_t GraphModel::node_source_count(NodeId v) const { return impl_->node_files[v]; }

std::vector<NodeId> GraphModel::find_by_name(std::string_view name) const {
  const Impl& m = *impl_;
  const std::string key = ingest::name_key(name);
  if (key.empty()) return {};
  // Binary search of the flat sorted keys.
  size_t lo = 0, hi = m.key_count();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (m.name_key(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  if (lo == m.key_count() || m.name_key(lo) != key) return {};
  const std::span<const NodeId> found(m.name_nodes.data() + m.name_start[lo], m.name_start[lo + 1] - m.name_start[lo]);
  struct Ranked {
    bool alias_only;
    uint32_t files;
    NodeId id;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(found.size());
  for (NodeId v : found) ranked.push_back({ingest::name_key(node_name(v)) != key, m.node_files[v], v});
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.alias_only != b.alias_only) return !a.alias_only;
    if (a.files != b.files) return a.files > b.files;
    return a.id < b.id;
  });
  std::vector<NodeId> out;
  out.reserve(ranked.size());
  for (const Ranked& r : ranked) out.push_back(r.id);
  return out;
}

std::span<const NodeId> GraphModel::nodes_of_kind(std::string_view kind) const {
  TypeCode code = kind_code(kind);
  if (code == kNoCode) return {};
  return impl_->nodes_by_kind[code];
}

std::span<const EdgeId> GraphModel::edges_of_type(std::string_view type) const {
  TypeCode code = type_code(type);
  if (code == kNoCode) return {};
  return impl_->edges_by_type[code];
}

std::vector<std::string> GraphModel::kinds() const { return impl_->kinds; }
std::vector<std::string> GraphModel::relationship_types() const { return impl_->types; }
std::vector<std::string> GraphModel::node_property_keys() const { return impl_->node_keys; }
std::vector<std::string> GraphModel::edge_property_keys() const { return impl_->edge_keys; }

}  // namespace kg::graph

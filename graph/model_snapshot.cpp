// GraphModel <-> ModelParts: taking the computed arrays out of a model, and building a model
// from stored arrays without recomputing them (what makes opening a large graph a read):
// from_parts beside a GraphData, from_columns beside the graph's columns alone (the snapshot
// load path). Both check what memory safety needs, in sequential passes: every array's size,
// every index in range, row starts non-decreasing, codes in range (from_parts also matches them
// against the kinds and types of the data), and the CSR against the edge ends at a few
// thousand sampled positions. Neither re-derives the whole CSR (random reads over every edge,
// as costly as building it): the snapshot's per-chunk checksums (graph/snapshot.h) catch damage.
#include <algorithm>
#include <stdexcept>

#include "graph/model_impl.h"
#include "graph/model_parts.h"

namespace kg::graph {
namespace {

[[noreturn]] void bad(const std::string& what) { throw std::invalid_argument("model snapshot: " + what); }

// A CSR side: `start` has n + 1 non-decreasing entries from 0 to m.
void check_starts(const std::vector<uint32_t>& start, size_t n, size_t m, const char* what) {
  if (start.size() != n + 1 || start.front() != 0 || start.back() != m) bad(std::string(what) + " row starts do not fit the graph");
  for (size_t v = 0; v < n; ++v) {
    if (start[v] > start[v + 1]) bad(std::string(what) + " row starts decrease");
  }
}

}  // namespace

GraphModel::GraphModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ModelParts GraphModel::parts() const {
  const Impl& m = *impl_;
  ModelParts p;
  const auto& f = m.csr.m_forward;
  const auto& b = m.csr.m_backward;
  p.out_start.assign(f.m_rowstart.begin(), f.m_rowstart.end());
  p.out_target.assign(f.m_column.begin(), f.m_column.end());
  p.out_edge.assign(f.m_edge_properties.begin(), f.m_edge_properties.end());
  p.in_start.assign(b.m_rowstart.begin(), b.m_rowstart.end());
  p.in_source.assign(b.m_column.begin(), b.m_column.end());
  p.in_position.assign(b.m_edge_properties.begin(), b.m_edge_properties.end());
  p.in_edge = m.in_edge_ids;
  p.kinds = m.kinds;
  p.types = m.types;
  p.node_kind = m.node_kind;
  p.edge_type = m.edge_type;
  p.node_files = m.node_files;
  p.name_key_bytes = m.name_key_bytes;
  p.name_key_at = m.name_key_at;
  p.name_start = m.name_start;
  p.name_nodes = m.name_nodes;
  p.node_keys = m.node_keys;
  p.edge_keys = m.edge_keys;
  return p;
}

namespace {

// What from_parts and from_columns check alike: every array's size, every index in range (so
// no accessor can read outside an array), the name index well-formed, and the CSR against the
// edge ends at a few thousand evenly spread positions of each side. Whether the arrays describe
// exactly the graph's edges is not re-derived (that costs random reads over every edge, as much
// as building the CSR): the snapshot's chunk checksums catch damage; the samples catch arrays
// laid out by another model than this one (a format change that forgot to bump
// kSnapshotVersion) or belonging to another graph.
template <typename Source, typename Target>
void check_parts(const ModelParts& p, size_t n, size_t m, Source source_of, Target target_of) {
  if (n >= kNoNode || m >= UINT32_MAX) bad("graph too large");
  check_starts(p.out_start, n, m, "out-edge");
  check_starts(p.in_start, n, m, "in-edge");
  for (const auto* a : {&p.out_target, &p.out_edge, &p.in_source, &p.in_position, &p.in_edge}) {
    if (a->size() != m) bad("CSR arrays do not have one entry per edge");
  }
  for (NodeId t : p.out_target) {
    if (t >= n) bad("an out-edge leads to a missing node");
  }
  for (NodeId s : p.in_source) {
    if (s >= n) bad("an in-edge comes from a missing node");
  }
  for (const auto* ids : {&p.out_edge, &p.in_position, &p.in_edge}) {
    for (uint32_t e : *ids) {
      if (e >= m) bad("an edge id is out of range");
    }
  }
  if (m > 0) {
    const size_t step = std::max<size_t>(1, m / 4096);
    for (size_t i = 0; i < m; i += step) {
      const auto row = [&](const std::vector<uint32_t>& start) {
        return static_cast<NodeId>(std::upper_bound(start.begin(), start.end(), static_cast<uint32_t>(i)) - start.begin() - 1);
      };
      const EdgeId out = p.out_edge[i];
      if (source_of(out) != row(p.out_start) || target_of(out) != p.out_target[i]) bad("out-edges do not match the graph's edges");
      const EdgeId in = p.in_edge[i];
      if (target_of(in) != row(p.in_start) || source_of(in) != p.in_source[i] || p.out_edge[p.in_position[i]] != in)
        bad("in-edges do not match the graph's edges");
    }
  }
  if (p.kinds.size() >= kNoCode || p.types.size() >= kNoCode) bad("too many kinds or types");
  if (!std::is_sorted(p.kinds.begin(), p.kinds.end()) || !std::is_sorted(p.types.begin(), p.types.end()))
    bad("kinds or types are not sorted");
  if (p.node_kind.size() != n || p.edge_type.size() != m || p.node_files.size() != n) bad("per-item arrays do not fit the graph");
  const size_t keys = p.name_key_at.empty() ? 0 : p.name_key_at.size() - 1;
  if (p.name_key_at.empty() || p.name_key_at.front() != 0 || p.name_key_at.back() != p.name_key_bytes.size() ||
      p.name_start.size() != keys + 1 || p.name_start.front() != 0 || p.name_start.back() != p.name_nodes.size())
    bad("name index does not fit");
  for (size_t k = 0; k < keys; ++k) {
    if (p.name_start[k] > p.name_start[k + 1] || p.name_key_at[k] > p.name_key_at[k + 1]) bad("name index starts decrease");
  }
  for (NodeId v : p.name_nodes) {
    if (v >= n) bad("name index refers to a missing node");
  }
}

}  // namespace

// The parts moved into `r` (whose node_kind / edge_type sizes say n and m), and the per-kind
// and per-type lists derived from the codes.
void GraphModel::install_parts(Impl& r, ModelParts& p) {
  const size_t n = p.node_kind.size(), m = p.edge_type.size();
  // An empty CSR of n nodes, then its arrays replaced by the stored ones.
  const std::vector<std::pair<NodeId, NodeId>> no_ends;
  const std::vector<EdgeId> no_ids;
  r.csr = detail::Csr(boost::edges_are_unsorted_multi_pass, no_ends.begin(), no_ends.end(), no_ids.begin(), static_cast<NodeId>(n));
  r.csr.m_forward.m_rowstart = std::move(p.out_start);
  r.csr.m_forward.m_column = std::move(p.out_target);
  r.csr.m_forward.m_edge_properties = std::move(p.out_edge);
  r.csr.m_backward.m_rowstart = std::move(p.in_start);
  r.csr.m_backward.m_column = std::move(p.in_source);
  r.csr.m_backward.m_edge_properties = std::move(p.in_position);
  r.in_edge_ids = std::move(p.in_edge);
  r.name_key_bytes = std::move(p.name_key_bytes);
  r.name_key_at = std::move(p.name_key_at);
  r.name_start = std::move(p.name_start);
  r.name_nodes = std::move(p.name_nodes);
  r.kinds = std::move(p.kinds);
  r.types = std::move(p.types);
  r.node_kind = std::move(p.node_kind);
  r.edge_type = std::move(p.edge_type);
  // Per-kind and per-type lists by counting, in id order.
  std::vector<size_t> count(r.kinds.size(), 0);
  for (TypeCode c : r.node_kind) ++count[c];
  r.nodes_by_kind.resize(r.kinds.size());
  for (size_t c = 0; c < count.size(); ++c) r.nodes_by_kind[c].reserve(count[c]);
  for (NodeId v = 0; v < n; ++v) r.nodes_by_kind[r.node_kind[v]].push_back(v);
  count.assign(r.types.size(), 0);
  for (TypeCode c : r.edge_type) ++count[c];
  r.edges_by_type.resize(r.types.size());
  for (size_t c = 0; c < count.size(); ++c) r.edges_by_type[c].reserve(count[c]);
  for (EdgeId e = 0; e < m; ++e) r.edges_by_type[r.edge_type[e]].push_back(e);
  r.node_files = std::move(p.node_files);
  r.node_keys = std::move(p.node_keys);
  r.edge_keys = std::move(p.edge_keys);
}

GraphModel GraphModel::from_parts(GraphData data, ModelParts p) {
  const size_t n = data.nodes.size(), m = data.edges.size();
  check_parts(p, n, m, [&](EdgeId e) { return data.edges[e].source; }, [&](EdgeId e) { return data.edges[e].target; });
  // Codes against the kinds and types they stand for.
  for (size_t v = 0; v < n; ++v) {
    if (p.node_kind[v] >= p.kinds.size() || p.kinds[p.node_kind[v]] != data.nodes[v].kind) bad("node kind codes do not match");
  }
  for (size_t e = 0; e < m; ++e) {
    if (p.edge_type[e] >= p.types.size() || p.types[p.edge_type[e]] != data.edges[e].type) bad("edge type codes do not match");
  }
  auto impl = std::make_unique<Impl>();
  Impl& r = *impl;
  r.data = std::move(data);
  install_parts(r, p);
  r.name_at.reserve(n + 1);
  for (const Node& node : r.data.nodes) {
    r.name_at.push_back(r.names.size());
    r.names += node.name;
  }
  r.name_at.push_back(r.names.size());
  return GraphModel(std::move(impl));
}

GraphModel GraphModel::from_columns(ModelColumns c, ModelParts p) {
  const size_t n = c.nodes, m = c.edges;
  if (c.edge_source.size() != m || c.edge_target.size() != m) bad("edge ends do not fit the graph");
  for (size_t e = 0; e < m; ++e) {
    if (c.edge_source[e] >= n || c.edge_target[e] >= n) bad("an edge end is out of range");
  }
  if (c.name_at.size() != n + 1 || c.name_at.front() != 0 || c.name_at.back() != c.names.size()) bad("names do not fit the graph");
  for (size_t v = 0; v < n; ++v) {
    if (c.name_at[v] > c.name_at[v + 1]) bad("name offsets decrease");
  }
  if (!c.details || c.nodes_per_chunk == 0 || c.edges_per_chunk == 0) bad("no item details");
  check_parts(p, n, m, [&](EdgeId e) { return c.edge_source[e]; }, [&](EdgeId e) { return c.edge_target[e]; });
  // Codes in range of the vocabularies (the vocabulary is what names them: no strings to match).
  for (TypeCode k : p.node_kind) {
    if (k >= p.kinds.size()) bad("node kind codes do not match");
  }
  for (TypeCode t : p.edge_type) {
    if (t >= p.types.size()) bad("edge type codes do not match");
  }
  auto impl = std::make_unique<Impl>();
  Impl& r = *impl;
  install_parts(r, p);
  r.edge_source = std::move(c.edge_source);
  r.edge_target = std::move(c.edge_target);
  r.names = std::move(c.names);
  r.name_at = std::move(c.name_at);
  r.nodes_per_chunk = c.nodes_per_chunk;
  r.edges_per_chunk = c.edges_per_chunk;
  r.node_chunks = std::make_unique<detail::LazyChunk<Node>[]>((n + c.nodes_per_chunk - 1) / c.nodes_per_chunk);
  r.edge_chunks = std::make_unique<detail::LazyChunk<Edge>[]>((m + c.edges_per_chunk - 1) / c.edges_per_chunk);
  r.details = std::move(c.details);
  return GraphModel(std::move(impl));
}

}  // namespace kg::graph

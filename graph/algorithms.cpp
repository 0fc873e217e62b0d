// Breadth-first traversals over GraphModel's CSR spans.
//
// Design
// - Scratch state lives in a thread-local Workspace: per node and side a one-byte generation
//   stamp, and a depth, parent node and parent edge that are valid only while the stamp is
//   current. A call bumps the generation instead of clearing the arrays, so a search touching
//   k nodes costs O(k) however large the graph is; when the 8-bit counter wraps (every 255
//   searches) the stamps are cleared once. Keeping the stamps in their own byte array keeps
//   the randomly accessed part small (1 MB for a million nodes). Frontiers are reused too.
// - Edge filters are compiled once per call: relationship types become a byte mask indexed by
//   the model's dense type codes, so the common "only these types" test is one load.
// - neighbourhood: level-synchronous BFS from the start, nodes reported in discovery order.
// - shortest_path: bidirectional BFS. Each round expands the smaller frontier by one whole
//   level. Side A walks edges in the filter's direction from `from`, side B walks them in
//   reverse from `to`. Once side A (say) has complete levels 0..dA and side B 0..dB, every
//   path of length <= dA + dB has a node in both sets and would already have been seen; so the
//   first node discovered by one side that the other side has marked closes a shortest path.
// - all_shortest_paths: the same search, but the meeting level is expanded to the end and every
//   meeting node m of that level is kept. Each shortest path has exactly one node at forward
//   depth dA (the meeting layer), so enumerating, for each m, the prefixes from `from` (walking
//   back through nodes one level nearer on side A) times the suffixes to `to` (likewise on
//   side B) lists each shortest path exactly once.
// - allow_node is asked once per node and side; a refusal is remembered in the mark.
#include "graph/algorithms.h"

#include <algorithm>
#include <limits>

namespace kg::graph {

namespace {

constexpr uint16_t kRejected = std::numeric_limits<uint16_t>::max();
constexpr int kMaxDepth = kRejected - 1;
constexpr size_t kPollEvery = 4096;

// One side of a search. `stamp` is the only array every step touches, so it is one byte a
// node (a 1M-node graph's marks fit in 1 MB of cache); depth and parents are written for the
// nodes a search reaches and read only when their stamp is current.
struct Side {
  std::vector<uint8_t> stamp;
  std::vector<uint16_t> depth;  // kRejected when allow_node refused the node
  std::vector<NodeId> parent;
  std::vector<EdgeId> edge;
};

struct Workspace {
  Side side[2];
  std::vector<NodeId> frontier[2];
  std::vector<NodeId> next;
  uint8_t gen = 0;

  // Starts a new search over `n` nodes: every stamp becomes stale. `full` also sizes the
  // depth and parent arrays (the bidirectional searches need them).
  void begin(size_t n, bool full) {
    for (Side& s : side) {
      if (s.stamp.size() < n) s.stamp.resize(n, 0);
      if (full && s.depth.size() < n) {
        s.depth.resize(n);
        s.parent.resize(n);
        s.edge.resize(n);
      }
    }
    if (++gen == 0) {  // the counter wrapped: clear the stamps once every 255 searches
      for (Side& s : side) std::fill(s.stamp.begin(), s.stamp.end(), 0);
      gen = 1;
    }
    for (auto& f : frontier) f.clear();
    next.clear();
  }
  bool seen(int s, NodeId v) const { return side[s].stamp[v] == gen; }
  bool reached(int s, NodeId v) const { return side[s].stamp[v] == gen && side[s].depth[v] != kRejected; }
  void mark(int s, NodeId v, uint16_t depth, NodeId parent, EdgeId edge) {
    Side& sd = side[s];
    sd.stamp[v] = gen;
    sd.depth[v] = depth;
    sd.parent[v] = parent;
    sd.edge[v] = edge;
  }
};

Workspace& workspace() {
  thread_local Workspace ws;
  return ws;
}

Direction reverse(Direction d) {
  switch (d) {
    case Direction::Out: return Direction::In;
    case Direction::In: return Direction::Out;
    case Direction::Both: return Direction::Both;
  }
  return d;
}

// The filter compiled for one call.
class Filter {
 public:
  Filter(const GraphModel& g, const TraversalFilter& f) : g_(g), f_(f) {
    if (!f.edge_types.empty()) {
      typed_ = true;
      mask_.assign(g.relationship_types().size(), 0);
      for (const std::string& t : f.edge_types) {
        TypeCode c = g.type_code(t);
        if (c != kNoCode) mask_[c] = 1;
      }
    }
  }
  bool edge_ok(EdgeId e) const {
    if (typed_ && !mask_[g_.edge_type_code(e)]) return false;
    return !f_.allow_edge || f_.allow_edge(e);
  }
  bool node_ok(NodeId v) const { return !f_.allow_node || f_.allow_node(v); }
  void tick() {
    if (f_.poll && ++steps_ % kPollEvery == 0) f_.poll();
  }

 private:
  const GraphModel& g_;
  const TraversalFilter& f_;
  bool typed_ = false;
  std::vector<uint8_t> mask_;
  size_t steps_ = 0;
};

// Calls f(neighbour, edge) for each step from v in direction dir.
template <typename F>
inline void for_each_step(const GraphModel& g, NodeId v, Direction dir, F&& f) {
  if (dir != Direction::In) {
    AdjacencySpan a = g.out_adjacency(v);
    for (size_t i = 0; i < a.size(); ++i) f(a.nodes[i], a.edges[i]);
  }
  if (dir != Direction::Out) {
    AdjacencySpan a = g.in_adjacency(v);
    for (size_t i = 0; i < a.size(); ++i) f(a.nodes[i], a.edges[i]);
  }
}

// Bidirectional search state shared by shortest_path and all_shortest_paths.
class BidirectionalSearch {
 public:
  BidirectionalSearch(const GraphModel& g, const TraversalFilter& tf, NodeId from, NodeId to)
      : g_(g), filter_(g, tf), ws_(workspace()), from_(from), to_(to) {
    dir_[0] = tf.direction;
    dir_[1] = reverse(tf.direction);
    ws_.begin(g.node_count(), true);
    ws_.mark(0, from, 0, kNoNode, 0);
    ws_.mark(1, to, 0, kNoNode, 0);
    ws_.frontier[0].push_back(from);
    ws_.frontier[1].push_back(to);
  }

  // Expands whole levels until the sides meet or `max_hops` is reached. With `first_only`,
  // stops at the first meeting node; otherwise collects every meeting node of the level.
  // Returns false when there is no path within max_hops.
  bool run(int max_hops, bool first_only) {
    while (!ws_.frontier[0].empty() && !ws_.frontier[1].empty() &&
           static_cast<int>(depth_[0] + depth_[1]) < std::min(max_hops, kMaxDepth)) {
      int s = ws_.frontier[0].size() <= ws_.frontier[1].size() ? 0 : 1;
      expand(s, first_only);
      if (!meetings_.empty()) return true;
    }
    return false;
  }

  const std::vector<NodeId>& meetings() const { return meetings_; }
  uint16_t depth(int s) const { return depth_[s]; }

  Path path_through(NodeId m) const {
    Path p;
    for (NodeId v = m; v != kNoNode; v = ws_.side[0].parent[v]) {
      p.nodes.push_back(v);
      if (ws_.side[0].parent[v] != kNoNode) p.edges.push_back(ws_.side[0].edge[v]);
    }
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.edges.begin(), p.edges.end());
    for (NodeId v = m; ws_.side[1].parent[v] != kNoNode; v = ws_.side[1].parent[v]) {
      p.edges.push_back(ws_.side[1].edge[v]);
      p.nodes.push_back(ws_.side[1].parent[v]);
    }
    return p;
  }

  // Every shortest path through meeting node m, appended to out (up to `limit` in total).
  void all_paths_through(NodeId m, std::vector<Path>& out, size_t limit) {
    std::vector<Path> prefixes;  // from m back towards `from`, reversed later
    std::vector<Path> suffixes;  // from m on to `to`
    Path cur;
    cur.nodes.push_back(m);
    halves(0, cur, prefixes, limit);
    cur = Path{};
    cur.nodes.push_back(m);
    halves(1, cur, suffixes, limit);
    for (Path& pre : prefixes) {
      std::reverse(pre.nodes.begin(), pre.nodes.end());
      std::reverse(pre.edges.begin(), pre.edges.end());
    }
    for (const Path& pre : prefixes) {
      for (const Path& suf : suffixes) {
        if (out.size() >= limit) return;
        Path p = pre;
        p.nodes.insert(p.nodes.end(), suf.nodes.begin() + 1, suf.nodes.end());
        p.edges.insert(p.edges.end(), suf.edges.begin(), suf.edges.end());
        out.push_back(std::move(p));
      }
    }
  }

 private:
  void expand(int s, bool first_only) {
    const int o = 1 - s;
    const auto d = static_cast<uint16_t>(depth_[s] + 1);
    ws_.next.clear();
    for (NodeId v : ws_.frontier[s]) {
      filter_.tick();
      bool stop = false;
      for_each_step(g_, v, dir_[s], [&](NodeId w, EdgeId e) {
        if (stop || ws_.seen(s, w) || !filter_.edge_ok(e)) return;
        // The start of side A is exempt from allow_node; `to` was checked before the search.
        if (w != from_ && w != to_ && !filter_.node_ok(w)) {
          ws_.mark(s, w, kRejected, kNoNode, 0);
          return;
        }
        ws_.mark(s, w, d, v, e);
        ws_.next.push_back(w);
        if (ws_.reached(o, w)) {
          meetings_.push_back(w);
          if (first_only) stop = true;
        }
      });
      if (stop) break;
    }
    depth_[s] = d;
    ws_.frontier[s].swap(ws_.next);
  }

  // Depth-first over the parents on side s: nodes one level nearer to that side's start.
  void halves(int s, Path& cur, std::vector<Path>& out, size_t limit) {
    if (out.size() >= limit) return;
    NodeId v = cur.nodes.back();
    const uint16_t dv = ws_.side[s].depth[v];
    if (dv == 0) {
      out.push_back(cur);
      return;
    }
    filter_.tick();
    // Side A reached v by walking dir_[0] from a parent, so parents are found by walking back.
    for_each_step(g_, v, reverse(dir_[s]), [&](NodeId u, EdgeId e) {
      if (out.size() >= limit || !ws_.reached(s, u) || ws_.side[s].depth[u] + 1 != dv) return;
      if (!filter_.edge_ok(e)) return;
      cur.nodes.push_back(u);
      cur.edges.push_back(e);
      halves(s, cur, out, limit);
      cur.nodes.pop_back();
      cur.edges.pop_back();
    });
  }

  const GraphModel& g_;
  Filter filter_;
  Workspace& ws_;
  NodeId from_;
  NodeId to_;
  Direction dir_[2];
  uint16_t depth_[2] = {0, 0};
  std::vector<NodeId> meetings_;
};

void check_node(const GraphModel& g, NodeId v) {
  if (v >= g.node_count()) throw std::out_of_range("node id " + std::to_string(v) + " out of range");
}

}  // namespace

std::vector<Reached> neighbourhood(const GraphModel& g, NodeId start, int max_depth,
                                   const TraversalFilter& tf) {
  check_node(g, start);
  std::vector<Reached> out;
  if (max_depth <= 0) return out;
  Filter filter(g, tf);
  Workspace& ws = workspace();
  ws.begin(g.node_count(), false);
  auto& stamp = ws.side[0].stamp;
  const uint8_t gen = ws.gen;
  stamp[start] = gen;
  ws.frontier[0].push_back(start);
  const int last = std::min(max_depth, kMaxDepth);
  for (int depth = 1; depth <= last && !ws.frontier[0].empty(); ++depth) {
    ws.next.clear();
    for (NodeId v : ws.frontier[0]) {
      filter.tick();
      for_each_step(g, v, tf.direction, [&](NodeId w, EdgeId e) {
        if (stamp[w] == gen || !filter.edge_ok(e)) return;
        stamp[w] = gen;  // a refused node is not asked again
        if (!filter.node_ok(w)) return;
        ws.next.push_back(w);
        out.push_back({w, depth});
      });
    }
    ws.frontier[0].swap(ws.next);
  }
  return out;
}

std::optional<Path> shortest_path(const GraphModel& g, NodeId from, NodeId to, int max_hops,
                                  const TraversalFilter& tf) {
  check_node(g, from);
  check_node(g, to);
  if (max_hops < 0) return std::nullopt;
  if (from == to) return Path{{from}, {}};
  if (tf.allow_node && !tf.allow_node(to)) return std::nullopt;
  BidirectionalSearch search(g, tf, from, to);
  if (!search.run(max_hops, true)) return std::nullopt;
  return search.path_through(search.meetings().front());
}

std::vector<Path> all_shortest_paths(const GraphModel& g, NodeId from, NodeId to, int max_hops,
                                     const TraversalFilter& tf, size_t max_paths) {
  check_node(g, from);
  check_node(g, to);
  std::vector<Path> out;
  if (max_hops < 0 || max_paths == 0) return out;
  if (from == to) {
    out.push_back(Path{{from}, {}});
    return out;
  }
  if (tf.allow_node && !tf.allow_node(to)) return out;
  BidirectionalSearch search(g, tf, from, to);
  if (!search.run(max_hops, false)) return out;
  for (NodeId m : search.meetings()) {
    search.all_paths_through(m, out, max_paths);
    if (out.size() >= max_paths) break;
  }
  return out;
}

}  // namespace kg::graph

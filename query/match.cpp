// MATCH planning and matching.
//
// Planning (MatchPlan):
// - WHERE is split into AND-ed conjuncts; each conjunct is placed right after the operation
//   that binds the last variable it reads, so it prunes as early as possible.
// - Pattern parts are taken greedily, cheapest first. A part's cost is the estimated number
//   of candidates of its best anchor node: 1 when the node is already bound, 1.5 when it has
//   a `name` (the alias index), the size of its label's index, else every node. From the anchor
//   the part is expanded rightwards to its end and then leftwards to its start.
// - A shortestPath part scans (or checks) both end nodes, then searches; WHERE conditions of the
//   form all(x IN nodes(p) WHERE ...) / none(...) (and over relationships(p)) are folded into
//   the search as node and edge filters, as openCypher requires; other conditions on the path
//   are refused rather than applied after the search, which would change the answer.
// - VarReach: when the rows only feed a DISTINCT projection (or distinct-insensitive
//   aggregates), an anonymous variable-length relationship with a lower bound of 0 or 1 and no
//   path variable is walked breadth first, reaching each node once, instead of enumerating
//   every path. Under set semantics the answers are the same: a node is reachable by a path
//   without repeated nodes of length 1..n exactly when its BFS distance is 1..n. (Known
//   difference: the BFS does not avoid relationships used elsewhere in the same MATCH.)
//
// Matching (Matcher) runs the operations depth first with backtracking; relationships are
// unique within one MATCH (openCypher's rule) and a variable-length walk never repeats a node.
#include "query/match.h"

#include <algorithm>
#include <set>

#include "graph/algorithms.h"
#include "query/functions.h"

namespace kg::query {

namespace {

graph::Direction walk_direction(RelDirection d, bool reversed) {
  switch (d) {
    case RelDirection::Right: return reversed ? graph::Direction::In : graph::Direction::Out;
    case RelDirection::Left: return reversed ? graph::Direction::Out : graph::Direction::In;
    case RelDirection::Both: return graph::Direction::Both;
  }
  return graph::Direction::Both;
}

void collect_slots(const Expr& e, std::vector<int>& slots, std::vector<int>& locals) {
  if (e.kind == Expr::Kind::Variable) slots.push_back(e.slot);
  if (e.kind == Expr::Kind::ListPredicate || e.kind == Expr::Kind::Comprehension) locals.push_back(e.slot);
  for (const auto& a : e.args) {
    if (a) collect_slots(*a, slots, locals);
  }
}

std::vector<int> referenced_slots(const Expr& e) {
  std::vector<int> slots, locals;
  collect_slots(e, slots, locals);
  std::vector<int> out;
  for (int s : slots) {
    if (std::find(locals.begin(), locals.end(), s) == locals.end()) out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void split_conjuncts(const Expr* e, std::vector<const Expr*>& out) {
  if (!e) return;
  if (e->kind == Expr::Kind::Binary && e->bop == BinaryOp::And) {
    split_conjuncts(e->args[0].get(), out);
    split_conjuncts(e->args[1].get(), out);
  } else {
    out.push_back(e);
  }
}

bool has_prop(const std::vector<PropertyEntry>& props, std::string_view key) {
  return std::any_of(props.begin(), props.end(), [&](const PropertyEntry& p) { return p.key == key; });
}

std::string node_text(const NodePattern& n) {
  std::string s = "(" + n.var;
  for (const auto& group : n.labels) {
    s += ':';
    for (size_t i = 0; i < group.size(); ++i) s += (i ? "|" : "") + group[i];
  }
  if (!n.props.empty()) {
    s += " {";
    for (size_t i = 0; i < n.props.size(); ++i) s += (i ? ", " : "") + n.props[i].key;
    s += '}';
  }
  return s + ")";
}

std::string rel_text(const RelPattern& r, graph::Direction walked) {
  std::string s = walked == graph::Direction::In ? "<-[" : "-[";
  s += r.var;
  for (size_t i = 0; i < r.types.size(); ++i) s += (i ? "|" : ":") + r.types[i];
  if (r.var_length) s += "*" + std::to_string(r.min_hops) + ".." + std::to_string(r.max_hops);
  if (!r.props.empty()) {
    s += " {";
    for (size_t i = 0; i < r.props.size(); ++i) s += (i ? ", " : "") + r.props[i].key;
    s += '}';
  }
  return s + (walked == graph::Direction::Out ? "]->" : "]-");
}

}  // namespace

// ---- planning -------------------------------------------------------------------------------

MatchPlan::MatchPlan(const MatchClause& clause, std::string_view text, const graph::GraphModel& g, bool set_semantics)
    : clause_(clause), text_(text), g_(g) {
  for (const PatternPart& part : clause.patterns) {
    for (const NodePattern& n : part.nodes) nodes_.push_back(&n);
    for (const RelPattern& r : part.rels) rels_.push_back(&r);
  }
  auto node_index = [&](const NodePattern* n) {
    return static_cast<int>(std::find(nodes_.begin(), nodes_.end(), n) - nodes_.begin());
  };
  auto rel_index = [&](const RelPattern* r) {
    return static_cast<int>(std::find(rels_.begin(), rels_.end(), r) - rels_.begin());
  };

  std::set<int> new_slots(clause.new_slots.begin(), clause.new_slots.end());
  std::set<int> bound_here;
  auto bound = [&](int slot) { return !new_slots.count(slot) || bound_here.count(slot); };

  struct Conjunct {
    const Expr* expr;
    std::vector<int> slots;
    bool placed = false;
  };
  std::vector<Conjunct> conjuncts;
  {
    std::vector<const Expr*> parts;
    split_conjuncts(clause.where.get(), parts);
    for (const Expr* e : parts) conjuncts.push_back({e, referenced_slots(*e)});
  }
  auto place_filters = [&] {
    for (Conjunct& c : conjuncts) {
      if (c.placed || !std::all_of(c.slots.begin(), c.slots.end(), bound)) continue;
      MatchOp op{MatchOp::Kind::Filter};
      op.filter = c.expr;
      ops_.push_back(op);
      c.placed = true;
    }
  };

  auto estimate = [&](const NodePattern& n) -> double {
    if (bound(n.slot)) return 1;
    if (has_prop(n.props, "name")) return 1.5;  // usually one node, sometimes a few
    double best = static_cast<double>(g.node_count());
    for (const auto& group : n.label_codes) {
      double sum = 0;
      for (graph::TypeCode c : group) {
        sum += static_cast<double>(g.nodes_with_kind_code(c).size());
      }
      best = std::min(best, sum);
    }
    return best;
  };

  auto anchor_op = [&](const NodePattern& n) {
    MatchOp op{bound(n.slot) ? MatchOp::Kind::CheckNode : MatchOp::Kind::ScanNode};
    op.node = &n;
    op.node_index = node_index(&n);
    op.estimate = estimate(n);
    ops_.push_back(op);
    bound_here.insert(n.slot);
    place_filters();
  };

  auto hop_op = [&](const PatternPart& part, size_t rel_i, bool reversed) {
    const RelPattern& r = part.rels[rel_i];
    const NodePattern& from = part.nodes[reversed ? rel_i + 1 : rel_i];
    const NodePattern& to = part.nodes[reversed ? rel_i : rel_i + 1];
    MatchOp op{MatchOp::Kind::Expand};
    if (r.var_length) {
      bool reach = set_semantics && r.var.empty() && part.path_slot < 0 && r.min_hops <= 1;
      op.kind = reach ? MatchOp::Kind::VarReach : MatchOp::Kind::VarExpand;
      op.needs_edges = !r.var.empty() || part.path_slot >= 0;
    }
    op.rel = &r;
    op.rel_index = rel_index(&r);
    op.node = &to;
    op.node_index = node_index(&to);
    op.from_slot = from.slot;
    op.reversed = reversed;
    op.direction = walk_direction(r.direction, reversed);
    op.target_bound = bound(to.slot);
    ops_.push_back(op);
    bound_here.insert(r.slot);
    bound_here.insert(to.slot);
    place_filters();
  };

  auto shortest_op = [&](const PatternPart& part) {
    anchor_op(part.nodes[0]);
    anchor_op(part.nodes[1]);
    const RelPattern& r = part.rels[0];
    MatchOp op{MatchOp::Kind::Shortest};
    op.part = &part;
    op.rel = &r;
    op.rel_index = rel_index(&r);
    op.direction = walk_direction(r.direction, false);
    for (Conjunct& c : conjuncts) {
      if (c.placed) continue;
      bool on_path = std::any_of(c.slots.begin(), c.slots.end(),
                                 [&](int s) { return s == part.path_slot || s == r.slot; });
      if (!on_path) continue;
      const Expr& e = *c.expr;
      bool foldable = e.kind == Expr::Kind::ListPredicate && (e.name == "all" || e.name == "none");
      bool over_nodes = false;
      if (foldable) {
        const Expr& list = *e.args[0];
        bool path_fn = list.kind == Expr::Kind::Call && list.args.size() == 1 &&
                       list.args[0]->kind == Expr::Kind::Variable && list.args[0]->slot == part.path_slot &&
                       (list.func == static_cast<int>(Func::Nodes) || list.func == static_cast<int>(Func::Relationships));
        bool rel_list = list.kind == Expr::Kind::Variable && list.slot == r.slot;
        over_nodes = path_fn && list.func == static_cast<int>(Func::Nodes);
        std::vector<int> body = referenced_slots(*e.args[1]);
        body.erase(std::remove(body.begin(), body.end(), e.slot), body.end());
        foldable = (path_fn || rel_list) && std::all_of(body.begin(), body.end(), bound);
      }
      if (!foldable) {
        throw QueryError(QueryError::Kind::Unsupported, e.pos,
                         "a condition on a shortest path must be all(x IN nodes(p) WHERE ...) or none(...) over "
                         "nodes(p) or relationships(p), with nothing else of the path");
      }
      (over_nodes ? op.node_conditions : op.edge_conditions).push_back(&e);
      c.placed = true;
    }
    ops_.push_back(op);
    bound_here.insert(r.slot);
    if (part.path_slot >= 0) bound_here.insert(part.path_slot);
    place_filters();
  };

  place_filters();
  std::vector<const PatternPart*> remaining;
  for (const PatternPart& p : clause.patterns) remaining.push_back(&p);
  while (!remaining.empty()) {
    size_t best = 0;
    size_t best_anchor = 0;
    double best_cost = -1;
    for (size_t k = 0; k < remaining.size(); ++k) {
      const PatternPart& part = *remaining[k];
      double cost;
      size_t anchor = 0;
      if (part.mode != PatternPart::Mode::Plain) {
        cost = estimate(part.nodes[0]) * estimate(part.nodes[1]);
      } else {
        cost = estimate(part.nodes[0]);
        for (size_t i = 1; i < part.nodes.size(); ++i) {
          double c = estimate(part.nodes[i]);
          if (c < cost) {
            cost = c;
            anchor = i;
          }
        }
      }
      if (best_cost < 0 || cost < best_cost) {
        best_cost = cost;
        best = k;
        best_anchor = anchor;
      }
    }
    const PatternPart& part = *remaining[best];
    remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(best));
    if (part.mode != PatternPart::Mode::Plain) {
      shortest_op(part);
      continue;
    }
    anchor_op(part.nodes[best_anchor]);
    for (size_t j = best_anchor; j < part.rels.size(); ++j) hop_op(part, j, false);
    for (size_t j = best_anchor; j-- > 0;) hop_op(part, j, true);
    if (part.path_slot >= 0) {
      MatchOp op{MatchOp::Kind::BindPath};
      op.part = &part;
      ops_.push_back(op);
      bound_here.insert(part.path_slot);
      place_filters();
    }
  }
  place_filters();
}

std::string MatchPlan::explain() const {
  std::string out;
  auto expr_text = [&](const Expr& e) { return std::string(text_.substr(e.pos.offset, e.end - e.pos.offset)); };
  for (const MatchOp& op : ops_) {
    out += "  ";
    switch (op.kind) {
      case MatchOp::Kind::ScanNode: {
        out += "scan " + node_text(*op.node);
        if (has_prop(op.node->props, "name")) {
          out += " via the name index";
        } else if (!op.node->label_codes.empty()) {
          out += " via the label index";
        } else {
          out += " over all nodes";
        }
        out += " (~" + std::to_string(static_cast<long long>(op.estimate + 0.5)) + ")";
        break;
      }
      case MatchOp::Kind::CheckNode: out += "check bound " + node_text(*op.node); break;
      case MatchOp::Kind::Expand:
      case MatchOp::Kind::VarExpand:
      case MatchOp::Kind::VarReach: {
        out += op.kind == MatchOp::Kind::Expand ? "expand " : (op.kind == MatchOp::Kind::VarExpand ? "expand paths " : "reach ");
        std::string from;
        for (const NodePattern* n : nodes_) {
          if (n->slot == op.from_slot) from = n->var;
        }
        out += "(" + from + ")" + rel_text(*op.rel, op.direction) + node_text(*op.node);
        if (op.target_bound) out += " to a bound node";
        if (op.kind == MatchOp::Kind::VarReach) out += " breadth-first, each node once";
        break;
      }
      case MatchOp::Kind::Shortest: {
        const PatternPart& p = *op.part;
        out += p.mode == PatternPart::Mode::Shortest ? "shortest path " : "all shortest paths ";
        if (!p.path_var.empty()) out += p.path_var + " = ";
        out += node_text(p.nodes[0]) + rel_text(*op.rel, op.direction) + node_text(p.nodes[1]) +
               " (bidirectional BFS)";
        for (const Expr* c : op.node_conditions) out += "\n    node filter: " + expr_text(*c);
        for (const Expr* c : op.edge_conditions) out += "\n    edge filter: " + expr_text(*c);
        break;
      }
      case MatchOp::Kind::Filter: out += "filter " + expr_text(*op.filter); break;
      case MatchOp::Kind::BindPath: out += "bind path " + op.part->path_var; break;
    }
    out += '\n';
  }
  return out;
}

// ---- matching -------------------------------------------------------------------------------

Matcher::Matcher(const MatchPlan& plan, EvalContext& ctx) : plan_(plan), ctx_(ctx), g_(ctx.g) {
  nodes_.resize(plan.node_patterns().size());
  rels_.resize(plan.rel_patterns().size());
  const size_t type_count = g_.relationship_types().size();
  for (size_t i = 0; i < rels_.size(); ++i) {
    const RelPattern& r = *plan.rel_patterns()[i];
    if (r.type_codes.empty()) continue;
    rels_[i].type_mask.assign(std::max<size_t>(type_count, 1), 0);
    for (graph::TypeCode c : r.type_codes) {
      if (c != graph::kNoCode) rels_[i].type_mask[c] = 1;
    }
  }
}

void Matcher::prepare(Row& row) {
  for (size_t i = 0; i < nodes_.size(); ++i) {
    PreparedNode& p = nodes_[i];
    p.impossible = false;
    p.by_name = false;
    p.candidates.clear();
    p.props.clear();
    for (const PropertyEntry& e : plan_.node_patterns()[i]->props) {
      Value v = eval(*e.value, row, ctx_);
      if (v.is_null()) {
        p.impossible = true;
      } else if (e.key == "name") {
        std::vector<graph::NodeId> found;
        if (v.type() == Value::Type::String) found = g_.find_by_name(v.as_string());
        std::sort(found.begin(), found.end());
        if (p.by_name) {
          std::vector<graph::NodeId> both;
          std::set_intersection(p.candidates.begin(), p.candidates.end(), found.begin(), found.end(),
                                std::back_inserter(both));
          found.swap(both);
        }
        p.candidates = std::move(found);
        p.by_name = true;
        if (p.candidates.empty()) p.impossible = true;
      } else {
        p.props.emplace_back(e.key, std::move(v));
      }
    }
  }
  for (size_t i = 0; i < rels_.size(); ++i) {
    PreparedRel& p = rels_[i];
    p.impossible = false;
    p.props.clear();
    for (const PropertyEntry& e : plan_.rel_patterns()[i]->props) {
      Value v = eval(*e.value, row, ctx_);
      if (v.is_null()) p.impossible = true;
      else p.props.emplace_back(e.key, std::move(v));
    }
  }
}

bool Matcher::run(Row& row, RowSink& sink) {
  sink_ = &sink;
  used_edges_.clear();
  prepare(row);
  return step(0, row);
}

bool Matcher::node_pattern_fits(int index, const NodePattern& n, graph::NodeId v) const {
  const PreparedNode& p = nodes_[static_cast<size_t>(index)];
  if (p.impossible) return false;
  if (!n.label_codes.empty()) {
    graph::TypeCode kind = g_.node_kind_code(v);
    for (const auto& group : n.label_codes) {
      if (std::find(group.begin(), group.end(), kind) == group.end()) return false;
    }
  }
  if (p.by_name && !std::binary_search(p.candidates.begin(), p.candidates.end(), v)) return false;
  for (const auto& [key, value] : p.props) {
    auto eq = equals(node_property(g_, v, key), value);
    if (!eq || !*eq) return false;
  }
  return true;
}

bool Matcher::node_fits(const MatchOp& op, graph::NodeId v) const { return node_pattern_fits(op.node_index, *op.node, v); }

bool Matcher::edge_fits(int rel_index, graph::EdgeId e) const {
  const PreparedRel& p = rels_[static_cast<size_t>(rel_index)];
  if (p.impossible) return false;
  if (!p.type_mask.empty() && !p.type_mask[g_.edge_type_code(e)]) return false;
  for (const auto& [key, value] : p.props) {
    auto eq = equals(rel_property(g_, e, key), value);
    if (!eq || !*eq) return false;
  }
  return true;
}

bool Matcher::edge_used(graph::EdgeId e) const {
  return std::find(used_edges_.begin(), used_edges_.end(), e) != used_edges_.end();
}

graph::NodeId Matcher::bound_node(int slot, const Row& row, SourcePos pos, bool& is_null) const {
  const Value& v = row[static_cast<size_t>(slot)];
  is_null = v.is_null();
  if (is_null) return graph::kNoNode;
  if (v.type() != Value::Type::Node) {
    throw QueryError(QueryError::Kind::Runtime, pos,
                     std::string("expected a node in the pattern, got ") + type_name(v.type()));
  }
  return v.as_node();
}

bool Matcher::bind_target(const MatchOp& op, graph::NodeId w, Row& row) const {
  if (op.target_bound) {
    bool is_null;
    graph::NodeId t = bound_node(op.node->slot, row, op.node->pos, is_null);
    return !is_null && t == w && node_fits(op, w);
  }
  if (!node_fits(op, w)) return false;
  row[static_cast<size_t>(op.node->slot)] = Value(NodeRef{w});
  return true;
}

bool Matcher::step(size_t i, Row& row) {
  const auto& ops = plan_.ops();
  if (i == ops.size()) return sink_->push(row);
  const MatchOp& op = ops[i];
  ctx_.guard.tick();
  switch (op.kind) {
    case MatchOp::Kind::ScanNode: {
      const PreparedNode& p = nodes_[static_cast<size_t>(op.node_index)];
      if (p.impossible) return true;
      auto visit = [&](graph::NodeId v) {
        ctx_.guard.tick();
        if (!node_fits(op, v)) return true;
        row[static_cast<size_t>(op.node->slot)] = Value(NodeRef{v});
        return step(i + 1, row);
      };
      if (p.by_name) {
        for (graph::NodeId v : p.candidates) {
          if (!visit(v)) return false;
        }
        return true;
      }
      if (!op.node->label_codes.empty()) {
        // The smallest label group drives the scan; node_fits checks the others.
        const std::vector<graph::TypeCode>* best = nullptr;
        size_t best_size = 0;
        for (const auto& group : op.node->label_codes) {
          size_t size = 0;
          for (graph::TypeCode c : group) size += g_.nodes_with_kind_code(c).size();
          if (!best || size < best_size) {
            best = &group;
            best_size = size;
          }
        }
        std::vector<graph::TypeCode> codes = *best;
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
        for (graph::TypeCode c : codes) {
          for (graph::NodeId v : g_.nodes_with_kind_code(c)) {
            if (!visit(v)) return false;
          }
        }
        return true;
      }
      for (graph::NodeId v = 0; v < g_.node_count(); ++v) {
        if (!visit(v)) return false;
      }
      return true;
    }
    case MatchOp::Kind::CheckNode: {
      bool is_null;
      graph::NodeId v = bound_node(op.node->slot, row, op.node->pos, is_null);
      if (is_null || !node_fits(op, v)) return true;
      return step(i + 1, row);
    }
    case MatchOp::Kind::Expand: return expand(op, i, row);
    case MatchOp::Kind::VarExpand: return var_expand(op, i, row);
    case MatchOp::Kind::VarReach: return var_reach(op, i, row);
    case MatchOp::Kind::Shortest: return shortest(op, i, row);
    case MatchOp::Kind::BindPath: return bind_path(op, i, row);
    case MatchOp::Kind::Filter: {
      auto c = eval_condition(*op.filter, row, ctx_);
      if (!c || !*c) return true;
      return step(i + 1, row);
    }
  }
  return true;
}

namespace {

// Calls f(neighbour, edge) for each step from v; an undirected walk sees a self-loop once.
template <typename F>
bool for_each_step(const graph::GraphModel& g, graph::NodeId v, graph::Direction dir, F&& f) {
  if (dir != graph::Direction::In) {
    graph::AdjacencySpan a = g.out_adjacency(v);
    for (size_t k = 0; k < a.size(); ++k) {
      if (!f(a.nodes[k], a.edges[k])) return false;
    }
  }
  if (dir != graph::Direction::Out) {
    graph::AdjacencySpan a = g.in_adjacency(v);
    for (size_t k = 0; k < a.size(); ++k) {
      if (dir == graph::Direction::Both && a.nodes[k] == v) continue;
      if (!f(a.nodes[k], a.edges[k])) return false;
    }
  }
  return true;
}

graph::Direction reverse(graph::Direction d) {
  if (d == graph::Direction::Out) return graph::Direction::In;
  if (d == graph::Direction::In) return graph::Direction::Out;
  return d;
}

size_t degree(const graph::GraphModel& g, graph::NodeId v, graph::Direction d) {
  size_t n = 0;
  if (d != graph::Direction::In) n += g.out_degree(v);
  if (d != graph::Direction::Out) n += g.in_degree(v);
  return n;
}

}  // namespace

bool Matcher::expand(const MatchOp& op, size_t i, Row& row) {
  bool is_null;
  const graph::NodeId v = bound_node(op.from_slot, row, op.rel->pos, is_null);
  if (is_null) return true;
  const RelPattern& r = *op.rel;
  const size_t rel_slot = static_cast<size_t>(r.slot);

  auto try_edge = [&](graph::NodeId w, graph::EdgeId e) {
    ctx_.guard.tick();
    if (!edge_fits(op.rel_index, e) || edge_used(e)) return true;
    if (!bind_target(op, w, row)) return true;
    if (!r.bound_before) row[rel_slot] = Value(RelRef{e});
    used_edges_.push_back(e);
    bool go = step(i + 1, row);
    used_edges_.pop_back();
    return go;
  };

  if (r.bound_before) {
    const Value& bound = row[rel_slot];
    if (bound.is_null()) return true;
    if (bound.type() != Value::Type::Relationship) {
      throw QueryError(QueryError::Kind::Runtime, r.pos, std::string("expected a relationship, got ") + type_name(bound.type()));
    }
    const graph::NodeId source = g_.edge_source(bound.as_rel()), target = g_.edge_target(bound.as_rel());
    if (op.direction != graph::Direction::In && source == v && !try_edge(target, bound.as_rel())) return false;
    if (op.direction != graph::Direction::Out && target == v && !(op.direction == graph::Direction::Both && source == v) &&
        !try_edge(source, bound.as_rel())) {
      return false;
    }
    return true;
  }

  if (op.target_bound) {
    // Both ends known: walk from whichever end has fewer relationships.
    bool t_null;
    graph::NodeId t = bound_node(op.node->slot, row, op.node->pos, t_null);
    if (t_null) return true;
    if (degree(g_, t, reverse(op.direction)) < degree(g_, v, op.direction)) {
      return for_each_step(g_, t, reverse(op.direction), [&](graph::NodeId u, graph::EdgeId e) {
        return u != v || try_edge(t, e);
      });
    }
  }
  return for_each_step(g_, v, op.direction, try_edge);
}

bool Matcher::var_expand(const MatchOp& op, size_t i, Row& row) {
  bool is_null;
  const graph::NodeId v = bound_node(op.from_slot, row, op.rel->pos, is_null);
  if (is_null) return true;
  // Each variable-length op of the clause keeps its own path on the shared stacks.
  const size_t nodes_mark = path_nodes_.size();
  const size_t edges_mark = path_edges_.size();
  path_nodes_.push_back(v);
  bool go = var_dfs(op, i, row, v, 0);
  path_nodes_.resize(nodes_mark);
  path_edges_.resize(edges_mark);
  (void)edges_mark;
  return go;
}

bool Matcher::var_dfs(const MatchOp& op, size_t i, Row& row, graph::NodeId cur, int depth) {
  const RelPattern& r = *op.rel;
  if (depth >= r.min_hops && bind_target(op, cur, row)) {
    if (op.needs_edges) {
      Value::List edges;
      edges.reserve(static_cast<size_t>(depth));
      for (size_t k = path_edges_.size() - static_cast<size_t>(depth); k < path_edges_.size(); ++k) {
        edges.emplace_back(RelRef{path_edges_[k]});
      }
      if (op.reversed) std::reverse(edges.begin(), edges.end());
      row[static_cast<size_t>(r.edges_slot)] = Value(std::move(edges));
    }
    if (!step(i + 1, row)) return false;
  }
  if (depth >= r.max_hops) return true;
  const size_t path_begin = path_nodes_.size() - static_cast<size_t>(depth) - 1;
  return for_each_step(g_, cur, op.direction, [&](graph::NodeId w, graph::EdgeId e) {
    ctx_.guard.tick();
    if (!edge_fits(op.rel_index, e) || edge_used(e)) return true;
    if (std::find(path_nodes_.begin() + static_cast<std::ptrdiff_t>(path_begin), path_nodes_.end(), w) != path_nodes_.end()) {
      return true;
    }
    path_nodes_.push_back(w);
    path_edges_.push_back(e);
    used_edges_.push_back(e);
    bool go = var_dfs(op, i, row, w, depth + 1);
    used_edges_.pop_back();
    path_edges_.pop_back();
    path_nodes_.pop_back();
    return go;
  });
}

graph::TraversalFilter Matcher::traversal_filter(const MatchOp& op) const {
  graph::TraversalFilter f;
  f.direction = op.direction;
  const RelPattern& r = *op.rel;
  f.edge_types = r.types;  // types absent from the graph allow nothing
  if (!r.props.empty() || rels_[static_cast<size_t>(op.rel_index)].impossible) {
    int index = op.rel_index;
    f.allow_edge = [this, index](graph::EdgeId e) { return edge_fits(index, e); };
  }
  Guard* guard = &ctx_.guard;
  f.poll = [guard] { guard->check(); };
  return f;
}

bool Matcher::var_reach(const MatchOp& op, size_t i, Row& row) {
  bool is_null;
  const graph::NodeId v = bound_node(op.from_slot, row, op.rel->pos, is_null);
  if (is_null) return true;
  const RelPattern& r = *op.rel;
  graph::TraversalFilter filter = traversal_filter(op);
  if (op.target_bound) {
    bool t_null;
    graph::NodeId t = bound_node(op.node->slot, row, op.node->pos, t_null);
    if (t_null || !node_fits(op, t)) return true;
    if (t == v) return r.min_hops == 0 ? step(i + 1, row) : true;
    if (!graph::shortest_path(g_, v, t, r.max_hops, filter)) return true;
    return step(i + 1, row);
  }
  if (r.min_hops == 0 && bind_target(op, v, row) && !step(i + 1, row)) return false;
  for (const graph::Reached& reached : graph::neighbourhood(g_, v, r.max_hops, filter)) {
    ctx_.guard.tick();
    if (bind_target(op, reached.node, row) && !step(i + 1, row)) return false;
  }
  return true;
}

bool Matcher::shortest(const MatchOp& op, size_t i, Row& row) {
  const PatternPart& part = *op.part;
  const RelPattern& r = *op.rel;
  bool a_null, b_null;
  graph::NodeId a = bound_node(part.nodes[0].slot, row, part.nodes[0].pos, a_null);
  graph::NodeId b = bound_node(part.nodes[1].slot, row, part.nodes[1].pos, b_null);
  if (a_null || b_null) return true;
  if (a == b && r.min_hops > 0) return true;

  // Folded WHERE conditions: all(...) must hold, none(...) must fail, for every node / edge.
  auto holds = [&](const std::vector<const Expr*>& conds, const Value& item) {
    for (const Expr* c : conds) {
      const size_t slot = static_cast<size_t>(c->slot);
      Value saved = row[slot];
      row[slot] = item;
      std::optional<bool> ok;
      try {
        ok = eval_condition(*c->args[1], row, ctx_);
      } catch (...) {
        row[slot] = std::move(saved);
        throw;
      }
      row[slot] = std::move(saved);
      bool wanted = c->name == "all";
      if (!ok || *ok != wanted) return false;
    }
    return true;
  };
  graph::TraversalFilter filter = traversal_filter(op);
  if (!op.node_conditions.empty()) {
    if (!holds(op.node_conditions, Value(NodeRef{a}))) return true;
    filter.allow_node = [&](graph::NodeId v) { return holds(op.node_conditions, Value(NodeRef{v})); };
  }
  if (!op.edge_conditions.empty()) {
    auto base = filter.allow_edge;
    filter.allow_edge = [&, base](graph::EdgeId e) {
      return (!base || base(e)) && holds(op.edge_conditions, Value(RelRef{e}));
    };
  }
  std::vector<graph::Path> paths;
  if (part.mode == PatternPart::Mode::Shortest) {
    if (auto p = graph::shortest_path(g_, a, b, r.max_hops, filter)) paths.push_back(std::move(*p));
  } else {
    paths = graph::all_shortest_paths(g_, a, b, r.max_hops, filter);
  }
  for (graph::Path& p : paths) {
    ctx_.guard.tick();
    if (r.edges_slot >= 0) {
      Value::List edges;
      for (graph::EdgeId e : p.edges) edges.emplace_back(RelRef{e});
      row[static_cast<size_t>(r.edges_slot)] = Value(std::move(edges));
    }
    if (part.path_slot >= 0) row[static_cast<size_t>(part.path_slot)] = Value(PathValue{p.nodes, p.edges});
    if (!step(i + 1, row)) return false;
  }
  return true;
}

bool Matcher::bind_path(const MatchOp& op, size_t i, Row& row) {
  const PatternPart& part = *op.part;
  PathValue path;
  bool is_null;
  graph::NodeId cur = bound_node(part.nodes[0].slot, row, part.nodes[0].pos, is_null);
  if (is_null) return true;
  path.nodes.push_back(cur);
  for (size_t j = 0; j < part.rels.size(); ++j) {
    const RelPattern& r = part.rels[j];
    auto walk = [&](graph::EdgeId e) {
      const graph::NodeId source = g_.edge_source(e);
      cur = source == cur ? g_.edge_target(e) : source;
      path.rels.push_back(e);
      path.nodes.push_back(cur);
    };
    const Value& v = row[static_cast<size_t>(r.var_length ? r.edges_slot : r.slot)];
    if (r.var_length) {
      for (const Value& e : v.as_list()) walk(e.as_rel());
    } else {
      walk(v.as_rel());
    }
  }
  row[static_cast<size_t>(part.path_slot)] = Value(std::move(path));
  return step(i + 1, row);
}

}  // namespace kg::query

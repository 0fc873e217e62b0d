#include "query/binder.h"

#include <algorithm>
#include <set>

#include "query/functions.h"
#include "query/suggest.h"

namespace kg::query {

namespace {

const std::vector<std::string> kCoreKinds = {"Article", "Country", "Document", "Force", "Meeting",
                                             "Organization", "Person", "Place", "Quote"};
const std::vector<std::string> kCoreTypes = {"ATTENDED", "COMMITS", "HELD_IN", "HOLDS_OFFICE", "HOSTED",
                                             "LEADS", "PRODUCED", "SAID", "SIGNED"};
const std::vector<std::string> kCoreNodeKeys = {"aliases", "authors", "date", "file", "kind", "name",
                                                "outlet", "sources", "text", "title", "url"};
const std::vector<std::string> kCoreEdgeKeys = {"condition", "detail", "modality", "sources", "title"};

std::vector<std::string> merged(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

std::string joined(const std::vector<std::string>& names, const std::string& prefix) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += prefix + n;
  }
  return out;
}

enum class VarKind { Node, Rel, RelList, Path, Any };

const char* kind_text(VarKind k) {
  switch (k) {
    case VarKind::Node: return "a node";
    case VarKind::Rel: return "a relationship";
    case VarKind::RelList: return "a list of relationships";
    case VarKind::Path: return "a path";
    case VarKind::Any: return "a value";
  }
  return "a value";
}

struct Var {
  std::string name;
  int slot;
  VarKind kind;
};

struct Scope {
  std::vector<Var> vars;
  const Var* find(std::string_view name) const {
    for (auto it = vars.rbegin(); it != vars.rend(); ++it) {
      if (it->name == name) return &*it;
    }
    return nullptr;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const Var& v : vars) out.push_back(v.name);
    return out;
  }
};

// Where an expression is being bound: whether aggregates are allowed and where they go.
struct ExprSite {
  const char* where;                        // "WHERE", "ORDER BY", ... for messages
  std::vector<Expr*>* aggregates = nullptr;  // non-null when aggregates are allowed
  bool inside_aggregate = false;
};

class Binder {
 public:
  Binder(Query& q, std::string_view text, const graph::GraphModel& g, const Params& params)
      : q_(q), text_(text), g_(g), params_(params) {
    kinds_ = known_labels(g);
    types_ = known_relationship_types(g);
    node_keys_ = known_node_properties(g);
    edge_keys_ = known_relationship_properties(g);
  }

  void run() {
    for (Clause& c : q_.clauses) {
      if (auto* m = std::get_if<MatchClause>(&c)) {
        match(*m);
      } else if (auto* u = std::get_if<UnwindClause>(&c)) {
        unwind(*u);
      } else {
        projection(std::get<Projection>(c));
      }
    }
  }

 private:
  [[noreturn]] void fail(SourcePos pos, const std::string& message) const {
    throw QueryError(QueryError::Kind::Semantic, pos, message);
  }

  int new_slot(const std::string& name) {
    q_.slot_names.push_back(name);
    return q_.slot_count++;
  }

  // ---- names --------------------------------------------------------------------------------
  graph::TypeCode label_code(const std::string& label, SourcePos pos) {
    if (!std::binary_search(kinds_.begin(), kinds_.end(), label)) {
      auto near = nearest(label, kinds_);
      if (near) fail(pos, "unknown label :" + label + ", did you mean :" + *near + "?");
      fail(pos, "unknown label :" + label + " (known labels: " + joined(kinds_, ":") + ")");
    }
    return g_.kind_code(label);
  }

  graph::TypeCode type_code(const std::string& type, SourcePos pos) {
    if (!std::binary_search(types_.begin(), types_.end(), type)) {
      auto near = nearest(type, types_);
      if (near) fail(pos, "unknown relationship type :" + type + ", did you mean :" + *near + "?");
      fail(pos, "unknown relationship type :" + type + " (known types: " + joined(types_, ":") + ")");
    }
    return g_.type_code(type);
  }

  void check_key(const std::string& key, SourcePos pos, bool node) {
    const auto& keys = node ? node_keys_ : edge_keys_;
    if (std::binary_search(keys.begin(), keys.end(), key)) return;
    const char* what = node ? "nodes" : "relationships";
    auto near = nearest(key, keys);
    if (near) fail(pos, "unknown property '" + key + "' of " + what + ", did you mean '" + *near + "'?");
    fail(pos, "unknown property '" + key + "' of " + what + " (known: " + joined(keys, "") + ")");
  }

  const Var& lookup(const Scope& scope, const std::string& name, SourcePos pos) {
    const Var* v = scope.find(name);
    if (v) return *v;
    std::vector<std::string> names;
    for (const Var& var : scope.vars) {
      if (!var.name.empty()) names.push_back(var.name);
    }
    auto near = nearest(name, names);
    if (near) fail(pos, "unknown variable '" + name + "', did you mean '" + *near + "'?");
    fail(pos, "unknown variable '" + name + "'");
  }

  // ---- expressions --------------------------------------------------------------------------
  void bind_expr(Expr& e, Scope& scope, ExprSite& site) {
    switch (e.kind) {
      case Expr::Kind::Literal: return;
      case Expr::Kind::Param:
        if (!params_.count(e.name)) fail(e.pos, "missing parameter $" + e.name);
        return;
      case Expr::Kind::Variable: e.slot = lookup(scope, e.name, e.pos).slot; return;
      case Expr::Kind::Property: {
        Expr& target = *e.args[0];
        bind_expr(target, scope, site);
        if (target.kind == Expr::Kind::Variable) {
          VarKind k = scope.find(target.name)->kind;
          if (k == VarKind::Node) check_key(e.name, property_pos(e), true);
          if (k == VarKind::Rel) check_key(e.name, property_pos(e), false);
          if (k == VarKind::Path || k == VarKind::RelList) {
            fail(e.pos, "'" + target.name + "' is " + kind_text(k) + ", which has no properties");
          }
        }
        return;
      }
      case Expr::Kind::Call: {
        const FunctionInfo* f = find_function(e.name);
        if (!f) {
          auto near = nearest(e.name, function_names());
          if (near) fail(e.pos, "unknown function " + e.name + "(), did you mean " + *near + "()?");
          fail(e.pos, "unknown function " + e.name + "()");
        }
        const int n = static_cast<int>(e.args.size());
        if (n < f->min_args || n > f->max_args) {
          std::string want = f->min_args == f->max_args ? std::to_string(f->min_args)
                                                        : std::to_string(f->min_args) + " to " + std::to_string(f->max_args);
          fail(e.pos, std::string(f->name) + "() takes " + want + (f->max_args == 1 ? " argument" : " arguments") +
                          ", got " + std::to_string(n));
        }
        e.func = static_cast<int>(f->func);
        if (e.distinct && !f->aggregate) fail(e.pos, std::string("DISTINCT is only allowed in aggregates, not in ") + f->name + "()");
        if (f->aggregate) {
          enter_aggregate(e, site, f->name);
          site.inside_aggregate = true;
          for (auto& a : e.args) bind_expr(*a, scope, site);
          site.inside_aggregate = false;
          return;
        }
        for (auto& a : e.args) bind_expr(*a, scope, site);
        return;
      }
      case Expr::Kind::CountStar: enter_aggregate(e, site, "count"); return;
      case Expr::Kind::ListPredicate:
      case Expr::Kind::Comprehension: {
        bind_expr(*e.args[0], scope, site);
        e.slot = new_slot(e.var);
        scope.vars.push_back({e.var, e.slot, VarKind::Any});
        for (size_t i = 1; i < e.args.size(); ++i) {
          if (e.args[i]) bind_expr(*e.args[i], scope, site);
        }
        scope.vars.pop_back();
        return;
      }
      case Expr::Kind::HasLabels: {
        bind_expr(*e.args[0], scope, site);
        for (const std::string& l : e.keys) e.codes.push_back(label_code(l, e.args[0]->pos));
        return;
      }
      default:
        for (auto& a : e.args) {
          if (a) bind_expr(*a, scope, site);
        }
        return;
    }
  }

  // The position of the key in `x.key` (just after the dot), for messages.
  SourcePos property_pos(const Expr& e) const {
    SourcePos p = e.pos;
    size_t key_offset = e.end - e.name.size();
    size_t back = key_offset - p.offset;
    p.offset = key_offset;
    p.column += static_cast<int>(back);  // property access does not span lines in practice
    return p;
  }

  void enter_aggregate(Expr& e, ExprSite& site, const char* name) {
    if (!site.aggregates) {
      fail(e.pos, std::string("aggregate ") + name + "() is not allowed in " + site.where +
                      (std::string(site.where) == "WHERE" ? "; aggregate with WITH, then filter with WITH ... WHERE" : ""));
    }
    if (site.inside_aggregate) fail(e.pos, std::string("aggregate ") + name + "() cannot be nested in another aggregate");
    e.agg = static_cast<int>(site.aggregates->size());
    site.aggregates->push_back(&e);
  }

  // ---- MATCH --------------------------------------------------------------------------------
  void pattern_props(std::vector<PropertyEntry>& props, bool node, const Scope& before) {
    for (PropertyEntry& p : props) {
      check_key(p.key, p.pos, node);
      Scope s = before;
      ExprSite site{"a pattern"};
      try {
        bind_expr(*p.value, s, site);
      } catch (const QueryError& err) {
        if (err.message().rfind("unknown variable", 0) == 0) {
          fail(err.pos(), err.message() + " (values in a pattern may only use variables bound by earlier clauses; use WHERE)");
        }
        throw;
      }
    }
  }

  void match(MatchClause& m) {
    const Scope before = scope_;
    std::set<std::string> rels_here;
    auto add = [&](const std::string& name, VarKind kind) {
      int slot = new_slot(name);
      m.new_slots.push_back(slot);
      if (!name.empty()) scope_.vars.push_back({name, slot, kind});
      return slot;
    };
    for (PatternPart& part : m.patterns) {
      if (!part.path_var.empty()) {
        if (scope_.find(part.path_var)) fail(part.pos, "variable '" + part.path_var + "' is already defined");
        part.path_slot = add(part.path_var, VarKind::Path);
      }
      for (NodePattern& n : part.nodes) {
        for (size_t i = 0; i < n.labels.size(); ++i) {
          std::vector<graph::TypeCode> codes;
          for (size_t k = 0; k < n.labels[i].size(); ++k) codes.push_back(label_code(n.labels[i][k], n.label_pos[i][k]));
          n.label_codes.push_back(std::move(codes));
        }
        pattern_props(n.props, true, before);
        if (n.var.empty()) {
          n.slot = add("", VarKind::Node);
          continue;
        }
        if (const Var* v = scope_.find(n.var)) {
          if (v->kind != VarKind::Node && v->kind != VarKind::Any) {
            fail(n.pos, "'" + n.var + "' is " + kind_text(v->kind) + ", not a node");
          }
          n.slot = v->slot;
          n.bound_before = before.find(n.var) != nullptr;
        } else {
          n.slot = add(n.var, VarKind::Node);
        }
      }
      for (RelPattern& r : part.rels) {
        for (size_t i = 0; i < r.types.size(); ++i) r.type_codes.push_back(type_code(r.types[i], r.type_pos[i]));
        pattern_props(r.props, false, before);
        if (!r.var.empty()) {
          if (const Var* v = scope_.find(r.var)) {
            if (rels_here.count(r.var)) fail(r.pos, "relationship variable '" + r.var + "' is used twice in one MATCH");
            if (r.var_length) fail(r.pos, "variable-length relationship '" + r.var + "' must be a new variable");
            if (v->kind != VarKind::Rel && v->kind != VarKind::Any) {
              fail(r.pos, "'" + r.var + "' is " + kind_text(v->kind) + ", not a relationship");
            }
            r.slot = v->slot;
            r.bound_before = true;
          } else {
            r.slot = add(r.var, r.var_length ? VarKind::RelList : VarKind::Rel);
          }
          rels_here.insert(r.var);
          if (r.var_length) r.edges_slot = r.slot;
        } else {
          r.slot = add("", VarKind::Rel);
          if (r.var_length) r.edges_slot = r.slot;
        }
      }
      if (part.mode != PatternPart::Mode::Plain) {
        const char* fn = part.mode == PatternPart::Mode::Shortest ? "shortestPath" : "allShortestPaths";
        if (part.rels.size() != 1) fail(part.pos, std::string(fn) + "() needs a pattern with exactly one relationship");
        RelPattern& r = part.rels[0];
        if (r.min_hops > 1) {
          fail(r.pos, std::string(fn) + "() needs a lower bound of 0 or 1, got " + std::to_string(r.min_hops));
        }
        if (!r.var_length) {
          r.var_length = true;
          r.edges_slot = r.slot;
        }
        if (part.nodes[0].var.empty() && part.nodes[0].labels.empty() && part.nodes[0].props.empty() &&
            part.nodes[1].var.empty() && part.nodes[1].labels.empty() && part.nodes[1].props.empty()) {
          fail(part.pos, std::string(fn) + "() needs its end nodes bound or constrained");
        }
      }
    }
    if (m.where) {
      ExprSite site{"WHERE"};
      bind_expr(*m.where, scope_, site);
    }
  }

  void unwind(UnwindClause& u) {
    ExprSite site{"UNWIND"};
    bind_expr(*u.expr, scope_, site);
    if (scope_.find(u.var)) fail(u.var_pos, "variable '" + u.var + "' is already defined");
    u.slot = new_slot(u.var);
    scope_.vars.push_back({u.var, u.slot, VarKind::Any});
  }

  std::string slice(const Expr& e) const {
    return std::string(text_.substr(e.pos.offset, e.end - e.pos.offset));
  }

  // ---- WITH / RETURN ------------------------------------------------------------------------
  void projection(Projection& p) {
    const char* clause_name = p.is_return ? "RETURN" : "WITH";
    if (p.star) {
      std::vector<Var> named;
      for (const Var& v : scope_.vars) {
        if (!v.name.empty()) named.push_back(v);
      }
      if (named.empty() && p.items.empty()) fail(p.pos, std::string(clause_name) + " * needs at least one variable in scope");
      std::sort(named.begin(), named.end(), [](const Var& a, const Var& b) { return a.name < b.name; });
      std::vector<ProjectionItem> items;
      for (const Var& v : named) {
        ProjectionItem item;
        item.expr = std::make_unique<Expr>();
        item.expr->kind = Expr::Kind::Variable;
        item.expr->name = v.name;
        item.expr->pos = p.pos;
        item.alias = v.name;
        item.pos = p.pos;
        items.push_back(std::move(item));
      }
      for (auto& item : p.items) items.push_back(std::move(item));
      p.items = std::move(items);
    }
    Scope next;
    std::set<std::string> seen;
    ExprSite site{clause_name, &p.aggregates};
    for (ProjectionItem& item : p.items) {
      bind_expr(*item.expr, scope_, site);
      if (!p.is_return && !item.explicit_alias && item.expr->kind != Expr::Kind::Variable) {
        fail(item.pos, "expression in WITH must be aliased (use AS)");
      }
      if (!seen.insert(item.alias).second) {
        fail(item.pos, "column '" + item.alias + "' is defined twice in " + clause_name);
      }
      VarKind kind = VarKind::Any;
      if (item.expr->kind == Expr::Kind::Variable) kind = scope_.find(item.expr->name)->kind;
      item.slot = new_slot(item.alias);
      next.vars.push_back({item.alias, item.slot, kind});
    }
    p.aggregating = !p.aggregates.empty();

    // ORDER BY sees the projected names, and the earlier ones when rows are not grouped.
    Scope order_scope;
    if (!p.aggregating && !p.distinct) order_scope = scope_;
    for (const Var& v : next.vars) order_scope.vars.push_back(v);
    for (SortItem& s : p.order_by) {
      std::string text = slice(*s.expr);
      auto same_item = std::find_if(p.items.begin(), p.items.end(), [&](const ProjectionItem& item) {
        return item.expr->end > item.expr->pos.offset && slice(*item.expr) == text;
      });
      if (same_item != p.items.end() && (p.aggregating || p.distinct)) {
        auto ref = std::make_unique<Expr>();
        ref->kind = Expr::Kind::Variable;
        ref->name = same_item->alias;
        ref->pos = s.expr->pos;
        ref->end = s.expr->end;
        ref->slot = same_item->slot;
        s.expr = std::move(ref);
        continue;
      }
      ExprSite order_site{"ORDER BY"};
      try {
        bind_expr(*s.expr, order_scope, order_site);
      } catch (const QueryError& err) {
        if (err.message().rfind("aggregate", 0) == 0) {
          fail(err.pos(), "an aggregate in ORDER BY must also be returned: add it to " + std::string(clause_name));
        }
        if ((p.aggregating || p.distinct) && err.message().rfind("unknown variable", 0) == 0) {
          fail(err.pos(), err.message() + " (after " + (p.aggregating ? "aggregation" : "DISTINCT") +
                              ", ORDER BY can only use the columns of " + clause_name + ")");
        }
        throw;
      }
    }
    for (ExprPtr* bound : {&p.skip, &p.limit}) {
      if (!*bound) continue;
      Scope empty;
      ExprSite s{bound == &p.skip ? "SKIP" : "LIMIT"};
      try {
        bind_expr(**bound, empty, s);
      } catch (const QueryError& err) {
        if (err.message().rfind("unknown variable", 0) == 0) {
          fail(err.pos(), std::string(s.where) + " must be a constant or a parameter");
        }
        throw;
      }
    }
    scope_ = std::move(next);
    if (p.where) {
      ExprSite s{"WHERE"};
      bind_expr(*p.where, scope_, s);
    }
    if (p.is_return) {
      for (const ProjectionItem& item : p.items) {
        q_.columns.push_back(item.alias);
        q_.column_slots.push_back(item.slot);
      }
    }
  }

  Query& q_;
  std::string_view text_;
  const graph::GraphModel& g_;
  const Params& params_;
  std::vector<std::string> kinds_, types_, node_keys_, edge_keys_;
  Scope scope_;
};

}  // namespace

std::vector<std::string> known_labels(const graph::GraphModel& g) { return merged(g.kinds(), kCoreKinds); }
std::vector<std::string> known_relationship_types(const graph::GraphModel& g) {
  return merged(g.relationship_types(), kCoreTypes);
}
std::vector<std::string> known_node_properties(const graph::GraphModel& g) {
  return merged(g.node_property_keys(), kCoreNodeKeys);
}
std::vector<std::string> known_relationship_properties(const graph::GraphModel& g) {
  return merged(g.edge_property_keys(), kCoreEdgeKeys);
}

void bind(Query& q, std::string_view text, const graph::GraphModel& g, const Params& params) {
  Binder(q, text, g, params).run();
}

}  // namespace kg::query

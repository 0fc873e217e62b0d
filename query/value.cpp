#include "query/value.h"

#include <cstdio>
#include <cmath>
#include <functional>

#include "graph/model.h"
#include "graph/number_text.h"

namespace kg::query {

namespace {

int cmp_numbers(const Value& a, const Value& b) {
  if (a.type() == Value::Type::Int && b.type() == Value::Type::Int) {
    return a.as_int() < b.as_int() ? -1 : (a.as_int() > b.as_int() ? 1 : 0);
  }
  double x = a.as_number(), y = b.as_number();
  if (std::isnan(x) || std::isnan(y)) return std::isnan(x) ? (std::isnan(y) ? 0 : 1) : -1;
  return x < y ? -1 : (x > y ? 1 : 0);
}

template <typename T>
int cmp(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

// Rank of a type in ORDER BY's total order.
int order_rank(Value::Type t) {
  switch (t) {
    case Value::Type::Map: return 0;
    case Value::Type::Node: return 1;
    case Value::Type::Relationship: return 2;
    case Value::Type::List: return 3;
    case Value::Type::Path: return 4;
    case Value::Type::String: return 5;
    case Value::Type::Bool: return 6;
    case Value::Type::Int:
    case Value::Type::Float: return 7;
    case Value::Type::Null: return 8;
  }
  return 9;
}

void hash_mix(size_t& h, size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); }

}  // namespace

const char* type_name(Value::Type t) {
  switch (t) {
    case Value::Type::Null: return "NULL";
    case Value::Type::Bool: return "BOOLEAN";
    case Value::Type::Int: return "INTEGER";
    case Value::Type::Float: return "FLOAT";
    case Value::Type::String: return "STRING";
    case Value::Type::List: return "LIST";
    case Value::Type::Map: return "MAP";
    case Value::Type::Node: return "NODE";
    case Value::Type::Relationship: return "RELATIONSHIP";
    case Value::Type::Path: return "PATH";
  }
  return "?";
}

std::optional<bool> equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) return cmp_numbers(a, b) == 0;
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Value::Type::Bool: return a.as_bool() == b.as_bool();
    case Value::Type::String: return a.as_string() == b.as_string();
    case Value::Type::Node: return a.as_node() == b.as_node();
    case Value::Type::Relationship: return a.as_rel() == b.as_rel();
    case Value::Type::Path: return a.as_path().nodes == b.as_path().nodes && a.as_path().rels == b.as_path().rels;
    case Value::Type::List: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return false;
      bool unknown = false;
      for (size_t i = 0; i < x.size(); ++i) {
        auto e = equals(x[i], y[i]);
        if (!e) unknown = true;
        else if (!*e) return false;
      }
      if (unknown) return std::nullopt;
      return true;
    }
    case Value::Type::Map: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      if (x.size() != y.size()) return false;
      bool unknown = false;
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        if (i->first != j->first) return false;
        auto e = equals(i->second, j->second);
        if (!e) unknown = true;
        else if (!*e) return false;
      }
      if (unknown) return std::nullopt;
      return true;
    }
    default: return false;
  }
}

std::optional<int> compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if ((a.type() == Value::Type::Float && std::isnan(a.as_float())) ||
        (b.type() == Value::Type::Float && std::isnan(b.as_float()))) {
      return std::nullopt;
    }
    return cmp_numbers(a, b);
  }
  if (a.type() != b.type()) return std::nullopt;
  switch (a.type()) {
    case Value::Type::Bool: return cmp(a.as_bool(), b.as_bool());
    case Value::Type::String: return a.as_string().compare(b.as_string()) < 0 ? -1 : (a.as_string() == b.as_string() ? 0 : 1);
    case Value::Type::List: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        auto c = compare(x[i], y[i]);
        if (!c) return std::nullopt;
        if (*c != 0) return c;
      }
      return cmp(x.size(), y.size());
    }
    default: return std::nullopt;
  }
}

int order(const Value& a, const Value& b) {
  if (a.type() == Value::Type::String && b.type() == Value::Type::String) {
    int c = a.as_string().compare(b.as_string());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  int ra = order_rank(a.type()), rb = order_rank(b.type());
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case Value::Type::Null: return 0;
    case Value::Type::Int:
    case Value::Type::Float: return cmp_numbers(a, b);
    case Value::Type::Bool: return cmp(a.as_bool(), b.as_bool());
    case Value::Type::String: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case Value::Type::Node: return cmp(a.as_node(), b.as_node());
    case Value::Type::Relationship: return cmp(a.as_rel(), b.as_rel());
    case Value::Type::Path: {
      const auto& x = a.as_path();
      const auto& y = b.as_path();
      if (int c = cmp(x.nodes, y.nodes)) return c;
      return cmp(x.rels, y.rels);
    }
    case Value::Type::List: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = order(x[i], y[i])) return c;
      }
      return cmp(x.size(), y.size());
    }
    case Value::Type::Map: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end() && j != y.end(); ++i, ++j) {
        if (int c = cmp(i->first, j->first)) return c;
        if (int c = order(i->second, j->second)) return c;
      }
      return cmp(x.size(), y.size());
    }
  }
  return 0;
}

bool same(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (a.type() == Value::Type::List && b.type() == Value::Type::List) {
    const auto& x = a.as_list();
    const auto& y = b.as_list();
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i) {
      if (!same(x[i], y[i])) return false;
    }
    return true;
  }
  if (a.type() == Value::Type::Map && b.type() == Value::Type::Map) {
    const auto& x = a.as_map();
    const auto& y = b.as_map();
    if (x.size() != y.size()) return false;
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
      if (i->first != j->first || !same(i->second, j->second)) return false;
    }
    return true;
  }
  return order(a, b) == 0;
}

size_t ValueHash::operator()(const Value& v) const {
  size_t h = static_cast<size_t>(v.type() == Value::Type::Int ? Value::Type::Float : v.type());
  switch (v.type()) {
    case Value::Type::Null: break;
    case Value::Type::Bool: hash_mix(h, v.as_bool()); break;
    case Value::Type::Int:
    case Value::Type::Float: hash_mix(h, std::hash<double>{}(v.as_number())); break;
    case Value::Type::String: hash_mix(h, std::hash<std::string>{}(v.as_string())); break;
    case Value::Type::Node: hash_mix(h, v.as_node()); break;
    case Value::Type::Relationship: hash_mix(h, v.as_rel()); break;
    case Value::Type::Path:
      for (auto n : v.as_path().nodes) hash_mix(h, n);
      for (auto r : v.as_path().rels) hash_mix(h, r);
      break;
    case Value::Type::List:
      for (const Value& e : v.as_list()) hash_mix(h, (*this)(e));
      break;
    case Value::Type::Map:
      for (const auto& [k, e] : v.as_map()) {
        hash_mix(h, std::hash<std::string>{}(k));
        hash_mix(h, (*this)(e));
      }
      break;
  }
  return h;
}

Value from_property(const graph::Value& v) {
  return std::visit(
      [](const auto& x) -> Value {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return Value();
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          Value::List list;
          list.reserve(x.size());
          for (const auto& s : x) list.emplace_back(s);
          return Value(std::move(list));
        } else {
          return Value(x);
        }
      },
      v);
}

namespace {

Value string_list(const std::vector<std::string>& items) {
  Value::List list;
  list.reserve(items.size());
  for (const auto& s : items) list.emplace_back(s);
  return Value(std::move(list));
}

}  // namespace

Value node_property(const graph::GraphModel& g, graph::NodeId id, std::string_view key) {
  // name and kind without touching the Node: they are what most queries read, of many nodes.
  if (key == "name") return Value(g.node_name(id));
  if (key == "kind") return Value(g.kind_name(g.node_kind_code(id)));
  const graph::Node& n = g.node(id);
  if (key == "aliases") return string_list(n.aliases);
  if (key == "sources") return string_list(graph::source_files(n.sources));
  auto it = n.properties.find(key);
  if (it != n.properties.end()) return from_property(it->second);
  if ((key == "text" && n.kind == "Quote") || (key == "title" && n.kind == "Article")) return Value(n.name);
  return Value();
}

Value rel_property(const graph::GraphModel& g, graph::EdgeId id, std::string_view key) {
  const graph::Edge& e = g.edge(id);
  if (key == "sources") return string_list(graph::source_files(e.sources));
  auto it = e.properties.find(key);
  if (it != e.properties.end()) return from_property(it->second);
  return Value();
}

Value::Map node_properties(const graph::GraphModel& g, graph::NodeId id) {
  const graph::Node& n = g.node(id);
  Value::Map m;
  for (const auto& [k, v] : n.properties) m.emplace(k, from_property(v));
  m.insert_or_assign("name", Value(n.name));
  m.insert_or_assign("kind", Value(n.kind));
  m.insert_or_assign("aliases", string_list(n.aliases));
  m.insert_or_assign("sources", string_list(graph::source_files(n.sources)));
  if (n.kind == "Quote") m.emplace("text", Value(n.name));
  if (n.kind == "Article") m.emplace("title", Value(n.name));
  return m;
}

Value::Map rel_properties(const graph::GraphModel& g, graph::EdgeId id) {
  const graph::Edge& e = g.edge(id);
  Value::Map m;
  for (const auto& [k, v] : e.properties) m.emplace(k, from_property(v));
  m.insert_or_assign("sources", string_list(graph::source_files(e.sources)));
  return m;
}

std::string format_float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  std::string s = graph::shortest_text(d);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string quote_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

namespace {

void append_text(const graph::GraphModel& g, const Value& v, bool nested, std::string& out);

void append_chain(const graph::GraphModel& g, const std::vector<graph::NodeId>& nodes,
                  const std::vector<graph::EdgeId>& rels, std::string& out) {
  for (size_t i = 0; i < nodes.size(); ++i) {
    out += '(';
    out += g.node(nodes[i]).name;
    out += ')';
    if (i < rels.size()) {
      const graph::Edge& e = g.edge(rels[i]);
      bool forward = e.source == nodes[i];
      out += forward ? "-[:" : "<-[:";
      out += e.type;
      out += forward ? "]->" : "]-";
    }
  }
}

void append_text(const graph::GraphModel& g, const Value& v, bool nested, std::string& out) {
  switch (v.type()) {
    case Value::Type::Null: out += "null"; break;
    case Value::Type::Bool: out += v.as_bool() ? "true" : "false"; break;
    case Value::Type::Int: out += std::to_string(v.as_int()); break;
    case Value::Type::Float: out += format_float(v.as_float()); break;
    case Value::Type::String: out += nested ? quote_string(v.as_string()) : v.as_string(); break;
    case Value::Type::List: {
      out += '[';
      bool first = true;
      for (const Value& e : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        append_text(g, e, true, out);
      }
      out += ']';
      break;
    }
    case Value::Type::Map: {
      out += '{';
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        if (!first) out += ", ";
        first = false;
        out += k;
        out += ": ";
        append_text(g, e, true, out);
      }
      out += '}';
      break;
    }
    case Value::Type::Node: {
      const graph::Node& n = g.node(v.as_node());
      out += '(';
      out += n.name;
      out += ':';
      out += n.kind;
      out += ')';
      break;
    }
    case Value::Type::Relationship: {
      const graph::Edge& e = g.edge(v.as_rel());
      append_chain(g, {e.source, e.target}, {v.as_rel()}, out);
      break;
    }
    case Value::Type::Path: append_chain(g, v.as_path().nodes, v.as_path().rels, out); break;
  }
}

}  // namespace

std::string to_text(const graph::GraphModel& g, const Value& v) {
  std::string out;
  append_text(g, v, false, out);
  return out;
}

}  // namespace kg::query

// Value: what a query expression evaluates to and what a result cell holds.
//
// null, bool, int, float, string, list, map, and references into the graph (node,
// relationship, path). Lists, maps and paths are shared immutable payloads, so copying a row
// copies pointers, not contents. Comparison follows openCypher: `equals` and `compare` are
// three-valued (null when either side is null or the types are not comparable), `order` is the
// total order ORDER BY uses, and `same`/`ValueHash` are the equivalence DISTINCT and grouping use
// (there null equals null).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/graph_data.h"

namespace kg::graph {
class GraphModel;
}

namespace kg::query {

struct NodeRef {
  graph::NodeId id;
};
struct RelRef {
  graph::EdgeId id;
};
struct PathValue {
  std::vector<graph::NodeId> nodes;  // nodes.size() == rels.size() + 1
  std::vector<graph::EdgeId> rels;
};

class Value {
 public:
  enum class Type : uint8_t { Null, Bool, Int, Float, String, List, Map, Node, Relationship, Path };
  using List = std::vector<Value>;
  using Map = std::map<std::string, Value, std::less<>>;

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int64_t i) : v_(i) {}
  Value(int i) : v_(static_cast<int64_t>(i)) {}
  Value(double d) : v_(d) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(std::string_view s) : v_(std::string(s)) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
  Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
  Value(NodeRef n) : v_(n) {}
  Value(RelRef r) : v_(r) {}
  Value(PathValue p) : v_(std::make_shared<const PathValue>(std::move(p))) {}

  Type type() const { return static_cast<Type>(v_.index()); }
  bool is_null() const { return v_.index() == 0; }
  bool is_number() const { return type() == Type::Int || type() == Type::Float; }

  bool as_bool() const { return std::get<bool>(v_); }
  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  double as_number() const { return type() == Type::Int ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const List& as_list() const { return *std::get<std::shared_ptr<const List>>(v_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(v_); }
  graph::NodeId as_node() const { return std::get<NodeRef>(v_).id; }
  graph::EdgeId as_rel() const { return std::get<RelRef>(v_).id; }
  const PathValue& as_path() const { return *std::get<std::shared_ptr<const PathValue>>(v_); }

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, std::shared_ptr<const List>,
               std::shared_ptr<const Map>, NodeRef, RelRef, std::shared_ptr<const PathValue>>
      v_;
};

// The openCypher name of a type ("INTEGER", "NODE", ...) for messages.
const char* type_name(Value::Type t);

// Three-valued equality: nullopt when the answer is null.
std::optional<bool> equals(const Value& a, const Value& b);
// Three-valued comparison for < <= > >=: negative, zero or positive; nullopt when incomparable.
std::optional<int> compare(const Value& a, const Value& b);
// Total order for ORDER BY (null sorts last when ascending).
int order(const Value& a, const Value& b);
// Equivalence for DISTINCT and grouping; null is the same as null.
bool same(const Value& a, const Value& b);
struct ValueHash {
  size_t operator()(const Value& v) const;
};
struct ValueSame {
  bool operator()(const Value& a, const Value& b) const { return same(a, b); }
};

// A stored property as a query value (lists of strings become lists).
Value from_property(const graph::Value& v);

// Properties of graph elements as queries see them (null when absent). Nodes have name,
// aliases, kind and sources (distinct files) besides Node::properties; a Quote's text and an
// Article's title fall back to the name. Relationships have sources besides Edge::properties.
Value node_property(const graph::GraphModel& g, graph::NodeId id, std::string_view key);
Value rel_property(const graph::GraphModel& g, graph::EdgeId id, std::string_view key);
// All properties of a node / relationship as a map (what properties() returns).
Value::Map node_properties(const graph::GraphModel& g, graph::NodeId id);
Value::Map rel_properties(const graph::GraphModel& g, graph::EdgeId id);

// Human-readable text of a value for tables and CSV: strings raw at the top level and quoted
// inside lists and maps; nodes as (name:Kind); relationships and paths as (a)-[:T]->(b) chains.
std::string to_text(const graph::GraphModel& g, const Value& v);
// A number as text: integers plainly, floats with a decimal point or exponent.
std::string format_float(double d);
// A string as a double-quoted literal with JSON escapes.
std::string quote_string(std::string_view s);

}  // namespace kg::query

// JSON (an array of row objects, one per line) and JSON Lines (one row object per line).
#include <cmath>

#include "query/format.h"

namespace kg::query {

namespace {

void write_node(std::ostream& out, const graph::GraphModel& g, graph::NodeId id) {
  const graph::Node& n = g.node(id);
  out << "{\"id\": " << id << ", \"labels\": [" << quote_string(n.kind) << "], \"name\": " << quote_string(n.name);
  if (n.kind == "Quote") {
    Value text = node_property(g, id, "text");
    out << ", \"text\": ";
    write_json(out, g, text);
  }
  out << '}';
}

void write_rel(std::ostream& out, const graph::GraphModel& g, graph::EdgeId id) {
  const graph::Edge& e = g.edge(id);
  out << "{\"id\": " << id << ", \"type\": " << quote_string(e.type) << ", \"start\": " << e.source
      << ", \"end\": " << e.target << ", \"properties\": ";
  write_json(out, g, Value(rel_properties(g, id)));
  out << '}';
}

}  // namespace

void write_json(std::ostream& out, const graph::GraphModel& g, const Value& v) {
  switch (v.type()) {
    case Value::Type::Null: out << "null"; break;
    case Value::Type::Bool: out << (v.as_bool() ? "true" : "false"); break;
    case Value::Type::Int: out << v.as_int(); break;
    case Value::Type::Float:
      if (std::isfinite(v.as_float())) out << format_float(v.as_float());
      else out << "null";
      break;
    case Value::Type::String: out << quote_string(v.as_string()); break;
    case Value::Type::List: {
      out << '[';
      bool first = true;
      for (const Value& e : v.as_list()) {
        if (!first) out << ", ";
        first = false;
        write_json(out, g, e);
      }
      out << ']';
      break;
    }
    case Value::Type::Map: {
      out << '{';
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        if (!first) out << ", ";
        first = false;
        out << quote_string(k) << ": ";
        write_json(out, g, e);
      }
      out << '}';
      break;
    }
    case Value::Type::Node: write_node(out, g, v.as_node()); break;
    case Value::Type::Relationship: write_rel(out, g, v.as_rel()); break;
    case Value::Type::Path: {
      const PathValue& p = v.as_path();
      out << "{\"nodes\": [";
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (i) out << ", ";
        write_node(out, g, p.nodes[i]);
      }
      out << "], \"relationships\": [";
      for (size_t i = 0; i < p.rels.size(); ++i) {
        if (i) out << ", ";
        write_rel(out, g, p.rels[i]);
      }
      out << "]}";
      break;
    }
  }
}

void render_json(std::ostream& out, const graph::GraphModel& g, const Result& r, bool lines) {
  if (!lines) out << (r.rows.empty() ? "[" : "[\n");
  for (size_t i = 0; i < r.rows.size(); ++i) {
    if (!lines) out << "  ";
    out << '{';
    for (size_t c = 0; c < r.columns.size(); ++c) {
      if (c) out << ", ";
      out << quote_string(r.columns[c]) << ": ";
      write_json(out, g, r.rows[i][c]);
    }
    out << '}';
    if (!lines && i + 1 < r.rows.size()) out << ',';
    out << '\n';
  }
  if (!lines) out << "]\n";
}

}  // namespace kg::query

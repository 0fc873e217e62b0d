// Graphviz DOT: our own writer, so that every id and label is quoted and escaped (a name with
// a quote, a backslash or a line break must not break the file; boost::write_graphviz does not
// escape backslashes). Nodes are styled by kind, relationships labelled by type, and the pen
// width grows with the number of distinct source files behind a relationship.
#include <algorithm>
#include <set>

#include "ingest/name_key.h"
#include "query/format.h"

namespace kg::query {

namespace {

struct KindStyle {
  const char* kind;
  const char* shape;
  const char* color;  // fill colour
  const char* extra;  // extra style
};

constexpr KindStyle kStyles[] = {
    {"Person", "ellipse", "#cfe2ff", ""},
    {"Country", "box", "#ffd8a8", ""},
    {"Organization", "box", "#d3f9d8", "rounded,"},
    {"Meeting", "hexagon", "#fff3bf", ""},
    {"Document", "note", "#e9ecef", ""},
    {"Force", "octagon", "#ffc9c9", ""},
    {"Place", "house", "#e5dbff", ""},
    {"Quote", "box", "#f8f9fa", "dashed,"},
    {"Article", "tab", "#dee2e6", ""},
};
constexpr KindStyle kOther{"", "ellipse", "#ffffff", ""};

const KindStyle& style_of(const std::string& kind) {
  for (const KindStyle& s : kStyles) {
    if (kind == s.kind) return s;
  }
  return kOther;
}

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n, other control
// characters as spaces, invalid UTF-8 bytes as '?'.
std::string dot_quote(std::string_view text) {
  std::string s(text);
  if (!ingest::is_valid_utf8(s)) {
    for (char& c : s) {
      if (static_cast<unsigned char>(c) >= 0x80) c = '?';
    }
  }
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
        else out += c;
    }
  }
  return out + "\"";
}

// At most `limit` code points of `s`, with an ellipsis when cut.
std::string shorten(const std::string& s, size_t limit) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80 && count++ == limit) return s.substr(0, i) + "\u2026";
  }
  return s;
}

std::string dot_id(graph::NodeId v) {
  std::string id = "n";  // (built in two steps: GCC 12 warns falsely about "n" + to_string)
  id += std::to_string(v);
  return id;
}

void write_dot(std::ostream& out, const graph::GraphModel& g, const std::vector<graph::NodeId>& nodes,
               const std::vector<graph::EdgeId>& edges) {
  out << "digraph kg {\n"
         "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11];\n"
         "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  std::set<std::string> kinds;
  for (graph::NodeId v : nodes) {
    const graph::Node& n = g.node(v);
    const KindStyle& st = style_of(n.kind);
    kinds.insert(n.kind);
    std::string label = n.kind == "Quote" ? "\u201c" + shorten(n.name, 60) + "\u201d" : shorten(n.name, 80);
    out << "  " << dot_quote(dot_id(v)) << " [label=" << dot_quote(label) << ", shape=" << st.shape
        << ", style=\"" << st.extra << "filled\", fillcolor=" << dot_quote(st.color)
        << ", tooltip=" << dot_quote(n.kind + ": " + n.name) << "];\n";
  }
  for (graph::EdgeId id : edges) {
    const graph::Edge& e = g.edge(id);
    const size_t files = graph::source_files(e.sources).size();
    const double pen = std::min(1.0 + static_cast<double>(files > 0 ? files - 1 : 0), 6.0);
    out << "  " << dot_quote(dot_id(e.source)) << " -> " << dot_quote(dot_id(e.target))
        << " [label=" << dot_quote(e.type) << ", penwidth=" << pen
        << ", tooltip=" << dot_quote(e.type + " (" + std::to_string(files) + (files == 1 ? " source)" : " sources)"))
        << "];\n";
  }
  if (!kinds.empty()) {
    out << "  subgraph cluster_legend {\n"
           "    label=\"Legend\"; fontsize=10; style=dashed; color=\"#999999\";\n";
    for (const std::string& kind : kinds) {
      const KindStyle& st = style_of(kind);
      out << "    " << dot_quote("legend_" + kind) << " [label=" << dot_quote(kind) << ", shape=" << st.shape
          << ", style=\"" << st.extra << "filled\", fillcolor=" << dot_quote(st.color) << "];\n";
    }
    out << "    \"legend_note\" [shape=plaintext, style=\"\", label=\"edge label: relationship type\\n"
           "pen width: number of source files\"];\n"
           "  }\n";
  }
  out << "}\n";
}

void collect(const Value& v, std::set<graph::NodeId>& nodes, std::set<graph::EdgeId>& edges) {
  switch (v.type()) {
    case Value::Type::Node: nodes.insert(v.as_node()); break;
    case Value::Type::Relationship: edges.insert(v.as_rel()); break;
    case Value::Type::Path:
      nodes.insert(v.as_path().nodes.begin(), v.as_path().nodes.end());
      edges.insert(v.as_path().rels.begin(), v.as_path().rels.end());
      break;
    case Value::Type::List:
      for (const Value& e : v.as_list()) collect(e, nodes, edges);
      break;
    case Value::Type::Map:
      for (const auto& [k, e] : v.as_map()) collect(e, nodes, edges);
      break;
    default: break;
  }
}

}  // namespace

void render_dot(std::ostream& out, const graph::GraphModel& g, const Result& r) {
  std::set<graph::NodeId> nodes;
  std::set<graph::EdgeId> edges;
  for (const auto& row : r.rows) {
    for (const Value& v : row) collect(v, nodes, edges);
  }
  for (graph::EdgeId e : edges) {
    nodes.insert(g.edge(e).source);
    nodes.insert(g.edge(e).target);
  }
  write_dot(out, g, std::vector<graph::NodeId>(nodes.begin(), nodes.end()),
            std::vector<graph::EdgeId>(edges.begin(), edges.end()));
}

void write_graph_dot(std::ostream& out, const graph::GraphModel& g) {
  std::vector<graph::NodeId> nodes(g.node_count());
  for (graph::NodeId v = 0; v < nodes.size(); ++v) nodes[v] = v;
  std::vector<graph::EdgeId> edges(g.edge_count());
  for (graph::EdgeId e = 0; e < edges.size(); ++e) edges[e] = e;
  write_dot(out, g, nodes, edges);
}

}  // namespace kg::query

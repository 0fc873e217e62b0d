#include "graph/export_graphml.h"

#include <cmath>
#include <map>

#include "graph/json_value.h"
#include "graph/number_text.h"

namespace kg::graph {
namespace {

// XML text: &, <, >, quotes escaped; what XML 1.0 cannot hold replaced by U+FFFD.
std::string xml(std::string_view s) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out += kReplacement;
          else out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    // A UTF-8 sequence: copied when well-formed, else one replacement per bad byte.
    const size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool ok = len > 0 && i + len <= s.size();
    uint32_t cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; ok && k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      ok = (b & 0xC0) == 0x80;
      cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates, beyond U+10FFFF and U+FFFE/U+FFFF are not XML characters.
    if (ok) ok = !(len == 3 && cp < 0x800) && !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) &&
                 !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF;
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += kReplacement;
      ++i;
    }
  }
  return out;
}

const char* graphml_type(const Value& v) {
  switch (v.index()) {
    case 1: return "boolean";
    case 2: return "long";
    case 3: return "double";
    default: return "string";
  }
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + json_quote(items[i]);
  return out + "]";
}

std::string text(const Value& v) {
  return v.index() == 5 ? json_list(std::get<std::vector<std::string>>(v)) : scalar_text(v, "INF");
}

struct Key {
  std::string id;
  std::string type;
};

// Property keys of `items` with one GraphML type each (string when the values' types differ).
template <typename T>
std::map<std::string, Key> keys_of(const std::vector<T>& items, const char* prefix, const std::map<std::string, Key>& fixed) {
  std::map<std::string, std::string> types;
  for (const T& item : items) {
    for (const auto& [k, v] : item.properties) {
      if (v.index() == 0 || fixed.count(k)) continue;
      auto [it, fresh] = types.emplace(k, graphml_type(v));
      if (!fresh && it->second != graphml_type(v)) it->second = "string";
    }
  }
  std::map<std::string, Key> keys = fixed;
  size_t n = 0;
  for (const auto& [k, t] : types) keys[k] = {std::string(prefix) + std::to_string(n++), t};
  return keys;
}

void data(std::ostream& out, const std::string& key, const std::string& value) {
  out << "      <data key=\"" << key << "\">" << xml(value) << "</data>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const GraphData& graph) {
  const std::map<std::string, Key> node_fixed = {
      {"kind", {"kind", "string"}}, {"label", {"label", "string"}}, {"aliases", {"aliases", "string"}}, {"sources", {"sources", "string"}}};
  const std::map<std::string, Key> edge_fixed = {{"type", {"type", "string"}}, {"label", {"elabel", "string"}},
                                                 {"sources", {"esources", "string"}}};
  const auto node_keys = keys_of(graph.nodes, "np", node_fixed);
  const auto edge_keys = keys_of(graph.edges, "ep", edge_fixed);

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& [name, key] : node_keys)
    out << "  <key id=\"" << key.id << "\" for=\"node\" attr.name=\"" << xml(name) << "\" attr.type=\"" << key.type << "\"/>\n";
  for (const auto& [name, key] : edge_keys)
    out << "  <key id=\"" << key.id << "\" for=\"edge\" attr.name=\"" << xml(name) << "\" attr.type=\"" << key.type << "\"/>\n";
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const Node& n = graph.nodes[i];
    out << "    <node id=\"n" << i << "\">\n";
    data(out, "kind", n.kind);
    data(out, "label", n.name);
    data(out, "aliases", json_list(n.aliases));
    data(out, "sources", json_list(source_files(n.sources)));
    for (const auto& [k, v] : n.properties) {
      if (v.index() == 0 || node_fixed.count(k)) continue;
      data(out, node_keys.at(k).id, text(v));
    }
    out << "    </node>\n";
  }
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const Edge& e = graph.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"n" << e.source << "\" target=\"n" << e.target << "\">\n";
    data(out, "type", e.type);
    data(out, "elabel", e.type);
    data(out, "esources", json_list(source_files(e.sources)));
    for (const auto& [k, v] : e.properties) {
      if (v.index() == 0 || edge_fixed.count(k)) continue;
      data(out, edge_keys.at(k).id, text(v));
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg::graph

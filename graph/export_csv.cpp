#include "graph/export_csv.h"

#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include "graph/number_text.h"
#include "graph/replace_file.h"

namespace kg::graph {
namespace {

enum class ColumnType { Unset, Long, Double, Boolean, String, List, Mixed };

ColumnType type_of(const Value& v) {
  switch (v.index()) {
    case 1: return ColumnType::Boolean;
    case 2: return ColumnType::Long;
    case 3: return ColumnType::Double;
    case 4: return ColumnType::String;
    case 5: return ColumnType::List;
    default: return ColumnType::Unset;  // null: no value, no type
  }
}

const char* suffix(ColumnType t) {
  switch (t) {
    case ColumnType::Long: return ":long";
    case ColumnType::Double: return ":double";
    case ColumnType::Boolean: return ":boolean";
    case ColumnType::List: return ":string[]";
    default: return "";
  }
}

class Writer {
 public:
  Writer(std::ostream& out, const CsvOptions& o) : out_(out), o_(o) {}

  void field(std::string_view s, bool first = false) {
    if (!first) out_.put(o_.delimiter);
    if (s.empty()) {  // a quoted empty field: an empty string, not "no value"
      out_.put(o_.quote);
      out_.put(o_.quote);
      return;
    }
    const bool quote = s.find_first_of(std::string{o_.delimiter, o_.quote, '\n', '\r'}) != std::string_view::npos ||
                       s.front() == ' ' || s.back() == ' ';
    if (!quote) {
      out_.write(s.data(), static_cast<std::streamsize>(s.size()));
      return;
    }
    out_.put(o_.quote);
    for (char c : s) {
      if (c == o_.quote) out_.put(o_.quote);
      out_.put(c);
    }
    out_.put(o_.quote);
  }
  void none() { out_.put(o_.delimiter); }  // an empty unquoted field: no value
  void end() { out_.put('\n'); }

  void list(const std::vector<std::string>& items) {
    std::string joined;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) joined += o_.array_delimiter;
      joined += items[i];
    }
    field(joined);
  }

  void value(const Value& v, ColumnType column) {
    if (v.index() == 0) return none();
    if (column == ColumnType::List) return list(std::get<std::vector<std::string>>(v));
    field(text(v));
  }

  std::string text(const Value& v) const {
    if (v.index() != 5) return scalar_text(v, "Infinity");
    std::string joined;
    for (const auto& s : std::get<std::vector<std::string>>(v)) joined += (joined.empty() ? "" : std::string(1, o_.array_delimiter)) + s;
    return joined;
  }

 private:
  std::ostream& out_;
  const CsvOptions& o_;
};

// The property columns of `items`: each key with the one type all its values have (Mixed
// when they differ), in key order, without the reserved names (counted in `skipped`).
template <typename T>
std::map<std::string, ColumnType> columns_of(const std::vector<T>& items, std::map<std::string, size_t>& skipped) {
  std::map<std::string, ColumnType> cols;
  for (const T& item : items) {
    for (const auto& [key, value] : item.properties) {
      if (is_reserved_csv_column(key) || key.empty() || key.find(':') != std::string::npos) {
        ++skipped[key];
        continue;
      }
      ColumnType& c = cols[key];
      const ColumnType t = type_of(value);
      if (t == ColumnType::Unset || c == t) continue;
      c = c == ColumnType::Unset ? t : ColumnType::Mixed;
    }
  }
  return cols;
}

std::vector<std::string> warnings_of(const std::map<std::string, size_t>& skipped, const char* what) {
  std::vector<std::string> out;
  for (const auto& [key, count] : skipped)
    out.push_back("property '" + key + "' of " + std::to_string(count) + " " + what +
                  " not exported (kg's own column, or not a usable CSV column name)");
  return out;
}

template <typename T>
void property_fields(Writer& w, const T& item, const std::map<std::string, ColumnType>& cols) {
  for (const auto& [key, type] : cols) {
    auto it = item.properties.find(key);
    if (it == item.properties.end()) {
      w.none();
    } else if (type == ColumnType::Mixed) {
      if (it->second.index() == 0) w.none();
      else w.field(w.text(it->second));
    } else {
      w.value(it->second, type);
    }
  }
}

}  // namespace

std::vector<std::string> write_nodes_csv(std::ostream& out, const GraphData& graph, const CsvOptions& options) {
  std::map<std::string, size_t> skipped;
  const auto cols = columns_of(graph.nodes, skipped);
  Writer w(out, options);
  w.field("id:ID", true);
  w.field(":LABEL");
  w.field("name");
  w.field("aliases:string[]");
  for (const auto& [key, type] : cols) w.field(key + suffix(type));
  w.field("sources:string[]");
  w.end();
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const Node& n = graph.nodes[i];
    w.field(std::to_string(i), true);
    w.field(n.kind);
    w.field(n.name);
    w.list(n.aliases);
    property_fields(w, n, cols);
    w.list(source_files(n.sources));
    w.end();
  }
  return warnings_of(skipped, "nodes");
}

std::vector<std::string> write_relationships_csv(std::ostream& out, const GraphData& graph, const CsvOptions& options) {
  std::map<std::string, size_t> skipped;
  const auto cols = columns_of(graph.edges, skipped);
  Writer w(out, options);
  w.field(":START_ID", true);
  w.field(":END_ID");
  w.field(":TYPE");
  for (const auto& [key, type] : cols) w.field(key + suffix(type));
  w.field("sources:string[]");
  w.end();
  for (const Edge& e : graph.edges) {
    w.field(std::to_string(e.source), true);
    w.field(std::to_string(e.target));
    w.field(e.type);
    property_fields(w, e, cols);
    w.list(source_files(e.sources));
    w.end();
  }
  return warnings_of(skipped, "relationships");
}

std::vector<std::string> export_csv(const std::filesystem::path& dir, const GraphData& graph, const CsvOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error(dir.string() + ": cannot create the folder: " + ec.message());
  std::vector<std::string> warnings;
  for (const char* name : {"nodes.csv", "relationships.csv"}) {
    replace_file(dir / name, [&](std::ostream& out) {
      auto w = std::string(name) == "nodes.csv" ? write_nodes_csv(out, graph, options) : write_relationships_csv(out, graph, options);
      warnings.insert(warnings.end(), w.begin(), w.end());
    });
  }
  return warnings;
}

}  // namespace kg::graph

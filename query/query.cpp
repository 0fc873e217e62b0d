// The public entry points that are not the executor's: formats and the shortcut queries.
#include "query/query.h"

#include <cctype>
#include <ostream>
#include <stdexcept>

#include "ingest/tokens.h"
#include "query/format.h"
#include "query/parser.h"

namespace kg::query {

namespace {

struct FormatName {
  Format format;
  const char* name;
};
constexpr FormatName kFormats[] = {
    {Format::Table, "table"}, {Format::Json, "json"}, {Format::Jsonl, "jsonl"},       {Format::Csv, "csv"},
    {Format::Tsv, "tsv"},     {Format::Markdown, "markdown"}, {Format::Dot, "dot"},
};

}  // namespace

Format parse_format(std::string_view name) {
  const std::string lower = kg::ingest::ascii_lower(name);
  if (lower == "md") return Format::Markdown;
  if (lower == "ndjson") return Format::Jsonl;
  for (const FormatName& f : kFormats) {
    if (lower == f.name) return f.format;
  }
  throw std::invalid_argument("unknown format '" + std::string(name) + "' (valid formats: " + format_names() + ")");
}

std::string_view format_name(Format f) {
  for (const FormatName& n : kFormats) {
    if (n.format == f) return n.name;
  }
  return "table";
}

std::string format_names() {
  std::string out;
  for (const FormatName& f : kFormats) {
    if (!out.empty()) out += ", ";
    out += f.name;
  }
  return out;
}

void render(std::ostream& out, const graph::GraphModel& g, const Result& r, Format f, const RenderOptions& options) {
  switch (f) {
    case Format::Table: render_table(out, g, r, options); break;
    case Format::Json: render_json(out, g, r, false); break;
    case Format::Jsonl: render_json(out, g, r, true); break;
    case Format::Csv: render_delimited(out, g, r, ',', options.header); break;
    case Format::Tsv: render_delimited(out, g, r, '\t', options.header); break;
    case Format::Markdown: render_markdown(out, g, r, options.header); break;
    case Format::Dot: render_dot(out, g, r); break;
  }
}

std::string cypher_string(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "'";
}

namespace {

std::string hops(int max_hops) { return std::to_string(max_hops < 1 ? 1 : max_hops); }

}  // namespace

std::string path_query(std::string_view from, std::string_view to, int max_hops, const std::vector<std::string>& via_types) {
  std::string types;
  for (size_t i = 0; i < via_types.size(); ++i) types += (i ? "|" : ":") + via_types[i];
  return "MATCH p = shortestPath((a {name: " + cypher_string(from) + "})-[" + types + "*.." + hops(max_hops) +
         "]-(b {name: " + cypher_string(to) + "}))\nRETURN p AS path, length(p) AS hops\nORDER BY hops";
}

std::string hood_query(std::string_view name, int depth, const std::vector<std::string>& kinds) {
  std::string labels;
  for (size_t i = 0; i < kinds.size(); ++i) labels += (i ? "|" : ":") + kinds[i];
  // DISTINCT on the node (cheap: ids) before reading names; the walk is then breadth first.
  return "MATCH (a {name: " + cypher_string(name) + "})-[*1.." + hops(depth) + "]-(b" + labels +
         ")\nWITH DISTINCT b\nRETURN b.name AS name, b.kind AS kind\nORDER BY kind, name";
}

}  // namespace kg::query

// CSV (RFC 4180 quoting) and TSV (backslash escapes); null is an empty field in both.
#include "query/format.h"

namespace kg::query {

namespace {

std::string csv_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string tsv_field(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

void render_delimited(std::ostream& out, const graph::GraphModel& g, const Result& r, char separator, bool header) {
  auto field = [&](const std::string& s) { return separator == '\t' ? tsv_field(s) : csv_field(s); };
  if (header) {
    for (size_t c = 0; c < r.columns.size(); ++c) out << (c ? std::string(1, separator) : "") << field(r.columns[c]);
    out << '\n';
  }
  for (const auto& row : r.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) out << separator;
      if (!row[c].is_null()) out << field(to_text(g, row[c]));
    }
    out << '\n';
  }
}

}  // namespace kg::query

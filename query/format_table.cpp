// Aligned text tables: ASCII (+---+) for pipes and files, box drawing for terminals.
#include <algorithm>

#include "query/format.h"

namespace kg::query {

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

std::string cell_text(const graph::GraphModel& g, const Value& v) {
  std::string s = to_text(g, v);
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

namespace {

// Cuts `s` to at most `width` code points, ending with an ellipsis when cut.
std::string cut(const std::string& s, size_t width, bool unicode) {
  if (width == 0 || display_width(s) <= width) return s;
  const std::string ellipsis = unicode ? "\u2026" : "...";
  const size_t keep = width > display_width(ellipsis) ? width - display_width(ellipsis) : 0;
  size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) {
      if (count == keep) break;
      ++count;
    }
  }
  return s.substr(0, i) + ellipsis;
}

struct Lines {
  const char* h;  // horizontal
  const char* v;  // vertical
  const char* top[3];
  const char* mid[3];
  const char* bottom[3];
};

constexpr Lines kAscii{"-", "|", {"+", "+", "+"}, {"+", "+", "+"}, {"+", "+", "+"}};
constexpr Lines kBox{"\u2500", "\u2502", {"\u250c", "\u252c", "\u2510"}, {"\u251c", "\u253c", "\u2524"},
                     {"\u2514", "\u2534", "\u2518"}};

}  // namespace

void render_table(std::ostream& out, const graph::GraphModel& g, const Result& r, const RenderOptions& o) {
  const Lines& L = o.box_drawing ? kBox : kAscii;
  const size_t ncol = r.columns.size();
  std::vector<std::vector<std::string>> cells;
  // A column is right-aligned when it holds numbers and nothing else but nulls.
  std::vector<bool> numeric(ncol, true), has_number(ncol, false);
  std::vector<size_t> width(ncol, 0);
  for (size_t c = 0; c < ncol; ++c) {
    if (o.header) width[c] = display_width(cut(r.columns[c], o.max_width, o.box_drawing));
  }
  cells.reserve(r.rows.size());
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < ncol; ++c) {
      // Paths and relationships are the answer of a path question: never cut.
      const bool whole = row[c].type() == Value::Type::Path || row[c].type() == Value::Type::Relationship;
      line.push_back(cut(cell_text(g, row[c]), whole ? 0 : o.max_width, o.box_drawing));
      width[c] = std::max(width[c], display_width(line.back()));
      if (!row[c].is_number() && !row[c].is_null()) numeric[c] = false;
      if (row[c].is_number()) has_number[c] = true;
    }
    cells.push_back(std::move(line));
  }
  for (size_t c = 0; c < ncol; ++c) numeric[c] = numeric[c] && has_number[c];
  auto rule = [&](const char* const (&corner)[3]) {
    out << corner[0];
    for (size_t c = 0; c < ncol; ++c) {
      for (size_t k = 0; k < width[c] + 2; ++k) out << L.h;
      out << (c + 1 < ncol ? corner[1] : corner[2]);
    }
    out << '\n';
  };
  auto line = [&](const std::vector<std::string>& texts, bool align_numbers) {
    out << L.v;
    for (size_t c = 0; c < ncol; ++c) {
      const size_t pad = width[c] - display_width(texts[c]);
      out << ' ';
      if (align_numbers && numeric[c]) out << std::string(pad, ' ') << texts[c];
      else out << texts[c] << std::string(pad, ' ');
      out << ' ' << L.v;
    }
    out << '\n';
  };
  if (ncol > 0) {
    rule(L.top);
    if (o.header) {
      std::vector<std::string> names;
      for (const auto& c : r.columns) names.push_back(cut(c, o.max_width, o.box_drawing));
      line(names, false);
      if (!cells.empty()) rule(L.mid);
    }
    for (const auto& row : cells) line(row, true);
    rule(L.bottom);
  }
  if (o.footer) {
    out << '(' << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows");
    if (r.truncated) out << "; more were cut off by the row limit";
    out << ")\n";
  }
}

}  // namespace kg::query

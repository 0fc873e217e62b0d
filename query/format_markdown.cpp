// GitHub-flavoured Markdown tables.
#include "query/format.h"

namespace kg::query {

namespace {

std::string md_cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else if (c != '\r') out += c;
  }
  return out;
}

}  // namespace

void render_markdown(std::ostream& out, const graph::GraphModel& g, const Result& r, bool header) {
  const size_t ncol = r.columns.size();
  if (ncol == 0) return;
  std::vector<bool> numeric(ncol, true), has_number(ncol, false);
  for (const auto& row : r.rows) {
    for (size_t c = 0; c < ncol; ++c) {
      if (!row[c].is_number() && !row[c].is_null()) numeric[c] = false;
      if (row[c].is_number()) has_number[c] = true;
    }
  }
  for (size_t c = 0; c < ncol; ++c) numeric[c] = numeric[c] && has_number[c];
  // A Markdown table needs a header row; without one the columns are left unnamed.
  out << '|';
  for (size_t c = 0; c < ncol; ++c) out << ' ' << (header ? md_cell(r.columns[c]) : "") << " |";
  out << "\n|";
  for (size_t c = 0; c < ncol; ++c) out << (numeric[c] ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& row : r.rows) {
    out << '|';
    for (size_t c = 0; c < ncol; ++c) out << ' ' << md_cell(to_text(g, row[c])) << " |";
    out << '\n';
  }
}

}  // namespace kg::query

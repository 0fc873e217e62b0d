// Runs the data-driven query cases in tests/queries/*.test against the fixture graph.
//
// A file holds cases separated by blank lines; '#' starts a comment line. A case is
//   -PARAM name <expression>      (any number, optional: a query parameter)
//   <statement, one or more lines>
//   ---- <N>                      then exactly N result rows, cells joined by " | "
// or
//   ---- error                    then the one-line error message (QueryError::what())
// Rows are compared in order when the statement has ORDER BY, else as sorted lists.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "query/format.h"
#include "query/query.h"
#include "query_fixture.h"
#include "test_dir.h"

namespace {

struct Case {
  std::string file;
  int line = 0;
  std::vector<std::pair<std::string, std::string>> params;
  std::string statement;
  bool expect_error = false;
  std::vector<std::string> expected;
};

std::string trim_right(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

std::vector<Case> read_cases(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(trim_right(l));
  std::vector<Case> cases;
  size_t i = 0;
  auto skip = [&] {
    while (i < lines.size() && (lines[i].empty() || lines[i][0] == '#')) ++i;
  };
  for (skip(); i < lines.size(); skip()) {
    Case c;
    c.file = path.filename().string();
    c.line = static_cast<int>(i + 1);
    while (i < lines.size() && lines[i].rfind("-PARAM ", 0) == 0) {
      std::string rest = lines[i].substr(7);
      size_t sp = rest.find(' ');
      c.params.emplace_back(rest.substr(0, sp), rest.substr(sp + 1));
      ++i;
    }
    while (i < lines.size() && lines[i].rfind("----", 0) != 0) {
      if (!c.statement.empty()) c.statement += '\n';
      c.statement += lines[i++];
    }
    REQUIRE_MESSAGE(i < lines.size(), c.file << ":" << c.line << ": case without '----'");
    std::string head = lines[i++].substr(4);
    head.erase(0, head.find_first_not_of(' '));
    if (head == "error") {
      c.expect_error = true;
      REQUIRE_MESSAGE(i < lines.size(), c.file << ":" << c.line << ": missing error message");
      c.expected.push_back(lines[i++]);
    } else {
      size_t n = std::stoul(head);
      for (size_t k = 0; k < n; ++k) {
        REQUIRE_MESSAGE(i < lines.size(), c.file << ":" << c.line << ": fewer rows than announced");
        c.expected.push_back(lines[i++]);
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

bool has_order_by(const std::string& s) {
  std::string up = s;
  for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return up.find("ORDER BY") != std::string::npos;
}

}  // namespace

TEST_CASE("query cases in tests/queries/*.test") {
  const auto& g = kg::test::fixture();
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(kg_test_dir()) + "/queries")) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  size_t total = 0;
  for (const auto& file : files) {
    for (const Case& c : read_cases(file)) {
      ++total;
      INFO(c.file << ":" << c.line << ":\n" << c.statement);
      kg::query::QueryOptions options;
      for (const auto& [name, expr] : c.params) {
        auto r = kg::query::execute(g, "RETURN " + expr);
        options.params[name] = r.rows.at(0).at(0);
      }
      std::vector<std::string> got;
      try {
        auto r = kg::query::execute(g, c.statement, options);
        for (const auto& row : r.rows) {
          std::string line;
          for (size_t k = 0; k < row.size(); ++k) line += (k ? " | " : "") + kg::query::cell_text(g, row[k]);
          got.push_back(trim_right(line));
        }
        CHECK_MESSAGE(!c.expect_error, "expected the error: " << c.expected[0]);
      } catch (const kg::query::QueryError& e) {
        REQUIRE_MESSAGE(c.expect_error, "unexpected error: " << std::string(e.what()));
        CHECK(std::string(e.what()) == c.expected[0]);
        continue;
      }
      if (c.expect_error) continue;
      std::vector<std::string> want = c.expected;
      if (!has_order_by(c.statement)) {
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
      }
      auto joined = [](const std::vector<std::string>& rows) {
        std::string out;
        for (const auto& r : rows) out += "\n  " + r;
        return out;
      };
      CHECK(joined(got) == joined(want));
    }
  }
  MESSAGE(total << " query cases");
}

// Mutated queries must fail with a QueryError or run: never crash, hang or throw anything else.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "query/query.h"
#include "query_fixture.h"
#include "test_dir.h"

namespace {

// The statements of the data-driven cases, one per case (lines up to '----').
std::vector<std::string> seed_statements() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(kg_test_dir()) + "/queries")) {
    if (entry.path().extension() != ".test") continue;
    std::ifstream in(entry.path());
    std::string statement;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("----", 0) == 0) {
        if (!statement.empty()) out.push_back(statement);
        statement.clear();
      } else if (!line.empty() && line[0] != '#' && line.rfind("-PARAM", 0) != 0) {
        statement += line + "\n";
      } else {
        statement.clear();
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("deep nesting is refused, not a stack overflow") {
  const auto& g = kg::test::fixture();
  std::string deep = "RETURN " + std::string(100000, '(') + "1" + std::string(100000, ')');
  CHECK_THROWS_AS(kg::query::execute(g, deep), kg::query::QueryError);
  std::string lists = "RETURN " + std::string(5000, '[') + std::string(5000, ']');
  CHECK_THROWS_AS(kg::query::execute(g, lists), kg::query::QueryError);
  std::string nots = "RETURN";
  for (int i = 0; i < 5000; ++i) nots += " NOT";
  nots += " true";
  CHECK_THROWS_AS(kg::query::execute(g, nots), kg::query::QueryError);
  std::string fine = "RETURN " + std::string(50, '(') + "1" + std::string(50, ')') + " AS x";
  CHECK(kg::query::execute(g, fine).rows.at(0).at(0).as_int() == 1);
}

TEST_CASE("mutated queries fail cleanly") {
  const auto& g = kg::test::fixture();
  const std::vector<std::string> seeds = seed_statements();
  REQUIRE(seeds.size() > 100);
  const std::vector<std::string> pieces = {"(", ")", "[", "]", "{", "}", "-", "->", "<-", "*", "..", ":", "|", ",",
                                           "'", "\"", "`", "$x", "MATCH ", " RETURN ", " WHERE ", " AND ", " NOT ",
                                           "null", "0", "-1", "9999999999999999999999", "\\", "\n", "é", "\xff",
                                           "shortestPath(", "count(*)", " IS NULL", " IN ", "/*", "//", ".", "=~"};
  std::mt19937 rng(20260106);
  kg::query::QueryOptions options;
  options.timeout = std::chrono::milliseconds(200);
  options.max_rows = 50;
  options.params["x"] = kg::query::Value(1);
  size_t ran = 0, refused = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string q = seeds[rng() % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < edits && !q.empty(); ++k) {
      const size_t at = rng() % q.size();
      switch (rng() % 3) {
        case 0: q.erase(at, 1 + rng() % 3); break;
        case 1: q.insert(at, pieces[rng() % pieces.size()]); break;
        default: q[at] = static_cast<char>(32 + rng() % 95); break;
      }
    }
    INFO("query: " << q);
    try {
      kg::query::execute(g, q, options);
      ++ran;
    } catch (const kg::query::QueryError& e) {
      ++refused;
      CHECK(std::string(e.what()).rfind("query:", 0) == 0);
      CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
  }
  MESSAGE(ran << " mutated queries ran, " << refused << " were refused");
  CHECK(ran > 0);
  CHECK(refused > 0);
}

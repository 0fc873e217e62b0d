// What the query fuzz target checks on one input, shared with the unit test that replays the
// seed corpus and every saved crash (tests/unit/query_fuzz_hostile_test.cpp).
//
// The input is query text, run on the small fixed graph of the query tests
// (tests/queries/graph.json) with tight limits. It must either fail with a QueryError whose
// message is one line, or return a result whose rows all have one value per column and that
// renders in every output format. Returns "" when everything held, else what broke.
#pragma once

#include <chrono>
#include <exception>
#include <sstream>
#include <string>
#include <string_view>

#include "query/query.h"
#include "tests/unit/query_fixture.h"

namespace kg::fuzz {

inline std::string check_query(std::string_view text) {
  const graph::GraphModel& g = test::fixture();
  query::QueryOptions options;
  options.timeout = std::chrono::milliseconds(200);
  options.max_rows = 200;
  options.max_memory_mb = 256;
  options.params["name"] = query::Value("Emmanuel Macron");
  options.params["n"] = query::Value(int64_t{2});
  try {
    const query::Result r = query::execute(g, text, options);
    for (const auto& row : r.rows) {
      if (row.size() != r.columns.size()) return "a row has " + std::to_string(row.size()) + " values for " +
                                                 std::to_string(r.columns.size()) + " columns";
    }
    for (query::Format f : {query::Format::Table, query::Format::Json, query::Format::Jsonl, query::Format::Csv,
                            query::Format::Tsv, query::Format::Markdown, query::Format::Dot}) {
      std::ostringstream out;
      query::render(out, g, r, f);
    }
  } catch (const query::QueryError& e) {
    const std::string_view what = e.what();
    if (what.find('\n') != std::string_view::npos) return "QueryError message spans lines: " + std::string(what);
    if (what.substr(0, 6) != "query:") return "QueryError message without the query: prefix: " + std::string(what);
  } catch (const std::exception& e) {
    return std::string("execute threw something other than QueryError: ") + e.what();
  }
  return {};
}

}  // namespace kg::fuzz

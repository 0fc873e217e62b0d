// Replays the query fuzz target's seeds and every input it ever crashed on
// (tests/fuzz/regressions/query/) through the same checks, in every `make test`.
#include <doctest/doctest.h>

#include "tests/fuzz/query_harness.h"
#include "tests/fuzz/replay_inputs.h"

namespace fs = std::filesystem;
using kg::fuzz::replay_bytes;
using kg::fuzz::replay_inputs;

TEST_CASE("query fuzz seeds and regressions run or fail with a one-line QueryError") {
  auto files = replay_inputs("fuzz/corpus/query");
  REQUIRE(files.size() >= 100);
  for (const auto& p : replay_inputs("fuzz/regressions/query")) files.push_back(p);
  for (const fs::path& p : files) {
    CAPTURE(p.string());
    CHECK(kg::fuzz::check_query(replay_bytes(p)) == "");
  }
}

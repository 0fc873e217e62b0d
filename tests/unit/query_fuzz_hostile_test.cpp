// Replays the query fuzz target's seeds and every input it ever crashed on
// (tests/fuzz/regressions/query/) through the same checks, in every `make test`.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/fuzz/query_harness.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs(const std::string& dir) {
  std::vector<fs::path> out;
  const fs::path root = fs::path(KG_TEST_DIR) / dir;
  if (!fs::is_directory(root)) return out;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_regular_file()) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("query fuzz seeds and regressions run or fail with a one-line QueryError") {
  auto files = inputs("fuzz/corpus/query");
  REQUIRE(files.size() >= 100);
  for (const auto& p : inputs("fuzz/regressions/query")) files.push_back(p);
  for (const fs::path& p : files) {
    CAPTURE(p.string());
    CHECK(kg::fuzz::check_query(bytes_of(p)) == "");
  }
}

// replace_file: the new content or the old, never half; nothing left beside the file.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "graph/replace_file.h"
#include "graph_builder_fixture.h"

namespace fs = std::filesystem;

namespace {

std::string content(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t files_in(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("replace_file writes the new content, or keeps the old one when writing fails") {
  kg::test::TempDir work("kg-replace");
  const fs::path file = work.path / "out.txt";
  kg::graph::replace_file(file, [](std::ostream& out) { out << "first\n"; });
  CHECK(content(file) == "first\n");

  kg::graph::replace_file(file, [](std::ostream& out) { out << "second\n"; }, fs::perms::owner_read | fs::perms::owner_write);
  CHECK(content(file) == "second\n");
  CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

  CHECK_THROWS_WITH_AS(kg::graph::replace_file(file, [](std::ostream& out) {
                         out << "half";
                         throw std::runtime_error("writer failed");
                       }),
                       "writer failed", std::runtime_error);
  CHECK(content(file) == "second\n");
  CHECK(files_in(work.path) == 1);  // no partial file left behind

  CHECK_THROWS_WITH_AS(kg::graph::replace_file(work.path / "missing" / "out.txt", [](std::ostream& out) { out << "x"; }),
                       doctest::Contains("cannot open for writing"), std::runtime_error);
}

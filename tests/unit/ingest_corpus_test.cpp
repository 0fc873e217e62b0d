#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "ingest/corpus.h"
#include "ingest/errors.h"

namespace fs = std::filesystem;

TEST_CASE("scan_corpus finds .txt and .md files recursively, sorted, each once") {
  const fs::path dir = fs::temp_directory_path() / ("kg-corpus-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub" / "deeper");
  std::ofstream(dir / "b.txt") << "b";
  std::ofstream(dir / "a.md") << "a";
  std::ofstream(dir / "notes.pdf") << "%PDF";
  std::ofstream(dir / "sub" / "deeper" / "c.TXT") << "c";
  std::ofstream(dir / "sub" / "ünïcode name.txt") << "d";
  fs::create_directory_symlink(dir, dir / "sub" / "loop");  // must not be followed

  const auto scan = kg::ingest::scan_corpus({dir.string(), (dir / "b.txt").string()});
  REQUIRE(scan.files.size() == 4);
  CHECK(scan.files[0].name == "a.md");
  CHECK(scan.files[1].name == "b.txt");
  CHECK(scan.files[2].name == "c.TXT");
  CHECK(scan.files[3].name == "ünïcode name.txt");
  CHECK(scan.files[1].size == 1);
  fs::remove_all(dir);
}

TEST_CASE("scan_corpus names a missing path") {
  CHECK_THROWS_WITH_AS(kg::ingest::scan_corpus({"/no/such/kg/folder"}),
                       "/no/such/kg/folder: no such file or folder", kg::ingest::InputError);
}

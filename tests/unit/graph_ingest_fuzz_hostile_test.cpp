// Replays the ingest fuzz targets' seeds and every input they ever crashed on
// (tests/fuzz/regressions/{reader,extract}/) through the same checks, in every `make test`.
// It lives with the graph tests because the extract check ends with resolve().
#include <doctest/doctest.h>

#include "tests/fuzz/ingest_harness.h"
#include "tests/fuzz/replay_inputs.h"

namespace fs = std::filesystem;
using kg::fuzz::replay_bytes;
using kg::fuzz::replay_inputs;

TEST_CASE("reader fuzz seeds and regressions read or fail cleanly") {
  auto files = replay_inputs("fuzz/corpus/reader");
  REQUIRE(files.size() >= 10);
  for (const auto& p : replay_inputs("fuzz/regressions/reader")) files.push_back(p);
  for (const auto& p : replay_inputs("corpus/shapes")) files.push_back(p);
  for (const fs::path& p : files) {
    CAPTURE(p.string());
    CHECK(kg::fuzz::check_reader(replay_bytes(p)) == "");
  }
}

TEST_CASE("extract fuzz seeds and regressions extract and resolve cleanly") {
  auto files = replay_inputs("fuzz/corpus/extract");
  REQUIRE(files.size() >= 3);
  for (const auto& p : replay_inputs("fuzz/regressions/extract")) files.push_back(p);
  for (const auto& p : replay_inputs("fuzz/corpus/reader")) files.push_back(p);
  for (const fs::path& p : files) {
    CAPTURE(p.string());
    CHECK(kg::fuzz::check_extract(replay_bytes(p)) == "");
  }
}

TEST_CASE("the ingest checks catch what they are meant to catch") {
  // The checks themselves must be able to fail, or the replay above proves nothing.
  CHECK(kg::fuzz::valid_utf8("caf\xc3\xa9"));
  CHECK_FALSE(kg::fuzz::valid_utf8("caf\xe9"));
  CHECK_FALSE(kg::fuzz::valid_utf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(kg::fuzz::valid_utf8("\xed\xa0\x80"));      // a UTF-16 surrogate
  CHECK(kg::fuzz::iso_date("2025-03-12"));
  CHECK_FALSE(kg::fuzz::iso_date("12 March 2025"));
  kg::ingest::Article a;
  a.text = "One. Two.";
  a.sentences = {{0, 4, 0}, {3, 9, 0}};
  CHECK(kg::fuzz::check_article(a, 0, 9) == "article 0: sentence 1: overlaps the previous sentence");
  a.sentences = {{0, 4, 0}, {5, 10, 0}};
  CHECK(kg::fuzz::check_article(a, 0, 9) == "article 0: sentence 1: ends past the text");
  kg::ingest::DocFacts d;
  d.article = a;
  d.relations.push_back({"SIGNED", 0, 1, {}, {}});
  CHECK(kg::fuzz::check_facts(d) == "relation 0 SIGNED: end out of range");
}

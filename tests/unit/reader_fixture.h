// Shared set-up of the reader tests: the project's reader rules, loaded once, and a reader of
// a text that must hold exactly one article.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "ingest/reader.h"

namespace kg::test {

inline const ingest::ReaderRules& reader_rules() {
  static const ingest::ReaderRules r = ingest::ReaderRules::load(std::filesystem::path(KG_TEST_DIR).parent_path());
  return r;
}

inline ingest::Article read_one(const std::string& text, const std::string& name = "dir/in.txt") {
  auto arts = ingest::read_articles(text, name, reader_rules());
  REQUIRE(arts.size() == 1);
  return arts[0];
}

}  // namespace kg::test

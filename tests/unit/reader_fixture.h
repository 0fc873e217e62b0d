// Shared set-up of the reader tests: the project's reader rules, loaded once, a body to put
// under test headers, and a reader of a text that must hold exactly one article.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "ingest/reader.h"
#include "test_dir.h"

namespace kg::test {

inline const ingest::ReaderRules& reader_rules() {
  static const ingest::ReaderRules r = ingest::ReaderRules::load(std::filesystem::path(kg_test_dir()).parent_path());
  return r;
}

// Two body paragraphs under the headers a reader test writes: enough for an article.
inline const char* const kBody =
    "Chile and Peru signed a fisheries patrol agreement in Lima on Tuesday, officials said.\n\n"
    "The agreement sets up joint patrols along the maritime border from next year.\n\n";

inline ingest::Article read_one(const std::string& text, const std::string& name = "dir/in.txt") {
  auto arts = ingest::read_articles(text, name, reader_rules());
  REQUIRE(arts.size() == 1);
  return arts[0];
}

}  // namespace kg::test

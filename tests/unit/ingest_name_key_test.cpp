#include <doctest/doctest.h>

#include "ingest/name_key.h"

using kg::ingest::name_key;

TEST_CASE("name_key folds accents, case, punctuation and a leading 'the'") {
  CHECK(name_key("Pedro Sánchez") == "pedro sanchez");
  CHECK(name_key("ZELENSKYY") == "zelenskyy");
  CHECK(name_key("U.S.") == "us");
  CHECK(name_key("the Kremlin") == "kremlin");
  CHECK(name_key("The  Elysée   Palace") == "elysee palace");
  CHECK(name_key("RFE/RL") == "rfe rl");
  CHECK(name_key("Russia’s") == "russias");
  CHECK(name_key("U.S.-led") == "us led");
  CHECK(name_key("  ...  ") == "");
  CHECK(name_key("theatre") == "theatre");
}

TEST_CASE("fold_to_ascii keeps text it cannot fold and marks invalid bytes") {
  CHECK(kg::ingest::fold_to_ascii("António Costa — Türkiye") == "Antonio Costa - Turkiye");
  CHECK(kg::ingest::fold_to_ascii("Київ") == "Київ");  // no ASCII base: kept as it is
  CHECK(kg::ingest::fold_to_ascii(std::string("a\xff" "b")) == "a?b");
}

TEST_CASE("is_valid_utf8") {
  CHECK(kg::ingest::is_valid_utf8("plain"));
  CHECK(kg::ingest::is_valid_utf8("Élysée"));
  CHECK_FALSE(kg::ingest::is_valid_utf8(std::string("\xc3\x28")));
}

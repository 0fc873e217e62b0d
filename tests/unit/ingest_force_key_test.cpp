// Force match keys: the same commitment in other words gets one key; other heads or other
// states keep theirs.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/force_key.h"
#include "ingest/lexicon_data.h"

using kg::ingest::force_match_key;
using kg::test::lexicon;

namespace {
std::string key(const std::string& name) { return force_match_key(lexicon().data(), name); }
}  // namespace

TEST_CASE("a demonym and a state's possessive name give the same key") {
  CHECK(key("support for the Moldovan army") == "support for moldova army");
  CHECK(key("support for Moldova's armed forces") == "support for moldova army");
  CHECK(key("support for Moldova’s armed forces") == "support for moldova army");
  CHECK(key("military support for the Moldovan army") == "support for moldova army");
  CHECK(key("support for the British army") == key("support for the United Kingdom's military"));
}

TEST_CASE("synonyms from the heads lexicon meet; other heads and other states stay apart") {
  CHECK(key("long-term defense cooperation") == key("long-term defence cooperation"));
  CHECK(key("regional fusion center") == key("regional fusion centre"));
  CHECK(key("support for the Polish army") != key("support for Lithuania's armed forces"));
  CHECK(key("support for the Polish army") == "support for poland army");
  CHECK(key("training for the Polish army") != key("support for the Polish army"));
  CHECK(key("maritime support for the Polish navy") != key("support for the Polish army"));
}

TEST_CASE("an ordinary word stays itself and a name with no words has no key") {
  CHECK(key("joint monitoring mechanism") == "joint monitoring mechanism");
  CHECK(key("--") == "");
  // "us" in lower case is not the United States.
  CHECK(key("support for us") == "support for us");
  CHECK(key("support for the US army") == "support for united states army");
}

TEST_CASE("extraction records the match keys of a force") {
  const auto f = kg::test::facts("Poland pledged military support for the Moldovan army on Monday.");
  const int fi = kg::test::entity(f, "Force", "military support for the Moldovan army");
  REQUIRE(fi >= 0);
  const auto& attrs = f.entities[static_cast<size_t>(fi)].attributes;
  REQUIRE(attrs.count("match_keys"));
  CHECK(attrs.at("match_keys").find("support for moldova army") != std::string::npos);
}

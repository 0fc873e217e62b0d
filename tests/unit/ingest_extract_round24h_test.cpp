// Round 24 extraction rules (branch fix24h): a pledge taken back later in the article.
// Texts invented for the tests.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a state that withdrew its offer later in the article commits nothing") {
  const auto f = facts(
      "Chile will send 300 soldiers to MONUSCO, the defence ministry said on Monday. "
      "Peru will send 200 police officers to MONUSCO. "
      "But Chile withdrew its offer the next day.");
  CHECK_FALSE(related(f, "COMMITS", "Chile", "MONUSCO"));
  CHECK(related(f, "COMMITS", "Peru", "MONUSCO"));
}

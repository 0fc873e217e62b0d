// Round 22 rules, branch fix22d (docs/HELDOUT.md): a parliamentary committee report's shapes (courtesy
// titles and letters after names, oral evidence turns, the findings told by a committee). Invented
// reports about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a courtesy title of two words and letters after the name: the name, its office and its speech") {
  const auto f = facts("The conference was held in Leeds on 2 May 2027. Its chair was the Home Secretary of Britain, the Rt "
                       "Hon Alan Whitcombe MP, who opened it. Dame Rosalind Pike MP said: \"The plan was sound.\"");
  REQUIRE(entity(f, "Person", "Alan Whitcombe") >= 0);
  REQUIRE(entity(f, "Person", "Rosalind Pike") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Alan Whitcombe", "United Kingdom"));
  CHECK(speaker_of(f, "plan was sound") == "Rosalind Pike");
}

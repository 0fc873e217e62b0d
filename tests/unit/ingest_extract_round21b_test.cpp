// Round 21 rules, branch fix21b (docs/HELDOUT.md): meetings to come, talks named by the state
// fought over, pledges in a joint statement's operative paragraphs. Sentences about states,
// bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("talks between a state's government and its own armed group are named after the state") {
  const auto f = facts(
      "Iraq's government and the Popular Mobilization Forces agreed on Tuesday to a truce, after three days of "
      "UN-sponsored talks in the Jordanian capital, Amman. The talks were chaired by the UN envoy for Iraq, Lena "
      "Moretti.");
  CHECK(entity(f, "Meeting", "Iraq talks in Amman") >= 0);
  CHECK(entity(f, "Meeting", "Amman talks on Iraq") >= 0);
  CHECK(entity(f, "Meeting", "Popular Mobilization Forces talks in Amman") < 0);
  CHECK(related(f, "ATTENDED", "Popular Mobilization Forces", "Iraq talks in Amman"));
}

// Round 23 rules (branch fix23g): what a speaker's turn of a verbatim record says of a force and
// of the speaker. Invented sentences (other forces, states and delegates), none of the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a force the lexicon knows is referred to by its head alone ('this Force', 'the Force')") {
  const auto f = facts(
      "The EAC Regional Force now patrols the highway north of Goma, its officers said on Friday. Burundi leads this "
      "Force and will go on leading it after the elections.");
  CHECK(related(f, "LEADS", "Burundi", "EAC Regional Force"));
}

// Round 21 rules, branch fix21e (docs/HELDOUT.md): a think-tank commentary. Sentences about states,
// bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("ministers who 'sat down' at a venue met there; the host state among them only hosted") {
  const auto f = facts(
      "When the foreign ministers of Chile, Peru and Bolivia sat down at the Palacio Verde in Lima on 2 May, few "
      "expected more than a handshake. The meeting, hosted by Peru and chaired by its foreign minister, Ana Rojas, "
      "agreed on a border hotline.");
  const std::string m = only_entity(f, "Meeting");
  REQUIRE(!m.empty());
  CHECK(related(f, "HELD_IN", m, "Lima"));
  CHECK(related(f, "HELD_IN", m, "Palacio Verde"));
  CHECK(related(f, "ATTENDED", "Chile", m));
  CHECK(related(f, "ATTENDED", "Bolivia", m));
  CHECK(related(f, "HOSTED", "Peru", m));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", m));
}

// A pledge's detail is what is given: troops that describe the force given are none
// (ingest/relations_frames.cpp, Relations::troops_describe_force).
#include <doctest/doctest.h>

#include "extract_fixture.h"

using kg::test::facts;

TEST_CASE("troops in the complement of the force given describe it: the pledge has no detail") {
  const auto f = facts("Latvia will establish a port surveillance centre in Riga to track ships near the coast, its prime minister said.");
  const auto* r = kg::test::relation(f, "COMMITS", "Latvia", "port surveillance centre in Riga");
  REQUIRE(r != nullptr);
  CHECK(r->properties.count("detail") == 0);
  // Troops the force phrase ends with are still what is given.
  const auto g = facts("Pacific ministers set up the Pacific Relief Flotilla on Monday. Fiji pledged a multi-purpose support ship.");
  const auto* s = kg::test::relation(g, "COMMITS", "Fiji", "Pacific Relief Flotilla");
  REQUIRE(s != nullptr);
  CHECK(s->properties.count("detail") == 1);
}

// Round 21 rules, branch fix21g (docs/HELDOUT.md): where meetings were held. Sentences about
// states, bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a meeting 'in the far southern town of X' was held in X") {
  const auto f = facts(
      "Chilean President Ana Soto hosted her Argentine counterpart, Luis Paz, for the 5th Chile-Argentina Binational "
      "Cabinet in the far southern town of Temuco. Ministers of both governments took part.");
  CHECK(related(f, "HELD_IN", "Temuco binational cabinet", "Temuco"));
}

TEST_CASE("a demonym may stand among the words before the settlement noun") {
  const auto f = facts(
      "Leaders of five Nordic states decided on Friday to set up a joint patrol at a summit in the northern Finnish "
      "city of Oulu.");
  CHECK(related(f, "HELD_IN", "Oulu summit", "Oulu"));
}

TEST_CASE("a meeting that 'was held in X' was held in X, and at the venue after the city") {
  const auto f = facts(
      "On 3 May 2027, the Quadrilateral Ministerial Meeting on Fisheries was held in Accra at the Peduase Residence. "
      "Ghana hosted the meeting.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Accra"));
  CHECK(related(f, "HELD_IN", meeting, "Peduase Residence"));
}

TEST_CASE("leaders who 'sat down together at' a venue in a city met there") {
  const auto f = facts(
      "The leaders of Peru and Chile sat down together at the Sonesta Convention Centre in Cusco on Monday, for the "
      "first time in four years.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Sonesta Convention Centre"));
  CHECK(related(f, "HELD_IN", meeting, "Cusco"));
}

TEST_CASE("a state that 'hosted it at' a venue hosted the meeting there") {
  const auto f = facts(
      "The Black Sea search and rescue ministerial in Constanta was the first of its kind. Romania hosted it at the "
      "Ovidius conference centre on the seafront.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HOSTED", "Romania", meeting));
  CHECK(related(f, "HELD_IN", meeting, "Ovidius conference centre"));
}

TEST_CASE("a meeting 'which X will host in Y' is held in Y") {
  const auto f = facts(
      "The ministers also prepared the 12th session of the Pacific Leaders Council, which the Kingdom of Tonga will host in "
      "Nukualofa on May 3.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HOSTED", "Tonga", meeting));
  CHECK(related(f, "HELD_IN", meeting, "Nukualofa"));
}

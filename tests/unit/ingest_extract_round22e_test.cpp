// Round 22 rules, branch fix22e (docs/HELDOUT.md): a state news agency's translated readout.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a translated readout's courtesy title before a name is an honorific, not a given name") {
  const auto f = facts(
      "His Excellency Ato Girma Wolde, Minister of Trade of Kenya, met the Ugandan delegation in Nairobi on Monday. "
      "Comrade Lindiwe Zulu, the minister of defence of Zambia, also attended.");
  CHECK(entity(f, "Person", "Girma Wolde") >= 0);
  CHECK(entity(f, "Person", "Lindiwe Zulu") >= 0);
  CHECK(entity(f, "Person", "Ato Girma Wolde") < 0);
}

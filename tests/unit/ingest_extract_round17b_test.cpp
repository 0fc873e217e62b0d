// Round 17 rules, branch fix17b (docs/HELDOUT.md): factbox bullets whose subject is the party
// in capitals before the colon, UN missions, conference co-chairs and offices in new shapes.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a factbox bullet's party before the colon is the subject of its subjectless predicates") {
  const auto f = facts(
      "OSLO, May 3 (Reuters) - Donors met in Oslo on Monday and agreed to set up a Regional Stabilisation Mission "
      "for Sudan (RSM-S) to train the army.\n\n"
      "* NORWAY: Will lead the new mission and send up to 200 soldiers, Defence Minister Kari Holm said.\n\n"
      "* CANADA: Offered 100 troops for the mission, Foreign Minister Paul Rivard said.\n\n"
      "* CHILE: Will pay for fuel for the mission's vehicles for two years, its minister said.\n\n"
      "* PERU: Foreign Minister Ana Quispe said the country would study the plan.");
  CHECK(related(f, "LEADS", "Norway", "Regional Stabilisation Mission for Sudan"));
  CHECK(related(f, "COMMITS", "Norway", "Regional Stabilisation Mission for Sudan"));
  CHECK(related(f, "COMMITS", "Canada", "Regional Stabilisation Mission for Sudan"));
  CHECK(related(f, "COMMITS", "Chile", "Regional Stabilisation Mission for Sudan"));
  CHECK_FALSE(related(f, "COMMITS", "Peru", "Regional Stabilisation Mission for Sudan"));
}

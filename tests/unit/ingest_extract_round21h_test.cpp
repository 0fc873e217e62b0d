// Round 21 rules, branch fix21h (docs/HELDOUT.md): COMMITS. Pledges of analysts, tugs, equipment
// and vehicles to the force in question; what a clause gives to a force it names by its bare head
// goes there alone. Invented articles about other states, people and meetings than the held-out
// corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

const char* kCell =
    "The foreign ministers of Chile and Uruguay met in Montevideo on Monday. They agreed to create a Joint "
    "River Patrol Cell, to be based in Salto. ";

}  // namespace

TEST_CASE("a pledge of analysts or a tug or equipment with no force named goes to the force in question") {
  const auto f = facts(std::string(kCell) +
                       "Uruguay pledged to second ten analysts to it. Chile could also send a rescue tug from "
                       "Valparaiso, its minister said. Paraguay could second five officers to the cell, while "
                       "Argentina would consider contributing equipment.");
  CHECK(related(f, "COMMITS", "Uruguay", "Joint River Patrol Cell"));
  CHECK(related(f, "COMMITS", "Chile", "Joint River Patrol Cell"));
  CHECK(related(f, "COMMITS", "Argentina", "Joint River Patrol Cell"));
}

TEST_CASE("equipment given to a force named by its bare head goes there, not to another force") {
  const auto f = facts(
      "The foreign ministers of Chile and Uruguay met in Montevideo on Monday. They agreed to create a Joint "
      "River Patrol Cell, to be based in Salto. Brazil will lead a new Border Demining Team and give it "
      "twenty deminers. Peru offered to pay for the team's vehicles in full.");
  CHECK(related(f, "COMMITS", "Peru", "Border Demining Team"));
  CHECK_FALSE(related(f, "COMMITS", "Peru", "Joint River Patrol Cell"));
}

TEST_CASE("'host the unit and provide its offices': its is the force named before the verb") {
  const auto f = facts(std::string(kCell) + "Uruguay, its foreign minister added, is ready to host the cell and fund its "
                                            "offices and guards.");
  CHECK(related(f, "COMMITS", "Uruguay", "Joint River Patrol Cell"));
}

TEST_CASE("an elliptical pledge goes where the sentence's pledge before it went, not to a force named between") {
  const auto f = facts(std::string(kCell) +
                       "Brazil would add 20 instructors to the cell, which will work beside the Amazon Border Mission, "
                       "and Peru could send naval engineers, its envoy told the meeting.");
  CHECK(related(f, "COMMITS", "Peru", "Joint River Patrol Cell"));
  CHECK_FALSE(related(f, "COMMITS", "Peru", "Amazon Border Mission"));
}

TEST_CASE("a sum pledged 'to fund it' goes to the force in question, a sum for refugees does not") {
  const auto f = facts(std::string(kCell) +
                       "Brazil offered two boats to the cell, and Peru pledged 5 million dollars to finance it until "
                       "2030. Bolivia pledged 3 million dollars to support refugees.");
  CHECK(related(f, "COMMITS", "Peru", "Joint River Patrol Cell"));
  CHECK_FALSE(related(f, "COMMITS", "Bolivia", "Joint River Patrol Cell"));
}

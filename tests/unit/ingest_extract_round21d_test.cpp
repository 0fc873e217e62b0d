// Round 21 rules, branch fix21d (docs/HELDOUT.md): a team the talks set up, and the pledges to it
// before a mission the article names further on. Sentences about states, bodies and people
// invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

const char* const kTeamTalks =
    "QUITO, May 4 - The foreign ministers of Chile and Peru adopted a declaration in Quito on Tuesday that creates a "
    "Tripartite Verification Team, which is to monitor the pullback of patrol boats from the border.\n\n"
    "The team will be led by the Organization of American States, officials said. Chile and "
    "Peru will each second 20 liaison officers to it, and Ecuador pledged 30 engineers.\n\n"
    "The United Nations observer mission in Haiti, MINUSTAH, was not party to the declaration.";

}  // namespace

TEST_CASE("a verification team is a force; 'the team' is that team, not a mission the lexicon names") {
  const auto f = facts(kTeamTalks);
  CHECK(related(f, "LEADS", "Organization of American States", "Tripartite Verification Team"));
  CHECK_FALSE(related(f, "LEADS", "Organization of American States", "MINUSTAH"));
}

TEST_CASE("pledges naming no force go to the force named so far, not to a mission named only further on") {
  const auto f = facts(kTeamTalks);
  CHECK(related(f, "COMMITS", "Chile", "Tripartite Verification Team"));
  CHECK(related(f, "COMMITS", "Peru", "Tripartite Verification Team"));
  CHECK(related(f, "COMMITS", "Ecuador", "Tripartite Verification Team"));
  CHECK_FALSE(related(f, "COMMITS", "Chile", "MINUSTAH"));
}

TEST_CASE("'A and her counterpart, B, put their names to the X Declaration': both sign, for their states") {
  const auto f = facts(
      "QUITO, May 4 - Chilean Foreign Minister Ana Rojas and her Peruvian counterpart, Luis Salas, put their names to "
      "the Quito Declaration on Fisheries after two days of talks hosted by Ecuador.");
  CHECK(related(f, "SIGNED", "Ana Rojas", "Quito Declaration on Fisheries"));
  CHECK(related(f, "SIGNED", "Luis Salas", "Quito Declaration on Fisheries"));
  CHECK(related(f, "SIGNED", "Chile", "Quito Declaration on Fisheries"));
}

TEST_CASE("an office whose complement is a list ('commissioner for trade, peace and security, X,') names a person") {
  const auto f = facts(
      "QUITO, May 4 - Chile and Peru signed an accord at talks hosted by Ecuador at Carondelet Palace in Quito. The team "
      "will be led by the Andean Community, the bloc's commissioner for trade, peace and security, Tupac Quispe-Mamani, "
      "told reporters.\n\nThe Quito talks were attended by Quispe-Mamani and by Bolivia's foreign minister, Ana Rojas.");
  CHECK(related(f, "ATTENDED", "Tupac Quispe-Mamani", "Quito talks"));
}

TEST_CASE("'the regional bloc's commissioner, X,': the office is the bloc's named before") {
  const auto f = facts(
      "QUITO, May 4 - The patrols will be led by the Andean Community, the regional bloc's commissioner for trade, "
      "Pablo Quispe, told reporters.");
  CHECK(related(f, "HOLDS_OFFICE", "Pablo Quispe", "Andean Community"));
}

TEST_CASE("'what officials called \"the Palace talks\"' names the talks; nobody speaks") {
  const auto f = facts(
      "QUITO, May 4 - Chile and Peru signed an accord after two days of what Ecuadorian officials called \"the Palace "
      "talks\". \"It is done,\" said Foreign Minister Ana Rojas.");
  CHECK(f.quotes.size() == 1);
}

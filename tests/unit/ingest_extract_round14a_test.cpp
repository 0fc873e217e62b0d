// Round 14 rules, branch fix14a (docs/HELDOUT.md): meetings with their venue and city
// ("held at the X Conference Centre in the <demonym> capital"), editions of a meeting told apart
// by their ordinal, venues after "at" not read as people, places by pattern, surnames after a
// title. Sentences about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a meeting held at a conference centre in the <demonym> capital is held in that city and at that venue") {
  const auto f = facts("Defence ministers of ECOWAS on Monday approved a new budget for "
                       "the standby force at an extraordinary meeting of ECOWAS defence ministers held at the Kofi Bediako "
                       "International Conference Centre in the Ghanaian capital. Ghana hosted the meeting.");
  const int venue = entity(f, "Place", "Kofi Bediako International Conference Centre");
  CHECK(venue >= 0);
  CHECK(entity(f, "Force", "Kofi Bediako International Conference Centre") < 0);
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Accra"));
  CHECK(related(f, "HELD_IN", meeting, "Kofi Bediako International Conference Centre"));
  CHECK(entity(f, "Meeting", "meeting in Accra") >= 0);
}

TEST_CASE("a meeting's parenthetical 'held over two days at X in Y' gives it both places") {
  const auto f = facts("Ministers from Peru and Chile adopted the Arica Declaration on Friday, the last day of the First Andean "
                       "Border Security Conference, held over three days at the Government Palace in Lima.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Lima"));
  CHECK(related(f, "HELD_IN", meeting, "Government Palace"));
}

TEST_CASE("the second edition of a conference that 'will be held in' a city is a meeting of its own, to come") {
  const auto f = facts("Ministers from Peru and Chile adopted the Arica Declaration on Friday, the last day of the First Andean "
                       "Border Control Conference in Lima. The Second Andean Border Control Conference will be held in "
                       "Quito in 2027.");
  const int first = entity(f, "Meeting", "conference in Lima");
  const int second = entity(f, "Meeting", "conference in Quito");
  REQUIRE(first >= 0);
  REQUIRE(second >= 0);
  CHECK(first != second);
  CHECK(related(f, "HELD_IN", "conference in Quito", "Quito"));
  CHECK_FALSE(related(f, "HELD_IN", "conference in Lima", "Quito"));
  CHECK(f.entities[static_cast<size_t>(second)].attributes.count("future") == 1);
}

TEST_CASE("a name after 'talks at' with an apposition about an office's building is a venue, not a person") {
  const auto f = facts("The talks at Wisma Putra, the foreign minister's office complex in the capital, were mediated by the "
                       "Malaysian prime minister and lasted five hours.");
  CHECK(entity(f, "Person", "Wisma Putra") < 0);
  CHECK(entity(f, "Place", "Wisma Putra") >= 0);
  CHECK(related(f, "HELD_IN", "talks at Wisma Putra", "Wisma Putra"));
}

TEST_CASE("Putrajaya, Malaysia's administrative capital, is a known place") {
  const auto f = facts("Envoys from Myanmar and Bangladesh met in Putrajaya on Tuesday for talks on the border.");
  CHECK(entity(f, "Place", "Putrajaya") >= 0);
}

TEST_CASE("'the <demonym> province of X', 'the districts of A, B and C' and 'X province' name places") {
  const auto f = facts("Observers will be based in the Peruvian province of Tumbes and the Ecuadorian province of El Oro. Troops "
                       "will hold the districts of Vila da Praia, Montepuez and Ancuabe and patrol the neighbouring province of "
                       "Nampula. Families waited at a camp in Zarumilla province on Sunday.");
  for (const char* p : {"Tumbes", "El Oro", "Vila da Praia", "Montepuez", "Ancuabe", "Nampula", "Zarumilla"}) {
    CAPTURE(p);
    CHECK(entity(f, "Place", p) >= 0);
  }
  CHECK(entity(f, "Country", "Cabo Verde") < 0);  // "da Praia" is part of a district's name, not Cabo Verde's capital
}

TEST_CASE("'the X river' and 'the X temple' are places; overseas territories are known") {
  const auto f = facts("Rebels shelter in the bush along the Rovuma river, near the Preah Vihear temple. The Netherlands could "
                       "send a patrol vessel from Aruba and France a frigate from Guadeloupe.");
  CHECK(entity(f, "Place", "Rovuma river") >= 0);
  CHECK(entity(f, "Place", "Preah Vihear temple") >= 0);
  CHECK(entity(f, "Place", "Aruba") >= 0);
  CHECK(entity(f, "Place", "Guadeloupe") >= 0);
}

TEST_CASE("a title and the first of two family names refer to the person named in full") {
  const auto f = facts("The Minister of Foreign Affairs, Marisol Quintero Vargas, chaired the meeting. Rear Admiral José "
                       "Manuel Ibarra Soto will command the force. \"We are ready,\" Minister Quintero said. Rear Admiral Ibarra "
                       "said the patrols would start in May.");
  CHECK(count_kind(f, "Person") == 2);
  CHECK(entity(f, "Person", "Quintero") == entity(f, "Person", "Marisol Quintero Vargas"));
  CHECK(entity(f, "Person", "Ibarra") == entity(f, "Person", "José Manuel Ibarra Soto"));
  CHECK(speaker_of(f, "We are ready") == "Marisol Quintero Vargas");
}

TEST_CASE("an organisation's name joined by a hyphen stays whole") {
  const auto f = facts("\"The border is quiet,\" said Lim Boon Keng, who heads the maritime programme at the RSIS-Tan Kah Kee "
                       "Institute in Singapore. The Pacific-Asia Institute disagreed.");
  CHECK(entity(f, "Organization", "RSIS-Tan Kah Kee Institute") >= 0);
  CHECK(entity(f, "Organization", "Tan Kah Kee Institute") < 0);
  CHECK(entity(f, "Organization", "Pacific-Asia Institute") >= 0);
}

TEST_CASE("a session of 'the two countries' <rank> X Committee' is that body's meeting, and the body no person") {
  const auto f = facts("The delegations agreed to meet again within a month. Peru proposed to host the next session of the "
                       "two states' General Boundary Committee in Lima.");
  CHECK(entity(f, "Person", "Boundary Committee") < 0);
  CHECK(entity(f, "Organization", "General Boundary Committee") >= 0);
  CHECK(entity(f, "Meeting", "General Boundary Committee session in Lima") >= 0);
  CHECK(related(f, "HELD_IN", "General Boundary Committee session in Lima", "Lima"));
}

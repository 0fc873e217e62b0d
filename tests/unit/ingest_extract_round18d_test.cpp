// Round 18 rules, branch fix18d (docs/HELDOUT.md): a state agency's report in translated house
// style, with long titles before and after names. Sentences about other states, bodies and people
// than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a minister's fields after 'of' belong to the title; the name starts after them") {
  const auto f = facts("The accord was signed by Peruvian Minister of Transport Ana Quispe and Chilean Minister of Land, "
                       "Infrastructure and Tourism Jorge Pizarro. Chilean Minister of Oceans and Fisheries Tomas Vidal also spoke.");
  CHECK(related(f, "HOLDS_OFFICE", "Ana Quispe", "Peru"));
  CHECK(related(f, "HOLDS_OFFICE", "Jorge Pizarro", "Chile"));
  CHECK(related(f, "HOLDS_OFFICE", "Tomas Vidal", "Chile"));
  CHECK(entity(f, "Person", "Transport Ana Quispe") < 0);
  CHECK(entity(f, "Person", "Tourism Jorge Pizarro") < 0);
  CHECK(entity(f, "Person", "Fisheries Tomas Vidal") < 0);
  const auto* r = relation(f, "HOLDS_OFFICE", "Tomas Vidal", "Chile");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("title") == "Minister of Oceans and Fisheries");
}

TEST_CASE("a title with an 'of' complement naming the body, its acronym in brackets, before the name") {
  const auto f = facts("Secretary-General of the Andean Fisheries Office (AFO) Akio Moriyama was also present. President of the "
                       "Republic of Peru Dina Huaman opened the session.");
  CHECK(related(f, "HOLDS_OFFICE", "Akio Moriyama", "Andean Fisheries Office"));
  CHECK(related(f, "HOLDS_OFFICE", "Dina Huaman", "Peru"));
}

TEST_CASE("'member of the Standing Committee of the Bureau of X': organs named inside a title are the body's; the office is the body's") {
  const auto f = facts("Ana Vidal, member of the Standing Committee of the Bureau of the Economic Community of West African States "
                       "(ECOWAS) Parliament and director of the General Office of the ECOWAS Parliament, and Tomas Reyes, member of "
                       "the Political Bureau of the ECOWAS Parliament and foreign minister, were present at the talks.");
  CHECK(related(f, "HOLDS_OFFICE", "Ana Vidal", "ECOWAS Parliament"));
  CHECK(related(f, "HOLDS_OFFICE", "Tomas Reyes", "ECOWAS Parliament"));
  CHECK(count_kind(f, "Organization") == 1);
  CHECK(entity(f, "Organization", "Standing Committee") < 0);
  CHECK(entity(f, "Organization", "Political Bureau") < 0);
  CHECK(entity(f, "Organization", "ECOWAS") < 0);
  CHECK(entity(f, "Person", "Office") < 0);
}

TEST_CASE("an ordinal before a capitalised meeting name numbers the edition: the 9th and the 10th are two meetings") {
  const auto f = facts("Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima on Tuesday. The "
                       "three sides agreed that Chile will host the 10th Peru-Chile-Bolivia Leaders' Meeting in 2028.");
  const int a = entity(f, "Meeting", "9th Peru-Chile-Bolivia Leaders' Meeting");
  const int b = entity(f, "Meeting", "10th Peru-Chile-Bolivia Leaders' Meeting");
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  CHECK(a != b);
  CHECK(related(f, "HOSTED", "Chile", "10th Peru-Chile-Bolivia Leaders' Meeting"));
  CHECK_FALSE(related(f, "HOSTED", "Chile", "9th Peru-Chile-Bolivia Leaders' Meeting"));
}

TEST_CASE("islands, peninsulas, guesthouses and a hall named 'of the' something are places") {
  const auto f = facts("Peru and Chile discussed security on the Italian Peninsula and the Arabian Peninsula. The drill will be held "
                       "off Chiloe Island in October. Peru hosted the talks at the Great Hall of the Nation in Lima, and the "
                       "ministers dined at the Torre Tagle State Guesthouse.");
  CHECK(entity(f, "Place", "Italian Peninsula") >= 0);
  CHECK(entity(f, "Place", "Arabian Peninsula") >= 0);
  CHECK(entity(f, "Place", "Chiloe Island") >= 0);
  CHECK(entity(f, "Place", "Great Hall of the Nation") >= 0);
  CHECK(entity(f, "Place", "Torre Tagle State Guesthouse") >= 0);
  CHECK(entity(f, "Country", "Italy") < 0);
  CHECK(related(f, "HELD_IN", only_entity(f, "Meeting"), "Great Hall of the Nation"));
}

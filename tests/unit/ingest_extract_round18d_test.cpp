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

namespace {

// A state-media report in translated house style, about invented leaders of Peru, Chile and
// Bolivia: a numbered trilateral meeting, a state visit told through its talks, and a meeting
// of two leaders in the afternoon.
const char* const kTrilateral =
    "LIMA, March 3 (AFP) -- Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting with "
    "Chilean President Jorge Pizarro and Bolivian President Luis Arce at the Great Hall of the Nation in Lima on Tuesday.\n\n"
    "The three leaders adopted the Joint Declaration of the 9th Peru-Chile-Bolivia Leaders' Meeting.\n\n"
    "After the meeting, the three leaders witnessed the signing of the Memorandum of Cooperation on the Establishment of a "
    "Trilateral Coastal Patrol Coordination Mechanism by Peruvian Minister of Transport Ana Quispe, Chilean Minister of "
    "Oceans and Fisheries Tomas Vidal and Bolivian Minister of Land, Infrastructure and Tourism Carla Choque.\n\n"
    "The three sides agreed that Chile will host the 10th Peru-Chile-Bolivia Leaders' Meeting in 2028.\n\n"
    "Earlier on Tuesday, Peruvian Prime Minister Raul Torres held talks with Pizarro at the Great Hall of the Nation. "
    "Pizarro is paying a state visit to Peru from March 2 to 5 at the invitation of Torres.\n\n"
    "Following the talks, the two sides issued the Peru-Chile Joint Statement on Deepening the Comprehensive Partnership.\n\n"
    "Prior to the talks, Torres held a welcome ceremony for Pizarro at the square outside the Great Hall of the Nation.\n\n"
    "Marta Rojas, member of the Bureau of the ECOWAS Parliament, was present at the talks.\n\n"
    "In the afternoon, Huaman met with Arce at the Torre Tagle State Guesthouse in Lima.";

}  // namespace

TEST_CASE("'X hosted the summit with A and B': host and guests attended") {
  const auto f = facts(kTrilateral, "2026-03-03");
  const std::string summit = "9th Peru-Chile-Bolivia Leaders' Meeting";
  CHECK(related(f, "HOSTED", "Dina Huaman", summit));
  CHECK(related(f, "ATTENDED", "Dina Huaman", summit));
  CHECK(related(f, "ATTENDED", "Jorge Pizarro", summit));
  CHECK(related(f, "ATTENDED", "Luis Arce", summit));
  // the edition to come, which Chile will host, is attended by nobody yet
  const std::string next = "10th Peru-Chile-Bolivia Leaders' Meeting";
  CHECK(related(f, "HOSTED", "Chile", next));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", next));
  CHECK_FALSE(related(f, "ATTENDED", "Chile", next));
}

TEST_CASE("'the signing of the Memorandum ... by Minister of X A, ...': a title in capitals, its signers and their states") {
  const auto f = facts(kTrilateral, "2026-03-03");
  const std::string moc = "Memorandum of Cooperation on the Establishment of a Trilateral Coastal Patrol Coordination Mechanism";
  REQUIRE(entity(f, "Document", moc) >= 0);
  CHECK(entity(f, "Force", "Memorandum of Cooperation") < 0);
  CHECK(related(f, "SIGNED", "Ana Quispe", moc));
  CHECK(related(f, "SIGNED", "Carla Choque", moc));
  CHECK(related(f, "SIGNED", "Chile", moc));
  CHECK(related(f, "SIGNED", "Bolivia", moc));
  CHECK(related(f, "PRODUCED", "9th Peru-Chile-Bolivia Leaders' Meeting", moc));
}

TEST_CASE("'the Joint Declaration of the 9th ... Meeting' came out of that meeting, and is not another text's joint statement") {
  const auto f = facts(kTrilateral, "2026-03-03");
  const std::string decl = "Joint Declaration of the 9th Peru-Chile-Bolivia Leaders' Meeting";
  const std::string stmt = "Peru-Chile Joint Statement on Deepening the Comprehensive Partnership";
  const int d = entity(f, "Document", decl), s = entity(f, "Document", stmt);
  REQUIRE(d >= 0);
  REQUIRE(s >= 0);
  CHECK(d != s);
  CHECK(related(f, "PRODUCED", "9th Peru-Chile-Bolivia Leaders' Meeting", decl));
  CHECK_FALSE(related(f, "PRODUCED", "9th Peru-Chile-Bolivia Leaders' Meeting", stmt));
}

TEST_CASE("'A held talks with B at X. B is paying a state visit to Y at the invitation of A': one meeting of the two") {
  const auto f = facts(kTrilateral, "2026-03-03");
  const std::string talks = "Torres-Pizarro talks";
  const int t = entity(f, "Meeting", talks);
  REQUIRE(t >= 0);
  CHECK(t == entity(f, "Meeting", "state visit to Peru"));
  CHECK(related(f, "ATTENDED", "Raul Torres", talks));
  CHECK(related(f, "ATTENDED", "Jorge Pizarro", talks));
  CHECK(related(f, "HOSTED", "Raul Torres", talks));
  CHECK(related(f, "HOSTED", "Peru", talks));
  CHECK(related(f, "HELD_IN", talks, "Great Hall of the Nation"));
  // the lead says the Great Hall of the Nation is in Lima
  CHECK(related(f, "HELD_IN", talks, "Lima"));
  // "the talks" later are these talks, not the summit; the welcome ceremony is part of the visit
  CHECK(related(f, "PRODUCED", talks, "Peru-Chile Joint Statement on Deepening the Comprehensive Partnership"));
  CHECK(related(f, "ATTENDED", "Marta Rojas", talks));
  CHECK_FALSE(related(f, "ATTENDED", "Marta Rojas", "9th Peru-Chile-Bolivia Leaders' Meeting"));
  const int ceremony = entity(f, "Meeting", "welcome ceremony");
  CHECK((ceremony < 0 || ceremony == t));
  CHECK(count_kind(f, "Meeting") == 4);
}

TEST_CASE("'A met with B at the X State Guesthouse in Y': a meeting of the two, named after them, held there") {
  const auto f = facts(kTrilateral, "2026-03-03");
  const std::string met = "Huaman-Arce meeting";
  REQUIRE(entity(f, "Meeting", met) >= 0);
  CHECK(related(f, "ATTENDED", "Dina Huaman", met));
  CHECK(related(f, "ATTENDED", "Luis Arce", met));
  CHECK(related(f, "HELD_IN", met, "Torre Tagle State Guesthouse"));
  CHECK(related(f, "HELD_IN", met, "Lima"));
  CHECK_FALSE(related(f, "HOSTED", "Raul Torres", met));
}

TEST_CASE("'the Chilean side', 'the US side' speak and pledge for the state; a ship is a capability pledged") {
  const auto f = facts("Chile, Peru and Bolivia agreed to set up a Joint Coastal Patrol Mechanism on Monday. The Peruvian side will "
                       "assign two patrol vessels to the mechanism, Huaman said. Arce said the Bolivian side is willing to contribute "
                       "a 3,000-tonne rescue ship.");
  CHECK(related(f, "COMMITS", "Peru", "Joint Coastal Patrol Mechanism"));
  CHECK(related(f, "COMMITS", "Bolivia", "Joint Coastal Patrol Mechanism"));
}

TEST_CASE("'chaired in rotation by the three countries, starting with X': X leads it first") {
  const auto f = facts("The three states set up a Joint Coastal Patrol Mechanism. According to the memorandum, the mechanism will be "
                       "chaired in rotation by the three countries for two-year terms, starting with Chile.");
  CHECK(related(f, "LEADS", "Chile", "Joint Coastal Patrol Mechanism"));
}

TEST_CASE("delegations 'including X and Y' attended with them; 'X was also present'; the first meeting 'hosted by' a state") {
  const auto f = facts("Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima on Tuesday. "
                       "Delegations of Chile and Bolivia, including Chilean Foreign Minister Marta Rojas and Bolivian Foreign Minister "
                       "Hugo Mamani, attended the meeting. Secretary-General of the Andean Fisheries Office (AFO) Akio Moriyama was also "
                       "present. It was the first leaders' meeting of the three countries hosted by Peru in six years.",
                       "2026-03-03");
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE_FALSE(summit.empty());
  CHECK(related(f, "ATTENDED", "Marta Rojas", summit));
  CHECK(related(f, "ATTENDED", "Hugo Mamani", summit));
  CHECK(related(f, "ATTENDED", "Chile", summit));
  CHECK(related(f, "ATTENDED", "Akio Moriyama", summit));
  CHECK(related(f, "HOSTED", "Peru", summit));
  // the host named in the meeting's name is its host, no attendee
  CHECK_FALSE(related(f, "ATTENDED", "Peru", summit));
}

TEST_CASE("'Following the talks, ... The two sides also issued X': the talks that frame the sentence before produced X") {
  const auto f = facts("Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima on Tuesday. The "
                       "three leaders adopted the Joint Declaration of the 9th Peru-Chile-Bolivia Leaders' Meeting. Earlier on Tuesday, "
                       "Peruvian Prime Minister Raul Torres held talks with Chilean President Jorge Pizarro at the Great Hall of the "
                       "Nation. Following the talks, the two leaders witnessed the signing of ten cooperation documents. The two sides "
                       "also issued the Peru-Chile Joint Statement on Deepening the Comprehensive Partnership.",
                       "2026-03-03");
  CHECK(related(f, "PRODUCED", "Torres-Pizarro talks", "Peru-Chile Joint Statement on Deepening the Comprehensive Partnership"));
  CHECK_FALSE(related(f, "PRODUCED", "9th Peru-Chile-Bolivia Leaders' Meeting",
                      "Peru-Chile Joint Statement on Deepening the Comprehensive Partnership"));
}

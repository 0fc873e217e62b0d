// Round 12 rules (docs/HELDOUT.md): groups and forces named by their place, meetings in a
// state or mediated by someone, subjects apposed to their title, counterparts, coordinated
// clauses with their own "its", delegations and think tanks. Sentences about South American
// states and bodies, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a capitalised observer or support group is a force, not a body") {
  const auto f = facts("Chile and Peru set up the Andean Ceasefire Observer Group on Monday. Bolivia pledged 30 observers to the group.");
  CHECK(entity(f, "Force", "Andean Ceasefire Observer Group") >= 0);
  CHECK(entity(f, "Organization", "Andean Ceasefire Observer Group") < 0);
  CHECK(related(f, "COMMITS", "Bolivia", "Andean Ceasefire Observer Group"));
  const auto g = facts("Leaders endorsed a Southern Police Support Group. Uruguay will lead the Southern Police Support Group.");
  CHECK(related(g, "LEADS", "Uruguay", "Southern Police Support Group"));
}

TEST_CASE("a force 'in' a state is named by it") {
  const auto f = facts("Chile will send a mechanised company to the battlegroup in Paraguay from January.");
  CHECK(entity(f, "Force", "battlegroup in Paraguay") >= 0);
  CHECK(related(f, "COMMITS", "Chile", "battlegroup in Paraguay"));
}

TEST_CASE("a second participle of a relative clause is about its antecedent") {
  const auto f = facts("The accord creates the Andean Ceasefire Observer Group, which will be based in Tacna and led by Chile.");
  CHECK(related(f, "LEADS", "Chile", "Andean Ceasefire Observer Group"));
}

TEST_CASE("talks in a state, talks someone mediated, and 'They' for the talks") {
  const auto f = facts("Chile and Peru agreed on a prisoner exchange at the close of three days of talks in Uruguay.\n\n"
                       "The talks, hosted by Uruguay at the Solis Palace, opened on Monday. They were chaired by Uruguay's "
                       "foreign minister, Marta Ibarra, and attended by diplomats from the Organization of American States.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "HOSTED", "Uruguay", talks));
  CHECK(related(f, "LEADS", "Marta Ibarra", talks));
  CHECK(related(f, "ATTENDED", "Organization of American States", talks));
  CHECK(related(f, "ATTENDED", "Chile", talks));
  const auto g = facts("Colombia and Venezuela ended two days of talks mediated by Brazil and Mexico on Friday.");
  const std::string mediated = only_entity(g, "Meeting");
  REQUIRE_FALSE(mediated.empty());
  CHECK(related(g, "ATTENDED", "Brazil", mediated));
  CHECK(related(g, "ATTENDED", "Mexico", mediated));
}

TEST_CASE("co-chairs lead the meeting") {
  const auto f = facts("The pledging conference in Lima, co-chaired by Peru's defence minister, Ana Rojas, and Chile's "
                       "foreign minister, Luis Vega, ended on Tuesday.");
  const std::string conference = only_entity(f, "Meeting");
  REQUIRE_FALSE(conference.empty());
  CHECK(related(f, "LEADS", "Ana Rojas", conference));
  CHECK(related(f, "LEADS", "Luis Vega", conference));
}

TEST_CASE("'Leaders from A and B took part.' attend the article's meeting") {
  const auto f = facts("The Andean summit in Quito ended on Friday. Leaders from Chile, Peru and Bolivia took part.");
  CHECK(related(f, "ATTENDED", "Peru", "Andean summit in Quito"));
  CHECK(related(f, "ATTENDED", "Bolivia", "Andean summit in Quito"));
  // a "took part, but" clause is no attendance by itself
  const auto g = facts("The Andean summit in Quito ended on Friday. Venezuela was invited but never took part in any session.");
  CHECK_FALSE(related(g, "ATTENDED", "Venezuela", "Andean summit in Quito"));
}

TEST_CASE("a state's delegation led by its minister attends") {
  const auto f = facts("The Andean summit in Quito ended on Friday. Bolivia's delegation was headed by its foreign minister, "
                       "Carlos Ortiz, and Paraguay sent observers.");
  CHECK(related(f, "ATTENDED", "Bolivia", "Andean summit in Quito"));
  CHECK(related(f, "ATTENDED", "Carlos Ortiz", "Andean summit in Quito"));
}

TEST_CASE("a name apposed to a title is a subject of the verb after it") {
  const auto f = facts("Chilean Foreign Minister Ana Rojas and Peru's chief negotiator, Luis Vega, signed the Arica Accord on Friday.");
  CHECK(related(f, "SIGNED", "Ana Rojas", "Arica Accord"));
  CHECK(related(f, "SIGNED", "Luis Vega", "Arica Accord"));
}

TEST_CASE("a counterpart holds the same title for the demonym's state") {
  const auto f = facts("Chilean President Ana Rojas received her Peruvian counterpart, Luis Vega, in Santiago on Monday.");
  const auto* r = relation(f, "HOLDS_OFFICE", "Luis Vega", "Peru");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("title") == "President");
  // and signs as an agent listed after "and his/her"
  const auto g = facts("The Arica Accord was signed by Chilean President Ana Rojas and her Peruvian counterpart, Luis Vega, in Arica.");
  CHECK(related(g, "SIGNED", "Luis Vega", "Arica Accord"));
}

TEST_CASE("'its' after ', and' stands for the subject of its own clause") {
  const auto f = facts("Bolivia declined to send troops, and Paraguay will not contribute ships for now, its defence minister, "
                       "Carlos Ortiz, said.");
  CHECK(related(f, "HOLDS_OFFICE", "Carlos Ortiz", "Paraguay"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Carlos Ortiz", "Bolivia"));
  // with no state after the ", and", the sentence's first one
  const auto g = facts("Bolivia hosted the talks, and its foreign minister, Carlos Ortiz, chaired them.");
  CHECK(related(g, "HOLDS_OFFICE", "Carlos Ortiz", "Bolivia"));
}

TEST_CASE("think tanks whose names hold common words, and their fellows as speakers") {
  const auto f = facts("Ana Rojas, a senior fellow at the Andean Institute for Border and Maritime Studies, noted that the "
                       "accord names no arbiter. \"Nobody will enforce it,\" she said.");
  CHECK(entity(f, "Organization", "Andean Institute for Border and Maritime Studies") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Ana Rojas", "Andean Institute for Border and Maritime Studies"));
  CHECK(speaker_of(f, "Nobody will enforce it") == "Ana Rojas");
  const auto g = facts("Luis Vega, a research fellow at the Chilean Institute of International Affairs, noted: \"The text is thin.\"");
  CHECK(entity(g, "Organization", "Chilean Institute of International Affairs") >= 0);
  CHECK(speaker_of(g, "The text is thin") == "Luis Vega");
}

TEST_CASE("cultural and training centres after 'at' are places") {
  const auto f = facts("The summit was held at the Lautaro Cultural Centre in Lima on Friday.");
  CHECK(entity(f, "Place", "Lautaro Cultural Centre") >= 0);
  CHECK(entity(f, "Force", "Lautaro Cultural Centre") < 0);
}

TEST_CASE("new offices: executive secretary, under-secretary-general, presidential adviser, police commissioner") {
  const auto f = facts("The talks were chaired by the OAS executive secretary, Marta Ibarra. Peru's presidential adviser, "
                       "Luis Vega, and Chile's police commissioner, Carlos Ortiz, attended.");
  CHECK(related(f, "HOLDS_OFFICE", "Luis Vega", "Peru"));
  CHECK(related(f, "HOLDS_OFFICE", "Carlos Ortiz", "Chile"));
  const auto* r = relation(f, "HOLDS_OFFICE", "Carlos Ortiz", "Chile");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("title") == "Police Commissioner");
}

TEST_CASE("a capability pledge with no force of its own goes to the force named earlier in its sentence, else the most named") {
  const auto f = facts("Ministers created the Andean Observer Group on Monday. The Andean Observer Group will patrol the "
                       "border. The accord also sets up a training centre in Tacna.\n\nChile pledged 30 observers.");
  CHECK(related(f, "COMMITS", "Chile", "Andean Observer Group"));
  CHECK_FALSE(related(f, "COMMITS", "Chile", "training centre in Tacna"));
  const auto g = facts("Ministers created the Andean Observer Group on Monday. The Andean Observer Group will patrol the "
                       "border.\n\nPeru pledged instructors to the training centre in Tacna, and Bolivia offered 20 more instructors.");
  CHECK(related(g, "COMMITS", "Bolivia", "training centre in Tacna"));
}

TEST_CASE("'its defence ministry said' is the ministry of the state 'its' stands for") {
  const auto f = facts("Chile will send 150 more troops in August, its defence ministry said on Monday, calling the "
                       "mission \"the best insurance we have\".");
  CHECK(entity(f, "Organization", "Chilean Defence Ministry") >= 0);
  CHECK(speaker_of(f, "the best insurance we have") == "Chilean Defence Ministry");
  // not when nobody speaks: "its parliament" approving names no body of the article
  const auto g = facts("Peru could send a frigate after its parliament votes the funds.");
  CHECK(count_kind(g, "Organization") == 0);
}

TEST_CASE("a venue before a comma and a clause with a title in it is no person") {
  const auto f = facts("The conference, which was hosted by Chile at the Cerro Castillo Complex, brought together leaders from "
                       "twelve states.");
  CHECK(entity(f, "Person", "Cerro Castillo Complex") < 0);
  CHECK(entity(f, "Place", "Cerro Castillo Complex") >= 0);
  const auto g = facts("The second round, hosted by Peru at the Palace of Concord, was chaired by its defence minister, Ana Rojas.");
  CHECK(entity(g, "Person", "Concord") < 0);
  REQUIRE_FALSE(only_entity(g, "Meeting").empty());
  CHECK(related(g, "LEADS", "Ana Rojas", only_entity(g, "Meeting")));
  CHECK(related(g, "HELD_IN", only_entity(g, "Meeting"), "Palace of Concord"));
  // an apposed title right after the comma still names the person
  const auto h = facts("Marta Ibarra, the OAS special envoy, attended the talks in Lima.");
  CHECK(entity(h, "Person", "Marta Ibarra") >= 0);
}

// Round 11 rules: towns no lexicon knows, found by the location word before them; a meeting to
// come is not attended yet. Sentences about places that are in no lexicon of kg.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("an unknown capitalised name after a location word is a place") {
  const auto f = facts("The ministers met in Tarnowek on Friday. The new centre will be based near Orlavik.");
  CHECK(entity(f, "Place", "Tarnowek") >= 0);
  CHECK(entity(f, "Place", "Orlavik") >= 0);
  // a second name joined by "and" is a place too
  const auto g = facts("Rebel groups remain active around Velmora and Castrejo, the minister said.");
  CHECK(entity(g, "Place", "Velmora") >= 0);
  CHECK(entity(g, "Place", "Castrejo") >= 0);
}

TEST_CASE("no town by context in a title-case headline, before a possessive or before a head noun") {
  const auto f = facts("Allies Gather in Show of Unity\n\nThe ministers met in Tarnowek's old town.");
  CHECK(entity(f, "Place", "Show") < 0);
  CHECK(entity(f, "Place", "Tarnowek") < 0);
  const auto g = facts("Delegates arrived in Velmora Talks week.");
  CHECK(entity(g, "Place", "Velmora") < 0);
}

TEST_CASE("a meeting in a town found by context is named 'in' the town, not 'at' a building") {
  const auto f = facts("Chile will host next year's Pacific Islands Forum summit in Tarnowek, the minister said.");
  CHECK(entity(f, "Meeting", "Pacific Islands Forum summit in Tarnowek") >= 0);
  CHECK(related(f, "HELD_IN", "Pacific Islands Forum summit in Tarnowek", "Tarnowek"));
}

TEST_CASE("a body's meeting still to come is not attended") {
  const auto f = facts("The Nordic Council summit in Oslo ended on Monday. The next Nordic Council summit will be held in Tarnowek.");
  CHECK(related(f, "ATTENDED", "Nordic Council", "Nordic Council summit in Oslo"));
  CHECK(entity(f, "Meeting", "Nordic Council summit in Tarnowek") >= 0);
  CHECK_FALSE(related(f, "ATTENDED", "Nordic Council", "Nordic Council summit in Tarnowek"));
}

TEST_CASE("a force named head first: 'Operation X' and the -FOR acronyms") {
  const auto f = facts("Chile will lead Operation Tidewater. Peru pledged a frigate to Operation Tidewater.");
  CHECK(entity(f, "Force", "Operation Tidewater") >= 0);
  CHECK(related(f, "LEADS", "Chile", "Operation Tidewater"));
  CHECK(related(f, "COMMITS", "Peru", "Operation Tidewater"));
  const auto p = facts("Operation Tidewater will be led by Chile, the ministers agreed.");
  CHECK(related(p, "LEADS", "Chile", "Operation Tidewater"));
  // the acronym alone is the force the article names in full
  const auto g = facts("Chile sent more troops to ANDFOR. Peru, which leads ANDFOR Condor, will send 100 more troops.");
  CHECK(count_kind(g, "Force") == 1);
  CHECK(related(g, "LEADS", "Peru", "ANDFOR Condor"));
  // a title-case headline is no operation's name
  const auto h = facts("Operation Begins To Fail As Talks Stall\n\nChile and Peru met in Lima.");
  CHECK(count_kind(h, "Force") == 0);
}

TEST_CASE("parties that open a sentence and act at a meeting attended it") {
  const auto f = facts("The border talks opened in Lima on Monday. "
                       "Chile and Peru agreed a prisoner exchange at the close of the talks on Friday.");
  CHECK(related(f, "ATTENDED", "Chile", "border talks"));
  CHECK(related(f, "ATTENDED", "Peru", "border talks"));
  // not a negated verb, not the host, not a meeting still to come
  const auto g = facts("The border talks opened in Lima on Monday. Bolivia did not sign the accord at the talks. "
                       "Ecuador hosted a reception at the talks. Paraguay will speak at the next border talks in Quito.");
  REQUIRE(entity(g, "Meeting", "border talks") >= 0);
  CHECK_FALSE(related(g, "ATTENDED", "Bolivia", "border talks"));
  CHECK_FALSE(related(g, "ATTENDED", "Ecuador", "border talks"));
  CHECK_FALSE(related(g, "ATTENDED", "Paraguay", "border talks"));
  CHECK_FALSE(related(g, "ATTENDED", "Paraguay", "border talks in Quito"));
}

TEST_CASE("a pledge naming no force goes to the force named before it that shares its words") {
  const auto f = facts(
      "Norway and Iceland agreed to create a joint maritime patrol force in the North Atlantic. "
      "Denmark said it would establish an undersea cable monitoring centre in Aarhus. "
      "Poland could deploy maritime patrol aircraft, its defence minister said.");
  CHECK(related(f, "COMMITS", "Poland", "joint maritime patrol force"));
  CHECK_FALSE(related(f, "COMMITS", "Poland", "undersea cable monitoring centre in Aarhus"));
  // sharing no word with any force, a pledge goes to the force named most
  const auto g = facts(
      "Norway and Iceland agreed to create a joint maritime patrol force in the North Atlantic. "
      "The patrol force will start in May. "
      "Denmark said it would establish an undersea cable monitoring centre in Aarhus. "
      "Poland could deploy 200 engineers, its defence minister said.");
  CHECK(related(g, "COMMITS", "Poland", "joint maritime patrol force"));
  CHECK_FALSE(related(g, "COMMITS", "Poland", "undersea cable monitoring centre in Aarhus"));
}

TEST_CASE("one word before an office after a speech verb qualifies the office, it is no person") {
  const auto f = facts("\"We will patrol together,\" said Forum Secretary General Tavita Lemalu, who chairs the group.");
  CHECK(entity(f, "Person", "Forum") < 0);
  CHECK(entity(f, "Person", "Tavita Lemalu") >= 0);
  // a surname alone before a speech verb is still a speaker
  const auto g = facts("Jonas Halvorsen chaired the talks. \"We are ready,\" said Halvorsen.");
  CHECK(entity(g, "Person", "Jonas Halvorsen") >= 0);
}

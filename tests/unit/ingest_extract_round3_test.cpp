// Patterns seen in the blind articles h10-h12 (tested here on sentences about other states):
// capability pledges to the force named before them when the article has no "force", offices
// with a complement before a name ("the Canadian ambassador to NATO, X,"), "task group" forces.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a capability pledge goes to the force named before it when no 'force' is named") {
  const auto f = facts(
      "Under the accord, a joint border monitoring mechanism is to be run by the United Nations. "
      "Peru pledged 30 unarmed monitors to the mechanism and Chile added that it could supply two utility helicopters. "
      "Uruguay could send a medical team after the monitors deploy.");
  const int fi = entity(f, "Force", "joint border monitoring mechanism");
  REQUIRE(fi >= 0);
  const std::string force = f.entities[static_cast<size_t>(fi)].name;
  CHECK(related(f, "COMMITS", "Peru", force));
  CHECK(related(f, "COMMITS", "Chile", force));
  CHECK(related(f, "COMMITS", "Uruguay", force));
}

TEST_CASE("ships pledged without an object go to the task group named before them") {
  const auto f = facts(
      "Ministers agreed to set up the Baltic Mine Countermeasures Task Group. "
      "Estonia would assign two minehunters to the group. Finland committed a corvette, and Norway pledged a frigate. "
      "Iceland ruled out sending vessels.");
  const int fi = entity(f, "Force", "Baltic Mine Countermeasures Task Group");
  REQUIRE(fi >= 0);
  const std::string force = f.entities[static_cast<size_t>(fi)].name;
  CHECK(related(f, "COMMITS", "Finland", force));
  CHECK(related(f, "COMMITS", "Norway", force));
  CHECK_FALSE(related(f, "COMMITS", "Iceland", force));
}

TEST_CASE("an office with a complement before a name is an apposition; 'for X' does not make X the body") {
  const auto f = facts(
      "\"We are ready,\" the EU's special envoy for Syria, Pieter Van Damme, told reporters. "
      "The Canadian ambassador to NATO, Denise Harlow, said Ottawa welcomed the plan. "
      "Morocco's envoy to the talks, Karim Tazi, said his country agreed.");
  CHECK(related(f, "HOLDS_OFFICE", "Pieter Van Damme", "European Union"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Pieter Van Damme", "Syria"));
  CHECK(related(f, "HOLDS_OFFICE", "Denise Harlow", "Canada"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Denise Harlow", "NATO"));
  CHECK(related(f, "HOLDS_OFFICE", "Karim Tazi", "Morocco"));
  const int envoy = entity(f, "Person", "Pieter Van Damme");
  REQUIRE(f.quotes.size() == 1);
  CHECK(f.quotes[0].speaker == envoy);
}

TEST_CASE("an office's 'of' complement names its body") {
  const auto f = facts("The secretary general of the Arab League, Hossam Zaki, welcomed the deal.");
  CHECK(related(f, "HOLDS_OFFICE", "Hossam Zaki", "Arab League"));
}

TEST_CASE("a lower-case task group is a force") {
  const auto f = facts("A new naval task group will be led by Spain. Portugal pledged a frigate to it.");
  CHECK(count_kind(f, "Force") == 1);
  CHECK(related(f, "LEADS", "Spain", "naval task group"));
}

TEST_CASE("speaking on the sidelines of a meeting, observers and co-mediators attended it") {
  const auto f = facts(
      "Defence ministers met in Madrid on Thursday for a two-day meeting. Chile could contribute a patrol vessel, "
      "Chilean Defence Minister Ana Rojas told journalists on the sidelines of the meeting. Bolivia and Ecuador took part "
      "as observers. The meeting was co-mediated by Uruguay and Norway. Paraguay declined to attend.");
  REQUIRE(count_kind(f, "Meeting") == 1);
  std::string name;
  for (const auto& e : f.entities) {
    if (e.kind == "Meeting") name = e.name;
  }
  CHECK(related(f, "ATTENDED", "Ana Rojas", name));
  CHECK(related(f, "ATTENDED", "Bolivia", name));
  CHECK(related(f, "ATTENDED", "Ecuador", name));
  CHECK(related(f, "ATTENDED", "Uruguay", name));
  CHECK(related(f, "ATTENDED", "Norway", name));
  CHECK_FALSE(related(f, "ATTENDED", "Paraguay", name));
}

TEST_CASE("a text issued at the close of a meeting, or signed after days of talks, is its product") {
  const auto f = facts(
      "Leaders of Brazil and Argentina met in Montevideo on Friday for a summit. In the Montevideo Joint Statement, "
      "issued at the close of their summit, the two countries launched a river patrol initiative.");
  CHECK(related(f, "PRODUCED", "summit in Montevideo", "Montevideo Joint Statement"));
  const auto g = facts(
      "Colombia's government and the rebels signed a ceasefire memorandum on Friday after twelve days of talks in Havana.");
  CHECK(related(g, "PRODUCED", "talks in Havana", "ceasefire memorandum"));
}

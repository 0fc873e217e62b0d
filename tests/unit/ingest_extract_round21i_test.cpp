// Round 21 rules, branch fix21i (docs/HELDOUT.md): organisations and forces as entities. Invented
// sentences about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a force head in the plural names no force: a set of forces is told by its members") {
  const auto f = facts(
      "Peruvian officers will take part in EU training missions next year. Lima wants observer teams stationed "
      "along the river by June. Chile will send two patrol units with 80 sailors to the Andean Riverine Task "
      "Force.");
  CHECK(entity(f, "Force", "EU training missions") < 0);
  CHECK(entity(f, "Force", "observer teams") < 0);
  CHECK(entity(f, "Force", "units with 80 sailors") < 0);
  // the named force and the pledge to it stay
  CHECK(related(f, "COMMITS", "Chile", "Andean Riverine Task Force"));
}

TEST_CASE("a plural force head is no force, but the singular one after it still is") {
  const auto f = facts(
      "General Tomás Rivas, who once commanded the navy's border units, spoke in Valparaíso. Peru will "
      "lead a joint border monitoring mission on the Ecuadorian frontier.");
  CHECK(entity(f, "Force", "border units") < 0);
  CHECK(entity(f, "Force", "joint border monitoring mission") >= 0);
}

TEST_CASE("a definite force phrase apposed to a force's proper name is that force, in either order") {
  const auto before = facts(
      "The United Nations mission in South Sudan, UNMISS, said on Friday that it had moved two companies to Bor.");
  CHECK(count_kind(before, "Force") == 1);
  CHECK(entity(before, "Force", "UNMISS") == entity(before, "Force", "United Nations mission in South Sudan"));
  const auto after = facts(
      "UNMISS, the United Nations mission in South Sudan, said on Friday that it had moved two companies to Bor.");
  CHECK(count_kind(after, "Force") == 1);
  CHECK(entity(after, "Force", "UNMISS") == entity(after, "Force", "United Nations mission in South Sudan"));
  // a phrase in a list beside the name is another force
  const auto f = facts(
      "Rwanda will send engineers to UNMISS, the regional protection force and the African Union border mission.");
  REQUIRE(entity(f, "Force", "regional protection force") >= 0);
  CHECK(entity(f, "Force", "UNMISS") != entity(f, "Force", "regional protection force"));
}

TEST_CASE("a known name joined by a hyphen opens a body's name: 'the NATO-Georgia Commission'") {
  const auto f = facts(
      "Levan Beridze, the Georgian defence minister, briefed the NATO-Georgia Commission in Brussels on Monday. The "
      "EU-Moldova Association Council will meet in June.");
  CHECK(entity(f, "Organization", "NATO-Georgia Commission") >= 0);
  CHECK(entity(f, "Organization", "Georgia Commission") < 0);
  CHECK(entity(f, "Organization", "EU-Moldova Association Council") >= 0);
  CHECK(entity(f, "Organization", "Moldova Association Council") < 0);
}

TEST_CASE("a committee of a known body named by its fields is one body: 'the Senate Committee on Trade, Industry and Tourism'") {
  const auto f = facts(
      "Mr Bello Yusuf, who chairs the Senate Committee on Trade, Industry and Tourism, travelled to Accra. The Regional "
      "Assembly Commission on Fisheries met on Friday.");
  CHECK(entity(f, "Organization", "Senate Committee on Trade, Industry and Tourism") >= 0);
  CHECK(entity(f, "Organization", "Senate Committee") < 0);
  CHECK(entity(f, "Organization", "Regional Assembly Commission on Fisheries") >= 0);
}

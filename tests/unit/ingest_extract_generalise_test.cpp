// Extraction patterns added for unseen news: people named only by an apposition after a title,
// multi-word and acronym bodies from the lexicon, units with more head nouns, more meeting heads.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a name closed by commas after a title is a person whatever the given name") {
  const auto f = facts(
      "Malawi said it could send medics. Its health minister, Thokozani Banda, said the team was ready.");
  CHECK(entity(f, "Person", "Thokozani Banda") >= 0);
  // without the title the same unfamiliar words are not a person
  const auto g = facts("Malawi said it could send medics. In the north, Thokozani Banda, the team waited.");
  CHECK(entity(g, "Person", "Thokozani Banda") < 0);
}

TEST_CASE("acronyms and multi-word bodies known to the lexicon are organisations") {
  const auto f = facts(
      "Envoys of the Intergovernmental Authority on Development (IGAD) met in Nairobi. "
      "The Southern African Development Community sent observers, and the SADC chair spoke.");
  CHECK(entity(f, "Organization", "Intergovernmental Authority on Development") >= 0);
  CHECK(entity(f, "Organization", "Southern African Development Community") >= 0);
}

TEST_CASE("regional places from the gazetteer are places after a location word") {
  const auto f = facts("Aid convoys reached El Fasher on Monday and moved on to camps in Darfur and Kordofan.");
  CHECK(entity(f, "Place", "Darfur") >= 0);
  CHECK(entity(f, "Place", "Kordofan") >= 0);
}

TEST_CASE("task groups, fusion centres and counter-terrorism brigades are forces") {
  const auto f = facts(
      "Norway will send a naval task group to the Arctic. Kenya pledged 300 troops to a new "
      "counter-terrorism brigade, and Uganda will host a regional fusion centre.");
  CHECK(count_kind(f, "Force") >= 2);
}

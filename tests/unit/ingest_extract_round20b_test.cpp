// Round 20 rules, branch fix20b (docs/HELDOUT.md): meetings of different subjects stay apart.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'Ministerial Meeting' alone is no alias of a named ministerial meeting") {
  const auto f = facts(
      "On 9 May the Quadrilateral Ministerial Meeting on Fisheries of the Baltic Sea was held in Riga, hosted by "
      "Latvia.");
  REQUIRE(entity(f, "Meeting", "Quadrilateral Ministerial Meeting on Fisheries of the Baltic Sea") >= 0);
  CHECK(entity(f, "Meeting", "Ministerial Meeting") < 0);
}

TEST_CASE("a residence, a conference centre and reservoirs are places") {
  const auto f = facts(
      "The talks were held at the Dilkusha Residence in Samarkand. The summit met at the Amber Coast conference centre "
      "in Klaipeda. Water levels fell at the Nurek reservoir in the summer.");
  CHECK(entity(f, "Place", "Dilkusha Residence") >= 0);
  CHECK(entity(f, "Place", "Amber Coast conference centre") >= 0);
  CHECK(entity(f, "Place", "Nurek reservoir") >= 0);
}

TEST_CASE("a news agency set off by commas after its press noun is an organisation and can be quoted") {
  const auto f = facts(
      "The ministers met in Riga on Monday. Syldavia's state news agency, ZNA, called the meeting \"a provocation\".");
  REQUIRE(entity(f, "Organization", "ZNA") >= 0);
  bool quoted = false;
  for (const auto& q : f.quotes) quoted = quoted || (q.speaker == entity(f, "Organization", "ZNA"));
  CHECK(quoted);
}

TEST_CASE("a council session held in a city is also the 'council session in' that city") {
  const auto f = facts(
      "Foreign ministers of the Nordic Council met in Reykjavik on Monday for their first council session in a year. "
      "The session, held at the Harpa Hall and hosted by Iceland, was chaired by Icelandic Foreign Minister Sigrun "
      "Halldorsdottir.");
  CHECK(entity(f, "Meeting", "council session in Reykjavik") >= 0);
}

TEST_CASE("a distress call is no meeting") {
  const auto f = facts(
      "The ministers met in Riga on Monday. Within a month the coast guard had logged a distress "
      "call.");
  CHECK(count_kind(f, "Meeting") == 1);
}

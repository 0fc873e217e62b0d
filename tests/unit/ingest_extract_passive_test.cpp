// Passive and participial frames seen in unseen news: "X, signed by A and B,", "The meeting,
// hosted by A at B, was chaired by C and attended by ministers from D and E", chairs attending,
// proper names of forces with "of" inside them.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a participle after a comma takes the phrase before the comma") {
  const auto f = facts(
      "Envoys met for a two-day summit in Lagos. The Lagos Accord, signed by Ghana, Togo and Benin on Friday, "
      "sets up a customs union.");
  CHECK(related(f, "SIGNED", "Ghana", "Lagos Accord"));
  CHECK(related(f, "SIGNED", "Togo", "Lagos Accord"));
  CHECK(related(f, "SIGNED", "Benin", "Lagos Accord"));
}

TEST_CASE("coordinated passives share their subject across a parenthetical") {
  const auto f = facts(
      "Ministers ended a two-day meeting in Lima on Friday. The meeting, hosted by Peru at the Palacio de Gobierno, "
      "was chaired by Peruvian Foreign Minister Rosa Quispe and attended by ministers from Chile, Bolivia and Ecuador.");
  const int meeting = count_kind(f, "Meeting");
  REQUIRE(meeting == 1);
  std::string name;
  for (const auto& e : f.entities) {
    if (e.kind == "Meeting") name = e.name;
  }
  CHECK(related(f, "HOSTED", "Peru", name));
  CHECK(related(f, "LEADS", "Rosa Quispe", name));
  CHECK(related(f, "ATTENDED", "Chile", name));
  CHECK(related(f, "ATTENDED", "Bolivia", name));
  CHECK(related(f, "ATTENDED", "Ecuador", name));
  // the chair was there; the host is host, not a guest
  CHECK(related(f, "ATTENDED", "Rosa Quispe", name));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", name));
}

TEST_CASE("a force's proper name keeps 'of' and is not an organisation") {
  const auto f = facts(
      "The pact creates the Gulf of Aden Naval Task Force. Oman will send two corvettes to the task force.");
  CHECK(entity(f, "Force", "Gulf of Aden Naval Task Force") >= 0);
  CHECK(entity(f, "Organization", "Aden Naval Task Force") < 0);
  // its last words alone are no alias: another article's "task force" is another force
  const int fi = entity(f, "Force", "Gulf of Aden Naval Task Force");
  REQUIRE(fi >= 0);
  for (const auto& a : f.entities[static_cast<size_t>(fi)].aliases) CHECK(a != "task force");
}

TEST_CASE("a title and a comma before a name give the office; 'its' is the sentence's state") {
  const auto f = facts(
      "Peru could send a frigate, its defence minister, Rosa Quispe, said on Monday. "
      "Chile did not sign. Its deputy foreign minister, Tomas Herrera, said the text was weak. "
      "Bolivia's trade minister, Ana Mamani, welcomed it.");
  const auto* q = relation(f, "HOLDS_OFFICE", "Rosa Quispe", "Peru");
  REQUIRE(q);
  CHECK(related(f, "HOLDS_OFFICE", "Tomas Herrera", "Chile"));
  CHECK(related(f, "HOLDS_OFFICE", "Ana Mamani", "Bolivia"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Tomas Herrera", "Peru"));
}

TEST_CASE("troops after a negation are a denied offer, not the object of an earlier verb") {
  const auto f = facts(
      "The pact creates the Gulf of Aden Naval Task Force. Oman pledged two corvettes. "
      "Yemen, which runs its own patrols, ruled out sending ships.");
  CHECK(related(f, "COMMITS", "Oman", "Gulf of Aden Naval Task Force"));
  CHECK_FALSE(related(f, "COMMITS", "Yemen", "Gulf of Aden Naval Task Force"));
  CHECK_FALSE(related(f, "LEADS", "Yemen", "Gulf of Aden Naval Task Force"));
}

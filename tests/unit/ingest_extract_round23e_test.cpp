// Round 23 rules, branch fix23e (docs/HELDOUT.md): a broadcaster's video page with its
// transcript. Sentences about states, bodies and people invented for the tests, none of them
// from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a transcript label writing a family name first names the person whose name opens with it") {
  const auto f = facts(
      "REPORTER: The talks were attended by Vietnam's defence minister, Tran Van-long, and by Laos's defence "
      "minister, Khamla Sisouk.\n\n"
      "TRAN: We are positive about the plan, but the assembly must agree first.\n\n"
      "REPORTER: The ministers will meet again in May.");
  CHECK(speaker_of(f, "We are positive about the plan") == "Tran Van-long");
}

TEST_CASE("quoted words right before a policy noun name the policy, nobody speaks them") {
  const auto f = facts(
      "President Ana Morel told the visitors that Chile's \"open skies\" policy \"serves trade, not rivalry.\"");
  CHECK(speaker_of(f, "open skies").empty());
  CHECK(speaker_of(f, "serves trade, not rivalry") == "Ana Morel");
}

TEST_CASE("'the three ministers signed' are the three ministers named before, who sign as themselves") {
  const auto f = facts(
      "Estonia's Minister of Defence, Mart Kask, chaired the session. Latvia's Defence Minister, Ivo Berzins, and "
      "Lithuania's Minister of National Defence, Ona Petraitiene, took part.\n\n"
      "After two days of work, the three ministers signed the Tallinn Memorandum on Mine Clearance.");
  const std::string mou = only_entity(f, "Document");
  REQUIRE(!mou.empty());
  CHECK(related(f, "SIGNED", "Mart Kask", mou));
  CHECK(related(f, "SIGNED", "Ivo Berzins", mou));
  CHECK(related(f, "SIGNED", "Ona Petraitiene", mou));
  CHECK_FALSE(related(f, "SIGNED", "Latvia", mou));
}

TEST_CASE("a state hosting ministers from other states: the states they came from attended") {
  const auto f = facts(
      "On Monday Estonia hosted foreign ministers from Latvia and Lithuania at the Stenbock House in Tallinn, in what "
      "was billed as the first Tallinn Baltic Ministerial Meeting.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HOSTED", "Estonia", meeting));
  CHECK(related(f, "ATTENDED", "Latvia", meeting));
  CHECK(related(f, "ATTENDED", "Lithuania", meeting));
}

TEST_CASE("a named complex in lower case after its name is a place") {
  const auto f = facts("President Ana Morel welcomed both guests in the evening at the Kadriorg complex.");
  CHECK(entity(f, "Place", "Kadriorg complex") >= 0);
}

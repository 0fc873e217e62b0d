// Round 21 rules, branch fix21b (docs/HELDOUT.md): meetings to come, talks named by the state
// fought over, pledges in a joint statement's operative paragraphs. Sentences about states,
// bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("talks between a state's government and its own armed group are named after the state") {
  const auto f = facts(
      "Iraq's government and the Popular Mobilization Forces agreed on Tuesday to a truce, after three days of "
      "UN-sponsored talks in the Jordanian capital, Amman. The talks were chaired by the UN envoy for Iraq, Lena "
      "Sorensen.");
  CHECK(entity(f, "Meeting", "Iraq talks in Amman") >= 0);
  CHECK(entity(f, "Meeting", "Amman talks on Iraq") >= 0);
  CHECK(entity(f, "Meeting", "Popular Mobilization Forces talks in Amman") < 0);
  CHECK(related(f, "ATTENDED", "Popular Mobilization Forces", "Iraq talks in Amman"));
}

TEST_CASE("'another round' is a meeting to come, also called by its month, held where its clause says") {
  const auto f = facts(
      "Iraq's government and the Popular Mobilization Forces agreed on Tuesday to a truce, after three days of talks "
      "in Amman, hosted by Jordan.\n\nAnother round is expected in Amman in May.");
  CHECK(count_kind(f, "Meeting") == 2);
  CHECK(entity(f, "Meeting", "May round in Amman") >= 0);
  CHECK(related(f, "HELD_IN", "May round in Amman", "Amman"));
  CHECK_FALSE(related(f, "HOSTED", "Jordan", "May round in Amman"));
}

TEST_CASE("a session 'which X will host' is a meeting to come") {
  const auto f = facts(
      "The Pacific Community convened an extraordinary sitting of its ministerial council at Suva on Friday, hosted "
      "by Fiji.\n\nThe ministers are to assess the plan at the ordinary session in Apia in March, which Samoa will host.");
  const int next = entity(f, "Meeting", "March session in Apia");
  REQUIRE(next >= 0);
  CHECK(f.entities[static_cast<size_t>(next)].attributes.count("future") == 1);
  CHECK(related(f, "HOSTED", "Samoa", "March session in Apia"));
}

TEST_CASE("a meeting to come called by its capitalised name keeps that name with its place") {
  const auto f = facts(
      "The ministers of Bhutan, Bangladesh and Nepal met in Thimphu on Monday, hosted by Bhutan.\n\nThe Parties agree to hold "
      "the next Himalayan Water Ministerial Meeting in Dhaka in 2029. Bangladesh will host the meeting.");
  const int next = entity(f, "Meeting", "Himalayan Water Ministerial Meeting in Dhaka");
  REQUIRE(next >= 0);
  CHECK(f.entities[static_cast<size_t>(next)].name == "Himalayan Water Ministerial Meeting in Dhaka");
}

namespace {
// An invented joint statement: three states defined as "the Parties", an observer's hedged offer.
const char* kStatement =
    "JOINT STATEMENT\n\n"
    "The Governments of the Plurinational State of Bolivia, the Republic of Paraguay and the Republic of Peru "
    "(hereinafter \"the Parties\"), gathered in Asuncion on 4 May 2027,\n\n"
    "Have agreed as follows:\n\n"
    "1. The Parties establish the Pilcomayo Joint Flood Warning Mechanism (hereinafter \"the Mechanism\") to "
    "exchange data on river levels.\n\n"
    "2. Each Party shall second two engineers to the Mechanism.\n\n"
    "3. The Argentine Republic, as an observer, could join the Mechanism once its Congress has approved the "
    "statement.\n\n"
    "4. The Parties decide to hold the next Pilcomayo Ministerial Meeting in Lima in 2028.\n";
}  // namespace

TEST_CASE("'Each Party shall second' commits every state the text defined as its parties") {
  const auto f = facts(kStatement);
  CHECK(related(f, "COMMITS", "Bolivia", "Pilcomayo Joint Flood Warning Mechanism"));
  CHECK(related(f, "COMMITS", "Paraguay", "Pilcomayo Joint Flood Warning Mechanism"));
  CHECK(related(f, "COMMITS", "Peru", "Pilcomayo Joint Flood Warning Mechanism"));
}

TEST_CASE("'X, as an observer, could join the mechanism once ...' is X's hedged pledge") {
  const auto f = facts(kStatement);
  CHECK(related(f, "COMMITS", "Argentina", "Pilcomayo Joint Flood Warning Mechanism"));
}

TEST_CASE("agreeing to hold a meeting to come attends nothing") {
  const auto f = facts(kStatement);
  REQUIRE(entity(f, "Meeting", "Pilcomayo Ministerial Meeting in Lima") >= 0);
  CHECK_FALSE(related(f, "ATTENDED", "Bolivia", "Pilcomayo Ministerial Meeting in Lima"));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", "Pilcomayo Ministerial Meeting in Lima"));
}

TEST_CASE("an unnamed joint statement of a placed meeting is named by the place, not by its bare head") {
  const auto f = facts(
      "The foreign ministers of Chile, Peru and Brazil met in Santiago on Wednesday. Argentina was left out of "
      "the ministers' joint statement issued after the meeting.");
  CHECK(entity(f, "Document", "joint statement in Santiago") >= 0);
  CHECK(entity(f, "Document", "Santiago joint statement") >= 0);
  CHECK(entity(f, "Document", "ministers' joint statement in Santiago") >= 0);
  CHECK(entity(f, "Document", "joint statement") < 0);
}

TEST_CASE("a council that closed without a joint declaration produced no document") {
  const auto f = facts(
      "The Nordic Council ended its Reykjavik session without a joint declaration because Iceland objected to the "
      "text.");
  CHECK(count_kind(f, "Document") == 0);
}

TEST_CASE("'that round' refers back to the meeting to come a verb announced, and names it") {
  const auto f = facts(
      "Peru's government and the Shining Path signed a truce in Caracas on Friday, closing negotiations hosted by "
      "Venezuela.\n\nBoth delegations will meet again in Quito in June. Ecuador will host that round, its foreign "
      "minister said.");
  CHECK(entity(f, "Meeting", "round in Quito") >= 0);
  CHECK(related(f, "HOSTED", "Ecuador", "round in Quito"));
}

TEST_CASE("'a second session is scheduled to take place in X' is a meeting to come, named with its edition and place") {
  const auto f = facts(
      "The army and the militia signed a memorandum in Geneva on Friday after talks hosted by Switzerland.\n\nA "
      "second session is scheduled to take place in Nairobi in April, the mediators said.");
  const int next = entity(f, "Meeting", "second session in Nairobi");
  REQUIRE(next >= 0);
  CHECK(f.entities[static_cast<size_t>(next)].attributes.count("future") == 1);
  CHECK(related(f, "HELD_IN", "second session in Nairobi", "Nairobi"));
}

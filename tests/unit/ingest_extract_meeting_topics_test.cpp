// A sea or an area of several states in a meeting's own name says what the meeting is about,
// not where it met: the meeting is held where the text places it, not in the sea.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a sea in a meeting's name is its subject, not where it was held") {
  const auto f = facts("The Black Sea Maritime Security Forum in Varna, hosted by Bulgaria, ended on Tuesday with a pledge "
                       "to share radar data.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Varna"));
  CHECK_FALSE(related(f, "HELD_IN", meeting, "Black Sea"));
  CHECK(meeting.find("Varna") != std::string::npos);
}

TEST_CASE("a city before a meeting's head still places it") {
  const auto f = facts("Ministers met on Monday for the Sofia summit, hosted by Bulgaria.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Sofia"));
}

TEST_CASE("a meeting in a city-state is held in its capital city, and the state stays a party") {
  const auto f = facts("Defence ministers from twelve countries met on Saturday at a security conference in Singapore "
                       "and agreed to share radar data. Singapore offered to train coast guard crews.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(entity(f, "Place", "Singapore") >= 0);
  CHECK(entity(f, "Country", "Singapore") >= 0);
  CHECK(related(f, "HELD_IN", meeting, "Singapore"));
}

TEST_CASE("a meeting in a state that is not a city-state gets no city of the state's name") {
  const auto f = facts("Defence ministers met on Saturday at a security conference in Chile.");
  CHECK(entity(f, "Place", "Chile") < 0);
}

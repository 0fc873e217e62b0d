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

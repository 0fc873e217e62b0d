// Which meeting produced which document, in shapes first missed: a participle after the
// document ("The X Communique, adopted on Tuesday"), a meeting that ended "with" a text, a
// document named after a city whose name starts with a generic word ("New"), a binational
// cabinet as a meeting. Our own sentences.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a document adopted or issued after its name was produced by the article's meeting") {
  const auto f = facts("Baltic leaders met for a two-day summit in Tallinn. In the Tallinn Summit Communique, adopted late on "
                       "Wednesday, leaders agreed to double the patrols.");
  REQUIRE(entity(f, "Document", "Tallinn Summit Communique") >= 0);
  CHECK(related(f, "PRODUCED", "Tallinn summit", "Tallinn Summit Communique"));
  const auto g = facts("Baltic leaders met for a two-day summit in Tallinn. The Tallinn Summit Communique was issued on Tuesday.");
  CHECK(related(g, "PRODUCED", "Tallinn summit", "Tallinn Summit Communique"));
  // a document someone merely quoted after its name is not produced there
  const auto h = facts("Baltic leaders met for a two-day summit in Tallinn. The Helsinki Final Act, Kallas said, still holds.");
  CHECK_FALSE(related(h, "PRODUCED", "Tallinn summit", "Helsinki Final Act"));
}

TEST_CASE("a meeting that ended with a text produced it") {
  const auto f = facts("Andean foreign ministers ended their yearly meeting in Quito on Friday with a joint communique on drug trafficking.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "PRODUCED", meeting, "joint communique"));
  const auto g = facts("Andean foreign ministers ended their yearly meeting in Quito on Friday with a dinner for the press.");
  CHECK(count_kind(g, "Document") == 0);
}

TEST_CASE("a generic word that starts a known name stays in a document's name") {
  const auto f = facts("Quad leaders met in New Delhi on Thursday and signed the New Delhi Declaration on maritime security.");
  CHECK(entity(f, "Document", "New Delhi Declaration on maritime security") >= 0);
  CHECK(entity(f, "Document", "Delhi Declaration on maritime security") < 0);
  // "a new declaration" is still just a declaration
  const auto g = facts("The ministers said a new declaration would follow.");
  CHECK(entity(g, "Document", "new declaration") < 0);
}

TEST_CASE("a binational cabinet is a meeting") {
  const auto f = facts("Chilean President Ana Rojas hosted her Argentine counterpart, Pablo Ferrer, for the 9th Chile-Argentina "
                       "Binational Cabinet in Valparaiso on Monday.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HOSTED", "Ana Rojas", meeting));
  CHECK(related(f, "ATTENDED", "Pablo Ferrer", meeting));
}

TEST_CASE("states joined by a hyphen in a meeting's name are its sides, not its owner") {
  const auto f = facts("Officials met for the Chile-Argentina border talks in Mendoza on Monday.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "ATTENDED", "Chile", meeting));
  CHECK(related(f, "ATTENDED", "Argentina", meeting));
  for (const auto& e : f.entities) {
    if (e.kind == "Meeting") CHECK(e.attributes.count("owner") == 0);
  }
}

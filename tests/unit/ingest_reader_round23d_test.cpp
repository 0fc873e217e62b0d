// Round 23 reader rules (branch fix23d): a UN organ's verbatim record ("S/PV.n", "A/79/PV.n") as
// PDF text: its header block, the President's line and the members' list between dot leaders.
// Invented records (other meetings, states and delegates).
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kHeader =
    "United Nations                                        S/PV.9471\n"
    "Security Council\n"
    "Seventy-ninth year                                    Provisional\n"
    "9471st meeting\n"
    "Tuesday, 4 March 2025, 3 p.m.\n"
    "New York\n\n"
    "President:   Ms. Okonjo . . . . . . . . . . . . . . . . . (Sierra Leone)\n\n"
    "Members:     Algeria . . . . . . . . . . . . . . . . . . Mr. Benali\n"
    "             Ecuador . . . . . . . . . . . . . . . . . . Mrs. Vera\n"
    "             Republic of\n"
    "               Korea . . . . . . . . . . . . . . . . . . Mr. Han Seo-jun\n\n"
    "Agenda\n\n"
    "The situation in the Great Lakes region\n\n"
    "    Letter from the Secretary-General on the border mechanism\n\n"
    "This record holds the speeches given in English and translations of the others.\n\n"
    "25-04417 (E)\n\n"
    "The session was opened at 3.05 p.m.\n\n"
    "The President: Mr. Benali has the floor.\n\n"
    "Mr. Benali (Algeria) (spoke in Arabic): Algeria supports the mechanism and will fund its secretariat.\n\n"
    "The meeting rose at 4.20 p.m.\n\n"
    "This record holds the speeches given in English; its final version goes to the Official Records.\n";

}  // namespace

TEST_CASE("a verbatim record: the organ's numbered meeting and the agenda's item are the title; the issuer is the outlet") {
  const Article a = read_one(kHeader);
  CHECK(a.title == "Security Council 9471st meeting: The situation in the Great Lakes region");
  CHECK(a.outlet == "United Nations");
  CHECK(a.date == "2025-03-04");
  CHECK(a.header_place == "New York");
  CHECK(a.text.rfind("Security Council 9471st meeting.", 0) == 0);
}

TEST_CASE("a verbatim record: each seat of the President's line and the members' list is a paragraph of the roster") {
  const Article a = read_one(kHeader);
  CHECK(a.text.find("Ms. Okonjo (Sierra Leone)") != std::string::npos);
  CHECK(a.text.find("Mr. Benali (Algeria)") != std::string::npos);
  CHECK(a.text.find("Mr. Han Seo-jun (Republic of Korea)") != std::string::npos);
  CHECK(a.text.find(". . .") == std::string::npos);
  CHECK(a.text.find("This record holds") == std::string::npos);
  CHECK(a.text.find("Mr. Benali (Algeria) (spoke in Arabic)") != std::string::npos);
  REQUIRE(a.roster.size() == 4);
  REQUIRE(a.roster_chairs.size() == 1);
  CHECK(a.text.compare(a.roster_chairs[0], 10, "Ms. Okonjo") == 0);
  CHECK(a.roster_chair_title == "President");
}

TEST_CASE("a page without a record's symbol line keeps its header as before") {
  const Article a = read_one(
      "Security Council\n"
      "9471st meeting\n\n"
      "Tuesday, 4 March 2025\n\n" +
      std::string(kg::test::kBody));
  CHECK(a.roster.empty());
  CHECK(a.outlet != "United Nations");
}

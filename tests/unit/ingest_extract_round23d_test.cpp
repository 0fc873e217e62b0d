// Round 23 rules (branch fix23d): a UN organ's verbatim record ("S/PV.n") as PDF text: the
// meeting its header numbers, the seats of its President's line and members' list, its speakers'
// turns. Invented records (other meetings, states and delegates), none of the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "reader_fixture.h"

using namespace kg::test;

namespace {

const char* const kRecord =
    "United Nations                                        S/PV.9471\n"
    "Security Council\n"
    "Seventy-ninth year                                    Provisional\n"
    "9471st meeting\n"
    "Tuesday, 4 March 2025, 3 p.m.\n"
    "New York\n\n"
    "President:   Ms. Okonjo . . . . . . . . . . . . . . . . . (Sierra Leone)\n\n"
    "Members:     Algeria . . . . . . . . . . . . . . . . . . Mr. Benali\n"
    "             Ecuador . . . . . . . . . . . . . . . . . . Mrs. Vera\n"
    "             Slovenia . . . . . . . . . . . . . . . . . . Mr. Zupan\n\n"
    "Agenda\n\n"
    "The situation in the Great Lakes region\n\n"
    "The session was opened at 3.05 p.m.\n\n"
    "The President (spoke in English): Under rule 37 of its rules, the Council invites the delegations of Rwanda and "
    "Burundi to take part.\n\n"
    "Mr. Benali now has the floor.\n\n"
    "Mr. Benali (Algeria) (spoke in Arabic): Algeria supports the border mechanism. \"Borders are drawn by "
    "agreements, not by armies.\" My country will fund the mechanism's secretariat.\n\n"
    "The President (spoke in English): The representative of Rwanda has the floor.\n\n"
    "Mr. Ndayisenga (Rwanda) (spoke in French): Rwanda welcomes the mechanism and will send ten observers to it.\n\n"
    "The President (spoke in English): Ms. Ruiz-Tagle has the floor.\n\n"
    "Ms. Ruiz-Tagle: The mechanism has eleven observers today. \"A border watched is a border kept,\" and I ask "
    "members to fill the posts.\n\n"
    "The meeting rose at 4.20 p.m.\n";

kg::ingest::DocFacts record_facts() { return kg::ingest::extract(read_one(kRecord), lexicon()); }

}  // namespace

TEST_CASE("a verbatim record: its header's numbered meeting is the meeting, held in the header's place") {
  const auto f = record_facts();
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(entity(f, "Meeting", "9471st meeting") >= 0);
  CHECK(related(f, "HELD_IN", meeting, "New York"));
}

TEST_CASE("a verbatim record: every seated state and delegate attended; the President leads and presides over the body") {
  const auto f = record_facts();
  const std::string meeting = only_entity(f, "Meeting");
  for (const char* seat : {"Sierra Leone", "Okonjo", "Algeria", "Benali", "Ecuador", "Vera", "Slovenia", "Zupan"}) {
    CAPTURE(std::string(seat));
    CHECK(related(f, "ATTENDED", seat, meeting));
  }
  CHECK(related(f, "LEADS", "Okonjo", meeting));
  CHECK(related(f, "HOLDS_OFFICE", "Okonjo", "UN Security Council"));
}

TEST_CASE("a verbatim record: a turn is no quotation, the words in quotation marks inside it are its speaker's") {
  const auto f = record_facts();
  CHECK(speaker_starting(f, "Borders are drawn") == "Benali");
  CHECK(quote_starting(f, "Algeria supports") == nullptr);
  CHECK(quote_starting(f, "Rwanda welcomes") == nullptr);
}

TEST_CASE("a verbatim record: a speaker invited to take the floor attended the meeting") {
  const auto f = record_facts();
  CHECK(related(f, "ATTENDED", "Ndayisenga", only_entity(f, "Meeting")));
}

TEST_CASE("a verbatim record: a turn labelled with a hyphenated family name is that person's") {
  const auto f = record_facts();
  CHECK(speaker_starting(f, "A border watched") == "Ruiz-Tagle");
}

// Round 22 rules, branch fix22b (docs/HELDOUT.md): venues, places and the names of meetings.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a venue in a sentence of signing alone is where the meeting that produced the text was held") {
  const auto f = facts(
      "Peru and Chile signed an accord on fisheries at the end of a second round of talks hosted by Ecuador in Quito, "
      "officials said.\n\nThe Quito Accord on Fisheries was signed by Peruvian Foreign Minister Ana Rojas and Chilean "
      "Foreign Minister Pablo Vidal at the Carondelet Palace, in the presence of Ecuadorian President Luis Mora.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "PRODUCED", meeting, "Quito Accord on Fisheries"));
  CHECK(related(f, "HELD_IN", meeting, "Carondelet Palace"));
}

TEST_CASE("a building after 'on the stage of' is a venue as one after 'at'") {
  const auto f = facts(
      "The leaders of Kenya and Tanzania met in Arusha on Monday for a summit on the lake fisheries.\n\nThe Arusha "
      "Declaration was signed on Monday by Kenyan President Daniel Kiprono and Tanzanian President Amina Juma on the stage "
      "of the Mount Meru Convention Centre.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Mount Meru Convention Centre"));
}

TEST_CASE("a quoted nickname naming talks after a building of common words is an alias of those talks") {
  const auto f = facts(
      "ACCRA, May 4 (Reuters) - The foreign ministers of Benin and Togo signed an accord on Thursday at talks hosted by "
      "Ghanaian President Kofi Mensah at Government House in Accra.\n\nThe two ministers put their names to the Accra "
      "Declaration after two days of what reporters dubbed \"the Government House talks\". Mensah witnessed the "
      "signing.");
  CHECK(count_kind(f, "Meeting") == 1);
  CHECK(entity(f, "Meeting", "Government House talks") >= 0);
  CHECK(entity(f, "Meeting", "House talks") < 0);
}

TEST_CASE("a meeting at a building where a meeting placed in one city was held is held in that city too") {
  const auto f = facts(
      "Peru and Chile signed an accord on fisheries on Monday at the end of a second round of talks hosted by Ecuador in "
      "Quito at the Carondelet Palace.\n\nIn the evening, Ecuadorian President Luis Mora and Chilean President Marta Soto "
      "held a one-on-one meeting at the Carondelet Palace to discuss trade.");
  CHECK(related(f, "HELD_IN", "meeting at Carondelet Palace", "Carondelet Palace"));
  CHECK(related(f, "HELD_IN", "meeting at Carondelet Palace", "Quito"));
}

TEST_CASE("a hotel named head first, by a date, after 'at' is a venue") {
  const auto f = facts(
      "Benin and Niger signed a border accord on Friday after three days of talks in Cotonou.\n\nThe talks were hosted "
      "by the Beninese government at the H\xC3\xB4tel du 4 Ao\xC3\xBBt. Togo took part as an observer.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(entity(f, "Place", "H\xC3\xB4tel du 4 Ao\xC3\xBBt") >= 0);
  CHECK(related(f, "HELD_IN", meeting, "H\xC3\xB4tel du 4 Ao\xC3\xBBt"));
}

TEST_CASE("a wire datelined in the capital of the state that hosted a meeting placed in no known city reports it held there") {
  kg::ingest::Article a = article(
      "Ministers of Zambia and Malawi agreed on Tuesday to set up a joint fisheries patrol at talks hosted by Zambia at "
      "State House.\n\nThe patrol will start in August, officials said.",
      "wire.txt", "2027-06-04");
  a.dateline_place = "LUSAKA";
  const auto f = kg::ingest::extract(a, lexicon());
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "HELD_IN", talks, "Lusaka"));
  // a dateline elsewhere than the host's capital places nothing
  a.dateline_place = "HARARE";
  const auto g = kg::ingest::extract(a, lexicon());
  CHECK_FALSE(related(g, "HELD_IN", talks, "Harare"));
}

TEST_CASE("a dateline naming the host state itself stands for its one capital") {
  kg::ingest::Article a = article(
      "Gulf ministers agreed on Monday to create a joint coastal cell at the close of a session hosted by the State "
      "of Qatar at the Amiri Diwan.",
      "wire.txt", "2027-06-04");
  a.dateline_place = "QATAR";
  const auto f = kg::ingest::extract(a, lexicon());
  const std::string session = only_entity(f, "Meeting");
  REQUIRE_FALSE(session.empty());
  CHECK(related(f, "HELD_IN", session, "Doha"));
}

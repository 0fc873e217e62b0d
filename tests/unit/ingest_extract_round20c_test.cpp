// Round 20 rules, branch fix20c (docs/HELDOUT.md): signers of op-eds and joint statements.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'First, the X Accord. It was signed by A, B and C': an opening word set off by a comma is no phrase") {
  const auto f = facts(
      "The meeting of the Pacific Forum was held in Apia on Monday, hosted by Samoa.\n\n"
      "And the outcome? First, the Apia Accord on Fisheries Protection. It was signed by Minister Tuilaepa "
      "Sailele, Minister Mark Brown and Mr Kausea Natano. Mr Siaosi Taufa initialled the text.");
  CHECK(related(f, "SIGNED", "Tuilaepa Sailele", "Apia Accord on Fisheries Protection"));
  CHECK(related(f, "SIGNED", "Kausea Natano", "Apia Accord on Fisheries Protection"));
  CHECK_FALSE(related(f, "SIGNED", "Siaosi Taufa", "Apia Accord on Fisheries Protection"));
}

TEST_CASE("a joint statement's signatories block signs the text it closes, named by its title; the parties attend") {
  const std::string text =
      "Joint Statement of the Ministers of Foreign Affairs of the Republic of Chile and the Argentine Republic on "
      "Glacier Protection";
  // the body as the reader gives it: each signatory's lines joined into one sentence
  kg::ingest::Article a = article(
      "On 4 May 2027, the Bilateral Ministerial Meeting on Andean Glaciers was held in Santiago at the Moneda Palace. "
      "The meeting was hosted by the Republic of Chile. Following the meeting, the Ministers adopted and signed the "
      "following Joint Statement.\n\n"
      "1. The Parties establish the Andean Glacier Monitoring Commission.\n\n"
      "2. This Joint Statement is done in Santiago on 4 May 2027 in two original copies.\n\n"
      "For the Republic of Chile, Rosa Quintana, Minister of Foreign Affairs, Santiago.\n\n"
      "For the Argentine Republic, Martín Echeverría, Minister of Foreign Affairs, Santiago.");
  a.title = text;
  const auto f = kg::ingest::extract(a, lexicon());
  CHECK(related(f, "SIGNED", "Rosa Quintana", text));
  CHECK(related(f, "SIGNED", "Argentina", text));
  CHECK(related(f, "ATTENDED", "Argentina", "Bilateral Ministerial Meeting on Andean Glaciers"));
  // the host is there as host, not as a guest
  CHECK_FALSE(related(f, "ATTENDED", "Chile", "Bilateral Ministerial Meeting on Andean Glaciers"));
}

TEST_CASE("'The two men signed': the two people named last sign") {
  const auto f = facts(
      "Armenia and Azerbaijan agreed on Friday to reopen the border crossing at Margara after talks in Vienna. The "
      "Armenian delegation was led by Foreign Minister Aram Petrosyan; the Azerbaijani side by its chief negotiator, "
      "Rauf Hasanov. The two men signed the Vienna Protocol on Border Crossings late on Friday night.");
  CHECK(related(f, "SIGNED", "Aram Petrosyan", "Vienna Protocol on Border Crossings"));
  CHECK(related(f, "SIGNED", "Rauf Hasanov", "Vienna Protocol on Border Crossings"));
}

TEST_CASE("'A and B attended; C was represented by ...': an attend verb closing its clause at a semicolon has no object") {
  const auto f = facts(
      "Foreign ministers of the Mercosur met in Quito on Monday for their first council session in a year. The "
      "session, held at the Carondelet Palace, was chaired by Ecuadorian Foreign Minister Rosa Andrade.\n\n"
      "Chile's foreign minister, Pedro Soto, and Uruguay's foreign minister, Ana Ferrer, attended; Paraguay was "
      "represented by its ambassador in Quito.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Pedro Soto", meeting));
  CHECK(related(f, "ATTENDED", "Ana Ferrer", meeting));
}

TEST_CASE("'The session, held at the X Palace and hosted by A, was chaired by B': the second participle is about the session") {
  const auto f = facts(
      "Foreign ministers of the Mercosur met in Quito on Monday for their first council session in a year. The "
      "session, held at the Carondelet Palace and hosted by Ecuador, was chaired by Ecuadorian Foreign Minister Rosa "
      "Andrade.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HOSTED", "Ecuador", meeting));
  CHECK(related(f, "LEADS", "Rosa Andrade", meeting));
}

TEST_CASE("'Foreign Minister A hosted her counterpart, B, and C at the palace': the host hosted the meeting, all attended") {
  const auto f = facts(
      "The foreign ministers of Australia, New Zealand and Fiji met in Canberra on Tuesday. Australian Foreign "
      "Minister Jane Holt hosted her New Zealand counterpart, Tom Reid, and Fijian Foreign Minister Ratu Kamba at "
      "Parliament House.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HOSTED", "Jane Holt", meeting));
  CHECK(related(f, "ATTENDED", "Tom Reid", meeting));
  CHECK(related(f, "ATTENDED", "Ratu Kamba", meeting));
}

TEST_CASE("'did not invite observers, although X offered to send one': observers sent pledge nothing to a force") {
  const auto f = facts(
      "The ministers of the five states met in Apia and set up a Pacific Joint Rescue Coordination Centre. Fiji "
      "offered to send two rescue vessels to the centre. No outside observers were asked, although the World "
      "Health Organization offered to send one. The Red Cross offered to send observers.");
  CHECK(related(f, "COMMITS", "Fiji", "Pacific Joint Rescue Coordination Centre"));
  CHECK_FALSE(related(f, "COMMITS", "World Health Organization", "Pacific Joint Rescue Coordination Centre"));
  CHECK_FALSE(related(f, "COMMITS", "Red Cross", "Pacific Joint Rescue Coordination Centre"));
}

TEST_CASE("'a centre, which will sit in X and which Samoa will lead': the second relative clause leads the same centre") {
  const auto f = facts(
      "The ministers of the five states met in Apia. The agreement creates a Pacific Joint Rescue Coordination "
      "Centre, which will sit in Apia and which Samoa will lead until 2030.");
  CHECK(related(f, "LEADS", "Samoa", "Pacific Joint Rescue Coordination Centre"));
}

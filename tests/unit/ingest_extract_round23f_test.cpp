// Round 23 rules, branch fix23f (docs/HELDOUT.md): leftovers of the agency wire and the TV
// transcript of the blind batch. Invented articles about other states, people and meetings than
// the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

TEST_CASE("'the three countries will establish' after 'the three ministers signed': their three states") {
  const auto f = facts(
      "The talks in Santiago were chaired by Chile's Minister of Defence, Ana Rojas, and attended by Peru's "
      "Defence Minister, Tomas Velarde, and Bolivia's Minister of Defence, Marco Vaca.\n\n"
      "When the talks closed, the three ministers signed the Arica Protocol on Border Training. "
      "Under that protocol the three countries are to create a Border Training Unit near Arica.");
  CHECK(related(f, "COMMITS", "Chile", "Border Training Unit"));
  CHECK(related(f, "COMMITS", "Peru", "Border Training Unit"));
  CHECK(related(f, "COMMITS", "Bolivia", "Border Training Unit"));
}

TEST_CASE("'will meet again next month in X': a meeting still to come, held in X") {
  const auto f = facts(
      "Defence ministers of Chile and Peru met in Santiago on Tuesday. The two ministers will meet again next "
      "month in Lima to review the border plan.");
  CHECK(related(f, "HELD_IN", "meeting in Lima", "Lima"));
  CHECK(related(f, "HELD_IN", "meeting in Santiago", "Santiago"));
}

TEST_CASE("the next meeting is named by the reported meeting's descriptor and its own place") {
  const auto titled = facts(
      "The first Santiago Andean Defence Ministers' Meeting was held in Santiago on Tuesday, chaired by Chile's "
      "Minister of Defence, Ana Rojas. The two ministers will meet again next month in Lima.");
  CHECK(entity(titled, "Meeting", "Next Andean Defence Ministers' meeting in Lima") >= 0);
  const auto topic = facts(
      "Ministers of four states attended the Quito Meeting on River Border Security on Friday. Officials said "
      "the delegations will meet again in Lima in October.");
  CHECK(entity(topic, "Meeting", "Next River Border Security meeting in Lima") >= 0);
}

TEST_CASE("'with X as host' after a meeting still to come: X hosts it") {
  const auto f = facts(
      "Defence ministers of Chile and Peru met in Santiago on Tuesday. The two ministers will meet again next "
      "month in Lima, with Peru as host.");
  CHECK(related(f, "HOSTED", "Peru", "meeting in Lima"));
  CHECK_FALSE(related(f, "HOSTED", "Peru", "meeting in Santiago"));
}

TEST_CASE("the correspondent called by given name or family name alone is still the author, no person of the story") {
  const auto arts = kg::ingest::read_articles(
      "NORDWAVE TV\n\n"
      "Estonia and Finland sign a ferry safety pact\n\n"
      "The two foreign ministers met in Tallinn on Monday. Nordwave's Jonas Berg reports.\n\n"
      "Published 4 May 2027, 19:10 | Nordwave News\n\n"
      "TRANSCRIPT\n\n"
      "ANCHOR: Good evening. Our correspondent Jonas Berg was at the signing.\n\n"
      "REPORTER (voice-over): Estonia's foreign minister, Kadri Tamm, and her Finnish counterpart, Ville "
      "Ahonen, signed the Tallinn Ferry Safety Pact this afternoon.\n\n"
      "ANCHOR: Jonas, did anyone else comment? And Berg, what happens next?\n",
      "dir/in.txt", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  const auto f = kg::ingest::extract(arts[0], lexicon());
  CHECK(entity(f, "Person", "Jonas Berg") < 0);
  CHECK(entity(f, "Person", "Jonas") < 0);
  CHECK(entity(f, "Person", "Kadri Tamm") >= 0);
}

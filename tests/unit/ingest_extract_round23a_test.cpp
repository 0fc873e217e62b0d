// Round 23 rules, branch fix23a (docs/HELDOUT.md): parties and bodies left over by round 22.
// A state's delegation speaks and acts for it; a counted subject ("the four states") stands for
// the set named last as signing or agreeing when the count is theirs. Invented articles about
// other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

TEST_CASE("a state's delegation speaks for the state") {
  const auto f = facts(
      "The summit was held in Lisbon on 3 May. The Montenegrin delegation said the text was \"a fair start\". "
      "The delegation of Albania said it was \"a good day for the region\".");
  CHECK(speaker_of(f, "a fair start") == "Montenegro");
  CHECK(speaker_of(f, "a good day for the region") == "Albania");
}

TEST_CASE("a quotation opening with its verb right after the delegation: the state speaks it") {
  const auto f = facts(
      "The summit was held in Lisbon on 3 May. Montenegro's President, Anton Velkov, took part. President "
      "Velkov's delegation \"welcomed the broad aims of the accord\" without putting its name to it.");
  CHECK(speaker_of(f, "welcomed the broad aims") == "Montenegro");
}

TEST_CASE("a state's delegation as the subject of a frame acts for the state") {
  const auto f = facts(
      "The summit was held in Lisbon on 3 May. The Montenegrin delegation attended the summit. Albania's "
      "delegation pledged 40 police officers to the Adriatic Border Mission.");
  CHECK(related(f, "ATTENDED", "Montenegro", "summit"));
  CHECK(related(f, "COMMITS", "Albania", "Adriatic Border Mission"));
}

TEST_CASE("'the four nations are to create' after a text signed by four presidents: their four states") {
  const auto f = facts(
      "The Cartagena River Accord was signed by Chile's President Rosa Lind, Peru's President Tomas Arce, "
      "Bolivia's President Ana Solis and Colombia's President Luis Vera. Under the accord, the four nations are "
      "to create a Joint River Patrol Unit based in Iquitos.");
  CHECK(related(f, "COMMITS", "Chile", "Joint River Patrol Unit"));
  CHECK(related(f, "COMMITS", "Peru", "Joint River Patrol Unit"));
  CHECK(related(f, "COMMITS", "Bolivia", "Joint River Patrol Unit"));
  CHECK(related(f, "COMMITS", "Colombia", "Joint River Patrol Unit"));
}

TEST_CASE("'all three signatories will' after three states agreed; a count that is not theirs gives nothing") {
  const auto f = facts(
      "Ghana, Togo and Benin agreed a coastal security pact in Cotonou on Friday. All three signatories will "
      "contribute boats to a Bight of Benin Patrol Group.");
  CHECK(related(f, "COMMITS", "Ghana", "Bight of Benin Patrol Group"));
  CHECK(related(f, "COMMITS", "Togo", "Bight of Benin Patrol Group"));
  CHECK(related(f, "COMMITS", "Benin", "Bight of Benin Patrol Group"));
  const auto miscounted = facts(
      "Ghana, Togo and Benin agreed a coastal security pact in Cotonou on Friday. The four states will "
      "contribute boats to a Bight of Benin Patrol Group.");
  CHECK_FALSE(related(miscounted, "COMMITS", "Ghana", "Bight of Benin Patrol Group"));
  CHECK_FALSE(related(miscounted, "COMMITS", "Benin", "Bight of Benin Patrol Group"));
}

TEST_CASE("a colon-only dateline in the host's capital places the hosted talks there") {
  const kg::ingest::Article a = kg::test::read_one(
      "Ministers agree river patrol\n\nLILONGWE: Ministers of Malawi and Zambia agreed on Tuesday to set up a joint "
      "river patrol at talks hosted by Malawi at Capital Hill.\n\nThe patrol will start in August, officials said.\n");
  const auto f = kg::ingest::extract(a, lexicon());
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "HELD_IN", talks, "Lilongwe"));
}

TEST_CASE("'co-chaired by A (X) and B (Y)': both bodies chair, past their acronyms, and attend the talks") {
  const auto f = facts(
      "The talks, hosted by Ecuador and co-chaired by the Andean Community (CAN) and the Organization of American "
      "States (OAS), ended a month of clashes near the border.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "LEADS", "Andean Community", talks));
  CHECK(related(f, "LEADS", "Organization of American States", talks));
  CHECK(related(f, "ATTENDED", "Organization of American States", talks));
  CHECK(related(f, "ATTENDED", "Andean Community", talks));
  // the host chairs nothing here and is there as host only
  CHECK_FALSE(related(f, "ATTENDED", "Ecuador", talks));
}

TEST_CASE("'headed by the parties in rotation, beginning with X': X leads the force first") {
  const auto f = facts(
      "The Arica Protocol, signed by Chile, Peru and Bolivia on Friday, creates the Pacific Desert Patrol Force. "
      "It will sit in Arica and be headed by the parties in rotation, beginning with Peru.");
  CHECK(related(f, "LEADS", "Peru", "Pacific Desert Patrol Force"));
  CHECK_FALSE(related(f, "LEADS", "Chile", "Pacific Desert Patrol Force"));
  const auto g = facts(
      "The pact further creates the Chilean-Peruvian Pacific Naval Task Group, which their coast guards are to "
      "run in turn, beginning with Chile. Peru will assign two frigates to it.");
  CHECK(related(g, "LEADS", "Chile", "Chilean-Peruvian Pacific Naval Task Group"));
  // no rotation word: "beginning with" alone gives no lead
  const auto h = facts(
      "The pact further creates the Chilean-Peruvian Pacific Naval Task Group, which will patrol the coast, "
      "beginning with Chile's northern ports.");
  CHECK_FALSE(related(h, "LEADS", "Chile", "Chilean-Peruvian Pacific Naval Task Group"));
}

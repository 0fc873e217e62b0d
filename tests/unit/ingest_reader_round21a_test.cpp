// Round 21 reader rules (branch fix21a): a briefing's later items under the page's masthead.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/reader.h"
#include "reader_fixture.h"

TEST_CASE("a briefing's copyright line names the company that owns its masthead: every item's outlet is the masthead") {
  const auto arts = kg::ingest::read_articles(
      "THE LANTERN\n"
      "Evening Briefing\n"
      "\n"
      "Your evening briefing: Baltic ferry pact, Andean trade talks\n"
      "\n"
      "Tuesday 9 May 2028\n"
      "By Mira Holt and Jonas Berg\n"
      "\n"
      "Good evening. Two stories from today: a ferry safety pact in the Baltic and trade talks in Quito. Each is summarised below.\n"
      "\n"
      "----------------------------------------\n"
      "\n"
      "1. BALTIC: FERRY SAFETY PACT SIGNED IN TALLINN\n"
      "\n"
      "Estonia's foreign minister, Kadri Tamm, and her Finnish counterpart, Ville Ahonen, signed a ferry safety pact in Tallinn on Tuesday.\n"
      "\n"
      "Read more: https://thelantern.example/europe/ferry-pact\n"
      "\n"
      "----------------------------------------\n"
      "\n"
      "2. ANDES: TRADE TALKS OPEN IN QUITO\n"
      "\n"
      "Ecuador's trade minister, Lucia Paredes, opened talks with Peru's trade minister, Jorge Salas, in Quito on Tuesday.\n"
      "\n"
      "Read more: https://thelantern.example/americas/quito-talks\n"
      "\n"
      "----------------------------------------\n"
      "\n"
      "That's it for today.\n"
      "\n"
      "(c) 2028 The Lantern Media Ltd. All rights reserved.\n",
      "dir/in.txt", kg::test::reader_rules());
  REQUIRE(arts.size() >= 2);
  // the last item holds the copyright line, the first one the masthead
  CHECK(arts.back().outlet == "The Lantern");
  for (const auto& a : arts) {
    CHECK(a.outlet != "The Lantern Media");
    // the company is no news organisation of the text
    CHECK(std::find(a.outlets_named.begin(), a.outlets_named.end(), "The Lantern Media") == a.outlets_named.end());
  }
}
